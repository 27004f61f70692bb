import { AFTER_FEELING, DROPPED_I_OPENERS, FEELING_LINKS, type Frame, OBJECT_START } from '../data/emotion.js';
import { AUXILIARIES, FIRST_PERSON, FIRST_PERSON_SUBJECT, NEGATORS, OTHER_SUBJECTS } from '../data/taxonomy/grammar.js';
import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';

/*
 * Whether an emotion word is used in its emotional sense, from the frame its entry names (data/emotion.ts).
 * Many words of feeling have a plain sense too: "I'm shattered" and "lives shattered by the news", "I've had
 * enough" and "had enough to eat", "feeling crushed" and "crushed garlic". The frame reads who the feeling
 * belongs to from the few words around the hit, so the check is bounded per hit and linear in the draft.
 */

/** How far back the author may stand from the feeling ("I am honestly just so completely shattered"). */
const REACH = 6;
/** Punctuation that ends a clause between two tokens. */
const CLAUSE_END = /[.!?;:\n()]/;

const FRAMES: ReadonlySet<string> = new Set<Frame>(['state', 'self', 'final', 'not-to']);

/** The frame an entry needs, if any (its second tag). */
export function frameOf(hit: LexiconHit): Frame | undefined {
  const tag = hit.entry.tags?.[1];
  return tag !== undefined && FRAMES.has(tag) ? (tag as Frame) : undefined;
}

/** True when a clause ends between two neighbouring tokens (or the text ends). */
function boundary(text: string, from: number, to: number): boolean {
  return CLAUSE_END.test(text.slice(from, to));
}

/** The token after the hit when it is in the same clause. */
function nextInClause(text: string, tokens: readonly Token[], hit: LexiconHit): Token | undefined {
  const next = tokens[hit.tokenEnd];
  if (!next) return undefined;
  return boundary(text, (tokens[hit.tokenEnd - 1] as Token).end, next.start) ? undefined : next;
}

/** A first-person pronoun that carries its own verb ("I'm", "we've"): a feeling may follow it directly. */
const CONTRACTED = /^(?:i'm|im|we're|i've|ive|we've|weve)$/;

/**
 * Who the feeling belongs to, reading back from the hit: 'self' when the author is its subject (through
 * linking words), 'open' when nothing stands before it in its clause (a telegraphic "Shattered."), and
 * 'other' when someone or something else does ("lives shattered", "the patient was furious", "I'm not
 * angry"). `linked` says whether a linking verb or adverb stood between ("I am crushed", not "I crushed").
 */
function experiencer(
  text: string,
  tokens: readonly Token[],
  hit: LexiconHit,
): { who: 'self' | 'open' | 'other'; linked: boolean } {
  let linked = false;
  let coordinated = false;
  for (let j = hit.tokenStart - 1; j >= Math.max(0, hit.tokenStart - REACH); j--) {
    const t = tokens[j] as Token;
    const after = tokens[j + 1] as Token;
    if (boundary(text, t.end, after.start)) return { who: 'open', linked };
    if (NEGATORS.has(t.norm)) return { who: 'other', linked };
    if (FIRST_PERSON.has(t.norm)) return { who: 'self', linked: linked || CONTRACTED.test(t.norm) };
    if (!FEELING_LINKS.has(t.norm)) {
      if (droppedI(text, tokens, j)) return { who: 'self', linked: true };
      // A second verb shares the subject of the first ("I closed my door and sobbed").
      return { who: coordinated && sharedSubject(text, tokens, j) ? 'self' : 'other', linked };
    }
    if (COORDINATORS.has(t.norm)) coordinated = true;
    linked = true;
  }
  return { who: hit.tokenStart - REACH <= 0 ? 'open' : 'other', linked };
}

/** How far back a coordinated verb's subject may stand ("I closed my door between patients and sobbed"). */
const SUBJECT_REACH = 12;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'then']);

/**
 * The nearest subject pronoun before token j in its clause is the author's ("I went home and sobbed"),
 * not someone else's ("she came in and cried"); a clause with none has a subject we cannot see.
 */
function sharedSubject(text: string, tokens: readonly Token[], j: number): boolean {
  for (let k = j; k >= Math.max(0, j - SUBJECT_REACH); k--) {
    const t = tokens[k] as Token;
    if (FIRST_PERSON_SUBJECT.has(t.norm)) return true;
    if (OTHER_SUBJECTS.has(t.norm)) return false;
    if (k > 0 && boundary(text, (tokens[k - 1] as Token).end, t.start)) return false;
  }
  return false;
}

/** The clause holding token j opens with a verb and no subject ("Sat in the car sobbing"): the subject is "I". */
function droppedI(text: string, tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k > 0 && !boundary(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start)) k--;
  return DROPPED_I_OPENERS.has((tokens[k] as Token).norm);
}

/** The hit opens with an -ing form ("shaking", "crying"). */
function gerund(tokens: readonly Token[], hit: LexiconHit): boolean {
  return (tokens[hit.tokenStart] as Token).norm.endsWith('ing');
}

/** How far a question mark may follow the feeling in its sentence ("Feeling low after the holidays?"). */
const QUESTION_REACH = 80;

/** The sentence that holds an offset ends in a question mark (looked for a bounded way ahead). */
function asked(text: string, from: number): boolean {
  const m = /[.!?\n]/.exec(text.slice(from, from + QUESTION_REACH));
  return m?.[0] === '?';
}

/** True when the hit reads as the author's feeling in its frame (always, for entries with no frame). */
export function emotionalSense(text: string, tokens: readonly Token[], hit: LexiconHit): boolean {
  const frame = frameOf(hit);
  if (frame === undefined) return true;
  const next = nextInClause(text, tokens, hit);
  if (frame === 'final') return next === undefined || AFTER_FEELING.has(next.norm);
  if (frame === 'not-to') return next?.norm !== 'to';
  const { who, linked } = experiencer(text, tokens, hit);
  if (who === 'other') return false;
  // "Feeling low? Talk to us": a feeling with no subject, asked about, is the reader's.
  if (who === 'open' && asked(text, hit.end)) return false;
  // "Shaking can cause bleeding", "Crying is normal after a loss": an -ing form with no subject that a verb
  // follows is the subject of that verb (a gerund), not the author's tears.
  if (frame === 'self')
    return !(who === 'open' && next !== undefined && AUXILIARIES.has(next.norm) && gerund(tokens, hit));
  // A state: "I am crushed", not "I crushed the garlic"; a telegraphic one is followed by no noun.
  if (next && OBJECT_START.has(next.norm)) return false;
  if (who === 'self') return linked;
  return next === undefined || AFTER_FEELING.has(next.norm);
}
