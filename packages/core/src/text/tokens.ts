import { fastPaths } from '../fast-path.js';
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
  if (view.ascii && fastPaths()) return tokeniseAscii(view);
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

/**
 * tokenise() for an ASCII view (lower case), whose offsets are those of the original: WORD reads
 * /[a-z0-9]+(?:'[a-z]+)*\/ there (no marks, no other letters or digits), scanned here by hand.
 */
function tokeniseAscii(view: NormalisedText): Token[] {
  const tokens: Token[] = [];
  const { text, original } = view;
  const n = text.length;
  const isLetter = (c: number) => c >= 97 && c <= 122;
  const isDigit = (c: number) => c >= 48 && c <= 57;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) digits = false;
      else if (!isDigit(d)) break;
      i++;
    }
    // (?:'[a-z]+)*: an apostrophe joins the word only when letters follow it.
    while (i + 1 < n && text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) {
      digits = false;
      i += 2;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
    }
    const raw = original.slice(start, i);
    // Written in lower case already: the view's token is the same string, kept once.
    let lower = true;
    for (let k = 0; k < raw.length && lower; k++) {
      const c = raw.charCodeAt(k);
      lower = c < 65 || c > 90;
    }
    tokens.push({ norm: lower ? raw : text.slice(start, i), start, end: i, kind: digits ? 'number' : 'word', raw });
  }
  return tokens;
}

/** Lower-case letters, digits and single spaces: the form of most lexicon phrases. */
const PLAIN_PHRASE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Splits a phrase into the token strings the matcher compares, using the same rules as drafts. A plain
 * phrase splits on its spaces (the same tokens, without the Unicode scan that building the matcher
 * would otherwise run on every one of its thousands of entries at start-up).
 */
export function phraseTokens(phrase: string, fold: (s: string) => NormalisedText): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ');
  return [...fold(phrase).text.matchAll(WORD)].map((m) => m[0]);
}

/** The first token starting at or after an offset (binary search: tokens are in order). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
