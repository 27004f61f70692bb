import { GENERIC_YOU, RELATIVES } from '../data/address-words.js';
import { WORK_NOUNS } from '../data/name-context.js';
import { RESULT_WORDS, YOUR } from '../data/clinical-shorthand.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * A result told to the reader: "your smear came back abnormal", "ur bloods were fine", "your HIV test
 * was negative". In a public reply it puts the named reader's health on show; in a message to two
 * people it tells one person's result to the other. "Your" then, within a few words, a test word of the
 * clinical lexicon or a result word (data/clinical-shorthand.ts).
 */

export interface AddressedResult {
  readonly start: number;
  readonly end: number;
  /** The clinical tags of the health word, when it is one ("symptom", "condition"…); absent for a result. */
  readonly tags?: readonly string[];
}

/**
 * Whether "you" at token i is anyone: a word of GENERIC_YOU stands before it in its sentence ("if you're
 * checking on neighbours…", "for most women your own GP…").
 */
function generic(a: Analysis, i: number): boolean {
  const tok = a.tokens[i] as Token;
  const s = a.sentences[a.sentenceAt(tok.start)];
  const from = s ? s.start : 0;
  for (let k = i - 1; k >= 0 && (a.tokens[k] as Token).start >= from; k--)
    if (GENERIC_YOU.has((a.tokens[k] as Token).norm)) return true;
  return false;
}

/** "your thread on HRT", "your talk about menopause": the subject of a piece of work, not anyone's health. */
function topic(a: Analysis, tokenStart: number): boolean {
  const on = a.tokens[tokenStart - 1]?.norm;
  if (on !== 'on' && on !== 'about') return false;
  for (let k = tokenStart - 2; k >= 0 && k >= tokenStart - 3; k--)
    if (WORK_NOUNS.has((a.tokens[k] as Token).norm)) return true;
  return false;
}

/** How many words may stand between "your" and the result ("your full blood count results"). */
const REACH = 4;
const READ = new PerAnalysis<AddressedResult | null>();

export function addressedResult(a: Analysis): AddressedResult | undefined {
  let read = READ.get(a);
  if (read === undefined) {
    read = find(a) ?? null;
    READ.set(a, read);
  }
  return read ?? undefined;
}

function find(a: Analysis): AddressedResult | null {
  const { tokens } = a;
  const tests = a.hits('clinical').filter((h) => h.entry.tags?.includes('test'));
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!YOUR.has((tokens[i] as Token).norm) || RELATIVES.has(tokens[i + 1]?.norm ?? '') || generic(a, i)) continue;
    while (h < tests.length && (tests[h]?.tokenStart ?? 0) <= i) h++;
    const hit = tests[h];
    if (hit && hit.tokenStart <= i + REACH) return { start: (tokens[i] as Token).start, end: hit.end };
    for (let j = i + 1; j < tokens.length && j <= i + REACH; j++)
      if (RESULT_WORDS.has((tokens[j] as Token).norm))
        return { start: (tokens[i] as Token).start, end: (tokens[j] as Token).end };
  }
  return null;
}

/** Clinical words that carry someone's health (not an appointment or a clinic, which are logistics). */
const HEALTH_TAGS = ['condition', 'symptom', 'test', 'medicine'];
const SECOND = new Set(['you', 'your', 'ur', "you're", "you've", 'yours', 'yourself']);
const STATE = new Set(['are', 'have', 'had', 'were', 'missed', 'need', 'tested', 'came', 'showed', 'got']);
const THIRD = new Set(['he', "he's", 'him', 'his', 'she', "she's", 'her', 'hers', 'they', 'them', 'their']);
const HEALTH = new PerAnalysis<AddressedResult | null>();

/**
 * The reader's own health told to them: a result ("your smear came back abnormal"), or a sentence that
 * speaks to the reader ("you", "your") and names a condition, symptom, test or medicine ("your fit note
 * for stress-related illness", "you missed three diabetes reviews"). Span: the health word.
 */
export function addressedHealth(a: Analysis): AddressedResult | undefined {
  let read = HEALTH.get(a);
  if (read === undefined) {
    read = addressedResult(a) ?? findHealth(a) ?? null;
    HEALTH.set(a, read);
  }
  return read ?? undefined;
}

function findHealth(a: Analysis): AddressedResult | null {
  const spoken = new Set<number>();
  const others = new Set<number>();
  // A sentence about someone else ("can you sign off the 2ww for the lady with the lump"): "you" is the
  // one asked to act, and the health is theirs. "Your" still makes it the reader's.
  for (const h of a.hits('patient-ref')) others.add(a.sentenceAt(h.start));
  const possessed = new Set<number>();
  a.tokens.forEach((t, i) => {
    if (THIRD.has(t.norm)) others.add(a.sentenceAt(t.start));
    if (!SECOND.has(t.norm) || generic(a, i)) return;
    // "your mum's dementia assessment": the relative's health, not the reader's.
    if (RELATIVES.has(a.tokens[i + 1]?.norm ?? '')) {
      others.add(a.sentenceAt(t.start));
      return;
    }
    // "your…", "you're…", "you have…": the reader's own state; "can you see…" only asks them to act.
    const next = a.tokens[i + 1]?.norm ?? '';
    if (YOUR.has(t.norm)) possessed.add(a.sentenceAt(t.start));
    else if (t.norm !== 'you' || STATE.has(next)) spoken.add(a.sentenceAt(t.start));
  });
  for (const s of possessed) spoken.add(s);
  for (const s of possessed) others.delete(s);
  if (spoken.size === 0) return null;
  // A bare "results" or "test" is the result path's ("your results"): alone it may be a refusal to discuss them.
  const hit = a
    .hits('clinical')
    .find(
      (h) =>
        spoken.has(a.sentenceAt(h.start)) &&
        !others.has(a.sentenceAt(h.start)) &&
        !RESULT_WORDS.has(h.entry.phrase) &&
        !topic(a, h.tokenStart) &&
        h.entry.tags?.some((t) => HEALTH_TAGS.includes(t)),
    );
  return hit ? { start: hit.start, end: hit.end, tags: hit.entry.tags ?? [] } : null;
}

/**
 * Health in a draft that names nobody else: a condition, symptom, test or medicine in a sentence with
 * no third person or patient word ("the biopsy showed a melanoma" in a letter, against "the lady with the
 * lump"). What a message to a named reader is telling them about themselves.
 */
export function unattributedHealth(a: Analysis): AddressedResult | undefined {
  const others = new Set<number>();
  for (const h of a.hits('patient-ref')) others.add(a.sentenceAt(h.start));
  // "this 68-year-old man", "the gentleman on lithium": a person described by sex or age is someone else.
  for (const h of a.hits('quasi-identifier'))
    if (h.entry.tags?.[0] === 'sex' || h.entry.tags?.[0] === 'age-band') others.add(a.sentenceAt(h.start));
  a.tokens.forEach((t, i) => {
    if (THIRD.has(t.norm) || (SECOND.has(t.norm) && RELATIVES.has(a.tokens[i + 1]?.norm ?? '')))
      others.add(a.sentenceAt(t.start));
  });
  const hit = a
    .hits('clinical')
    .find(
      (h) =>
        !others.has(a.sentenceAt(h.start)) &&
        !RESULT_WORDS.has(h.entry.phrase) &&
        h.entry.tags?.some((t) => HEALTH_TAGS.includes(t)),
    );
  return hit ? { start: hit.start, end: hit.end } : undefined;
}
