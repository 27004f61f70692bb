export { defaultHoldUntil, HOLD_DEFAULTS, type HoldDefaults, outsideQuietHours, type QuietHours } from './hold.ts';
export { type FindingGroup, groupOverlapping } from './overlaps.ts';
export { type SuggestedReply, suggestedReplies } from './replies.ts';
export {
  browserTimeZone,
  formatCountdown,
  formatWhen,
  fromLocalInput,
  inLocalWindow,
  isoWithOffset,
  nextLocalClock,
  timeZoneOptions,
  toLocalInput,
  WHEN_FORMAT,
} from './time.ts';
export { adviceHeadline, describeFix, READER_LABEL, READER_ORDER, SEVERITY_LABEL, VERDICT_LABEL } from './labels.ts';
export { FindingLines, type FindingLinesProps, VerdictCard, type VerdictCardProps } from './card.tsx';
export { activeFindings, type BannerWords, thingsToLookAt, verdictBanner } from './card-model.ts';
