/**
 * The private reflection record (off by default): one short entry each time a checked draft is finished
 * with on Check, so the author can see over time when they write, how often a draft runs hot, and what
 * a Hold verdict led to. The guidance asks them to pause and think: do I need to post this at all, now?
 *
 * An entry holds the verdict, the rules behind it, the channel, the local time and what was done. It
 * holds the words only when the author asks for them. It is kept in this browser's IndexedDB and is
 * never sent anywhere: nothing in this module makes a request.
 *
 * The pure parts (the wall clock, the episode of one draft, the summaries) come first and are unit
 * tested; the thin store wrapper is at the end.
 */
import type { Channel, Verdict } from '@pause/core';
import type { QuietHours } from '@pause/ui';
import { createStore, del, get, update, type UseStore } from 'idb-keyval';

/** What the author did with a checked draft. */
export type Outcome = 'posted' | 'revised' | 'held' | 'discarded';
/** The order the page lists outcomes in. */
export const OUTCOMES: readonly Outcome[] = ['revised', 'held', 'discarded', 'posted'];

/** When a draft was finished with, on the author's own clock (the zone in Settings). */
export interface WallClock {
  /** YYYY-MM-DD. */
  date: string;
  hour: number;
  minute: number;
  /** 0 is Monday, 6 is Sunday. */
  weekday: number;
}

