/**
 * Word lists are data: each entry names where it comes from and why it is there.
 * A phrase is matched token by token after normalisation, so case, accents, look-alike letters and
 * hyphens do not matter. A trailing `*` on the last word matches any word beginning with it
 * ("idiot*" matches idiot, idiots, idiotic); the stem must be at least three letters.
 */
export interface LexiconEntry {
  readonly phrase: string;
  /** Free labels a rule can filter on, e.g. "name-calling", "slur", "race". */
  readonly tags?: readonly string[];
  /** How strong a cue this entry is, 0..1 (default 1). */
  readonly weight?: number;
  readonly source: string;
  readonly note: string;
}

export interface Lexicon {
  /** Stable id the analysis exposes hits under, e.g. "insult". */
  readonly id: string;
  readonly description: string;
  readonly entries: readonly LexiconEntry[];
}

export function defineLexicon(lexicon: Lexicon): Lexicon {
  return lexicon;
}

/** Entries for a list of phrases that share their tags, source, note and weight. */
export function many(
  phrases: readonly string[],
  tags: string | readonly string[],
  source: string,
  note: string,
  weight?: number,
): LexiconEntry[] {
  const tagList = typeof tags === 'string' ? [tags] : tags;
  return phrases.map((phrase) => ({
    phrase,
    tags: tagList,
    source,
    note,
    ...(weight === undefined ? {} : { weight }),
  }));
}
