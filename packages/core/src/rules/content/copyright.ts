import { readReproduction } from '../../analysis/reproduction.js';
import { defineRule } from '../../rule.js';

/*
 * content.copyright: someone else's work reproduced wholesale (a pasted or paywalled article, a
 * forwarded paid newsletter, a whole chapter, a re-uploaded video, a re-posted picture, a song's words).
 *
 * The reading is in analysis/reproduction.ts, which adds up the copying cues and sets aside links,
 * short quotes, the author's own work and licensed material. This rule words the finding.
 */

export default defineRule({
  id: 'content.copyright',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['judge'],
  description: "Reproducing others' material wholesale.",
  rationale:
    'The Content section of the guidance lists copyright among the laws that apply to what doctors post. Pasting a whole ' +
    "article (above all a paywalled one), typing out a book chapter or re-posting someone else's photograph or chart takes " +
    'work that belongs to its author or publisher, and a court can award damages for it. A short quotation with its source, ' +
    'or a link to the original, makes the same point lawfully.',
  examples: {
    flagged: [
      'The whole BMJ editorial is copied below because it\'s paywalled: "…"',
      {
        text: 'Not my photo, found it on Google, but it sums up Monday perfectly.',
        attachments: [{ kind: 'image', name: 'queue.jpg' }],
      },
      "I've typed out the whole of chapter 2 of the handbook for you all below.",
      "Forwarding this week's GP Update newsletter in full - they charge £200 a year so enjoy!",
      "Not my video but this paramedic's reel is hilarious, reposting it here 😂",
    ],
    clean: [
      "As NICE puts it, 'offer a statin to people with a 10-year risk of 10% or more' (NG238).",
      'Excellent piece in the BMJ this week on continuity of care. Full article here: https://www.bmj.com/',
      'Photo of our new garden, taken by our practice nurse. Thanks Jo!',
      "I've copied you in so you have the minutes.",
      'Reposting my reel from last week about flu jabs.',
      'This photo from 1948 shows the first day of the NHS (public domain, Wellcome Collection).',
    ],
  },
  detect({ analysis: a, draft }) {
    const r = readReproduction(a, draft);
    if (r.score === 0) return [];
    const why = [...r.cues.values()].map((c) => (c.phrase ? `${c.tag}: ${c.phrase}` : c.tag));
    const what = r.image ? "someone else's image" : "someone else's work in full";
    return [
      {
        ...(r.lead ?? {}),
        confidence: Math.min(0.95, 0.55 + 0.1 * r.score),
        message:
          `Reconsider posting this: it looks like ${what}, reproduced without permission. Copying more than a short extract ` +
          "can infringe the owner's copyright, which a court can enforce, and the guidance names copyright among the laws " +
          'that apply to posts (guidance: Content). Quote a short extract with its source and link to the original instead.',
        suggestions: [
          {
            kind: 'advice',
            text: r.image
              ? "Link to the creator's own post, or ask their permission and credit them, rather than re-posting the image."
              : 'Quote a sentence or two with attribution (author, publication, date) and link to the original; add your own comment on it.',
          },
        ],
        why,
      },
    ];
  },
});
