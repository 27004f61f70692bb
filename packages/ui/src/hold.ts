import type { Assessment } from '@pause/core';
import { inLocalWindow, nextLocalClock } from './time.ts';

/** How long to hold a draft by default (the server's Settings.holdDefaults shape). */
export interface HoldDefaults {
  /** Local time a late draft is held until, "HH:MM". */
  lateHour: string;
  /** Minutes to wait when the cause is emotion or a spiralling thread. */
  emotionMinutes: number;
}

export const HOLD_DEFAULTS: HoldDefaults = { lateHour: '08:00', emotionMinutes: 60 };

const HEAT = new Set(['behaviour.heightened-emotion', 'behaviour.spiral']);
const LATE = 'behaviour.unusual-hour';

/** The later of two "HH:MM" times (they compare as strings). */
const later = (a: string, b: string) => (b > a ? b : a);

/** The policy's quiet hours, "HH:MM" local. */
export interface QuietHours {
  start: string;
  end: string;
}

const NO_QUIET_HOURS: QuietHours = { start: '00:00', end: '00:00' };

/**
 * A release time that respects the quiet hours: one that falls inside them moves to the morning
 * after (the hold hour, or the end of the quiet hours if later), so a draft is never brought back at
 * 23:40 only to be told to wait again.
 */
export function outsideQuietHours(ms: number, quiet: QuietHours, defaults: HoldDefaults = HOLD_DEFAULTS): number {
  if (!inLocalWindow(ms, quiet.start, quiet.end)) return ms;
  return nextLocalClock(ms, later(defaults.lateHour, quiet.end));
}

/**
 * When "Hold until…" should suggest releasing a draft: the advice's own deferUntil when the engine
 * gave one; otherwise, as the engine would: a late draft waits for the morning (the hold hour, or
 * the end of the quiet hours if later), a heated one for an hour (the configured minutes) unless
 * that ends in the quiet hours, and anything else until the next morning.
 */
export function defaultHoldUntil(
  assessment: Pick<Assessment, 'advice' | 'findings'> | undefined,
  nowMs: number,
  defaults: HoldDefaults = HOLD_DEFAULTS,
  quiet: QuietHours = NO_QUIET_HOURS,
): number {
  const advised = assessment?.advice.deferUntil ? Date.parse(assessment.advice.deferUntil) : NaN;
  if (Number.isFinite(advised) && advised > nowMs) return advised;
  const active = (assessment?.findings ?? []).filter((f) => f.severity !== 'info');
  const morning = nextLocalClock(nowMs, later(defaults.lateHour, quiet.end));
  if (active.some((f) => f.ruleId === LATE)) return morning;
  if (active.some((f) => HEAT.has(f.ruleId)))
    return outsideQuietHours(nowMs + defaults.emotionMinutes * 60_000, quiet, defaults);
  return morning;
}