export interface ReflectionEntry extends WallClock {
  /** The verdict when it was finished with, or the worse one it had before the author revised it. */
  verdict: Verdict;
  /** The rules of its findings to review (never the notes), sorted. */
  rules: string[];
  channel: Channel;
  outcome: Outcome;
  /** The words, only when the author chose to keep them. */
  text?: string;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Rules that read a draft as heated: the emotion in it, or a conversation spiralling. */
export const HEAT_RULES: ReadonlySet<string> = new Set(['behaviour.heightened-emotion', 'behaviour.spiral']);

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock at `ms` in `timeZone` (the browser's own zone if the name is unknown). */
export function wallClock(ms: number, timeZone: string): WallClock {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en-GB', options);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(ms).find((p) => p.type === type)?.value;
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
    weekday: Math.max(0, WEEKDAYS.indexOf(part('weekday') as (typeof WEEKDAYS)[number])),
  };
}

// ——— one draft, from its first check to what was done with it ———

/** What a check said of a text: its verdict and the rules of its findings to review. */
export interface Shown {
  text: string;
  verdict: Verdict;
  rules: string[];
}

/** The draft being written, in memory only: what it was flagged for before the author changed it. */
export interface Episode {
  /** The worst verdict shown before a revision, with its rules. */
  flagged?: Omit<Shown, 'text'>;
  /** The text when it was first revised: posting it unchanged (after an Undo) is not a revision. */
  original?: string;
  /** The text last finished with: copying it a second time adds no entry. */
  finished?: string;
}

const RANK: Record<Verdict, number> = { post: 0, review: 1, hold: 2 };

function worse(a: Omit<Shown, 'text'> | undefined, b: Omit<Shown, 'text'>): Omit<Shown, 'text'> {
  if (!a || RANK[b.verdict] > RANK[a.verdict]) return { verdict: b.verdict, rules: b.rules };
  return a;
}

/**
 * The author changed a draft that had a Review or Hold verdict in front of them (a fix, a holding
 * reply, or their own edit). A clear draft being changed is just writing.
 */
export function noteRevision(episode: Episode, shown: Shown): Episode {
  const e = episode.finished === undefined ? episode : {};
  if (shown.verdict === 'post') return e;
  return { flagged: worse(e.flagged, shown), original: e.original ?? shown.text };
}

/** How the author finished with a draft on Check: posting it is recorded as `revised` when it was revised. */
export type Finish = 'posted' | 'held' | 'discarded';

/**
 * The entry for a finished draft, and the episode that follows: `last` is the check on screen, with
 * the text as it stands. Undefined entry: the same text was already finished with (a second copy).
 */
export function finishEpisode(
  episode: Episode,
  how: Finish,
  last: Shown,
  context: { when: WallClock; channel: Channel; keepWords: boolean },
): { episode: Episode; entry?: ReflectionEntry } {
  if (episode.finished !== undefined && episode.finished === last.text) return { episode };
  const e = episode.finished === undefined ? episode : {};
  const outcome: Outcome = how === 'posted' && e.original !== undefined && last.text !== e.original ? 'revised' : how;
  const flagged = worse(e.flagged, last);
  const entry: ReflectionEntry = {
    verdict: flagged.verdict,
    rules: [...new Set([...(e.flagged?.rules ?? []), ...last.rules])].sort(),
    channel: context.channel,
    ...context.when,
    outcome,
    ...(context.keepWords ? { text: last.text } : {}),
  };
  return { episode: { finished: last.text }, entry };
}

// ——— summaries ———

const clockOf = (e: Pick<WallClock, 'hour' | 'minute'>) => `${pad(e.hour)}:${pad(e.minute)}`;

/** Whether "HH:MM" falls in [start, end); a window like 23:00 to 06:00 wraps past midnight. */
function inWindow(clock: string, q: QuietHours): boolean {
  return q.start <= q.end ? clock >= q.start && clock < q.end : clock >= q.start || clock < q.end;
}

export function inQuietHours(e: Pick<WallClock, 'hour' | 'minute'>, quiet: QuietHours): boolean {
  return inWindow(clockOf(e), quiet);
}

/** For each hour of the day, whether any of it is inside the quiet hours (for shading a chart). */
export function quietHourMask(quiet: QuietHours): boolean[] {
  const startHour = Number(quiet.start.slice(0, 2));
  return Array.from(
    { length: 24 },
    (_, h) =>
      inWindow(`${pad(h)}:00`, quiet) ||
      inWindow(`${pad(h)}:59`, quiet) ||
      (quiet.start !== quiet.end && h === startHour),
  );
}

/** The date `days` before a YYYY-MM-DD date. */
export function daysBefore(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

const countOutcomes = (entries: readonly ReflectionEntry[]) => {
  const out: Record<Outcome, number> = { revised: 0, held: 0, discarded: 0, posted: 0 };
  for (const e of entries) out[e.outcome]++;
  return out;
};

/** What the drafts with a Hold verdict led to. */
export function holdOutcomes(entries: readonly ReflectionEntry[]): Record<Outcome, number> {
  return countOutcomes(entries.filter((e) => e.verdict === 'hold'));
}

export interface WeekSummary {
  checked: number;
  /** Written inside the quiet hours. */
  late: number;
  holds: number;
  holdOutcomes: Record<Outcome, number>;
}

/** The last 7 days, today included. */
export function weekSummary(entries: readonly ReflectionEntry[], today: string, quiet: QuietHours): WeekSummary {
  const from = daysBefore(today, 6);
  const week = entries.filter((e) => e.date >= from && e.date <= today);
  const holds = week.filter((e) => e.verdict === 'hold');
  return {
    checked: week.length,
    late: week.filter((e) => inQuietHours(e, quiet)).length,
    holds: holds.length,
    holdOutcomes: countOutcomes(holds),
  };
}

const OUTCOME_PHRASE: Record<Outcome, [one: string, many: string]> = {
  revised: ['was revised', 'were revised'],
  held: ['was held in the Outbox', 'were held in the Outbox'],
  discarded: ['was discarded', 'were discarded'],
  posted: ['was posted as it was', 'were posted as they were'],
};

const listed = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** The week in plain words: how many, how many late, and what the holds led to. Facts, not advice. */
export function weekSentence(s: WeekSummary, quiet: QuietHours): string {
  if (s.checked === 0) return 'Nothing was recorded in the last 7 days.';
  const window = `in your quiet hours (${quiet.start} to ${quiet.end})`;
  const one = s.checked === 1;
  const parts = [`In the last 7 days you checked ${one ? '1 draft' : `${s.checked} drafts`}.`];
  if (one) parts.push(`It was ${s.late ? '' : 'not '}written ${window}.`);
  else if (s.late === 0) parts.push(`None were written ${window}.`);
  else parts.push(`${s.late} ${s.late === 1 ? 'was' : 'were'} written ${window}.`);
  const what = OUTCOMES.filter((o) => s.holdOutcomes[o] > 0).map((o) => {
    const n = s.holdOutcomes[o];
    return `${n} ${OUTCOME_PHRASE[o][n === 1 ? 0 : 1]}`;
  });
  if (s.holds === 0) parts.push(one ? 'It did not have a Hold verdict.' : 'None had a Hold verdict.');
  else if (s.holds === 1) {
    const only = OUTCOMES.find((o) => s.holdOutcomes[o] > 0)!;
    parts.push(`${one ? 'It had a Hold verdict and' : 'The one marked Hold'} ${OUTCOME_PHRASE[only][0]}.`);
  } else parts.push(`Of the ${s.holds} marked Hold, ${listed(what)}.`);
  return parts.join(' ');
}

/** Drafts by weekday (rows, Monday first) and hour (columns). */
export function heatmap(entries: readonly ReflectionEntry[]): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const e of entries) grid[e.weekday]![e.hour]!++;
  return grid;
}

