import type { Characteristic } from '../../data/discrimination.js';
import { CODED_GROUPS, INSINUATIONS } from '../../data/taxonomy/acts.js';
import { Phrases } from '../../text/phrases.js';
import type { Token } from '../../text/tokens.js';

/*
 * Insinuation: words that leave the reader to draw an accusation ("draw your own conclusions", "funny how…",
 * "I'm not racist but…"), and groups named in code ("the religion of peace"). Neither says anything hostile
 * alone; beside a group named by a protected characteristic, the unsaid conclusion is about that group
 * (content.discrimination pairs them). Matched on tokens, a bounded number of phrases tried per token.
 */

export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const FRAMES = new Phrases(INSINUATIONS);
const CODED = new Phrases(CODED_GROUPS.map((g) => g.words));
const CODED_CHARACTERISTIC = new Map(CODED_GROUPS.map((g) => [g.words, g.characteristic]));

function spansOf(tokens: readonly Token[], phrases: Phrases): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = phrases.at(tokens, i);
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

/** The insinuating phrases of a text, in order. */
export function insinuations(tokens: readonly Token[]): TokenSpan[] {
  return spansOf(tokens, FRAMES);
}

/** Groups named in code, with the characteristic each stands for. */
export function codedGroups(tokens: readonly Token[]): Array<TokenSpan & { characteristic: Characteristic }> {
  return spansOf(tokens, CODED).map((s) => ({
    ...s,
    characteristic: CODED_CHARACTERISTIC.get(
      tokens
        .slice(s.tokenStart, s.tokenEnd)
        .map((t) => t.norm)
        .join(' '),
    ) as Characteristic,
  }));
}
