import { matchesOf } from './prefilter.js';
/** A sentence as a half-open range of the original text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
}

// A sentence ends at . ! ? or … (and any closing quotes or brackets after them) followed by space,
// or at a line break. Abbreviations such as "Dr." may split a sentence early; the rules only use
// sentences to keep cues apart, so a short split is harmless.
// The lookbehind starts a match only at the first mark of a run, which keeps the scan linear on
// long runs such as "......" with no space after them.
const BOUNDARY = /(?<![.!?…])[.!?…]+["')\]]*(?=\s)|\n+/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of matchesOf(BOUNDARY, text)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    push(from, end);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
