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

interface Node {
  readonly next: Map<string, Node>;
  /** Stem children for `word*` entries, bucketed by their first three letters. */
  readonly stems: Map<string, Array<{ stem: string; node: Node }>>;
  readonly terminals: Array<{ lexicon: string; entry: LexiconEntry }>;
}

const node = (): Node => ({ next: new Map(), stems: new Map(), terminals: [] });
const STEM_KEY = 3;

/**
 * One matcher over every lexicon, compiled once per checker: a trie of token sequences. Matching is
 * linear in the number of tokens times the longest phrase, whatever the number of entries, which
 * keeps checking instant as the author types. Digits inside words are read as letters on both sides,
 * so "1d10t" meets "idiot".
 */
export class PhraseMatcher {
  private readonly root = node();
  private maxLength = 0;

  constructor(lexicons: readonly Lexicon[]) {
    for (const lexicon of lexicons) for (const entry of lexicon.entries) this.add(lexicon.id, entry);
  }

  private add(lexicon: string, entry: LexiconEntry): void {
    const words = phraseTokens(entry.phrase.replace(/\*$/, ''), normalise).map(foldLeet);
    if (words.length === 0) throw new Error(`lexicon ${lexicon}: phrase "${entry.phrase}" has no words`);
    const isStem = entry.phrase.endsWith('*');
    let at = this.root;
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      if (last && isStem) {
        if (word.length < STEM_KEY) throw new Error(`lexicon ${lexicon}: stem "${entry.phrase}" is shorter than ${STEM_KEY} letters`);
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
    at.terminals.push({ lexicon, entry });
    this.maxLength = Math.max(this.maxLength, words.length);
  }

  /** Every entry found in the tokens, in token order; overlapping hits are all kept. */
  match(tokens: readonly Token[]): LexiconHit[] {
    const hits: LexiconHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let frontier: Node[] = [this.root];
      for (let j = i; j < tokens.length && j - i < this.maxLength && frontier.length > 0; j++) {
        const word = foldLeet((tokens[j] as Token).norm);
        const nextFrontier: Node[] = [];
        for (const n of frontier) {
          const exact = n.next.get(word);
          if (exact) nextFrontier.push(exact);
          for (const s of n.stems.get(word.slice(0, STEM_KEY)) ?? []) if (word.startsWith(s.stem)) nextFrontier.push(s.node);
        }
        for (const n of nextFrontier) {
          for (const t of n.terminals) {
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
        frontier = nextFrontier;
      }
    }
    return hits;
  }
}
