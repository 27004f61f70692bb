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
  private readonly byFirst = new Map<string, Array<{ words: string[]; phrase: string }>>();
  private readonly form: (t: Token | undefined) => string;
  constructor(set: Iterable<string>, options: { stems?: boolean } = {}) {
    this.form = options.stems ? (t) => stem(bare(t)) : bare;
    for (const phrase of set) {
      const words = options.stems ? phrase.split(' ').map(stem) : phrase.split(' ');
      const list = this.byFirst.get(words[0] as string) ?? [];
      list.push({ words, phrase });
      this.byFirst.set(words[0] as string, list);
    }
  }
  /** The longest phrase starting at token i, as it was given, with its length in tokens. */
  private longest(tokens: readonly Token[], i: number): { words: string[]; phrase: string } | undefined {
    // Both lists when they differ: "down's" is tried as "down's" and as "down" ("down syndrome").
    const asWritten = this.byFirst.get(tokens[i]?.norm ?? '') ?? [];
    const asBare = this.byFirst.get(this.form(tokens[i])) ?? [];
    let best: { words: string[]; phrase: string } | undefined;
    for (const entry of asBare === asWritten ? asBare : [...asBare, ...asWritten]) {
      if (best && entry.words.length <= best.words.length) continue;
      if (entry.words.every((w, k) => tokens[i + k]?.norm === w || this.form(tokens[i + k]) === w)) best = entry;
    }
    return best;
  }
  /** The number of tokens of the longest phrase starting at token i (0 if none). */
  at(tokens: readonly Token[], i: number): number {
    return this.longest(tokens, i)?.words.length ?? 0;
  }
  /** Every phrase in the tokens, longest first where they overlap, in order, each with the phrase it matched. */
  spans(tokens: readonly Token[]): Array<TokenSpan & { readonly phrase: string }> {
    const out: Array<TokenSpan & { readonly phrase: string }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const found = this.longest(tokens, i);
      if (!found) continue;
      const n = found.words.length;
      out.push({
        start: (tokens[i] as Token).start,
        end: (tokens[i + n - 1] as Token).end,
        tokenStart: i,
        tokenEnd: i + n,
        phrase: found.phrase,
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
