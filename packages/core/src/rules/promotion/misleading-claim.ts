import { negatedBefore, promotionOf, mayPromote } from '../../analysis/promotion.js';
import { type HypeClaim, hypeClaims } from '../../analysis/hype-claims.js';
import type { Analysis } from '../../analysis/analyse.js';
import { isQuoted, lineSpan, tokenLine } from '../../analysis/speech.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Token } from '../../text/tokens.js';
import type { Suggestion } from '../../types.js';
import { matchesOf } from '../../text/prefilter.js';

/*
 * promotion.misleading-claim: claims in a promotion that no evidence can support: guarantees,
 * absolute safety ("100% safe", "no side effects", "risk-free"), cures, miracles, "clinically
 * proven" with nothing cited, and promised outcomes ("lose 10kg by summer", "clears eczema in
 * days"). Claims come from analysis/hype-claims.ts (the hype lexicon and the shapes it is made of); the
 * rule fires only where analysis/promotion.ts finds promotional intent or the author speaks as the
 * provider, so "Hepatitis C can now be cured" in a health message stays clean, and a
 * negated claim ("no treatment is guaranteed to work") is honest, not hype.
 */

// Promised outcomes, matched on the token line ("lose 10kg", "drop 2 dress sizes", "lose a dress size", "clears eczema in days").
const OUTCOME =
  /\b(?:lose|drop|shed) (?:up to )?(?:\d+(?:kg|kgs|lb|lbs|st)|\d+ (?:kg|kgs|kilos?|stone|st|lbs?|pounds|inches|dress sizes?)|a dress size|(?:one|two|three) dress sizes|(?:a|one|two|three) stone)\b|\b(?:clears?|cures?|fixes|heals?|banish(?:es)?|gets? rid of) (?:[^ |]+ ){0,2}?in (?:days|hours|a week|a few days|\d+ (?:days|hours))\b/g;

/** Kinds of claim that only advertising makes. */
const ADVERTISING = new Set(['guarantee', 'safety', 'miracle', 'proven']);

/** Words before a claim that report or promise it rather than make it ("anything that promises miracles"). */
const REPORTING = new Set(['promise', 'promises', 'promising', 'claim', 'claims', 'claiming', 'say', 'says', 'saying']);

/**
 * Is the claim mentioned rather than made: quoted, one's own experience, asked and answered ("No side effects? No such
 * thing."), or reported ("anything that promises miracles")?
 */
function mentioned(a: Analysis, h: { start: number; end: number; tokenStart: number; tokenEnd: number }): boolean {
  if (isQuoted(a, h.start, h.end)) return true;
  // One's own experience of a treatment ("no side effects from my booster") is a report, not a promise.
  const next = a.tokens[h.tokenEnd] as Token | undefined;
  if (
    next &&
    /^(?:from|after|since|with)$/.test(next.norm) &&
    (a.tokens[h.tokenEnd + 1] as Token | undefined)?.norm === 'my'
  )
    return true;
  if (/^\s*\?\s*(?:no|not|nope|never|wrong)\b/i.test(a.text.slice(h.end, h.end + 12))) return true;
  for (let j = h.tokenStart - 1; j >= 0 && j >= h.tokenStart - 3; j--)
    if (REPORTING.has((a.tokens[j] as Token).norm)) return true;
  return false;
}

/**
 * Is the claim denied ("no treatment is guaranteed")? "No side effects" is the claim itself, and a
 * trailing "…, guaranteed" guarantees the clause before it, negation and all ("never looks frozen, guaranteed").
 */
function denied(a: Analysis, h: HypeClaim, all: readonly HypeClaim[]): boolean {
  const first = (a.tokens[h.tokenStart] as Token).norm;
  if (first === 'no' || first === 'without' || first === 'zero') return false;
  if (/[,\u2013\u2014-]\s*$/.test(a.text.slice(Math.max(0, h.start - 3), h.start))) return false;
  // In a list of claims ("zero risk and results for life") a negator inside the claim before is that claim's own.
  const previous = all.filter((o) => o.tokenEnd <= h.tokenStart).pop();
  const window = previous ? Math.min(6, h.tokenStart - previous.tokenEnd) : 6;
  return window > 0 && negatedBefore(a, h.tokenStart, window);
}