/** The month `back` months before a YYYY-MM month. */
function monthsBefore(month: string, back: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 7);
}

export function isHeated(e: Pick<ReflectionEntry, 'rules'>): boolean {
  return e.rules.some((r) => HEAT_RULES.has(r));
}

/** How many months a chart by month shows: from the record's first month to this one, at most `max`. */
export function monthsToShow(firstDate: string, thisMonth: string, max = 6): number {
  const [y0, m0] = firstDate.split('-').map(Number) as [number, number];
  const [y1, m1] = thisMonth.split('-').map(Number) as [number, number];
  return Math.min(max, Math.max(1, (y1 - y0) * 12 + (m1 - m0) + 1));
}

/** Heated drafts (and all drafts) in each of the last `months` months, oldest first, ending with `thisMonth`. */
export function heatedByMonth(
  entries: readonly ReflectionEntry[],
  thisMonth: string,
  months = 6,
): Array<{ month: string; heated: number; total: number }> {
  return Array.from({ length: months }, (_, i) => {
    const month = monthsBefore(thisMonth, months - 1 - i);
    const of = entries.filter((e) => e.date.startsWith(month));
    return { month, heated: of.filter(isHeated).length, total: of.length };
  });
}

/** The rules found in the most drafts (each draft counted once a rule), most first, then by id. */
export function topRules(entries: readonly ReflectionEntry[], n = 5): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const r of new Set(e.rules)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** "Nov 2026" for 2026-11. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

// ——— the store: the switch in localStorage, the entries in IndexedDB, both on this device only ———

export interface ReflectionPrefs {
  /** Keep the record at all. */
  on: boolean;
  /** Keep the words of each draft in its entry. */
  words: boolean;
}

export const REFLECTION_PREFS_KEY = 'pause.reflection';
const OFF: ReflectionPrefs = { on: false, words: false };

interface Store {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function reflectionPrefs(store: Pick<Store, 'getItem'> = localStorage): ReflectionPrefs {
  try {
    const v = JSON.parse(store.getItem(REFLECTION_PREFS_KEY) ?? 'null') as Partial<ReflectionPrefs> | null;
    return { on: v?.on === true, words: v?.on === true && v.words === true };
  } catch {
    return OFF;
  }
}

export function saveReflectionPrefs(prefs: ReflectionPrefs, store: Store = localStorage): void {
  if (!prefs.on && !prefs.words) store.removeItem(REFLECTION_PREFS_KEY);
  else store.setItem(REFLECTION_PREFS_KEY, JSON.stringify(prefs));
}

const KEY = 'entries';
/** A year of heavy use; beyond it the oldest entries make way. */
export const MAX_ENTRIES = 5000;
let store: UseStore | undefined;
const db = () => (store ??= createStore('pause-reflection', 'record'));

const VERDICTS = new Set<unknown>(['post', 'review', 'hold']);
const isEntry = (v: unknown): v is ReflectionEntry => {
  const e = v as Partial<ReflectionEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    VERDICTS.has(e.verdict) &&
    Array.isArray(e.rules) &&
    typeof e.channel === 'string' &&
    typeof e.date === 'string' &&
    typeof e.hour === 'number' &&
    typeof e.minute === 'number' &&
    typeof e.weekday === 'number' &&
    OUTCOMES.includes(e.outcome as Outcome)
  );
};

/** The record, oldest first ([] when there is none or IndexedDB is unavailable). */
export async function loadRecord(): Promise<ReflectionEntry[]> {
  try {
    const v = await get<unknown[]>(KEY, db());
    return Array.isArray(v) ? v.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Adds an entry. A failure is ignored: the record is a mirror for the author, never in the way of a draft. */
export async function addToRecord(entry: ReflectionEntry): Promise<void> {
  try {
    await update<ReflectionEntry[]>(KEY, (old) => [...(old ?? []), entry].slice(-MAX_ENTRIES), db());
  } catch {
    // Private browsing or storage turned off: nothing is kept.
  }
}

/** Removes the words from every entry (when the author stops keeping them). */
export async function forgetRecordWords(): Promise<void> {
  try {
    await update<ReflectionEntry[]>(KEY, (old) => (old ?? []).map(({ text: _, ...rest }) => rest), db());
  } catch {
    // Nothing was kept.
  }
}

/** Deletes the whole record from this browser. */
export async function deleteRecord(): Promise<void> {
  try {
    await del(KEY, db());
  } catch {
    // Nothing was kept.
  }
}
