/**
 * Time at the edge: the engine never reads the clock, so the CLI fills "now" in, and turns ISO
 * times back into words in the draft's zone.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function offsetString(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as ISO 8601 with this machine's local offset, e.g. 2026-11-23T02:14:05+00:00. */
export function localIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offsetString(-date.getTimezoneOffset())}`;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: string;
}

function wall(ms: number, timeZone: string): Wall {
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'long',
  });
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: parts.weekday ?? '',
  };
}

function zoneOffset(ms: number, timeZone: string): number {
  const w = wall(ms, timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60000) * 60000) / 60000);
}

/** Wall-clock time in a zone → ISO with that zone's offset (handles clock changes approximately). */
function zonedIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): string {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let off = zoneOffset(asUtc, timeZone);
  off = zoneOffset(asUtc - off * 60000, timeZone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offsetString(off)}`;
}

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads --at. An ISO time with an offset passes through (the engine checks it); two shorthands are
 * read as wall-clock time in the draft's zone: "HH:MM" (today there) and "YYYY-MM-DDTHH:MM"
 * without an offset.
 */
export function resolveAt(at: string, timeZone: string, now: Date): string {
  const s = at.trim();
  let m = HHMM.exec(s);
  if (m) {
    const today = wall(now.getTime(), timeZone);
    return zonedIso(today.year, today.month, today.day, Number(m[1]), Number(m[2]), 0, timeZone);
  }
  m = LOCAL_DATETIME.exec(s);
  if (m)
    return zonedIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), timeZone);
  return s;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An instant in words, in a zone, relative to another: "08:00 tomorrow (Tuesday 24 November)",
 * "15:30 today (in about an hour)".
 */
export function describeTime(iso: string, timeZone: string, fromIso?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = wall(ms, timeZone);
  const clock = `${pad(t.hour)}:${pad(t.minute)}`;
  const date = `${t.weekday} ${t.day} ${MONTHS[t.month - 1] ?? ''}`;
  const fromMs = fromIso === undefined ? NaN : Date.parse(fromIso);
  if (Number.isNaN(fromMs)) return `${clock} on ${date}`;
  const f = wall(fromMs, timeZone);
  const days = Math.round((Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(f.year, f.month - 1, f.day)) / 86400000);
  const minutes = Math.round((ms - fromMs) / 60000);
  const soon =
    minutes > 0 && minutes < 180
      ? minutes < 55
        ? ` (in ${minutes} minutes)`
        : minutes <= 65
          ? ' (in about an hour)'
          : ` (in about ${Math.round(minutes / 60)} hours)`
      : '';
  const part = t.hour < 12 ? 'morning' : t.hour < 18 ? 'afternoon' : 'evening';
  if (days === 0) return `${clock} ${t.hour < 18 && soon ? 'today' : `this ${part}`}${soon}`;
  if (days === 1) return `${clock} tomorrow ${part}${soon || ` (${date})`}`;
  return `${clock} on ${date}`;
}

/** composedAt in words for the report header: "Mon 23 Nov 02:14". */
export function describeComposed(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = wall(ms, timeZone);
  return `${t.weekday.slice(0, 3)} ${t.day} ${(MONTHS[t.month - 1] ?? '').slice(0, 3)} ${pad(t.hour)}:${pad(t.minute)}`;
}
