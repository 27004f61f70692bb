import { stem } from './stem.js';
import type { Token } from './tokens.js';

/** Where a phrase stands: offsets in the text and token indices (end exclusive). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A token's normal form without a possessive "'s" ("Tesco's" reads as "tesco"). */
export const bare = (t: Token | undefined) => (t ? t.norm.replace(/['’]s$/, '') : '');

/**
 * Phrases of a few words, matched on tokens (normal form, or without a possessive). Kept by their first word,
 * so that a phrase is tried only where its first word stands. With `stems`, every word is compared by its
 * stem, so one entry covers each inflection ("treat for" meets "treating", "treated for").
 */
export class Phrases {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly form: (t: Token | undefined) => string;
  constructor(set: Iterable<string>, options: { stems?: boolean } = {}) {
    this.form = options.stems ? (t) => stem(bare(t)) : bare;
    for (const p of set) {
      const words = options.stems ? p.split(' ').map(stem) : p.split(' ');
      const list = this.byFirst.get(words[0] as string) ?? [];
      list.push(words);
      this.byFirst.set(words[0] as string, list);
    }
  }
  /** The number of tokens of the longest phrase starting at token i (0 if none). */
  at(tokens: readonly Token[], i: number): number {
    // Both lists when they differ: "down's" is tried as "down's" and as "down" ("down syndrome").
    const asWritten = this.byFirst.get(tokens[i]?.norm ?? '') ?? [];
    const asBare = this.byFirst.get(this.form(tokens[i])) ?? [];
    let best = 0;
    for (const words of asBare === asWritten ? asBare : [...asBare, ...asWritten]) {
      if (words.length <= best) continue;
      if (words.every((w, k) => tokens[i + k]?.norm === w || this.form(tokens[i + k]) === w)) best = words.length;
    }
    return best;
  }
  /** Every phrase in the tokens, longest first where they overlap, in order. */
  spans(tokens: readonly Token[]): TokenSpan[] {
    const out: TokenSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const n = this.at(tokens, i);
      if (n === 0) continue;
      out.push({
        start: (tokens[i] as Token).start,
        end: (tokens[i + n - 1] as Token).end,
        tokenStart: i,
        tokenEnd: i + n,
      });
      i += n - 1;
    }
    return out;
  }
  /** The number of tokens of the longest phrase ending just before token i (0 if none). */
  before(tokens: readonly Token[], i: number): number {
    let best = 0;
    for (let n = 1; n <= 4 && i - n >= 0; n++) if (this.at(tokens, i - n) === n) best = n;
    return best;
  }
}
