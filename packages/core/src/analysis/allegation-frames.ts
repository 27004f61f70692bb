import { GAIN_WORDS, MOTIVE_OBJECTS, TIES } from '../data/taxonomy/allegation-grammar.js';
import type { LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { sentenceTokens } from './speech.js';

/*
 * The frames around allegations (data/allegation-frame.ts), by sentence: whether a sentence passes on
 * rumour, gives opinion, cites a public finding, denies, attributes or refutes an accusation, names a
 * proper route, or hints. Built in one pass over the frame hits; questions are answered by lookup.
 */

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
  /** What makes a hint in tokens [lo, hi] damaging: money or advantage gained, lost or tied; undefined if none. */
  motiveIn(lo: number, hi: number): string | undefined;
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
      let object: string | undefined;
      let gain: string | undefined;
      for (let k = lo; k <= hi; k++) {
        const n = (a.tokens[k] as Token).norm;
        if (!object && MOTIVE_OBJECTS.has(n)) object = n;
        if (!gain && (GAIN_WORDS.has(n) || TIES.has(n) || suspicious.has(k))) gain = n;
      }
      return object && gain ? `${gain} … ${object}` : undefined;
    },
  };
}
