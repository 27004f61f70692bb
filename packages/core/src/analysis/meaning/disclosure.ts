import { AUTHORITIES, DISCLOSE_VERBS } from '../../data/taxonomy/acts.js';
import { FIRST_PERSON_SUBJECT, OFFER_CONDITIONS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';

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
export function disclosures(tokens: readonly Token[], sentenceOf: readonly number[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = (tokens[i] as Token).norm;
    if (!DISCLOSE_VERBS.has(verb)) continue;
    const sentence = sentenceOf[i];
    if (!hasSubject(tokens, sentenceOf, i, /^go(es|ing)?$/.test(verb)) || offered(tokens, sentenceOf, i)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + REACH && sentenceOf[j] === sentence; j++) {
      if (!AUTHORITIES.has((tokens[j] as Token).norm)) continue;
      out.push({
        lexicon: 'act-career',
        entry: {
          phrase: 'tell … the GMC',
          tags: ['career', 'report', 'recipient'],
          source: SOURCE,
          note: 'The author taking what someone did to a regulator, an employer or the press.',
        },
        start: (tokens[i] as Token).start,
        end: (tokens[j] as Token).end,
        tokenStart: i,
        tokenEnd: j + 1,
      });
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

/** Help offered, not a threat: "if you feel unsafe I'll call the police", "…ring your employer for you". */
export function offered(tokens: readonly Token[], sentenceOf: readonly number[], at: number): boolean {
  const sentence = sentenceOf[at];
  for (let k = 0; k < tokens.length; k++) {
    if (sentenceOf[k] !== sentence) continue;
    const w = (tokens[k] as Token).norm;
    if (w === 'for' && k > at && /^(you|u|him|her|them)$/.test(tokens[k + 1]?.norm ?? '')) return true;
    if (w !== 'if' || !/^(you|u|you'd|youd|you're|youre)$/.test(tokens[k + 1]?.norm ?? '')) continue;
    const j = [k + 2, k + 3].find((x) => OFFER_CONDITIONS.has(tokens[x]?.norm ?? ''));
    // "if you want it signed…" bargains; "if you want," or "if you'd like me to…" offers.
    if (j !== undefined && (!WANTING.test((tokens[j] as Token).norm) || !OBJECT_NEXT.test(tokens[j + 1]?.norm ?? '')))
      return true;
  }
  return false;
}

/** Could the tokens hold a disclosure? A cheap test before a full reading. */
export function mayDisclose(tokens: readonly Token[]): boolean {
  return tokens.some((t) => AUTHORITIES.has(t.norm)) && tokens.some((t) => DISCLOSE_VERBS.has(t.norm));
}
