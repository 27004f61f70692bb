/**
 * Times for ArchivedItem.at: ISO 8601 with the offset of a named time zone.
 *
 * Exports that carry wall-clock times without an offset (WhatsApp, Telegram's `date`, LinkedIn, CSVs) are read in
 * ImportOptions.timeZone (default Europe/London); exact instants (Slack ts, Unix times) are shown in that zone too,
 * so that "posting at 2 a.m." means the doctor's 2 a.m.
 */
import { isValidTimeZone, zoneOffsetMinutes } from '@pause/core';
import { ImportError } from './types.js';

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** Check a time zone name; throws ImportError if unknown. */
export function checkTimeZone(tz: string): void {
  if (!isValidTimeZone(tz))
    throw new ImportError('options', `unknown time zone "${tz}" (use an IANA name such as Europe/London)`);
}

/**
 * Offset of `tz` from UTC at instant `ms`, in minutes (east positive): the engine's own reading, which asks
 * Intl once per day of the archive and remembers it, so that importing and checking share one cache.
 */
export function offsetMinutes(ms: number, tz: string): number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return 0;
  checkTimeZone(tz);
  return zoneOffsetMinutes(ms, tz);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Instants a time zone can be asked about: what Date can hold (about 270,000 years either side of 1970). */
const MAX_INSTANT = 8.64e15;

function isoWithOffset(localMs: number, off: number): string | undefined {
  const d = new Date(localMs);
  const y = d.getUTCFullYear();
  // ISO 8601 with four-digit years, as the Draft contract reads composedAt; a damaged export can say year 50,000.
  if (!(y >= 0 && y <= 9999)) return undefined;
  const ms = d.getUTCMilliseconds();
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return (
    `${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}` +
    `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
  );
}

/**
 * An exact instant as ISO 8601 in the local time of `tz`, e.g. "2018-06-03T14:55:00+01:00"; undefined when it
 * is not a time (NaN), or falls outside the years 0000 to 9999 there.
 */
export function instantToIso(ms: number, tz: string = DEFAULT_TIME_ZONE): string | undefined {
  if (!(Math.abs(ms) <= MAX_INSTANT)) return undefined;
  const off = offsetMinutes(ms, tz);
  return isoWithOffset(ms + off * 60000, off);
}

/**
 * A wall-clock time in `tz` as an instant (ms). Times in a spring-forward gap move forward by the gap;
 * times repeated in the autumn take the earlier (summer-time) reading.
 */
export function wallClockToMs(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  tz: string = DEFAULT_TIME_ZONE,
  msec = 0,
): number {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s, msec);
  const off1 = offsetMinutes(asUtc, tz);
  let t = asUtc - off1 * 60000;
  const off2 = offsetMinutes(t, tz);
  if (off2 !== off1) {
    const t2 = asUtc - off2 * 60000;
    // In the gap, neither reading round-trips: take the later offset's reading, which moves the time forward.
    t = offsetMinutes(t2, tz) === off2 ? t2 : asUtc - Math.min(off1, off2) * 60000;
  } else {
    // Autumn overlap: prefer the earlier instant if the earlier offset also maps here.
    const earlier = asUtc - (off1 + 60) * 60000;
    if (offsetMinutes(earlier, tz) === off1 + 60) t = earlier;
  }
  return t;
}

/** A wall-clock time in `tz` as ISO 8601 with that zone's offset (undefined outside the years 0000 to 9999). */
export function wallClockToIso(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  tz: string = DEFAULT_TIME_ZONE,
  msec = 0,
): string | undefined {
  return instantToIso(wallClockToMs(y, mo, d, h, mi, s, tz, msec), tz);
}

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DMY =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
const NUMERIC = /^-?\d+(?:\.\d+)?$/;
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b)/i;

/**
 * Read a time value from an export: Unix seconds or milliseconds (number or numeric string), ISO 8601 with or
 * without offset ("2025-07-01 14:33:22" is wall-clock in `tz`), day-first UK dates ("01/07/2025 14:33"), or any
 * string with an explicit zone that Date.parse reads ("Wed Oct 10 20:19:24 +0000 2018").
 * Returns ISO 8601 with offset, or undefined when the value is not a time.
 */
export function parseTimeValue(value: unknown, tz: string = DEFAULT_TIME_ZONE): string | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? instantToIso(value > 1e11 || value < -1e11 ? value : value * 1000, tz) : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v) return undefined;
  if (NUMERIC.test(v)) return parseTimeValue(Number(v), tz);
  let m = ISO_LIKE.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const msec = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const nums = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)] as const;
    if (!validParts(...nums)) return undefined;
    if (zone) {
      let off = 0;
      if (zone.toUpperCase() !== 'Z') {
        const digits = zone.replace(':', '');
        off = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
      }
      const ms = Date.UTC(nums[0], nums[1] - 1, nums[2], nums[3], nums[4], nums[5], msec) - off * 60000;
      return instantToIso(ms, tz);
    }
    return wallClockToIso(nums[0], nums[1], nums[2], nums[3], nums[4], nums[5], tz, msec);
  }
  m = DMY.exec(v);
  if (m) {
    const [, d, mo, yy, h, mi, s, ampm] = m;
    let year = Number(yy);
    if (yy && yy.length === 2) year += 2000;
    let hour = Number(h ?? 0);
    if (ampm) {
      const pm = ampm.toLowerCase().startsWith('p');
      if (hour === 12) hour = 0;
      if (pm) hour += 12;
    }
    const nums = [year, Number(mo), Number(d), hour, Number(mi ?? 0), Number(s ?? 0)] as const;
    if (!validParts(...nums)) return undefined;
    return wallClockToIso(...nums, tz);
  }
  if (HAS_ZONE.test(v)) {
    const ms = Date.parse(v);
    if (Number.isFinite(ms)) return instantToIso(ms, tz);
  }
  return undefined;
}

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return y >= 1970 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 24 && mi <= 59 && s <= 60;
}
