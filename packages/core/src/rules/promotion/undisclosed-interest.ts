import { interestOrganisation, interestRole, promotionOf, mayPromote } from '../../analysis/promotion.js';
import { defineRule, type RuleHit } from '../../rule.js';

/*
 * promotion.undisclosed-interest: a post that promotes a service or product while hiding the
 * author's stake in it.
 *
 * Promotional intent comes from analysis/promotion.ts. The post counts as declaring the interest
 * when it says so ("Declaration:", "#ad", "I own…", "I'm a director of…", "where I'm a partner") or
 * makes the tie plain ("our IV drips", "my clinic", "I can see you privately at…"). It fires when
 * the post names an organisation from author.declaredInterests, carries a discount code or
 * affiliate tie, or sells something commercially while the profile lists interests, and nothing
 * in the post declares them.
 */

const ROLE_PHRASES: ReadonlyArray<[RegExp, (org: string, role: string) => string]> = [
  [/^(co-?)?owner/i, (org) => `I own ${org}`],
  [/shareholder|shares/i, (org) => `I hold shares in ${org}`],
  [/investor/i, (org) => `I have invested in ${org}`],
  [/speaker|fees|honorari/i, (org, role) => `I have received ${role.toLowerCase()} from ${org}`],
  [/affiliate/i, (org) => `I earn commission on sales of ${org}`],
  [/partner/i, (org) => `I am a partner at ${org}`],
  [/advis[eo]r|consultant/i, (org, role) => `I am a ${role.toLowerCase()} to ${org}`],
  [/employ|staff/i, (org) => `I work for ${org}`],
  [/director|founder|chair|trustee|board/i, (org, role) => `I am a ${role.toLowerCase()} of ${org}`],
];

/** A declaration line in plain words: "Director, SkinWell Clinic Ltd" gives "I am a director of SkinWell Clinic Ltd". */
export function declarationLine(interest: string): string {
  const org = interestOrganisation(interest);
  // "Medical adviser (paid)" reads "paid medical adviser".
  const rawRole = interestRole(interest);
  const paid = /\(paid\)/i.test(rawRole);
  const role = `${paid ? 'paid ' : ''}${rawRole.replace(/\([^()]*\)/g, '').trim()}`;
  if (!role || !org) return `I have an interest in ${org || interest}`;
  for (const [test, phrase] of ROLE_PHRASES) if (test.test(role)) return phrase(org, role);
  return `I have an interest in ${org} (${role.toLowerCase()})`;
}

export default defineRule({
  id: 'promotion.undisclosed-interest',
  category: 'promotion',
  severity: 'caution',
  guidance: 'Using social media in a promotional way',
  readers: ['gmc', 'employer', 'nhs-england'],
  description: 'Promoting a service or product without declaring a financial or other interest.',
  rationale:
    'When a doctor recommends a clinic, an app or a supplement, readers assume the advice is disinterested; if the doctor owns, directs, advises or earns commission from it, they are entitled to know. The guidance asks GPs who promote services or products to declare any conflict of interest openly, including one that others might only perceive (Using social media in a promotional way). The GMC, an employer or partners, and NHS England would all object to an endorsement that hides a financial tie, and an undeclared discount code is the clearest sign of one.',
  examples: {
    flagged: [
      {
        text: 'Worried about your skin? SkinWell Clinic offers same-week skin checks. Highly recommend!',
        author: { titles: ['GP'], declaredInterests: ['Director, SkinWell Clinic Ltd'] },
      },
      'Loving this magnesium supplement for sleep – use code DRSAM10 for 10% off!',
    ],
    clean: [
      {
        text: "Declaration: I'm a director of SkinWell Clinic. We now offer skin checks on Saturdays, £95.",
        author: { titles: ['GP'], declaredInterests: ['Director, SkinWell Clinic Ltd'] },
      },
      'Book your flu jab today through the NHS App.',
    ],
  },
  // Fires only on promotional drafts (promotionOf(...).present), which need a promotion cue.
  gate: ({ draft, analysis }) => mayPromote(analysis, draft.author),
  detect({ draft, analysis }): RuleHit[] {
    const p = promotionOf(analysis, draft.author);
    if (!p.present || p.declarations.length > 0) return [];
    const interests = draft.author?.declaredInterests ?? [];
    const end = analysis.text.length;
    const why: string[] = ['promotional wording', 'no declaration of interest in the post'];

    const kinds = new Set(p.cues.map((c) => c.kind));
    const advert = kinds.has('price') || kinds.has('booking');
    // A business's own advert, selling in the provider's voice ("our weight service", "in clinic", "my
    // clients") with no word of recommendation, makes the tie plain: the
    // hidden interest is the one behind an endorsement that reads as disinterested.
    const ownAdvert = !kinds.has('endorsement') && p.provider;
    const mention = p.interestMentions[0];
    if (mention && !ownAdvert) {
      const name = analysis.text.slice(mention.start, mention.end);
      return [
        {
          start: mention.start,
          end: mention.end,
          message: `Reconsider: this promotes "${name}", and your profile lists an interest in it ("${mention.interest}") that the post doesn't declare. Readers, the GMC and NHS England expect a doctor's recommendation to say when the doctor gains from it (Using social media in a promotional way). Add a declaration line.`,
          confidence: 0.85,
          why: [...why, `profile interest: ${mention.interest}`],
          suggestions: [
            { kind: 'replace', start: end, end, text: `\n\nDeclaration: ${declarationLine(mention.interest)}.` },
          ],
        },
      ];
    }

    const tie = p.affiliate[0];
    if (tie && !ownAdvert) {
      const excerpt = analysis.text.slice(tie.start, tie.end);
      const line =
        interests.length > 0
          ? interests.map(declarationLine).join('; ')
          : 'I receive a commission or discount through this code';
      return [
        {
          start: tie.start,
          end: tie.end,
          message: `Reconsider: "${excerpt}" points to a commercial tie with the brand, and the post doesn't say what you get from it. An endorsement with a hidden benefit misleads readers and would concern the GMC (Using social media in a promotional way). Say plainly what your interest is, for example with "#ad" and a declaration line.`,
          confidence: 0.8,
          why: [...why, 'discount code or affiliate tie'],
          suggestions: [{ kind: 'replace', start: end, end, text: `\n\n#ad Declaration: ${line}.` }],
        },
      ];
    }

    // Recommending something, or passing on a discount, while the profile lists interests the post never
    // mentions. An advert for a service with its price or a way to book ("£180, DM to book") is plainly
    // the advertiser's own; a recommendation in a reader's voice ("highly recommend") or a discount
    // passed on ("mention my name for 10% off") can hide who gains.
    const hidden = kinds.has('endorsement') || (kinds.has('offer') && !advert);
    if (interests.length > 0 && p.commercial && !p.nhs && hidden) {
      const cue = p.cues.find((c) => c.strong);
      return [
        {
          ...(cue ? { start: cue.start, end: cue.end } : {}),
          message: `Reconsider: this post sells a service or product, and your profile lists interests (${interests.join('; ')}) that it doesn't declare. If any of them is connected, say so in the post, as the guidance expects of a GP promoting private work (Using social media in a promotional way).`,
          confidence: 0.6,
          why: [...why, `profile interests: ${interests.join('; ')}`],
          suggestions: [
            {
              kind: 'replace',
              start: end,
              end,
              text: `\n\nDeclaration: ${interests.map(declarationLine).join('; ')}.`,
            },
          ],
        },
      ];
    }
    return [];
  },
});
