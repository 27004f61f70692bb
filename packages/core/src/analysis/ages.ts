import { matchesOf } from '../text/prefilter.js';

/*
 * Ages of one person as people write them ("34-year-old", "aged 9", "in her 60s", "67M", "the lad (17)"),
 * read once here for every rule that needs to see a person: the quasi-identifier jigsaw, the advice
 * request about one patient. Groups ("children aged 2-3", "over-65s") are left out.
 */

/** The kinds of detail that, together, single a person out. */
export type Kind = 'age' | 'sex' | 'occupation' | 'place' | 'condition' | 'time' | 'event';

/** One detail about a person, with its weight in the jigsaw and, when safe, its generalisation. */
export interface Cue {
  kind: Kind;
  start: number;
  end: number;
  weight: number;
  strong: boolean;
  /** The generalisation the rewrite applies, when there is a safe one. */
  replace?: { start: number; end: number; text: string };
  /** An incident ("the crash on the A614"): it places an event, and a person only beside one. */
  incident?: boolean;
}

const AGE_EXACT = /\b(\d{1,3})(?:[ -]?(?:years?|yrs?)[ -]?old|[ -]?(?:yo|y\/o)\b)/gi;
const AGE_MONTHS = /\b(\d{1,2})[ -]?(?:months?|weeks?)[ -]?old\b/gi;
const AGE_AGED = /\baged (\d{1,3})\b(?![ ]?(?:-|–|to|and)[ ]?\d)/gi;
const AGE_BAND =
  /\bin (?:his|her|their) (?:early |mid |mid-|late )?(?:\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
// "Little one, 4, started…", "…a patient? 78, recurrent falls": an age set off by commas.
const AGE_APPOSITIVE =
  /(?:\b(?:one|boy|girl|man|woman|lady|gentleman|chap|bloke|lad|lass|child|baby|toddler|kid|son|daughter|patient|him|her)|[.?!:]) ?, ?(\d{1,3}),|(?:^|[.?!:] )(\d{1,3}), /gi;
// Clinicians' shorthand for age and sex ("67M", "45 F", "34yo F"): capital M or F straight after the age,
// at the start of a clause or after "a"/"pt" ("Quick q – 67M,", "a 45F with…"), so "over 1M people" is not an age.
const AGE_SEX =
  /(?<=(?:^|[.,:;!?()–—-]|\b(?:a|an|pt|patient|re|query))\s{0,8})(\d{1,3}) ?(?:yo ?)?([MF])\b(?![A-Za-z'’])/g;
// "the young mum (24)", "a lad (17)": an age in brackets after a person.
const AGE_BRACKET =
  /\b(?:one|boy|girl|man|woman|lady|gentleman|gent|chap|bloke|lad|lass|child|baby|toddler|kid|son|daughter|patient|mum|mother|dad|father|wife|husband|teenager|teen|student|pensioner)\s?\((\d{1,3})\)/gi;
// Decades with a sex, as case write-ups give them: "80s F", "30s M", "woman, late 20s", "70-odd lady".
const AGE_DECADE_SEX =
  /\b(?:early |mid[- ]?|late )?[1-9]0'?s ?(?:[MF]\b|(?:male|female|man|woman|lady|gent|gentleman|chap|bloke|guy|fella)\b)|\b(?:man|woman|lady|male|female|gent|gentleman|chap|bloke|guy|fella),? (?:early |mid[- ]?|late )?[1-9]0'?s\b|\b[1-9]0-odd (?:year-old |yo )?(?:lady|man|woman|gent|gentleman|chap|bloke|guy|fella|male|female)\b/g;
// An infant's age in months, written short: "9 m/o", "4mo old".
const AGE_INFANT = /\b(\d{1,2}) ?(?:m\/o|mo old|mths? old)\b/gi;
// The age said of someone already in view: "she's 31 and on the pill", "mine is 72".
const AGE_SAID =
  /\b(?:he|she|mine|patient|pt)(?:'s| is| was) (\d{1,3})(?= ?(?:$|[,.;!?)]|and\b|with\b|yo\b|y\/o\b|years?\b|now\b|next\b))/gi;
const AGE_TURNED = /\bturned (\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th) birthday\b/gi;
const PLURAL_BEFORE =
  /\b(?:children|kids|people|adults|patients|women|men|those|everyone|anyone|babies|girls|boys|over|under)\s*$/i;

/** The author's own family (or pet): their news is not a patient's. */
export const AUTHOR_FAMILY =
  /\b(?:my|our) (?:own )?(?:dad|mum|father|mother|wife|husband|partner|son|daughter|kids?|children|boy|girl|brother|sister|grandad|grandpa|grandma|nan|granny|auntie|aunt|uncle|cousin|niece|nephew|father-in-law|mother-in-law|little one|baby|cat|dog|pet|puppy|kitten|horse|pony)\b/i;

/** A replacement for an exact age, in a form that fits where the age stood. */
export function ageBand(age: number, attributive: boolean): string {
  if (age < 2) return attributive ? 'young' : 'under 2';
  if (age < 13) return attributive ? 'young' : 'of primary-school age';
  if (age < 20) return attributive ? 'teenage' : 'in their teens';
  const decade = Math.floor(age / 10) * 10;
  return attributive ? `${decade}-something` : `in their ${decade}s`;
}

/** Article "a"/"an" fitting the next word. */
export function article(next: string): string {
  return /^(?:[aeio]|8|18|11|un(?!i))/i.test(next) ? 'an' : 'a';
}

/** Widen a replacement to include the article before it, so "a 80-something" never happens. */
export function withArticle(
  text: string,
  start: number,
  end: number,
  replacement: string,
): { start: number; end: number; text: string } {
  const before = /\b(a|an|A|An) $/.exec(text.slice(Math.max(0, start - 3), start));
  if (!before) return { start, end, text: replacement };
  const art = article(replacement);
  const cased = before[1]?.[0] === 'A' ? art[0]?.toUpperCase() + art.slice(1) : art;
  return { start: start - before[0].length, end, text: `${cased} ${replacement}` };
}

/** Ages of one person in the text: exact ("34-year-old", "aged 9", "Little one, 4,") and bands ("in her 60s"). Groups ("children aged 2-3", "over-65s") are left out. */
export function ageCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const age = (start: number, end: number, weight = 1, replace?: Cue['replace']) =>
    cues.push({ kind: 'age', start, end, weight, strong: false, ...(replace ? { replace } : {}) });
  for (const m of matchesOf(AGE_EXACT, text)) {
    const years = Number(m[1]);
    if (years > 110 || PLURAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const end = m.index + m[0].length;
    const attributive = /^[ ]+[a-z]/.test(text.slice(end, end + 2)) || /-old$/i.test(m[0]);
    age(m.index, end, 1, withArticle(text, m.index, end, ageBand(years, attributive)));
  }
  for (const m of matchesOf(AGE_MONTHS, text))
    age(m.index, m.index + m[0].length, 1, withArticle(text, m.index, m.index + m[0].length, 'young'));
  for (const m of matchesOf(AGE_AGED, text)) {
    if (PLURAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const years = Number(m[1]);
    if (years > 110) continue;
    const end = m.index + m[0].length;
    age(m.index, end, 1, { start: m.index, end, text: ageBand(years, false) });
  }
  for (const m of matchesOf(AGE_TURNED, text)) {
    const g = m[1] ?? m[2];
    if (g !== undefined && Number(g) <= 115) age(m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(AGE_SEX, text)) {
    const years = Number(m[1]);
    if (years > 0 && years <= 110) age(m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(AGE_BRACKET, text)) {
    const years = Number(m[1]);
    if (years > 0 && years <= 110) age(m.index + m[0].lastIndexOf('('), m.index + m[0].length);
  }
  for (const m of matchesOf(AGE_BAND, text)) age(m.index, m.index + m[0].length, 0.5);
  for (const m of matchesOf(AGE_DECADE_SEX, text)) age(m.index, m.index + m[0].length, 0.5);
  for (const m of matchesOf(AGE_INFANT, text))
    age(m.index, m.index + m[0].length, 1, withArticle(text, m.index, m.index + m[0].length, 'young'));
  for (const m of matchesOf(AGE_SAID, text)) {
    const years = Number(m[1]);
    if (years < 1 || years > 110) continue;
    const at = m.index + m[0].length - (m[1] as string).length;
    age(at, m.index + m[0].length);
  }
  for (const m of matchesOf(AGE_APPOSITIVE, text)) {
    const g = m[1] ?? m[2];
    if (g === undefined) continue;
    const years = Number(g);
    if (years < 1 || years > 110) continue;
    const at = m.index + m[0].indexOf(g, m[0].length - g.length - 2);
    age(at, at + g.length);
  }
  return cues;
}
