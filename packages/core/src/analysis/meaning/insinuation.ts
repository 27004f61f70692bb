import type { Characteristic } from '../../data/discrimination.js';
import { CODED_GROUPS, INSINUATIONS } from '../../data/taxonomy/acts.js';
import { Phrases, type TokenSpan } from '../../text/phrases.js';
import type { Token } from '../../text/tokens.js';

/*
 * Insinuation: words that leave the reader to draw an accusation ("draw your own conclusions", "funny how…",
 * "I'm not racist but…"), and groups named in code ("the religion of peace"). Neither says anything hostile
 * alone; beside a group named by a protected characteristic, the unsaid conclusion is about that group
 * (content.discrimination pairs them). Matched on tokens, a bounded number of phrases tried per token.
 */

const FRAMES = new Phrases(INSINUATIONS);
const CODED = new Phrases(CODED_GROUPS.map((g) => g.words));
const CODED_CHARACTERISTIC = new Map(CODED_GROUPS.map((g) => [g.words, g.characteristic]));

/** The insinuating phrases of a text, in order. */
export function insinuations(tokens: readonly Token[]): TokenSpan[] {
  return FRAMES.spans(tokens);
}

/** Groups named in code, with the characteristic each stands for. */
export function codedGroups(tokens: readonly Token[]): Array<TokenSpan & { characteristic: Characteristic }> {
  return CODED.spans(tokens).map((s) => ({
    ...s,
    characteristic: CODED_CHARACTERISTIC.get(s.phrase) as Characteristic,
  }));
}
