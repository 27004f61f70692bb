import { AUTHORITIES, DISCLOSE_VERBS } from '../../data/taxonomy/acts.js';
import { FIRST_PERSON_SUBJECT, OFFER_CONDITIONS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { composedHit } from './composed.js';

const SOURCE = 'Protection from Harassment Act 1997; Acas guidance on bullying (threats about job security)';
/** How far an authority may sit after the verb ("forward every single one to your trust HR"). */
const REACH = 7;
/** How far back the author may stand as the subject ("I'll be writing to…", "we will be contacting…"). */
const SUBJECT_REACH = 4;
/** Things the author holds that can "go" to an authority ("it all goes straight to your appraiser"). */
const HELD = /^(it|this|that|everything|all|screenshots|they|these|those|them|emails|messages|recordings)$/;

/**
 * "I'll be writing to the GMC", "it all goes straight to your appraiser", "I go to the LMC, the ICB and
 * the press": the author taking what someone did to a body with power over them. A verb of telling and
 * an authority in one sentence, with the author (or what the author holds) as the subject, read as a
 * report hit. The act is a proper route when said plainly and a threat when it is the price of a demand:
 * threatKind and plainReport decide which, as for the listed report phrases.
 */
export function disclosures(tokens: readonly Token[], sentenceOf: readonly number[], offers: Offers): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = (tokens[i] as Token).norm;
    if (!DISCLOSE_VERBS.has(verb)) continue;
    const sentence = sentenceOf[i];
    if (!hasSubject(tokens, sentenceOf, i, /^go(es|ing)?$/.test(verb)) || offers.at(i)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + REACH && sentenceOf[j] === sentence; j++) {
      if (!AUTHORITIES.has((tokens[j] as Token).norm)) continue;
      out.push(
        composedHit(tokens, i, j + 1, 'act-career', {
          phrase: 'tell … the GMC',
          tags: ['career', 'report', 'recipient'],
          source: SOURCE,
          note: 'The author taking what someone did to a regulator, an employer or the press.',
        }),
      );
      i = j;
      break;
    }
  }
  return out;
}

/** Does the author, or what the author holds, stand as the verb's subject? */
function hasSubject(tokens: readonly Token[], sentenceOf: readonly number[], at: number, going: boolean): boolean {
  for (let k = at - 1; k >= 0 && k >= at - SUBJECT_REACH && sentenceOf[k] === sentenceOf[at]; k--) {
    const w = (tokens[k] as Token).norm;
    if (FIRST_PERSON_SUBJECT.has(w) || (going && HELD.test(w))) return true;
  }
  return false;
}

const WANTING = /^(want|wanted|like|wish|need|needed)$/;
const OBJECT_NEXT = /^(it|that|this|your|ur|the|those|these|them|a|an|my)$/;

/**
 * Where help is offered, not a threat made: sentences with "if you feel unsafe…", "if you'd like…",
 * and the last "for you" / "for him" in each ("…I'll ring your employer for you"). Read once a draft.
 */
export interface Offers {
  /** Does the sentence holding token `at` offer help, as a report made at `at`? */
  at(at: number): boolean;
}

export function readOffers(tokens: readonly Token[], sentenceOf: readonly number[]): Offers {
  const conditional = new Set<number>();
  const lastFor = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] as Token).norm;
    const s = sentenceOf[k] ?? 0;
    if (w === 'for' && BENEFICIARY.test(tokens[k + 1]?.norm ?? '')) lastFor.set(s, k);
    if (w !== 'if' || !ADDRESSEE.test(tokens[k + 1]?.norm ?? '')) continue;
    const j = [k + 2, k + 3].find((x) => OFFER_CONDITIONS.has(tokens[x]?.norm ?? ''));
    // "if you want it signed…" bargains; "if you want," or "if you'd like me to…" offers.
    if (j !== undefined && (!WANTING.test((tokens[j] as Token).norm) || !OBJECT_NEXT.test(tokens[j + 1]?.norm ?? '')))
      conditional.add(s);
  }
  return {
    at(at) {
      const s = sentenceOf[at] ?? 0;
      return conditional.has(s) || (lastFor.get(s) ?? -1) > at;
    },
  };
}
const BENEFICIARY = /^(you|u|him|her|them)$/;
const ADDRESSEE = /^(you|u|you'd|youd|you're|youre)$/;

/** Could the tokens hold a disclosure? A cheap test before a full reading. */
export function mayDisclose(tokens: readonly Token[]): boolean {
  return tokens.some((t) => AUTHORITIES.has(t.norm)) && tokens.some((t) => DISCLOSE_VERBS.has(t.norm));
}
