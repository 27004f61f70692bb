import { MAY_BE_CRISIS, urgentReply } from '../../advice.js';
import type { Analysis } from '../../analysis/analyse.js';
import { modelEmergency } from '../../analysis/model-emergency.js';
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
 * crisis (analysis/model-emergency.ts says when). Which emergency is unknown, so the reply covers both:
 * 999 or A&E, NHS 111, and the Samaritans.
 */
function fromModel(analysis: Analysis): RuleHit[] {
  const found = modelEmergency(analysis);
  if (!found) return [];
  const { start, end, p } = found;
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
