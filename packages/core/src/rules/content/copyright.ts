import type { Analysis } from '../../analysis/analyse.js';
import { quotedRanges, sentenceTokens } from '../../analysis/speech.js';
import { defineRule } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';

/*
 * content.copyright: someone else's work reproduced wholesale.
 *
 * Quoting a sentence with its source, or sharing a link, is what the quotation exception of the
 * Copyright, Designs and Patents Act 1988 (s.30) allows; pasting a whole paywalled article, typing
 * out a chapter or re-posting a photographer's picture is not. No one cue proves it ("full article"
 * may introduce a link, "copied" may be "copied you in"), so the rule adds up the cues of the copying
 * lexicon (data/copying.ts), one count per kind:
 *
 *   reproduce, whole, paywall, not-mine   1 each    (the author copied it; all of it; it is sold; it is not theirs)
 *   below, work, an attached image/file   0.5 each  (the material follows; it is a protected kind of work)
 *   a long quoted block                   1.5       (over ~600 characters, or several paragraphs, in quotes)
 *   a second, different not-mine phrase   0.5       ("not mine, credit to @x")
 *   the words of a whole song or poem     0.5       (short works: "the full lyrics" is the whole work)
 *
 * It fires at 2 or more with at least one of reproduce, whole, not-mine or a long quote. A draft that
 * links to the material and neither pastes it nor says it copied it is sharing, not reproducing.
 */

const WEIGHT: Record<string, number> = { reproduce: 1, whole: 1, paywall: 1, 'not-mine': 1, below: 0.5, work: 0.5 };
const CORE = new Set(['reproduce', 'whole', 'not-mine', 'long-quote']);
const LONG_QUOTE = 600;
const URL =
  /\bhttps?:\/\/\S|\bwww\.\S|(?<![a-z0-9-])[a-z0-9-]{1,63}\.(?:com|co\.uk|org|org\.uk|nhs\.uk|gov\.uk|ac\.uk|net|io)\/\S/i;
const NEGATION =
  /^(not|never|no|won't|wont|can't|cant|cannot|don't|dont|didn't|didnt|shouldn't|mustn't|without|instead)$/;
/** "copied you in", "copied to the partners": copying people into an email, not copying a work. */
const CC = /^(you|him|her|them|me|us|in|everyone|all|to)$/;

interface Cue {
  tag: string;
  start?: number;
  end?: number;
  phrase?: string;
}

function tagOf(hit: LexiconHit): string {
  return (hit.entry.tags ?? [])[0] ?? 'work';
}

function negated(a: Analysis, hit: LexiconHit): boolean {
  const [lo] = sentenceTokens(a, hit.tokenStart);
  for (let j = hit.tokenStart - 1; j >= lo && j >= hit.tokenStart - 3; j--)
    if (NEGATION.test((a.tokens[j] as Token).norm)) return true;
  return false;
}

/** "full" or "whole" followed within four words by a kind of work ("the full Daily Courier article"). */
function wholeWork(a: Analysis, hit: LexiconHit, works: readonly LexiconHit[]): LexiconHit | undefined {
  return works.find(
    (w) =>
      w.tokenStart > hit.tokenStart &&
      w.tokenStart <= hit.tokenStart + 4 &&
      a.sentenceAt(w.start) === a.sentenceAt(hit.start),
  );
}

