/** Local wall-clock time in an IANA zone, from Intl alone: the engine never reads the clock. */

import { fastPaths } from '../fast-path.js';

export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Minutes since local midnight. */
  readonly minuteOfDay: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Intl formatting is the dearest step of analysis. Zone offsets only change on quarter-hour
// boundaries, so the offset is read per zone and quarter hour and the local fields follow from plain
// date arithmetic. Zones change offset at most a few times a year, and never twice within five days: in
// the time-zone database from 1970 to 2037 the closest two changes of any zone are 7 days apart
// (America/Noronha, Recife and Boa_Vista in October 2000, read day by day; time.test.ts checks it). So a block of four days
// whose two ends have the same offset keeps it throughout, and an archive of years of messages costs
// one Intl call per four days used; a block with a change is read day by day, and a day with a
// change quarter hour by quarter hour.
const QUARTER_HOUR = 900_000;
const DAY = 86_400_000;
const BLOCK_DAYS = 4;
/** Per zone: the offset at the start of each day (epoch day) read so far. */
const dayStarts = new Map<string, Map<number, number>>();
/** Per zone: the offset of each block of BLOCK_DAYS days, or NaN when it changes within the block. */
const blockOffsets = new Map<string, Map<number, number>>();
/** Per zone: the offset of each day bucket, or NaN when it changes within the day. */
const dayOffsets = new Map<string, Map<number, number>>();
/** Per zone: the offset of each quarter hour of a day with a change. */
const quarterOffsets = new Map<string, Map<number, number>>();
const MAX_CACHED = 4096;

function readOffset(start: number, timeZone: string): number {
  const t = readLocalTime(start, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - start;
}

/** The per-zone map of a cache (bounded: a zone's map is emptied when full, the zones when many). */
function zoneMap(caches: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let m = caches.get(timeZone);
  if (!m) {
    if (caches.size > 64) caches.clear();
    caches.set(timeZone, (m = new Map()));
  } else if (m.size > MAX_CACHED) m.clear();
  return m;
}

function startOffset(day: number, timeZone: string): number {
  const starts = zoneMap(dayStarts, timeZone);
  let off = starts.get(day);
  if (off === undefined) starts.set(day, (off = readOffset(day * DAY, timeZone)));
  return off;
}

function offsetMs(utcMs: number, timeZone: string): number {
  if (!fastPaths()) return readOffset(Math.floor(utcMs / QUARTER_HOUR) * QUARTER_HOUR, timeZone);
  const day = Math.floor(utcMs / DAY);
  const blocks = zoneMap(blockOffsets, timeZone);
  const block = Math.floor(day / BLOCK_DAYS);
  let steady = blocks.get(block);
  if (steady === undefined) {
    const first = startOffset(block * BLOCK_DAYS, timeZone);
    steady = startOffset((block + 1) * BLOCK_DAYS, timeZone) === first ? first : NaN;
    blocks.set(block, steady);
  }
  if (!Number.isNaN(steady)) return steady;
  const days = zoneMap(dayOffsets, timeZone);
  let off = days.get(day);
  if (off === undefined) {
    const first = startOffset(day, timeZone);
    off = startOffset(day + 1, timeZone) === first ? first : NaN;
    days.set(day, off);
  }
  if (!Number.isNaN(off)) return off;
  const quarters = zoneMap(quarterOffsets, timeZone);
  const bucket = Math.floor(utcMs / QUARTER_HOUR);
  let q = quarters.get(bucket);
  if (q === undefined) quarters.set(bucket, (q = readOffset(bucket * QUARTER_HOUR, timeZone)));
  return q;
}

export function localTime(utcMs: number, timeZone: string): LocalTime {
  const local = new Date(Math.floor(utcMs / 60000) * 60000 + offsetMs(utcMs, timeZone));
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour,
    minute,
    weekday: local.getUTCDay(),
    minuteOfDay: hour * 60 + minute,
  };
}

function readLocalTime(utcMs: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(utcMs))) parts[p.type] = p.value;
  const hour = Number(parts.hour),
    minute = Number(parts.minute);
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour,
    minute,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minuteOfDay: hour * 60 + minute,
  };
}

/** The zone's offset from UTC, in minutes, at a given instant (offsets are read to the minute). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  return Math.round(offsetMs(utcMs, timeZone) / 60000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-11-24T08:00:00+00:00. */
export function toZonedIso(utcMs: number, timeZone: string): string {
  const t = localTime(utcMs, timeZone);
  const off = zoneOffsetMinutes(utcMs, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  // Seconds are the same in every zone; keep them so the string is the same instant (to the second).
  const sec = Math.floor((((utcMs % 60_000) + 60_000) % 60_000) / 1000);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(sec)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The first instant after `utcMs` when the local clock reads `minuteOfDay` (e.g. 08:00 = 480).
 * Clock changes are handled by re-reading the offset at the candidate instant.
 */
export function nextLocalTime(utcMs: number, timeZone: string, minuteOfDay: number): number {
  const now = localTime(utcMs, timeZone);
  for (let addDays = 0; addDays <= 2; addDays++) {
    const wall = Date.UTC(now.year, now.month - 1, now.day + addDays, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
    let candidate = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
    candidate = wall - zoneOffsetMinutes(candidate, timeZone) * 60000;
    if (candidate > utcMs) return candidate;
  }
  return utcMs + 24 * 3600_000;
}

/** Whether a minute of the day falls in [start, end), where the window may wrap past midnight. */
export function inWindow(minuteOfDay: number, start: number, end: number): boolean {
  return start <= end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}
