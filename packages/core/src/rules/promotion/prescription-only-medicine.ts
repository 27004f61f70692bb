import { medicinesOf, type MedicineMention } from '../../analysis/medicines.js';
import { negatedBefore, promotionOf, mayPromote } from '../../analysis/promotion.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Suggestion } from '../../types.js';
import type { Token } from '../../text/tokens.js';

/*
 * promotion.prescription-only-medicine: a promotion that names a prescription-only medicine,
 * however it is named (analysis/medicines.ts: generic, brand, maker, street name, a hashtag, or an
 * injectable described by its effect: "appetite jab", "wrinkle-relaxing injections", "forehead and
 * frown £150"). Advertising a POM to the public is unlawful in the UK whoever does it; a clinic may
 * advertise consultations, not the medicine.
 *
 * The medicine must sit in or next to a promotional sentence (analysis/promotion.ts), or anywhere in
 * a post that sells a service outside NHS wording (an "information" post that names the medicine to
 * sell the clinic), and not in a warning ("don't buy them from salons") or a refusal ("we can't
 * prescribe them on request"), so NHS information about who can get semaglutide, a shortage notice,
 * or why antibiotics don't help colds, stays clean.
 */

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

/** Adjacent mentions ("Anti-wrinkle injections with Azzalure") become one span. */
function groups(a: { tokens: readonly Token[] }, mentions: readonly MedicineMention[]): MedicineMention[][] {
  const out: MedicineMention[][] = [];
  for (const h of mentions) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (
      last &&
      prev &&
      prev.via !== 'hashtag' &&
      h.via !== 'hashtag' &&
      h.tokenStart - prev.tokenEnd <= 1 &&
      /^(with|and|or|the|of)?$/.test(h.tokenStart > prev.tokenEnd ? (a.tokens[prev.tokenEnd] as Token).norm : '')
    )
      last.push(h);
    else out.push([h]);
  }
  return out;
}

/** The automatic fix: a hashtag goes, a name becomes a consultation, a priced area needs rewording by hand. */
function fix(text: string, g: readonly MedicineMention[], opensSentence: boolean): Suggestion {
  const first = g[0] as MedicineMention;
  const last = g[g.length - 1] as MedicineMention;
  if (first.via === 'hashtag')
    return { kind: 'replace', start: first.start - (text[first.start - 1] === ' ' ? 1 : 0), end: last.end, text: '' };
  if (g.every((m) => m.via === 'area'))
    return {
      kind: 'advice',
      text: 'Advertise an aesthetic consultation and its price, not treatment areas priced for a medicine.',
    };
  const replacement = REPLACEMENT[first.class] ?? 'consultations';
  const capital = opensSentence ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  return { kind: 'replace', start: first.start, end: last.end, text: capital };
}

/** Cues that offer the reader treatment, not just mention money. */
const OFFERS_TO_TREAT = new Set(['booking', 'availability', 'urgency', 'own-offering', 'private']);

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
  // Fires only where the draft shows some sign of an offer (analysis/promotion.ts).
  gate: ({ draft, analysis }) => mayPromote(analysis, draft.author) || promotionOf(analysis, draft.author).provider,
  detect({ draft, analysis }): RuleHit[] {
    const p = promotionOf(analysis, draft.author);
    // A medicine named beside an offer to treat outside NHS wording (a booking, "consults open", "3
    // slots left", "our clinic") is advertised even where the post is not plainly an advert; then only
    // a name that means the medicine and nothing else counts. A price alone may be a complaint about it.
    const offerSentences = new Set(
      p.cues.filter((c) => OFFERS_TO_TREAT.has(c.kind)).map((c) => analysis.sentenceAt(c.start)),
    );
    // The author as the provider ("in clinic", "at my studio", "I do it at home visits") offers what the
    // post names wherever it stands.
    const provides = !p.nhs && (p.provider || p.declarations.length > 0);
    const loose = !p.present && !p.nhs && (offerSentences.size > 0 || provides);
    if (!p.present && !loose) return [];
    const everywhere = new Set(analysis.sentences.map((_, i) => i));
    const around = p.present ? p.sentences : provides ? everywhere : offerSentences;
    const near = (s: number) => around.has(s) || around.has(s - 1) || around.has(s + 1);
    const priced = new Set<number>();
    for (const c of p.cues) if (c.kind === 'price' || c.kind === 'offer') priced.add(analysis.sentenceAt(c.start));
    // A post selling a service outside NHS wording advertises every medicine it names.
    const selling = p.commercial && !p.nhs;
    const keep = medicinesOf(analysis).filter((m) => {
      const s = analysis.sentenceAt(m.start);
      if (m.warned || negatedBefore(analysis, m.tokenStart, 5)) return false;
      // A treatment area is a medicine only when priced ("forehead and frown £150").
      if (m.via === 'area') return priced.has(s) || priced.has(s + 1);
      if (loose) return m.weight === 1 && near(s);
      return near(s) || selling;
    });
    // Priced areas stand in for an unnamed medicine: needed only when none is named, and then at least two.
    const named = keep.filter((m) => m.via !== 'area');
    const shown = named.length > 0 ? named : keep.length >= 2 ? keep : [];
    const hits: RuleHit[] = [];
    for (const g of groups(analysis, shown)) {
      const first = g[0] as MedicineMention;
      const last = g[g.length - 1] as MedicineMention;
      const excerpt = analysis.text.slice(first.start, last.end);
      const opensSentence = analysis.sentences[analysis.sentenceAt(first.start)]?.start === first.start;
      const weight = Math.min(...g.map((h) => h.weight));
      hits.push({
        start: first.start,
        end: last.end,
        message: `Don't send this as it stands: "${excerpt}" ${first.via === 'area' ? 'prices the treatment areas of' : 'names'} ${LABEL[first.class] ?? 'a prescription-only medicine'}, and advertising prescription-only medicines to the public is against the law and the advertising codes the guidance asks you to follow (Using social media in a promotional way). Offer a consultation instead, and leave the choice of medicine to it.`,
        confidence: 0.9 * weight,
        why: [`prescription-only medicine (${first.via}): "${excerpt}"`, 'promotional context'],
        suggestions: [fix(analysis.text, g, opensSentence)],
      });
    }
    return hits;
  },
});
