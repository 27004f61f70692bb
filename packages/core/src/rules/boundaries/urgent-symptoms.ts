import { MAY_BE_CRISIS, urgentReply } from '../../advice.js';
import type { Analysis } from '../../analysis/analyse.js';
import { DOING, NORMALLY, SETTLING, SIGN_OFF } from '../../data/crisis.js';
import { negatedBefore } from '../../analysis/promotion.js';
import { findRedFlags, RED_FLAG_LABELS, SELF_HARM_KINDS } from '../../analysis/red-flags.js';
import { defineRule, type RuleHit } from '../../rule.js';

function message(kind: string, excerpt: string): string {
  if (kind === 'contraception')
    return `Don't leave this for the surgery to pick up: "${excerpt}" means emergency contraception may be needed, and it works best the sooner it is taken, while a message to a personal account can sit unread (Direct messaging with patients). Reply now: a pharmacy today, a sexual health clinic, or NHS 111.`;
  const label = RED_FLAG_LABELS[kind] ?? 'an emergency';
  const samaritans = SELF_HARM_KINDS.has(kind)
    ? ', and give the Samaritans\u2019 free number, 116 123, open day and night'
    : '';
  // "'crushing chest pain' is a red flag for chest pain" says nothing twice.
  const flag = excerpt.toLowerCase().includes(label.toLowerCase()) ? 'a red-flag symptom' : `a red flag for ${label}`;
  return `Don't leave this for the surgery to pick up: "${excerpt}" is ${flag}, and a message to a personal account can sit unread (Direct messaging with patients). Reply now telling them to call 999 or go to A&E, or NHS 111 if they are unsure${samaritans}.`;
}

export default defineRule({
  id: 'boundaries.urgent-symptoms',
  category: 'boundaries',
  severity: 'stop',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc'],
  description: 'Red-flag symptoms in a message from a patient: the reply must point to 999, A&E or NHS 111 now.',
  rationale:
    'A patient who messages a doctor on a personal account may do so when nobody can answer in time, and the guidance\u2019s own example is chest pain reported over a weekend (Maintaining professional boundaries: Direct messaging with patients). When a message describes an emergency (chest pain, breathing trouble, stroke signs, suicidal thoughts, sepsis signs, heavy bleeding, anaphylaxis, a floppy or unresponsive child) the only safe reply sends the person to 999, A&E or NHS 111 now; a patient harmed by a delay, and the GMC, would look first at what the doctor wrote back. Denied symptoms ("no chest pain") and symptoms named as a topic ("the chest pain pathway") are left alone.',
  direction: 'inbound',
  examples: {
    flagged: [
      {
        text: "I've had crushing chest pain for half an hour. Can it wait till Monday?",
        direction: 'inbound',
        channel: 'direct-message',
      },
      {
        text: 'Mum\u2019s face has dropped on one side and she\u2019s slurring her words.',
        direction: 'inbound',
        channel: 'direct-message',
      },
      {
        text: "I don't want to be here any more and I've been saving up my tablets.",
        direction: 'inbound',
        channel: 'direct-message',
      },
    ],
    clean: [
      {
        text: 'No chest pain, just a tickly cough for a week. Should I get it checked?',
        direction: 'inbound',
        channel: 'direct-message',
      },
      { text: 'The chest pain pathway meeting has moved to Thursday.', direction: 'inbound', channel: 'group-chat' },
      {
        text: 'Thank you for seeing Dad last week, he is much better.',
        direction: 'inbound',
        channel: 'direct-message',
      },
    ],
  },
  detect({ analysis }): RuleHit[] {
    const flags = findRedFlags(analysis);
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    let reported = -1;
    for (const first of flags) {
      if (seen.has(first.kind)) continue;
      seen.add(first.kind);
      // Cues of another kind on words already reported ("pregnant and bleeding" + "bleeding heavily")
      // are one red flag to the reader: the first finding takes them in rather than a second card.
      if (first.start < reported) continue;
      // One finding a kind, spanning the overlapping cues ("crushing chest" + "chest pain").
      let end = first.end;
      for (const g of flags) if (g.start < end && g.end > end) end = g.end;
      reported = end;
      const f = { ...first, end };
      const excerpt = analysis.text.slice(f.start, f.end);
      const why = [`red flag: ${RED_FLAG_LABELS[f.kind] ?? f.kind}`, `"${excerpt}"`];
      if (SELF_HARM_KINDS.has(f.kind)) why.push('self-harm');
      hits.push({
        start: f.start,
        end: f.end,
        message: message(f.kind, excerpt),
        confidence: 0.9,
        why,
        suggestions: [{ kind: 'advice', text: urgentReply([{ why }]) }],
      });
    }
    return hits.length > 0 ? hits : fromModel(analysis);
  },
});

