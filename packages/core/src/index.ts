export * from './types.js';
export {
  parseDraft,
  DraftError,
  MAX_TEXT_LENGTH,
  isValidTimeZone,
  describeValue,
  type ParseDraftOptions,
} from './draft.js';
export {
  parsePolicy,
  PolicyError,
  DEFAULT_POLICY,
  SENSITIVITIES,
  type Policy,
  type QuietHours,
  type Sensitivity,
} from './policy.js';
export { createChecker, type Checker, type Inspection } from './checker.js';
export { RULES, ruleTitle } from './registry.js';
export { defineRule, type Rule, type RuleContext, type RuleHit, type RuleExample } from './rule.js';
export { readerReasons } from './readers.js';
export { QUESTIONS, HOLDING_REPLY } from './advice.js';
export { GUIDANCE_TITLE, GUIDANCE_PUBLISHER } from './guidance.js';
export { localTime, zoneOffsetMinutes, type LocalTime } from './analysis/time.js';
