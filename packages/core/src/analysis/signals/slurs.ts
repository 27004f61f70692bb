import { CHARACTERISTICS, type Characteristic } from '../../data/discrimination.js';
import {
  HOMONYM_NEXT,
  OBSCENITY_NEEDS_DET,
  OBSCENITY_SLURS,
  PERSON_MARKERS,
  RECLAIMING,
  RETARD_CLINICAL,
  SMOKING,
  SPASTIC_CLINICAL,
} from '../../data/taxonomy/slur-guards.js';
import { COPULAS } from '../../data/taxonomy/grammar.js';
import type { Token } from '../../text/tokens.js';
import type { Analysis } from '../analyse.js';
import { PerAnalysis } from '../memo.js';

export interface Slur {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly characteristic?: Characteristic;
  /** A word with an everyday sense too: less sure. */
  readonly homonym: boolean;
}

const SLURS = new PerAnalysis<Slur[]>();

/**
 * Slurs in the draft, from the discrimination lexicon and obscenity's data set, without homonyms
 * ("a fag break", "spastic diplegia"), clinical terms and reclaimed self-reference ("I'm a proud queer").
 * Whether a slur is quoted to condemn it is the meaning layer's question (stance), not this one's.
 */
export function findSlurs(a: Analysis): readonly Slur[] {
  let found = SLURS.get(a);
  if (!found) SLURS.set(a, (found = scan(a)));
  return found;
}

function scan(a: Analysis): Slur[] {
  const tokens = a.tokens;
  const candidates: Array<{
    reclaimed?: boolean;
    start: number;
    end: number;
    ts: number;
    te: number;
    word: string;
    c?: Characteristic;
    homonym: boolean;
    clinical: boolean;
  }> = [];
  for (const h of a.hits('discrimination')) {
    const tags = h.entry.tags ?? [];
    if (!tags.includes('slur')) continue;
    const c = tags.find((t) => CHARACTERISTICS.has(t)) as Characteristic | undefined;
    candidates.push({
      start: h.start,
      end: h.end,
      ts: h.tokenStart,
      te: h.tokenEnd,
      word: h.entry.phrase,
      ...(c ? { c } : {}),
      homonym: tags.includes('needs-det'),
      reclaimed: tags.includes('reclaimed'),
      clinical: tags.includes('clinical'),
    });
  }
  for (const m of a.profanity) {
    const c = OBSCENITY_SLURS[m.word];
    if (!c || candidates.some((s) => m.start < s.end && m.end > s.start)) continue;
    const ts = tokens.findIndex((t) => t.end > m.start);
    const te = tokens.findIndex((t) => t.start >= m.end);
    candidates.push({
      start: m.start,
      end: m.end,
      ts: Math.max(ts, 0),
      te: te < 0 ? tokens.length : te,
      word: m.word,
      c,
      homonym: OBSCENITY_NEEDS_DET.has(m.word),
      clinical: m.word === 'spastic',
    });
  }
  const out: Slur[] = [];
  for (const s of candidates) {
    // An in-group form counts only where something hostile is said of the people it names.
    if (
      s.reclaimed &&
      !a.meaning.acts.some(
        (x) => x.tokenStart >= s.te && x.tokenStart - s.te <= 3 && !x.negated && x.kind !== 'positive',
      )
    )
      continue;
    const prev = tokens[s.ts - 1] as Token | undefined;
    const prev2 = tokens[s.ts - 2] as Token | undefined;
    const next = tokens[s.te] as Token | undefined;
    if (s.clinical && next && SPASTIC_CLINICAL.has(next.norm)) continue;
    if (s.word.startsWith('retard') && prev && RETARD_CLINICAL.has(prev.norm)) continue;
    if (s.homonym) {
      if (next && HOMONYM_NEXT.has(next.norm)) continue;
      if (
        /^fag/.test(s.word) &&
        tokens.slice(Math.max(0, s.ts - 3), s.ts).some((t) => SMOKING.has(t.norm) || t.kind === 'number')
      )
        continue;
      const named =
        prev !== undefined &&
        (PERSON_MARKERS.has(prev.norm) || a.profanity.some((p) => p.start >= prev.start && p.end <= prev.end));
      // Or the subject of what follows: "fags are…".
      const said = next !== undefined && COPULAS.has(next.norm);
      if (!named && !said) continue;
    }
    // Reclaimed in self-reference: "I'm a proud dyke", "us queers".
    if (
      prev &&
      (RECLAIMING.has(prev.norm) ||
        (prev2 && RECLAIMING.has(prev2.norm) && (prev.norm === 'a' || prev.norm === 'proud')))
    )
      continue;
    out.push({ start: s.start, end: s.end, word: s.word, ...(s.c ? { characteristic: s.c } : {}), homonym: s.homonym });
  }
  return out;
}
