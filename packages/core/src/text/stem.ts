import { stemmer } from 'stemmer';
import { IRREGULAR_FORMS } from '../data/taxonomy/irregular-verbs.js';

/*
 * A word's stem for matching the act, modality and stance lexicons whatever the inflection ("loses",
 * "lost" and "losing" all meet "lose"). The Porter stemmer (the `stemmer` package) does the regular
 * forms; a list of irregular forms does the rest. Entries and drafts go through the same function, so
 * an odd stem ("this" → "thi") is harmless: both sides get it.
 */

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = IRREGULAR_FORMS[word] ?? (word.length > 3 && /^[a-z]+$/.test(word) ? stemmer(word) : word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