const LABEL: Record<string, string> = {
  guarantee: 'a guarantee',
  safety: 'a promise of complete safety',
  cure: 'a cure claim',
  miracle: 'a miracle claim',
  proven: 'a proof claim with no evidence cited',
  outcome: 'a promised result',
};

/** A softer wording that a reader can rely on; undefined when only rewording by hand will do. */
function softer(phrase: string, tag: string, next: string): string | undefined {
  const p = phrase
    .toLowerCase()
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ');
  // A word that qualifies a noun ("miracle cream", "guaranteed relief") can simply go.
  const beforeNoun = /^ \p{L}/u.test(next) && !/^ (?:for|to|in|on|and|or|with|of|by|that|it)\b/i.test(next);
  if (/guaranteed results?|results? guaranteed|guarantee results/.test(p)) return 'results vary';
  if (/(guaranteed|proven) to$/.test(p)) return 'intended to';
  if (tag === 'guarantee') return p === 'guaranteed' && beforeNoun ? '' : undefined;
  if (/side effects?/.test(p)) return 'few side effects for most people';
  if (/risk/.test(p)) return 'low risk';
  if (/painless/.test(p)) return 'usually comfortable';
  if (/safe/.test(p)) return 'generally well tolerated';
  if (/effective|success/.test(p)) return 'effective for many people';
  if (tag === 'miracle') return /^miracle$/.test(p) && beforeNoun ? '' : undefined;
  if (tag === 'proven') return undefined;
  if (p === 'cure' || p === 'fix') return 'help with';
  if (p === 'cures' || p === 'fixes') return 'helps with';
  if (p === 'permanent results') return 'long-lasting results for some people';
  return undefined;
}

function suggestion(a: { text: string }, start: number, end: number, tag: string): Suggestion[] {
  const phrase = a.text.slice(start, end);
  const soft = softer(phrase, tag, a.text.slice(end, end + 12));
  if (soft === undefined)
    return [
      {
        kind: 'advice',
        text: 'Describe what the treatment can do for most people, with its risks, and cite the evidence.',
      },
    ];
  // Deleting a word ("miracle cream" to "cream") takes one of its spaces with it.
  if (soft === '') return [{ kind: 'replace', start, end: a.text[end] === ' ' ? end + 1 : end, text: '' }];
  const capital = /^\p{Lu}/u.test(phrase) ? soft.charAt(0).toUpperCase() + soft.slice(1) : soft;
  return [{ kind: 'replace', start, end, text: capital }];
}

