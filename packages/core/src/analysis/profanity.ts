import {
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
} from 'obscenity';
import { PROFANITY_ALLOW } from '../data/profanity-allow.js';

/** A swear word found in the original text. */
export interface ProfanityMatch {
  readonly start: number;
  readonly end: number;
  /** The dictionary word it stands for, e.g. "fuck" for "f*ck". */
  readonly word: string;
}

/**
 * Swearing, found by obscenity (its leet, look-alike and repeated-letter transformers) with our
 * clinical and place-name allow-list merged into obscenity's own.
 */
export class ProfanityScanner {
  private readonly matcher: RegExpMatcher;

  constructor() {
    const built = englishDataset.build();
    this.matcher = new RegExpMatcher({
      ...built,
      ...englishRecommendedTransformers,
      whitelistedTerms: [...(built.whitelistedTerms ?? []), ...PROFANITY_ALLOW.map((e) => e.phrase)],
    });
  }

  scan(text: string): ProfanityMatch[] {
    return this.matcher.getAllMatches(text, true).map((m) => ({
      start: m.startIndex,
      // obscenity's endIndex is inclusive and may point at the first half of a surrogate pair.
      end: m.endIndex + 1 + (isHighSurrogate(text.charCodeAt(m.endIndex)) ? 1 : 0),
      word: englishDataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? text.slice(m.startIndex, m.endIndex + 1),
    }));
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
