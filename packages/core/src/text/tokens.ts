import type { NormalisedText } from './normalise.js';

export type TokenKind = 'word' | 'number';

export interface Token {
  /** The token in the normalised view (lower case). */
  readonly norm: string;
  /** Half-open UTF-16 range in the original text. */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The token as the author wrote it (original casing). */
  readonly raw: string;
}

// Words keep inner apostrophes ("don't", "o'clock"); hyphens and other punctuation split words, so
// "bed-blocker" and "bed blocker" give the same tokens.
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;
const DIGITS = /^\p{N}+$/u;

export function tokenise(view: NormalisedText): Token[] {
  const tokens: Token[] = [];
  for (const m of view.text.matchAll(WORD)) {
    const nStart = m.index;
    const [start, end] = view.toOriginal(nStart, nStart + m[0].length);
    tokens.push({
      norm: m[0],
      start,
      end,
      kind: DIGITS.test(m[0]) ? 'number' : 'word',
      raw: view.original.slice(start, end),
    });
  }
  return tokens;
}

/** Splits a phrase into the token strings the matcher compares, using the same rules as drafts. */
export function phraseTokens(phrase: string, fold: (s: string) => NormalisedText): string[] {
  return [...fold(phrase).text.matchAll(WORD)].map((m) => m[0]);
}
