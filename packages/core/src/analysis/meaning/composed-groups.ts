import { DISABLING_CONDITIONS } from '../../data/taxonomy/groups.js';
import { PERSON_NOUNS } from '../../data/taxonomy/grammar.js';
import { Phrases } from '../../text/phrases.js';
import type { Token } from '../../text/tokens.js';
import type { Target } from './types.js';

/*
 * Groups named by a phrase rather than a group word: an age band by number ("the over-90s", "under 25s",
 * "80-year-olds"), and people with a disabling condition ("doctors with bipolar", "people with Down's").
 * Built from their parts, so every number and every condition in the list is covered, not the phrasings
 * someone wrote down.
 */

/** "80s", "90s": a decade of age, after "over" or "under". */
const DECADE = /^\d{2}s$/;
/** Nouns for patients: "patients with X" are the patient-reference lexicon's, read as patients. */
const PATIENT_NOUNS = /^(patients?|pts?)$/;
/** The conditions, matched on tokens ("down's syndrome" is taken over "down's"). */
const CONDITIONS = new Phrases(DISABLING_CONDITIONS);

export function composedGroups(tokens: readonly Token[], text: string): Target[] {
  const out: Target[] = [];
  const add = (from: number, to: number, group: 'age' | 'disability') => {
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    out.push({ kind: 'group', group, label: text.slice(start, end), start, end, tokenStart: from, tokenEnd: to });
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).norm;
    // "the over-90s", "under 25s".
    if ((w === 'over' || w === 'under') && DECADE.test(tokens[i + 1]?.norm ?? '')) add(i, i + 2, 'age');
    // "80-year-olds", "85 year olds".
    else if (/^\d{2,3}$/.test(w) && tokens[i + 1]?.norm === 'year' && /^olds?$/.test(tokens[i + 2]?.norm ?? ''))
      add(i, i + 3, 'age');
    // "people with Down's", "doctors with bipolar" (not "patients with…": patients, read as such).
    else if (w === 'with' && i > 0) {
      const noun = (tokens[i - 1] as Token).norm;
      if (!PERSON_NOUNS.has(noun) || PATIENT_NOUNS.test(noun)) continue;
      const skip = tokens[i + 1]?.norm === 'a' && CONDITIONS.at(tokens, i + 1) === 0 ? 1 : 0;
      const n = CONDITIONS.at(tokens, i + 1 + skip);
      if (n > 0) add(i - 1, i + 1 + skip + n, 'disability');
    }
  }
  return out;
}
