import {
  CLINICAL_FIELDS,
  CLINICAL_ROLES,
  NOT_OWN_ROLE_BETWEEN,
  ROLE_CAREER_BEFORE,
  ROLE_CLAIM_BEFORE,
  ROLE_CLAIM_VERBS,
  ROLE_VOICE_AFTER,
} from '../data/taxonomy/clinical-roles.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { FIRST_PERSON } from './speech.js';

/*
 * Where the author writes with the standing of a clinical profession: "as a GP", "speaking as a
 * nurse", "pharmacist here", "GP take:", "I've been a physio 20 years", "retired GP", "25 years in
 * general practice". A view given that way is read as professional advice, whatever its words, so
 * content.clinical-opinion reminds the author of it even beside a claim the evidence rejects. The
 * role of someone else ("my GP says", "as a patient of a GP") is not the author's.
 */

/** How many words may stand between "a" / "an" and the role ("as an A&E nurse" is four tokens, "as a practice nurse"). */
const BETWEEN = 3;

const ROLES = new PerAnalysis<readonly number[]>();

function singular(w: string): string {
  if (CLINICAL_ROLES.has(w)) return w;
  if (w.endsWith('ves') && CLINICAL_ROLES.has(`${w.slice(0, -3)}fe`)) return `${w.slice(0, -3)}fe`;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Is the role at token i the author's own, by the words around it? */
function ownRole(a: Analysis, i: number): boolean {
  const norm = (k: number) => (a.tokens[k] as Token | undefined)?.norm ?? '';
  const sentence = a.sentenceAt((a.tokens[i] as Token).start);
  const inSentence = (k: number) => k >= 0 && a.sentenceAt((a.tokens[k] as Token).start) === sentence;
  if (ROLE_VOICE_AFTER.has(norm(i + 1))) return true;
  if (inSentence(i - 1) && ROLE_CAREER_BEFORE.has(norm(i - 1))) return true;
  if (inSentence(i - 2) && norm(i - 2) === 'ex' && norm(i - 1) === 'nhs') return true;
  const firstPersonBefore = (v: number) => {
    for (let k = v - 1; k >= v - 3 && inSentence(k); k--)
      if (FIRST_PERSON.has(norm(k)) || /^i'/.test(norm(k))) return true;
    return false;
  };
  for (let k = i - 1; k >= i - 1 - BETWEEN && inSentence(k); k--) {
    const w = norm(k);
    // "as an A&E nurse" holds a second "a" (from A&E): a claim may stand before either.
    if ((w === 'a' || w === 'an') && inSentence(k - 1)) {
      if (ROLE_CLAIM_BEFORE.has(norm(k - 1))) return true;
      // "I've been a nurse", "I was a GP": the verb's subject is the author.
      if (ROLE_CLAIM_VERBS.has(norm(k - 1)) && firstPersonBefore(k - 1)) return true;
    }
    if (NOT_OWN_ROLE_BETWEEN.has(w)) return false;
  }
  return false;
}

/** "25 years in general practice", "30 yrs in nursing": a clinical career counted in years. */
function careerYears(a: Analysis, i: number): boolean {
  const t = (a.tokens[i] as Token).norm;
  if (t !== 'years' && t !== 'yrs') return false;
  const next = (a.tokens[i + 1] as Token | undefined)?.norm;
  if (next !== 'in' && next !== 'of') return false;
  for (let k = i + 2; k <= i + 3 && k < a.tokens.length; k++)
    if (CLINICAL_FIELDS.has((a.tokens[k] as Token).norm)) return true;
  return false;
}

/** Token indexes where the author claims a clinical role for what they write, in text order. */
export function authorRoles(a: Analysis): readonly number[] {
  return ROLES.of(a, () => {
    const out: number[] = [];
    a.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      if ((CLINICAL_ROLES.has(singular(t.norm)) && ownRole(a, i)) || careerYears(a, i)) out.push(i);
    });
    return out;
  });
}
