import { RESULT_WORDS, YOUR } from '../data/clinical-shorthand.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * A result told to the reader: "your smear came back abnormal", "ur bloods were fine", "your HIV test
 * was negative". In a public reply it puts the named reader's health on show; in a message to two
 * people it tells one person's result to the other. "Your" then, within a few words, a test word of the
 * clinical lexicon or a result word (data/clinical-shorthand.ts).
 */

export interface AddressedResult {
  readonly start: number;
  readonly end: number;
}

/** How many words may stand between "your" and the result ("your full blood count results"). */
const REACH = 4;
const READ = new PerAnalysis<AddressedResult | null>();

export function addressedResult(a: Analysis): AddressedResult | undefined {
  let read = READ.get(a);
  if (read === undefined) {
    read = find(a) ?? null;
    READ.set(a, read);
  }
  return read ?? undefined;
}

function find(a: Analysis): AddressedResult | null {
  const { tokens } = a;
  const tests = a.hits('clinical').filter((h) => h.entry.tags?.includes('test'));
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!YOUR.has((tokens[i] as Token).norm)) continue;
    while (h < tests.length && (tests[h]?.tokenStart ?? 0) <= i) h++;
    const hit = tests[h];
    if (hit && hit.tokenStart <= i + REACH) return { start: (tokens[i] as Token).start, end: hit.end };
    for (let j = i + 1; j < tokens.length && j <= i + REACH; j++)
      if (RESULT_WORDS.has((tokens[j] as Token).norm))
        return { start: (tokens[i] as Token).start, end: (tokens[j] as Token).end };
  }
  return null;
}
