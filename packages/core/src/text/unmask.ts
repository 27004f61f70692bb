import { foldLeet } from './leet.js';
import { MASKS } from './spelling.js';
import type { Token } from './tokens.js';

/** A swear word found by the profanity scanner (obscenity): where it was written, and the word it stands for. */
export interface MaskedSwear {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly disguised: boolean;
}

/** Masked words longer than this are left as they are: it bounds the search for where the word sits. */
const MAX_MASKED = 24;

/**
 * The tokens with each swear word written to dodge a filter ("c*nt", "@rse", "m0therf+cker") read as one
 * word ("cunt", "arse", "motherfucker"), so every lexicon sees the word meant. The speller joins masked
 * words it can read on its own; where a mask leaves several readings ("c*ck"), the profanity scanner,
 * a well-kept library that knows the swear words' disguises, has already said which word it is. Spaced-out
 * letters are the speller's to join. Tokens that need nothing are returned as they are.
 */
export function unmaskSwearing(
  tokens: readonly Token[],
  found: readonly MaskedSwear[],
  text: string,
): readonly Token[] {
  const out: Token[] = [];
  let changed = false;
  let t = 0;
  for (const m of found) {
    if (!m.disguised) continue;
    while (t < tokens.length && (tokens[t] as Token).end <= m.start) out.push(tokens[t++] as Token);
    let k = t;
    while (k < tokens.length && (tokens[k] as Token).start < m.end) k++;
    if (k === t) continue;
    const start = Math.min((tokens[t] as Token).start, m.start);
    const end = Math.max((tokens[k - 1] as Token).end, m.end);
    const raw = text.slice(start, end);
    const norm = end - start <= MAX_MASKED ? filledIn(foldLeet(raw.toLowerCase()), m.word) : undefined;
    if (norm === undefined) continue;
    out.push({ norm, start, end, kind: 'word', raw });
    changed = true;
    t = k;
  }
  if (!changed) return tokens;
  while (t < tokens.length) out.push(tokens[t++] as Token);
  return out;
}

/** The written form with the word put where its masks stand ("f*cking" + "fuck" → "fucking"), or undefined. */
function filledIn(written: string, word: string): string | undefined {
  for (let i = 0; i + word.length <= written.length; i++) {
    let fits = true;
    for (let j = 0; j < word.length && fits; j++) {
      const c = written[i + j] as string;
      fits = c === word[j] || MASKS.has(c);
    }
    if (!fits) continue;
    const read = written.slice(0, i) + word + written.slice(i + word.length);
    return /^[a-z']+$/.test(read) ? read : undefined;
  }
  return undefined;
}
