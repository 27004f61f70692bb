import {
  AWARDS,
  CLAUSE_LINKS,
  FIGURES,
  GAIN_WORDS,
  MONEY,
  TIES,
  VANISH_WORDS,
} from '../data/taxonomy/allegation-grammar.js';
import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { sentenceTokens } from './speech.js';

/*
 * The frames around allegations (data/allegation-frame.ts), by sentence: whether a sentence passes on
 * rumour, gives opinion, cites a public finding, denies, attributes or refutes an accusation, names a
 * proper route, or hints. Built in one pass over the frame hits; questions are answered by lookup.
 */

export interface Motive {
  readonly object: 'award' | 'money' | 'figures';
  /** Gained or lost, gone unaccounted, tied to the gainer, or called suspicious. */
  readonly how: 'gain' | 'vanish' | 'tie' | 'suspicion';
  readonly words: string;
}

/** Which reading wins when a window holds several: the more telling one. */
const RANK: Record<string, number> = { figures: 1, money: 2, award: 3, gain: 1, vanish: 2, tie: 3, suspicion: 4 };

export interface Frames {
  /** Whether sentence si carries a frame of this kind. */
  has(si: number, tag: string): boolean;
  /** Whether sentence si or a neighbour carries it. */
  near(si: number, tag: string): boolean;
  /** Whether sentence si carries it before an offset. */
  before(si: number, tag: string, offset: number): boolean;
  /** Hints of wrongdoing (insinuation and suspicion frames), in text order. */
  readonly hints: readonly LexiconHit[];
  /** Tokens [lo, hi] of the sentence of token `at` with its neighbours, within a bounded reach of it. */
  window(at: number): [number, number];
  /** What a hint in tokens [lo, hi] is about: an award, money or figures, and how it changed hands. */
  motiveIn(lo: number, hi: number): Motive | undefined;
}

/** How far around a hint its person and motive are looked for, in tokens. */
const REACH = 40;

export function readFrames(a: Analysis): Frames {
  const first = new Map<string, number>();
  const hints: LexiconHit[] = [];
  const suspicious = new Set<number>();
  for (const h of a.hits('allegation-frame')) {
    const si = a.sentenceAt(h.start);
    for (const tag of h.entry.tags ?? []) {
      const key = `${si}:${tag}`;
      if (!first.has(key)) first.set(key, h.start);
      if (tag === 'insinuation' || tag === 'suspicion') hints.push(h);
      if (tag === 'suspicion') suspicious.add(h.tokenStart);
    }
  }
  const has = (si: number, tag: string) => first.has(`${si}:${tag}`);
  const last = a.tokens.length - 1;
  return {
    has,
    near: (si, tag) => has(si - 1, tag) || has(si, tag) || has(si + 1, tag),
    before: (si, tag, offset) => (first.get(`${si}:${tag}`) ?? offset) < offset,
    hints,
    window(at) {
      const [lo, hi] = sentenceTokens(a, at);
      const plo = lo > 0 ? sentenceTokens(a, lo - 1)[0] : lo;
      const nhi = hi < last ? sentenceTokens(a, hi + 1)[1] : hi;
      return [Math.max(plo, at - REACH), Math.min(nhi, at + REACH)];
    },
    motiveIn(lo, hi) {
      // Money gone is money named just before in its clause ("where the money went") or just after ("pocketed the cash").
      const moneyNear = (k: number) => {
        for (let m = k - 1; m >= Math.max(lo, k - 3); m--) {
          const n = (a.tokens[m] as Token).norm;
          if (MONEY.has(n)) return true;
          if (CLAUSE_LINKS.has(n)) break;
        }
        for (let m = k + 1; m <= Math.min(hi, k + 3); m++) if (MONEY.has((a.tokens[m] as Token).norm)) return true;
        return false;
      };
      let object: Motive['object'] | undefined;
      let objectWord = '';
      let how: Motive['how'] | undefined;
      let howWord = '';
      for (let k = lo; k <= hi; k++) {
        const n = (a.tokens[k] as Token).norm;
        const kind = AWARDS.has(n) ? 'award' : MONEY.has(n) ? 'money' : FIGURES.has(n) ? 'figures' : undefined;
        if (kind && (!object || (RANK[kind] ?? 0) > (RANK[object] ?? 0))) [object, objectWord] = [kind, n];
        const change = suspicious.has(k)
          ? 'suspicion'
          : TIES.has(n)
            ? 'tie'
            : VANISH_WORDS.has(n) && moneyNear(k)
              ? 'vanish'
              : GAIN_WORDS.has(n)
                ? 'gain'
                : undefined;
        if (change && (!how || (RANK[change] ?? 0) > (RANK[how] ?? 0))) [how, howWord] = [change, n];
      }
      return object && how ? { object, how, words: `${howWord} … ${objectWord}` } : undefined;
    },
  };
}
