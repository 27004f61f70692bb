/**
 * Time at the edge: the engine never reads the clock, so the web app stamps drafts with "now" in the
 * browser's own zone and converts to and from the date-time inputs (which speak local wall time).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The browser's IANA zone, e.g. Europe/London (UTC when the browser will not say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const UK_ZONE = 'Europe/London';

/**
 * The zones a person can choose, as the browser knows them: the UK first, then every IANA zone by
 * name ("America/New York"); the selected one is always listed, even if the browser does not know it.
 */
export function timeZoneOptions(selected: string): Array<{ value: string; label: string }> {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = [...new Set([...known, 'UTC', selected])].filter((z) => z && z !== UK_ZONE).sort();
  return [
    { value: UK_ZONE, label: 'United Kingdom (Europe/London)' },
    ...zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') })),
  ];
}

/** ISO 8601 with the browser's offset at that instant, e.g. 2026-11-24T08:00:00+00:00. */
export function isoWithOffset(ms: number): string {
  const d = new Date(ms);
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The value a datetime-local input shows for an instant: local wall time to the minute. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a datetime-local value names, or undefined when it is empty or malformed. */
export function fromLocalInput(value: string): number | undefined {
  const m = LOCAL_INPUT.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = new Date(y, mo - 1, d, h, mi, s).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The first instant after `nowMs` when the local clock reads `hhmm` ("08:00"); the next day if it has passed. */
export function nextLocalClock(nowMs: number, hhmm: string): number {
  const m = HHMM.exec(hhmm) ?? HHMM.exec('08:00')!;
  const at = new Date(nowMs);
  at.setHours(Number(m[1]), Number(m[2]), 0, 0);
  if (at.getTime() <= nowMs) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** Whether the local clock at `ms` reads inside [start, end) ("23:00" to "06:00" wraps past midnight). */
export function inLocalWindow(ms: number, start: string, end: string): boolean {
  const d = new Date(ms);
  const clock = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return start <= end ? clock >= start && clock < end : clock >= start || clock < end;
}

/** How the app writes a moment: "Tue 24 Nov, 08:00" (en-GB). */
export const WHEN_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const WHEN = new Intl.DateTimeFormat('en-GB', WHEN_FORMAT);

/** "Tue 24 Nov, 08:00": how the app names a moment to a person. */
export function formatWhen(ms: number): string {
  return WHEN.format(new Date(ms));
}

/** "in 2 h 05 min", "in 45 s", "now": what is left until a release time. */
export function formatCountdown(msLeft: number): string {
  if (msLeft <= 0) return 'now';
  const s = Math.ceil(msLeft / 1000);
  if (s < 60) return `in ${s} s`;
  const min = Math.ceil(s / 60);
  if (min < 60) return `in ${min} min`;
  const days = Math.floor(min / 1440),
    h = Math.floor((min % 1440) / 60),
    m = min % 60;
  if (days > 0) return `in ${days} d ${h} h`;
  return `in ${h} h ${pad(m)} min`;
}