function longQuote(text: string): { start: number; end: number } | undefined {
  for (const [open, close] of quotedRanges(text)) {
    const inner = text.slice(open + 1, close);
    if (inner.length > LONG_QUOTE || (inner.length > 250 && /\n\s*\n/.test(inner)))
      return { start: open, end: close + 1 };
  }
  // An opening quote that never closes, followed by a long block ("…" [continues]).
  const lastOpen = text.search(/[“"]/);
  if (lastOpen >= 0 && !/[”"]/.test(text.slice(lastOpen + 1)) && text.length - lastOpen > LONG_QUOTE)
    return { start: lastOpen, end: text.length };
  return undefined;
}

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
    ],
    clean: [
      "As NICE puts it, 'offer a statin to people with a 10-year risk of 10% or more' (NG238).",
      'Excellent piece in the BMJ this week on continuity of care. Full article here: https://www.bmj.com/',
      'Photo of our new garden, taken by our practice nurse. Thanks Jo!',
      "I've copied you in so you have the minutes.",
    ],
  },
  detect({ analysis: a, draft }) {
    const hits = a.hits('copying');
    const quote = a.text.length > LONG_QUOTE ? longQuote(a.text) : undefined;
    if (hits.length === 0 && !quote) return [];
    const works = hits.filter((h) => tagOf(h) === 'work');
    const cues = new Map<string, Cue>();
    const add = (tag: string, hit?: LexiconHit, end = hit?.end) => {
      const had = cues.get(tag);
      // Keep the first cue of each kind, or a longer one starting at the same place ("full lyrics" over "full").
      if (!had || (hit && had.start === hit.start && (end ?? 0) > (had.end ?? 0))) {
        cues.set(tag, hit ? { tag, start: hit.start, end: end ?? hit.end, phrase: hit.entry.phrase } : { tag });
      }
    };
    for (const hit of hits) {
      let tag = tagOf(hit);
      let end = hit.end;
      if (tag === 'whole-adj') {
        const work = wholeWork(a, hit, works);
        if (!work) continue;
        tag = 'whole';
        end = work.end;
      }
      if ((tag === 'reproduce' || tag === 'whole') && negated(a, hit)) continue;
      if (tag === 'reproduce') {
        const next = a.tokens[hit.tokenEnd];
        if (
          next &&
          CC.test(next.norm) &&
          /^(copied|copy)/.test((a.tokens[hit.tokenStart] as Token).norm) &&
          hit.tokenEnd - hit.tokenStart === 1
        )
          continue;
        const last = (a.tokens[hit.tokenEnd - 1] as Token).norm;
        if (
          /^(it|this|the)$/.test(last) &&
          next &&
          /^(link|url|address|email|minutes|form|template)s?$/.test(next.norm)
        )
          continue;
      }
      add(tag, hit, end);
    }
    const attachments = draft.attachments ?? [];
    if (attachments.some((x) => x.kind === 'image' || x.kind === 'file' || x.kind === 'video')) add('attachment');
    if (quote) add('long-quote');

    let score = 0;
    for (const tag of cues.keys())
      score += tag === 'long-quote' ? 1.5 : tag === 'attachment' ? 0.5 : (WEIGHT[tag] ?? 0);
    // Two different disclaimers ("not mine, credit to @x") say it twice; a whole song or poem is the whole work.
    if (new Set(hits.filter((h) => tagOf(h) === 'not-mine').map((h) => h.entry.phrase)).size > 1) score += 0.5;
    if (hits.some((h) => (h.entry.tags ?? []).includes('verse') && !negated(a, h))) score += 0.5;
    const core = [...cues.keys()].filter((t) => CORE.has(t));
    if (score < 2 || core.length === 0) return [];
    // Linking is sharing: a link with no paste, no copying verb and no material below is fine.
    if (URL.test(a.text) && !cues.has('reproduce') && !cues.has('long-quote') && !cues.has('below')) return [];

    const lead = (['reproduce', 'whole', 'not-mine', 'paywall'] as const)
      .map((t) => cues.get(t))
      .find((c) => c?.start !== undefined);
    const why = [...cues.values()].map((c) => (c.phrase ? `${c.tag}: ${c.phrase}` : c.tag));
    const image = cues.has('attachment') && !cues.has('long-quote') && !cues.has('whole');
    const what = image ? "someone else's image" : "someone else's work in full";
    return [
      {
        ...(lead?.start !== undefined && lead.end !== undefined
          ? { start: lead.start, end: lead.end }
          : quote
            ? { start: quote.start, end: quote.end }
            : {}),
        confidence: Math.min(0.95, 0.55 + 0.1 * score),
        message:
          `Reconsider posting this: it looks like ${what}, reproduced without permission. Copying more than a short extract ` +
          "can infringe the owner's copyright, which a court can enforce, and the guidance names copyright among the laws " +
          'that apply to posts (guidance: Content). Quote a short extract with its source and link to the original instead.',
        suggestions: [
          {
            kind: 'advice',
            text: image
              ? "Link to the creator's own post, or ask their permission and credit them, rather than re-posting the image."
              : 'Quote a sentence or two with attribution (author, publication, date) and link to the original; add your own comment on it.',
          },
        ],
        why,
      },
    ];
  },
});
