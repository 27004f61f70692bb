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
  /** Match whatever the inflection ("loses", "lost", "losing" meet "lose"): entries and drafts are stemmed alike. */
  readonly inflect?: boolean;
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

/** The phrases of a compact list: separated by commas or line breaks, trimmed, empty items dropped. */
export function splitList(list: string): string[] {
  return list
    .split(/[,\n]/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0);
}

/** Entries for a compact list of phrases ("vermin, rats, cockroaches") sharing tags, source, note and weight. */
export function terms(
  list: string,
  tags: string | readonly string[],
  source: string,
  note: string,
  weight?: number,
): LexiconEntry[] {
  return many(splitList(list), tags, source, note, weight);
}

/** A closed class of single words (pronouns, negators…) as a set, from a compact list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(splitList(list));
}

/** Objects that sit inside a separable phrasal verb ("run them over", "round them all up"). */
const INNER_OBJECTS = ['them', 'em', 'him', 'her', 'you', 'it', 'them all', 'the lot', 'the lot of them', 'us'];

/**
 * A list of phrasal verbs with every object pronoun placed inside too: "run over" also gives "run them
 * over", "run him over", "run the lot over". The pronoun then binds as the object.
 */
export function separable(list: string): string {
  const out: string[] = [];
  for (const phrase of splitList(list)) {
    out.push(phrase);
    const words = phrase.split(' ');
    if (words.length !== 2) continue;
    for (const o of INNER_OBJECTS) out.push(`${words[0]} ${o} ${words[1]}`);
  }
  return out.join(', ');
}
