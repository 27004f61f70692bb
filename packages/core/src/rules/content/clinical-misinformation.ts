import { claimsMade } from '../../analysis/claims.js';
import { defineRule, type RuleHit } from '../../rule.js';

/*
 * content.clinical-misinformation: a clinical claim that goes against the evidence base, stated,
 * endorsed or spread by the author. The claims and the author's stance towards them are read in
 * analysis/claims.ts (listed myths, claims read by meaning against the evidence table, and sentences
 * shaped like a claim that the learned model reads as a myth); this rule words the finding.
 */

const UNKNOWN_CLAIM_FIX =
  'Check the claim against the NHS page for the condition (nhs.uk/conditions) or NICE CKS; remove it if they do not support it.';

export default defineRule({
  id: 'content.clinical-misinformation',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'gmc', 'nhs-england'],
  description:
    'Clinical claims contrary to the current evidence base (vaccines cause autism, ivermectin cures COVID, antibiotics for colds…).',
  rationale:
    'The Content section of the guidance expects a GP to be able to justify anything posted about clinical matters, and warns ' +
    'that opinion running against the evidence base draws scrutiny. A myth repeated by a doctor carries a doctor\u2019s authority: ' +
    'patients may refuse a vaccine or a treatment because of it, and the GMC and NHS England would ask how it squares with the ' +
    'evidence. Debunking a myth, quoting it in order to answer it, or asking about it is fine and stays clean.',
  examples: {
    flagged: [
      'The MMR jab causes autism. Do your research before you book it.',
      'Ivermectin works for COVID and the trials were rigged.',
      'Statins are poison. I would never take them.',
      'Valerian is just as effective as sertraline for low mood.',
      'So many sudden deaths in young footballers this year. Every one of them had the booster. Just saying.',
    ],
    clean: [
      'There is no link between the MMR vaccine and autism: studies of millions of children have shown this.',
      'People say vaccines cause autism. They don\u2019t.',
      'Do vaccines cause autism? No, and here is how we know.',
      'Antibiotics work against bacteria, not viruses, so they will not help a cold.',
      'Paracetamol is toxic in overdose, so keep it locked away.',
    ],
  },
  detect({ analysis: a }) {
    const out: RuleHit[] = [];
    for (const m of claimsMade(a)) {
      const excerpt = a.text.slice(m.start, m.end);
      const c = m.about;
      if (!c) {
        out.push({
          start: m.start,
          end: m.end,
          confidence: m.confidence,
          message:
            `Check this before you send it: what it says about ${m.agent} reads like a health claim against the evidence ` +
            'base, though it is not one Pause knows by its words. Patients may act on a doctor\u2019s word, and a public claim ' +
            'the evidence does not support draws scrutiny from the GMC and NHS England (guidance: Content). If it is a ' +
            'myth, remove it; if it is sound, say what the evidence is and link to the NHS page.',
          suggestions: [{ kind: 'advice', text: UNKNOWN_CLAIM_FIX }],
          why: [...m.why],
        });
        continue;
      }
      out.push({
        start: m.start,
        end: m.end,
        confidence: m.confidence,
        message:
          `Don't send this as it stands: '${excerpt}' says that ${c.claim}, which the evidence does not support. ${c.evidence} ` +
          `(${c.sources}.) Patients may act on a doctor\u2019s word, and a public claim against the evidence base draws scrutiny ` +
          'from the GMC and NHS England (guidance: Content). Remove it, or say what the evidence shows and link to the NHS page.',
        suggestions: [
          {
            kind: 'advice',
            text: `Remove the claim, or replace it with what the evidence shows and link to ${c.link}.`,
          },
        ],
        why: [...m.why],
      });
    }
    return out;
  },
});
