import { SIMILE_PRAISE, SIMILE_QUALITIES, SIMILE_SIZES, SIMILE_TRAITS } from '../../data/taxonomy/acts.js';
import { PERSON_NOUNS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { composedHit } from './composed.js';

const SOURCE =
  'OED, derogatory similes and comparisons; GMC Good medical practice 2024 (treating colleagues with respect)';
const ARTICLE = /^(a|an)$/;

/**
 * "has the personality of a spreadsheet", "about as useful as a chocolate teapot", "the size of a small
 * bus", "the human equivalent of a printer that jams": a person's qualities, use or size likened to a
 * thing's. Read as name-calling that needs someone in the clause to be said of (`needs-target`), so
 * the same words about a system or a policy are left alone.
 */
export function derogatorySimiles(tokens: readonly Token[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  const word = (k: number) => tokens[k]?.norm ?? '';
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = word(i);
    let end = -1;
    // "the personality of a …", "the size of a …"
    if ((SIMILE_TRAITS.has(w) || SIMILE_SIZES.has(w)) && word(i + 1) === 'of' && ARTICLE.test(word(i + 2))) end = i + 3;
    // "as useful as a …", "about as much use as a …"
    else if (w === 'as' && (SIMILE_QUALITIES.has(word(i + 1)) || word(i + 2) === 'use')) {
      const as = word(i + 1) === 'much' ? i + 3 : i + 2;
      if (word(as) === 'as' && ARTICLE.test(word(as + 1))) end = as + 2;
    }
    // "the human equivalent of …"
    else if (w === 'human' && word(i + 1) === 'equivalent' && word(i + 2) === 'of') end = i + 3;
    if (end < 0 || end >= tokens.length) continue;
    // Likened to a person, it is praise or a fair comparison ("as helpful as a colleague could be").
    if (PERSON_NOUNS.has(word(end)) || PERSON_NOUNS.has(word(end + 1))) continue;
    // Likened to a figure of praise, it is a compliment ("the patience of a saint").
    if (SIMILE_PRAISE.has(word(end)) || SIMILE_PRAISE.has(word(end + 1))) continue;
    // The hit ends on the thing compared to ("…of a spreadsheet"), or its first word ("…as a chocolate").
    out.push(
      composedHit(tokens, i, end + 1, 'act-insult', {
        phrase: 'the personality of a …',
        tags: ['insult', 'phrase', 'needs-target', 'simile'],
        source: SOURCE,
        note: "A person's qualities, use or size likened to a thing's.",
      }),
    );
    i = end;
  }
  return out;
}

/** Could the tokens hold a derogatory simile? A cheap test before a full reading. */
export function maySimile(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      ((SIMILE_TRAITS.has(t.norm) || SIMILE_SIZES.has(t.norm)) && tokens[i + 1]?.norm === 'of') ||
      (t.norm === 'equivalent' && tokens[i - 1]?.norm === 'human') ||
      (t.norm === 'as' && (SIMILE_QUALITIES.has(tokens[i + 1]?.norm ?? '') || tokens[i + 2]?.norm === 'use')),
  );
}
