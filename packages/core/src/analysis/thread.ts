import { TITLE_HEADS } from '../data/taxonomy/titles.js';

/** The conversation a draft belongs to, as the spiral rule needs it: who spoke when, and how hot. */
export interface ThreadEntry {
  readonly author: string;
  /** Written by the draft's author ("me", or the author's profile name). */
  readonly mine: boolean;
  /** Epoch milliseconds, when the message carries a time. */
  readonly at?: number;
  /** Count of hostile cues in the message (insults, swearing, threats, shouting, "!!"). */
  readonly heat: number;
  /** The message carries a word that accuses someone of wrongdoing ("fraud", "fiddling", "covered up"). */
  readonly alleges: boolean;
}

export interface ThreadStats {
  /** The thread oldest first, with the draft itself as the last entry. */
  readonly entries: readonly ThreadEntry[];
}

/** The back-and-forth the draft ends, read from the thread (the draft is the last entry). */
export interface Exchange {
  /** Entries within the last hour before the draft (all recent entries when times are missing). */
  readonly window: readonly ThreadEntry[];
  /** My messages in the window, the draft included. */
  readonly mine: number;
  /** Changes of speaker between me and someone else in the window. */
  readonly turns: number;
  /** Minutes from my third-last message to the draft, when times are known. */
  readonly minutes?: number;
  /** Three or more of my messages within 45 minutes, alternating with someone else. */
  readonly rapid: boolean;
  /** The other person I am replying to most in the window. */
  readonly partner?: string;
}

const WINDOW_MS = 60 * 60_000;
/** Three of my messages within this time, alternating with someone, is a back-and-forth (45 minutes: a row over an evening's comments is still one exchange). */
const RAPID_MS = 45 * 60_000;

export function readExchange(entries: readonly ThreadEntry[]): Exchange {
  const draft = entries[entries.length - 1];
  if (!draft || entries.length < 4)
    return { window: entries, mine: entries.filter((e) => e.mine).length, turns: 0, rapid: false };
  const timed = draft.at !== undefined && entries.every((e) => e.at !== undefined);
  const window = timed
    ? entries.filter(
        (e) => (draft.at as number) - (e.at as number) <= WINDOW_MS && (e.at as number) <= (draft.at as number),
      )
    : entries.slice(-8);
  const mineAt = window.filter((e) => e.mine);
  let turns = 0;
  for (let i = 1; i < window.length; i++)
    if ((window[i] as ThreadEntry).mine !== (window[i - 1] as ThreadEntry).mine) turns++;
  const counts = new Map<string, number>();
  for (const e of window) if (!e.mine) counts.set(e.author, (counts.get(e.author) ?? 0) + 1);
  const partner = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const third = mineAt[mineAt.length - 3];
  const minutes = timed && third ? Math.round(((draft.at as number) - (third.at as number)) / 60_000) : undefined;
  const rapid = mineAt.length >= 3 && turns >= 3 && (timed ? (minutes as number) * 60_000 <= RAPID_MS : turns >= 4);
  return {
    window,
    mine: mineAt.length,
    turns,
    rapid,
    ...(minutes === undefined ? {} : { minutes }),
    ...(partner ? { partner } : {}),
  };
}

/** The words of a name without titles or punctuation: "Dr M. Grant" gives ["m", "grant"]. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '' && !TITLE_HEADS.has(w) && w !== 'mr' && w !== 'mrs' && w !== 'ms' && w !== 'miss');
}

/** "Dr Grant" is "Dr M Grant": every word of the shorter name is in the longer, or an initial of one of its words. */
function sameName(author: string, profile: readonly string[]): boolean {
  const words = nameWords(author);
  if (words.length === 0 || profile.length === 0) return false;
  const last = words[words.length - 1] as string;
  if (!profile.includes(last)) return false;
  return words.every((w) => profile.includes(w) || (w.length === 1 && profile.some((p) => p.startsWith(w))));
}

/**
 * Which of a thread's authors is the draft's author: "me", or the profile's name however it is written
 * ("Dr Grant" for "Dr M Grant"). A thread exported with everyone named and no "me" (a chat export, a
 * pasted exchange) between two people is a reply to the last message, so the other of the two is me.
 */
export function mineOf(authors: readonly string[], profileName?: string): (author: string) => boolean {
  const profile = profileName ? nameWords(profileName) : [];
  const named = (author: string) => {
    const a = author.trim().toLowerCase();
    return (
      a === 'me' || (profileName !== undefined && a === profileName.trim().toLowerCase()) || sameName(author, profile)
    );
  };
  if (authors.some(named)) return named;
  const people = [...new Set(authors.map((a) => a.trim().toLowerCase()))];
  const last = authors[authors.length - 1]?.trim().toLowerCase();
  if (people.length !== 2 || last === undefined) return named;
  const other = people.find((p) => p !== last) as string;
  return (author) => author.trim().toLowerCase() === other;
}