/**
 * No red flag in words the lexicons know, but the learned model reads the message as an emergency or a
 * crisis (trained on received messages by several writers; held out, another writer's set went from
 * 0.53 to 0.77 recall at 0.92 precision with it). The bar is the head's own threshold (95% right on
 * held-out drafts): its lower "supported" score also caught questions about taking a medicine. Which
 * emergency is unknown, so the reply covers both: 999 or A&E, NHS 111, and the Samaritans.
 */
function fromModel(analysis: Analysis): RuleHit[] {
  // A red flag the lexicons found and the analysis set aside (denied, past, a topic, a milder sense) is
  // not the model's to bring back: it reads words, not negation.
  if (RED_FLAG_LEXICONS.some((l) => analysis.hits(l).length > 0)) return [];
  // Nor a message that says things are settling ("it has eased", "feeding fine").
  if (settling(analysis)) return [];
  const head = 'boundaries.urgent-symptoms';
  const p = analysis.model.p(head);
  if (p < Math.max(MODEL_FLOOR, analysis.model.threshold(head))) return [];
  const s = analysis.model.strongestSentence(head);
  const start = s?.start ?? 0;
  const end = s?.end ?? analysis.text.length;
  // A sign-off ("Bye for now.") that the model reads as a farewell, in a message with no other crisis cue
  // than a supply or a time ("can I collect my tablets tomorrow?"), is an errand, not a goodbye.
  if (signOff(analysis, start, end) && onlyErrands(analysis)) return [];
  const excerpt = analysis.text.slice(start, end);
  const why = [`learned model: ${p.toFixed(2)}`, MAY_BE_CRISIS];
  return [
    {
      start,
      end,
      message: `Don't leave this for the surgery to pick up: "${excerpt}" reads like an emergency or a crisis, though it names no red flag Pause knows by its words, and a message to a personal account can sit unread (Direct messaging with patients). Reply now: 999 or A&E for an emergency, NHS 111 if they are unsure, and the Samaritans\u2019 free number, 116 123, if they are struggling.`,
      confidence: Number((0.8 * p).toFixed(3)),
      why,
      suggestions: [{ kind: 'advice', text: urgentReply([{ why }]) }],
    },
  ];
}

/** Every word of [start, end) is one of a sign-off's ("bye for now", "thanks, see you soon"). */
function signOff(analysis: Analysis, start: number, end: number): boolean {
  const words = analysis.tokens.filter((t) => t.start >= start && t.end <= end);
  return words.length > 0 && words.every((t) => SIGN_OFF.has(t.norm));
}

/** The message's crisis cues are only a supply of tablets, a time and partings. */
function onlyErrands(analysis: Analysis): boolean {
  return analysis.hits('crisis-cue').every((h) => ERRANDS.has(h.entry.tags?.[1] ?? ''));
}
const ERRANDS = new Set(['supply', 'time', 'parting']);

/** A word that a symptom is settling, or an everyday thing done normally. */
function settling(analysis: Analysis): boolean {
  const t = analysis.tokens;
  // "It's not easing", "no better": a settling word denied says the opposite; "better off" is a burden.
  return t.some(
    (x, i) =>
      ((SETTLING.has(x.norm) && t[i + 1]?.norm !== 'off') ||
        (DOING.has(x.norm) && NORMALLY.has(t[i + 1]?.norm ?? ''))) &&
      !negatedBefore(analysis, i, 4),
  );
}

/** The lexicons of named red flags and crises (not the weak crisis cues, which only count in pairs). */
const RED_FLAG_LEXICONS = ['red-flag', 'red-flag-lay', 'crisis'];

/** The model's score never counts below this, whatever its hold-out said. */
const MODEL_FLOOR = 0.5;
