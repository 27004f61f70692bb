import {
  CLAUSE_CONJUNCTIONS,
  FIRST_PERSON_SUBJECT,
  SECOND_PERSON,
  THIRD_PERSON_PLURAL,
  THIRD_PERSON_SINGULAR,
} from '../../data/taxonomy/grammar.js';
import type { Sentence } from '../../text/sentences.js';
import type { Token } from '../../text/tokens.js';

/** A clause as a token range [tokenStart, tokenEnd) inside one sentence. */
export interface ClauseRange {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
}

// Punctuation between two tokens that ends a clause: ; or : or a spaced dash, brackets, an ellipsis.
const BREAK = /[;:()[\]]|\s[-–—]+\s|[–—]|\.\.\.|…/;

const isSubject = (norm: string) =>
  FIRST_PERSON_SUBJECT.has(norm) ||
  SECOND_PERSON.has(norm) ||
  THIRD_PERSON_SINGULAR.has(norm) ||
  THIRD_PERSON_PLURAL.has(norm);

/** The sentence of each token, walking tokens and sentences once. */
export function sentenceOfTokens(tokens: readonly Token[], sentences: readonly Sentence[]): number[] {
  const out = new Array<number>(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (s < sentences.length - 1 && t.start >= (sentences[s] as Sentence).end) s++;
    out[i] = s;
  }
  return out;
}

/**
 * Clauses: each sentence cut where punctuation or a conjunction starts a new statement ("I like the
 * team, but the manager is a clown" is two). A bare "and" between nouns does not cut ("black and Asian
 * doctors"); "and" before a subject does ("…and they should all be…").
 */
export function splitClauses(text: string, tokens: readonly Token[], sentenceOf: readonly number[]): ClauseRange[] {
  const out: ClauseRange[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1] as Token;
    let cut = t === undefined || sentenceOf[i] !== sentenceOf[i - 1];
    if (!cut && t) {
      const gap = text.slice(prev.end, t.start);
      const next = tokens[i + 1];
      if (BREAK.test(gap)) cut = true;
      else if (CLAUSE_CONJUNCTIONS.has(t.norm) && t.norm !== 'so' && t.norm !== 'yet') cut = true;
      else if ((t.norm === 'so' || t.norm === 'yet') && gap.includes(',')) cut = true;
      else if ((t.norm === 'and' || t.norm === 'or') && next && isSubject(next.norm)) cut = true;
      else if (gap.includes(',') && isSubject(t.norm)) cut = true;
    }
    if (cut) {
      out.push({ tokenStart: start, tokenEnd: i, sentence: sentenceOf[start] ?? 0 });
      start = i;
    }
  }
  return out;
}
