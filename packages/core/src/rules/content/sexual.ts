import type { Analysis } from '../../analysis/analyse.js';
import { modelAlone, withModel } from '../../analysis/score.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { matchesOf, anyMatchTest } from '../../text/prefilter.js';

/** A cue for sexual content: where it is, how strong, what kind. */
interface Cue {
  start: number;
  end: number;
  weight: number;
  tag: string;
  label: string;
}

// Emoji that carry sexual meaning in messages, with how strong a cue each is.
const EMOJI_WEIGHT: Record<string, number> = {
  '🍆': 0.8,
  '🍑': 0.6,
  '😈': 0.5,
  '💦': 0.5,
  '👅': 0.5,
  '🥵': 0.5,
  '😏': 0.4,
  '😘': 0.3,
  '😍': 0.2,
  '😉': 0.3,
  '🔥': 0.2,
  '😜': 0.2,
  '😂': 0.2,
  '🤭': 0.2,
  '😳': 0.2,
  '👀': 0.2,
  '🫠': 0.2,
  '🙈': 0.2,
  '😬': 0.2,
};
// Laughter and winks only add to other cues; they never count as sexual on their own.
const AMPLIFIERS = new Set(['😉', '🔥', '😜', '😂', '🤭', '😍', '😘', '😳', '👀', '🫠', '🙈', '😬']);
const EMOJI = /🍆|🍑|😈|💦|👅|🥵|😏|😘|😍|😉|🔥|😜|😂|🤭|😳|👀|🫠|🙈|😬/gu;
// A clinical word in scare quotes: "a 'full examination'", "a private 'tutorial'".
const SCARE_QUOTED =
  /['"‘“](?:full |private |thorough |intimate |special )?(?:examination|exam|tutorial|check[- ]?up|consultation|massage|physical|session|treatment|bedside manner)['"’”]/giu;
const CUE_TEST = anyMatchTest([EMOJI, SCARE_QUOTED]);
// A looks word addressed to the reader ("You looked gorgeous", "…any time, gorgeous").
const SECOND_PERSON_BOOST = 0.3;
const THRESHOLD = 1;
// A window needs at least one cue of these kinds; the rest (winks, invitations, clothes) only add.
const CORE = new Set(['explicit', 'desire', 'appraisal', 'innuendo', 'body', 'emoji']);
// Cues further apart than this many sentences are judged separately in long drafts.
const WINDOW = 1;

function cuesOf(analysis: Analysis): Cue[] {
  const hits = analysis.hits('sexual');
  const cancels = hits.filter((h) => h.entry.tags?.includes('not'));
  const cues: Cue[] = [];
  for (const h of hits) {
    const tag = h.entry.tags?.[0] ?? 'sexual';
    if (tag === 'not' || tag === 'clinical-context') continue;
    if (cancels.some((c) => c.start <= h.start && c.end >= h.end)) continue;
    cues.push({ start: h.start, end: h.end, weight: h.entry.weight ?? 1, tag, label: h.entry.phrase });
  }
  // The meaning layer's sexual acts (data/taxonomy/acts.ts): propositions, image requests, explicit
  // description, innuendo; not where the clause denies, reports or condemns them.
  for (const act of analysis.meaning.acts) {
    if (act.kind !== 'sexual' || act.negated || (act.stance !== 'own' && act.stance !== 'quoted')) continue;
    const form = act.entry.tags?.[1] ?? 'innuendo';
    const aimed = act.target !== undefined && act.target.kind !== 'self';
    const weight =
      form === 'explicit' || form === 'image' ? 1 : form === 'innuendo' ? (aimed ? 0.8 : 0.6) : aimed ? 0.5 : 0.3;
    cues.push({
      start: act.start,
      end: act.end,
      weight,
      tag: form === 'image' ? 'explicit' : form,
      label: act.entry.phrase,
    });
  }
  for (const m of analysis.profanity) {
    if (m.kind === 'sexual' && m.weight >= 0.5)
      cues.push({ start: m.start, end: m.end, weight: 1, tag: 'explicit', label: m.word });
  }
  const text = analysis.text;
  for (const m of matchesOf(EMOJI, text)) {
    cues.push({
      start: m.index,
      end: m.index + m[0].length,
      weight: EMOJI_WEIGHT[m[0]] ?? 0.2,
      tag: AMPLIFIERS.has(m[0]) ? 'amplifier' : 'emoji',
      label: m[0],
    });
  }
  for (const m of matchesOf(SCARE_QUOTED, text)) {
    cues.push({
      start: m.index,
      end: m.index + m[0].length,
      weight: 0.6,
      tag: 'innuendo',
      label: `scare-quoted ${m[0].slice(1, -1)}`,
    });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * Overlapping cues count once, at the strongest, spanning both. The cues come in text order, so the kept
 * ones are disjoint and in order, and only the last can overlap the next (searching them all was quadratic).
 */
function dedupe(cues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of cues) {
    const o = out[out.length - 1];
    if (!o || !(c.start < o.end && c.end > o.start)) out.push(c);
    else {
      const strong = c.weight > o.weight ? c : o;
      out[out.length - 1] = { ...strong, start: Math.min(c.start, o.start), end: Math.max(c.end, o.end) };
    }
  }
  return out;
}

export default defineRule({
  id: 'content.sexual',
  category: 'content',
  severity: 'stop',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['patient', 'employer', 'gmc', 'police'],
  description:
    "Sexual content or innuendo: explicit remarks, sexual comments on someone's body or looks, advances, double meanings.",
  rationale:
    'Among the ways GPs come to grief, the guidance (Avoiding the pitfalls of social media use) names messages with content of ' +
    'a sexual nature, sent to partners or to others: they tend to surface with the police, the GMC or NHS England once a ' +
    'relationship sours. Sexual remarks about patients or colleagues, or innuendo in a public post, are read the same way by ' +
    'a patient or an employer. Clinical language about screening, sexual health and anatomy is care, not innuendo, and is left alone.',
  examples: {
    flagged: [
      'The new locum can examine me any time, if you know what I mean 😏',
      "Has anyone seen the new receptionist's bum in those jeans? 🍑",
      "Can't stop thinking about last night. Send nudes x",
    ],
    clean: [
      'Cervical screening takes five minutes. Ask for a smaller speculum or a chaperone if that helps.',
      'Free STI testing at the sexual health clinic, no judgement.',
      'Menopause can lower libido; it is a health topic worth raising with your GP.',
      'Please record sex and gender identity separately on the registration form.',
    ],
  },
  // Every cue is a sexual-lexicon word, sexual swearing, an emoji or a scare-quoted clinical word.
  gate({ analysis: a }) {
    return (
      a.hits('sexual').length > 0 ||
      a.hits('act-sexual').length > 0 ||
      a.profanity.some((m) => m.kind === 'sexual') ||
      CUE_TEST.test(a.text) ||
      // With none of those cues, the model's reading needs a sexual act: none without an act in the draft.
      modelAlone(a, 'content.sexual', () => false)
    );
  },
  detect({ analysis }) {
    const alone = (hits: RuleHit[]) =>
      withModel(
        analysis,
        'content.sexual',
        hits,
        (excerpt) => ({
          message: `Don't send this as it stands: "${excerpt}" reads as sexual. Messages of a sexual nature are the kind that reach the police, the GMC or NHS England (guidance: Avoiding the pitfalls of social media use). Remove the remark.`,
          suggestions: [
            {
              kind: 'advice',
              text: 'Take out the sexual remark or innuendo; if the message has a work purpose, send only that part.',
            },
          ],
        }),
        [
          ...analysis.meaning.acts
            .filter((x) => x.kind === 'sexual' && !x.negated && x.stance === 'own')
            .map((x) => ({ start: x.start, end: x.end, why: `sexual: "${x.entry.phrase}"` })),
          // Cues too weak to flag alone (a wink beside an exam, "the view"): the model may complete them.
          ...cues
            .filter((c) => CORE.has(c.tag) || c.tag === 'intimate-exam')
            .map((c) => ({ start: c.start, end: c.end, why: `${c.tag}: ${c.label}` })),
        ],
      );
    const cues = dedupe(cuesOf(analysis));
    if (cues.length === 0 || cues.every((c) => c.tag === 'amplifier' || c.tag === 'intimate-exam')) return alone([]);
    const sentenceOf = (offset: number) => Math.max(0, analysis.sentenceAt(offset));
    const clinical = new Set<number>();
    for (const lexicon of ['sexual', 'clinical', 'patient-ref']) {
      for (const h of analysis.hits(lexicon)) {
        if (lexicon !== 'sexual' || h.entry.tags?.includes('clinical-context')) clinical.add(sentenceOf(h.start));
      }
    }
    const secondPerson = new Set(analysis.targets.secondPerson.map((t) => sentenceOf(t.start)));

    // Score each window of neighbouring sentences and keep the best. Each window reads the cues of its own
    // few sentences: filtering every cue for every sentence was quadratic (15 s for a wall of one word).
    const bySentence = new Map<number, number[]>();
    cues.forEach((c, k) => {
      const s = sentenceOf(c.start);
      const list = bySentence.get(s);
      if (list) list.push(k);
      else bySentence.set(s, [k]);
    });
    let best: { score: number; cues: Cue[] } | undefined;
    const sentences = Math.max(1, analysis.sentences.length);
    for (let centre = 0; centre < sentences; centre++) {
      const near: number[] = [];
      for (let s = centre - WINDOW; s <= centre + WINDOW; s++) for (const k of bySentence.get(s) ?? []) near.push(k);
      const inWindow = near.sort((a, b) => a - b).map((k) => cues[k] as Cue);
      let score = 0;
      const counted: Cue[] = [];
      for (const c of inWindow) {
        const s = sentenceOf(c.start);
        // Body words in a sentence about care are clinical (an itchy bum, a breast lump).
        if (c.tag === 'body' && clinical.has(s)) continue;
        let w = c.weight;
        if (c.tag === 'appraisal' && secondPerson.has(s)) w += SECOND_PERSON_BOOST;
        score += w;
        counted.push(c);
      }
      // Winks, laughter and intimate-exam words only add to real cues.
      if (!counted.some((c) => CORE.has(c.tag))) continue;
      if (score >= THRESHOLD && (!best || score > best.score)) best = { score, cues: counted };
    }
    if (!best) return alone([]);
    const lead = best.cues.filter((c) => c.tag !== 'amplifier').reduce((a, b) => (b.weight > a.weight ? b : a));
    const text = analysis.text;
    const hit: RuleHit = {
      start: lead.start,
      end: lead.end,
      message:
        `Don't send this as it stands: "${text.slice(lead.start, lead.end)}" reads as sexual${best.cues.length > 1 ? ' in this context' : ''}. ` +
        'Messages of a sexual nature, to a partner, a colleague or about a patient, are the kind that reach the police, the GMC ' +
        'or NHS England (guidance: Avoiding the pitfalls of social media use). Remove the remark, or keep it for a conversation in person.',
      confidence: Math.min(0.95, 0.6 + 0.2 * (best.score - THRESHOLD)),
      suggestions: [
        {
          kind: 'advice',
          text: 'Take out the sexual remark or innuendo; if the message has a work purpose, send only that part.',
        },
      ],
      why: best.cues.map((c) => `${c.tag}: ${c.label}`),
    };
    return alone([hit]);
  },
});