export default defineRule({
  id: 'promotion.misleading-claim',
  category: 'promotion',
  severity: 'stop',
  guidance: 'Using social media in a promotional way',
  readers: ['patient', 'gmc', 'judge'],
  description:
    'Promotional claims that cannot be supported: cure, guaranteed, 100% safe, no side effects, miracle, clinically proven with nothing behind it.',
  rationale:
    'Information a GP gives while promoting a service or product has to be clear, accurate, in line with the evidence and not misleading (Using social media in a promotional way). No treatment is guaranteed, completely safe or free of side effects, and "clinically proven" means nothing without the study behind it. A patient who relied on the promise, the GMC, and a court applying advertising and consumer law would all hold the doctor to the claim; the rule offers wording that says what can honestly be said.',
  examples: {
    flagged: [
      'Our IV vitamin drips are 100% safe with no side effects – book yours today!',
      'SlimWell programme: guaranteed results or your money back. DM to book.',
    ],
    clean: [
      'Hepatitis C can now be cured in most people with a short course of tablets. Ask us for a test.',
      'No treatment for tennis elbow is guaranteed to work; most cases settle within a year.',
    ],
  },
  // A claim needs a hype word or a promise of a result in a draft with some sign of promotion.
  gate: ({ draft, analysis }) => hypeClaims(analysis).length > 0 || mayPromote(analysis, draft.author),
  detect({ draft, analysis }): RuleHit[] {
    const p = promotionOf(analysis, draft.author);
    // A guarantee, a promise of safety, a miracle or a proof claim is advertising language: any sign of
    // an offer (a booking, "our", "we treat") makes the post an advert. A cure or a promised result
    // needs the post to be plainly promotional, since health messages use those words too.
    const found = hypeClaims(analysis);
    const claims = found.filter((h) => !mentioned(analysis, h) && !denied(analysis, h, found));
    // Two absolute claims, one of them of safety or of a lasting result ("no risk… guaranteed", "lasts
    // forever… never need a top-up"), are an advert by themselves; two guarantees or miracles can be a joke.
    const absolute = !p.nhs && claims.length >= 2 && claims.some((h) => h.tag === 'safety' || h.tag === 'outcome');
    const offered = p.present || p.cues.length > 0 || p.declarations.length > 0 || p.provider || absolute;
    if (!offered) return [];
    // A cure or a promised result in the provider's own voice is an advert's too, outside NHS wording.
    const selling = p.present || ((p.provider || absolute) && !p.nhs);
    const hits: RuleHit[] = [];
    const guaranteed = new Set<number>();
    const line = tokenLine(analysis);
    // A promised result in a time ("clears eczema in days") is the fuller reading of a cure word inside it.
    const outcomes = p.present
      ? [...matchesOf(OUTCOME, line.text)].map((m) => lineSpan(analysis, line, m.index, m[0].length))
      : [];
    for (const h of claims) {
      if (h.shape && outcomes.some((s) => s && s.start < h.end && s.end > h.start)) continue;
      const tag = h.tag;
      // A listed cure word with no condition named ("we can fix that") needs a plain advert.
      const needs = ADVERTISING.has(tag) ? offered : tag === 'cure' && !h.shape ? p.present : selling;
      if (!needs) continue;
      // One guarantee a sentence is enough ("guaranteed results or your money back").
      const sentence = analysis.sentenceAt(h.start);
      if (tag === 'guarantee' && guaranteed.has(sentence)) continue;
      if (tag === 'guarantee') guaranteed.add(sentence);
      if (tag === 'proven' && p.reference) continue;
      const excerpt = analysis.text.slice(h.start, h.end);
      const label = LABEL[tag] ?? 'a claim';
      hits.push({
        start: h.start,
        end: h.end,
        message: `Don't send this as it stands: "${excerpt}" is ${label} that no treatment can honestly make. Promotional claims must be accurate and backed by evidence (Using social media in a promotional way), and a patient, the GMC or a court would hold you to it. Say what the treatment can do for most people, and what its risks are.`,
        confidence: 0.85 * h.weight,
        why: [`${label}: "${excerpt}"`, 'promotional context'],
        suggestions: suggestion(analysis, h.start, h.end, tag),
      });
    }
    for (const s of outcomes) {
      if (!s || hits.some((x) => (x.start as number) < s.end && (x.end as number) > s.start)) continue;
      const excerpt = analysis.text.slice(s.start, s.end);
      hits.push({
        start: s.start,
        end: s.end,
        message: `Don't send this as it stands: "${excerpt}" promises a result that varies from person to person. Promotional claims must be accurate and not misleading (Using social media in a promotional way); a patient who does not get the result, or the GMC, would hold you to it. Describe typical results and who the treatment suits.`,
        confidence: 0.8,
        why: [`promised outcome: "${excerpt}"`, 'promotional context'],
        suggestions: [
          {
            kind: 'advice',
            text: 'Replace the promised result with what is typical, for example "results vary from person to person".',
          },
        ],
      });
    }
    return hits.sort((x, y) => (x.start as number) - (y.start as number));
  },
});
