import type { LexiconHit } from '../../text/matcher.js';
import type { Reading } from './read.js';
import { GROUP_COUNTERS, SUBJECT_BLOCKERS, VICTIM_MARKERS } from '../../data/taxonomy/grammar.js';
import type { ActKind, Target } from './types.js';

/*
 * A charge or a label that found no subject of its own is said of the group its sentence is about:
 * "Asylum seekers commit more crime than…" (the group, then a verb, then the charge), "Parasites, the
 * lot of them" (the label, then the group in apposition). This is the pairing of a group with crime,
 * dirt or vermin that HateCheck calls derogation by implication (Röttger et al. 2021, F1-F4), read by
 * position rather than by listed verbs.
 *
 * The group must be the whole group (not counted: "two Romanians were arrested"), stand as a subject
 * (not after a preposition: "crimes against Muslims"), and nothing may make it the one harmed ("victims
 * of crime"). As a subject it takes only a charge (crime, dirt, a lack): a likening word after a verb
 * is usually literal ("women are told HRT causes cancer", "they shed live virus"), so a label or a
 * likening reaches the group only in apposition.
 */

/** Acts a group standing as the subject takes: a charge, not a label. */
const CHARGES: ReadonlySet<ActKind> = new Set(['crime', 'inferiority']);

/** How far after the group the charge may come ("Asylum seekers round here commit more crime"). */
const SUBJECT_REACH = 8;
/** How far after the label the group in apposition may come ("parasites, every last one of them"). */
const APPOSITION_REACH = 6;
/** A number written in digits before a group ("22 people"): it counts them. */
const DIGITS = /^\d+$/;

/** The group a subjectless charge or label at `h` is said of, or undefined. */
export function sentenceTopic(r: Reading, h: LexiconHit, kind: ActKind): Target | undefined {
  const sentence = r.sentenceOf[h.tokenStart];
  const word = (k: number) => r.tokens[k]?.norm ?? '';
  for (let k = h.tokenStart - 1; k >= Math.max(0, h.tokenStart - 3); k--)
    if (VICTIM_MARKERS.has(word(k))) return undefined;
  // The subject: a whole group before the charge, with no other person between.
  for (let k = h.tokenStart - 1; CHARGES.has(kind) && k >= 0 && k >= h.tokenStart - SUBJECT_REACH - 4; k--) {
    if (r.sentenceOf[k] !== sentence) break;
    const t = r.index.endAt[k];
    if (!t) continue;
    if (t.kind !== 'group') return undefined;
    if (h.tokenStart - t.tokenEnd > SUBJECT_REACH) return undefined;
    const before = word(t.tokenStart - 1);
    return DIGITS.test(before) || GROUP_COUNTERS.has(before) || SUBJECT_BLOCKERS.has(before) ? undefined : t;
  }
  // In apposition after a label: "the lot of them", "every one of them", "all of them".
  for (let k = h.tokenEnd; k < r.tokens.length && k <= h.tokenEnd + APPOSITION_REACH; k++) {
    if (r.sentenceOf[k] !== sentence) break;
    const t = r.index.startAt[k];
    if (t?.kind === 'group' && t.viaPronoun && word(k - 1) === 'of') return t;
    if (t) return undefined;
  }
  return undefined;
}
