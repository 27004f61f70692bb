import { negatedBefore, promotionOf, mayPromote } from '../../analysis/promotion.js';
import { longestHits } from '../../text/spans.js';
import { sentenceTokens } from '../../analysis/speech.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';

/*
 * promotion.prescription-only-medicine: a promotion that names a prescription-only medicine
 * (data/medicine.ts: botulinum toxins under any name, GLP-1 weight-loss injections, antibiotics,
 * isotretinoin, finasteride…). Advertising a POM to the public is unlawful in the UK whoever
 * does it; a clinic may advertise consultations, not the medicine.
 *
 * The medicine must sit in or next to a promotional sentence (analysis/promotion.ts), and not in a
 * warning ("don't buy them from salons") or a refusal ("we can't prescribe them on request"), so
 * NHS information about who can get semaglutide, or why antibiotics don't help colds, stays clean.
 */

/** Words that make a sentence a warning or information rather than an offer. */
const WARNING = new Set([
  'unregulated',
  'illegal',
  'illegally',
  'fake',
  'counterfeit',
  'beware',
  'dangerous',
  'scam',
  'scams',
  'resistance',
  'resistant',
  'stewardship',
  'overuse',
  'misuse',
  'shortage',
  'shortages',
  'eligible',
  'eligibility',
  'criteria',
]);

const REPLACEMENT: Record<string, string> = {
  botulinum: 'aesthetic consultations',
  'weight-loss': 'weight-management consultations',
  antibiotic: 'consultations',
  other: 'consultations',
};

const LABEL: Record<string, string> = {
  botulinum: 'a botulinum toxin',
  'weight-loss': 'a prescription-only weight-loss medicine',
  antibiotic: 'an antibiotic',
  other: 'a prescription-only medicine',
};

/** Adjacent medicine names ("Anti-wrinkle injections with Azzalure") become one span. */
function groups(a: { tokens: readonly Token[] }, hits: readonly LexiconHit[]): LexiconHit[][] {
  const out: LexiconHit[][] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (
      last &&
      prev &&
      h.tokenStart - prev.tokenEnd <= 1 &&
      /^(with|and|or|the|of)?$/.test(h.tokenStart > prev.tokenEnd ? (a.tokens[prev.tokenEnd] as Token).norm : '')
    )
      last.push(h);
    else out.push([h]);
  }
  return out;
}

export default defineRule({
  id: 'promotion.prescription-only-medicine',
  category: 'promotion',
  severity: 'stop',
  guidance: 'Using social media in a promotional way',
  readers: ['gmc', 'judge', 'nhs-england'],
  description: 'Advertising prescription-only medicines to the public.',
  rationale:
    'UK law forbids advertising prescription-only medicines to the public (Human Medicines Regulations 2012, reg. 284), and the ASA treats "Botox", "anti-wrinkle injections", "tox" and "skinny jabs" alike as naming the medicine. The guidance asks GPs who promote private work to follow the law and the advertising codes (Using social media in a promotional way). The GMC, NHS England and a court would object to a doctor advertising a medicine that should only follow a consultation; a clinic may offer consultations instead.',
  examples: {
    flagged: [
      'Botox £150 for one area at our clinic. DM to book!',
      'Mounjaro now available privately from £149 a month – link in bio.',
    ],
    clean: [
      'Semaglutide is available on the NHS only for some people, through specialist services. Please don\u2019t buy it from unregulated websites.',
      'Antibiotics don\u2019t help most sore throats. Your pharmacist can advise.',
    ],
  },
  // Fires only on promotional drafts (promotionOf(...).present), which need a promotion cue.
  gate: ({ draft, analysis }) => mayPromote(analysis, draft.author),
  detect({ draft, analysis }): RuleHit[] {
    const p = promotionOf(analysis, draft.author);
    if (!p.present) return [];
    const near = (s: number) => p.sentences.has(s) || p.sentences.has(s - 1) || p.sentences.has(s + 1);
    const keep = longestHits(analysis.hits('medicine')).filter((h) => {
      const s = analysis.sentenceAt(h.start);
      if (!near(s)) return false;
      if (negatedBefore(analysis, h.tokenStart, 5)) return false;
      const [lo, hi] = sentenceTokens(analysis, h.tokenStart);
      for (let j = lo; j <= hi; j++) if (WARNING.has((analysis.tokens[j] as Token).norm)) return false;
      return true;
    });
    const hits: RuleHit[] = [];
    for (const g of groups(analysis, keep)) {
      const first = g[0] as LexiconHit;
      const last = g[g.length - 1] as LexiconHit;
      const tag = first.entry.tags?.[0] ?? 'other';
      const excerpt = analysis.text.slice(first.start, last.end);
      const replacement = REPLACEMENT[tag] ?? 'consultations';
      const opensSentence = analysis.sentences[analysis.sentenceAt(first.start)]?.start === first.start;
      const text = opensSentence ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
      const weight = Math.min(...g.map((h) => h.entry.weight ?? 1));
      hits.push({
        start: first.start,
        end: last.end,
        message: `Don't send this as it stands: "${excerpt}" is ${LABEL[tag] ?? 'a prescription-only medicine'}, and advertising prescription-only medicines to the public is against the law and the advertising codes the guidance asks you to follow (Using social media in a promotional way). Offer a consultation instead, and leave the choice of medicine to it.`,
        confidence: 0.9 * weight,
        why: [`prescription-only medicine: "${excerpt}"`, 'promotional context'],
        suggestions: [{ kind: 'replace', start: first.start, end: last.end, text }],
      });
    }
    return hits;
  },
});
