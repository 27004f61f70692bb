import { foldLeet } from './leet.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { normalise } from './normalise.js';
import { phraseTokens, type Token } from './tokens.js';

/** One lexicon entry found in a draft. Offsets are into the original text. */
export interface LexiconHit {
  readonly lexicon: string;
  readonly entry: LexiconEntry;
  readonly start: number;
  readonly end: number;
  /** Index of the first and one past the last matched token. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** The index of the first hit starting at or after token `from` (hits in token order; binary search). */
export function firstHitFrom(hits: readonly { tokenStart: number }[], from: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as { tokenStart: number }).tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Node {
  readonly next: Map<string, Node>;
  /** Stem children for `word*` entries, bucketed by their first three letters. */
  readonly stems: Map<string, Array<{ stem: string; node: Node }>>;
  readonly terminals: Array<{ lexicon: string; entry: LexiconEntry }>;
}

const node = (): Node => ({ next: new Map(), stems: new Map(), terminals: [] });
const STEM_KEY = 3;

/**
 * A filter in front of the root of the trie: one bit per hash of each word (and stem key) that can
 * start a phrase. Most tokens start none, and a clear bit says so without a map lookup; a set bit
 * only means "look it up". 2^16 bits keep collisions rare for a few thousand entries.
 */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
function filterHash(s: string, length: number): number {
  let h = length * 0x9e37;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) & FILTER_MASK;
}
const setBit = (bits: Uint8Array, h: number) => {
  bits[h >>> 3] = (bits[h >>> 3] as number) | (1 << (h & 7));
};
const hasBit = (bits: Uint8Array, h: number) => ((bits[h >>> 3] as number) & (1 << (h & 7))) !== 0;

/**
 * One matcher over every lexicon, compiled once per checker: a trie of token sequences. Matching is
 * linear in the number of tokens times the longest phrase, whatever the number of entries, which
 * keeps checking instant as the author types. Digits inside words are read as letters on both sides,
 * so "1d10t" meets "idiot".
 */
export class PhraseMatcher {
  private readonly root = node();
  private maxLength = 0;
  /** Hashes of the words that start a phrase, and of the stem keys at the root. */
  private readonly rootWords = new Uint8Array(1 << (FILTER_BITS - 3));
  private readonly rootStems = new Uint8Array(1 << (FILTER_BITS - 3));

  /** `fold` maps each word (after reading digits as letters) to the form compared, on entries and drafts alike. */
  constructor(
    lexicons: readonly Lexicon[],
    private readonly fold: (word: string) => string = (w) => w,
  ) {
    for (const lexicon of lexicons) for (const entry of lexicon.entries) this.add(lexicon.id, entry);
    for (const word of this.root.next.keys()) setBit(this.rootWords, filterHash(word, word.length));
    for (const key of this.root.stems.keys()) setBit(this.rootStems, filterHash(key, key.length));
  }

  private add(lexicon: string, entry: LexiconEntry): void {
    const words = phraseTokens(entry.phrase.replace(/\*$/, ''), normalise).map((w) => this.fold(foldLeet(w)));
    if (words.length === 0) throw new Error(`lexicon ${lexicon}: phrase "${entry.phrase}" has no words`);
    const isStem = entry.phrase.endsWith('*');
    let at = this.root;
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      if (last && isStem) {
        if (word.length < STEM_KEY)
          throw new Error(`lexicon ${lexicon}: stem "${entry.phrase}" is shorter than ${STEM_KEY} letters`);
        const key = word.slice(0, STEM_KEY);
        const bucket = at.stems.get(key) ?? [];
        at.stems.set(key, bucket);
        let found = bucket.find((b) => b.stem === word);
        if (!found) bucket.push((found = { stem: word, node: node() }));
        at = found.node;
      } else {
        let child = at.next.get(word);
        if (!child) at.next.set(word, (child = node()));
        at = child;
      }
    });
    // Stemming folds inflections listed apart ("run", "runs") onto one path: keep one entry per lexicon and tags.
    const tags = (entry.tags ?? []).join(',');
    if (!at.terminals.some((t) => t.lexicon === lexicon && (t.entry.tags ?? []).join(',') === tags))
      at.terminals.push({ lexicon, entry });
    this.maxLength = Math.max(this.maxLength, words.length);
  }

  /** Every entry found in the tokens, in token order; overlapping hits are all kept. */
  match(tokens: readonly Token[]): LexiconHit[] {
    const hits: LexiconHit[] = [];
    const n = tokens.length;
    // Each token's folded form once (a token is compared at up to maxLength starts).
    const words = new Array<string>(n);
    for (let k = 0; k < n; k++) words[k] = this.fold(foldLeet((tokens[k] as Token).norm));
    const root = this.root;
    // Two frontiers reused for every start: the nodes reached so far, and those reached by the next token.
    let frontier: Node[] = [];
    let next: Node[] = [];
    for (let i = 0; i < n; i++) {
      // The first step, from the root, behind the filter: most tokens start no phrase.
      const first = words[i] as string;
      next.length = 0;
      if (hasBit(this.rootWords, filterHash(first, first.length))) {
        const exact = root.next.get(first);
        if (exact) next.push(exact);
      }
      if (first.length >= STEM_KEY && hasBit(this.rootStems, filterHash(first, STEM_KEY))) {
        for (const s of root.stems.get(first.slice(0, STEM_KEY)) ?? []) if (first.startsWith(s.stem)) next.push(s.node);
      }
      for (let j = i; next.length > 0; ) {
        for (const reached of next) {
          for (const t of reached.terminals) {
            hits.push({
              lexicon: t.lexicon,
              entry: t.entry,
              start: (tokens[i] as Token).start,
              end: (tokens[j] as Token).end,
              tokenStart: i,
              tokenEnd: j + 1,
            });
          }
        }
        const swap = frontier;
        frontier = next;
        next = swap;
        j++;
        if (j >= n || j - i >= this.maxLength) break;
        const word = words[j] as string;
        next.length = 0;
        for (const at of frontier) {
          const exact = at.next.get(word);
          if (exact) next.push(exact);
          if (at.stems.size > 0)
            for (const s of at.stems.get(word.slice(0, STEM_KEY)) ?? []) if (word.startsWith(s.stem)) next.push(s.node);
        }
      }
    }
    return hits;
  }
}
