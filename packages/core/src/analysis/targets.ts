import { FIRST_NAMES } from '../data/first-names.js';
import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import { matchesOf } from '../text/prefilter.js';

/** Who the words are aimed at. Spans are half-open ranges of the original text. */
export interface Targets {
  /** "you", "your", "u"… */
  readonly secondPerson: readonly Token[];
  /** A title and a capitalised name ("Dr Patel", "Mrs O'Neil"), a known first name ("Tom", "Priya Shah"), or an @handle. */
  readonly namedPeople: ReadonlyArray<{ start: number; end: number; name: string }>;
  /** A role that points at a particular person ("the practice manager", "my registrar"). */
  readonly roles: readonly LexiconHit[];
  /** The reader greeted by first name ("Hi Sarah,", "Thanks Tom"): not someone discussed, but named all the same. */
  readonly greeted: ReadonlyArray<{ start: number; end: number; name: string }>;
}

const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd",
  'u',
  'ur',
  'ya',
  'youre',
  'thou',
  'thee',
  'yall',
  "y'all",
]);
const TITLES = new Set([
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'nurse',
  'sister',
  'matron',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'cllr',
  'councillor',
]);
const GREETINGS = new Set([
  'hi',
  'hello',
  'hey',
  'dear',
  'morning',
  'afternoon',
  'evening',
  'thanks',
  'cheers',
  'hiya',
  'yo',
]);
/** Titles in capitals that are clinical abbreviations ("MS" multiple sclerosis, "MR" mitral regurgitation). */
const CLINICAL_CAPITALS = new Set(['MS', 'MR']);
const HANDLE = /(?<![\w@])@[A-Za-z0-9_]{2,30}\b/g;
const CAPITALISED = /^\p{Lu}[\p{L}'-]*$/u;

export function findTargets(text: string, tokens: readonly Token[], roles: readonly LexiconHit[]): Targets {
  const secondPerson = tokens.filter((t) => SECOND_PERSON.has(t.norm));
  const namedPeople: Array<{ start: number; end: number; name: string }> = [];
  const greeted: Array<{ start: number; end: number; name: string }> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const title = tokens[i] as Token;
    if (!TITLES.has(title.norm) || !CAPITALISED.test(title.raw) || CLINICAL_CAPITALS.has(title.raw)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= 3 &&
      CAPITALISED.test((tokens[j] as Token).raw) &&
      !TITLES.has((tokens[j] as Token).norm) &&
      // A name does not run on past the end of a sentence ("Dr Hughes. She's…"); "Dr." itself may end in a full stop.
      (j === i + 1 || !/[.!?;:]/.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start)))
    )
      j++;
    if (j > i + 1) {
      const last = tokens[j - 1] as Token;
      namedPeople.push({ start: title.start, end: last.end, name: text.slice(title.start, last.end) });
      i = j - 1;
    }
  }
  // A capitalised common first name, with a capitalised surname after it if there is one; not the
  // person greeted ("Hi Tom,"), who is the reader rather than someone the draft talks about.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!FIRST_NAMES.has(t.norm) || !CAPITALISED.test(t.raw)) continue;
    if (namedPeople.some((p) => t.start >= p.start && t.end <= p.end)) continue;
    if (i > 0 && GREETINGS.has((tokens[i - 1] as Token).norm)) {
      greeted.push({ start: t.start, end: t.end, name: t.raw });
      continue;
    }
    const next = tokens[i + 1];
    const last =
      next && CAPITALISED.test(next.raw) && !FIRST_NAMES.has(next.norm) && /^ $/.test(text.slice(t.end, next.start))
        ? next
        : t;
    namedPeople.push({ start: t.start, end: last.end, name: text.slice(t.start, last.end) });
    if (last !== t) i++;
  }
  for (const m of matchesOf(HANDLE, text)) namedPeople.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  namedPeople.sort((a, b) => a.start - b.start);
  return { secondPerson, namedPeople, roles, greeted };
}
