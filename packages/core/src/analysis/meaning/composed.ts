import type { LexiconEntry } from '../../text/lexicon.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';

/**
 * A reading the meaning layer composes from several words (no lexicon lists it), in the shape of a
 * lexicon hit so that binding, modality and the rules treat it like any other: tokens [from, to).
 */
export function composedHit(
  tokens: readonly Token[],
  from: number,
  to: number,
  lexicon: string,
  entry: LexiconEntry,
): LexiconHit {
  return {
    lexicon,
    entry,
    start: (tokens[from] as Token).start,
    end: (tokens[to - 1] as Token).end,
    tokenStart: from,
    tokenEnd: to,
  };
}
