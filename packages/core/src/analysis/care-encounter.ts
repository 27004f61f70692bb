import { CARE_ENCOUNTERS, CARE_VERBS, NOT_A_TIE_AFTER, WEAK_ENCOUNTERS } from '../data/care-encounters.js';
import { NEGATORS } from '../data/taxonomy/grammar.js';
import { Phrases } from '../text/phrases.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';

/*
 * Where a draft says someone was in the author's care ("treated the landlord…", "I'm her GP", "home
 * visit to…"): the words of data/care-encounters.ts, read once per draft by tokens. The confidentiality
 * readings take these as the sign that a described person is a patient.
 */

export interface CareSpan {
  readonly start: number;
  readonly end: number;
  /** Only seeing, visiting or an absence ("saw", "off sick"): care in a draft about care, not a tie by itself. */
  readonly weak: boolean;
}

const VERBS = new Phrases(CARE_VERBS, { stems: true });
const ENCOUNTERS = new Phrases(CARE_ENCOUNTERS);
const WEAK = new Phrases(WEAK_ENCOUNTERS);
const READ = new PerAnalysis<readonly CareSpan[]>();

/** Every encounter or act of care in the draft, in order. */
export function careEncounters(a: Analysis): readonly CareSpan[] {
  let out = READ.get(a);
  if (!out) READ.set(a, (out = find(a.tokens)));
  return out;
}

function find(t: readonly Token[]): CareSpan[] {
  const out: CareSpan[] = [];
  for (let i = 0; i < t.length; i++) {
    const care = Math.max(VERBS.at(t, i), ENCOUNTERS.at(t, i));
    const n = care || WEAK.at(t, i);
    if (n === 0) continue;
    // "not one of ours", "never my patient"; "our patient group" is a body, not a person.
    if (NEGATORS.has(t[i - 1]?.norm ?? '') || NOT_A_TIE_AFTER.has(t[i + n]?.norm ?? '')) continue;
    out.push({ start: (t[i] as Token).start, end: (t[i + n - 1] as Token).end, weak: care === 0 });
    i += n - 1;
  }
  return out;
}
