import { emotionOf } from '../../analysis/emotion.js';
import { readExchange, type ThreadEntry } from '../../analysis/thread.js';
import { defineRule } from '../../rule.js';

/**
 * A spiral: the draft is my third (or later) message in half an hour of back-and-forth with someone,
 * and the exchange is hot (the draft itself) or heating up (later messages hotter than earlier ones).
 * Heat of earlier messages comes from the analysis (insults, swearing, threats, emotion words,
 * shouting, "!!"); the draft is read in full by the heightened-emotion cues.
 */

/** The draft is hot enough on its own when its emotion score reaches this (the emotion rule fires at 1). */
const HOT_DRAFT = 0.6;
/**
 * Or when the learned model's heightened-emotion head reads it this high: a retort with no angry word
 * ("Put it in writing, go on", "Real mature") in an exchange already moving fast.
 */
const HOT_LEARNED = 0.3;

function ordinal(n: number): string {
  return (
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'][n - 1] ?? `${n}th`
  );
}

function rising(window: readonly ThreadEntry[]): boolean {
  if (window.length < 4) return false;
  const half = Math.floor(window.length / 2);
  const early = window.slice(0, half).reduce((s, e) => s + e.heat, 0);
  const late = window.slice(half).reduce((s, e) => s + e.heat, 0);
  return late > early && late >= 2;
}

/**
 * Pressed: not my pace but theirs. Someone sends three or more messages in the quarter hour before
 * the draft, and this is my second reply or later ("Seriously?", "Selfish.", "Answer me." …). Counts
 * only when the draft itself is heated: a calm reply to a barrage is the right way out of one.
 */
const PRESSED_MS = 15 * 60_000;
function pressed(window: readonly ThreadEntry[], draft: ThreadEntry): boolean {
  if (draft.at === undefined) return false;
  const recent = window.filter((e) => e.at !== undefined && (draft.at as number) - e.at <= PRESSED_MS);
  const theirs = recent.filter((e) => !e.mine).length;
  const mine = recent.filter((e) => e.mine).length;
  let turns = 0;
  for (let i = 1; i < recent.length; i++)
    if ((recent[i] as ThreadEntry).mine !== (recent[i - 1] as ThreadEntry).mine) turns++;
  return theirs >= 3 && mine >= 2 && turns >= 2;
}

export default defineRule({
  id: 'behaviour.spiral',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['colleague', 'employer', 'gmc'],
  description: 'An escalating exchange: rapid back-and-forth and rising hostility.',
  rationale:
    'The guidance describes how an exchange can escalate, each reply a little sharper than the last, until the thread itself ' +
    'becomes the problem ("Avoiding the pitfalls of social media use"). Colleagues, employers and the GMC see the whole thread, ' +
    'not just the provocation. When the draft is the latest of several quick replies to the same person and the temperature is ' +
    'rising, Pause suggests stepping away or sending a short holding reply and taking the matter offline.',
  examples: {
    flagged: [
      {
        text: "I've explained this three times now. I'm not discussing it any further on here!!",
        channel: 'reply',
        composedAt: '2026-02-22T19:47:00+00:00',
        thread: [
          {
            author: 'Ann Reid',
            text: 'Why is the car park always full of staff cars?',
            at: '2026-02-22T19:30:00+00:00',
          },
          { author: 'me', text: 'Staff park at the back; the front is for patients.', at: '2026-02-22T19:33:00+00:00' },
          { author: 'Ann Reid', text: "That's rubbish. Typical excuses.", at: '2026-02-22T19:36:00+00:00' },
          {
            author: 'me',
            text: 'Mornings are busy, sorry. There is an overflow car park.',
            at: '2026-02-22T19:40:00+00:00',
          },
          { author: 'Ann Reid', text: "You lot don't care. Answer the question!!", at: '2026-02-22T19:44:00+00:00' },
        ],
      },
    ],
    clean: [
      {
        text: 'Perfect, see you at 8 then!',
        channel: 'group-chat',
        composedAt: '2026-03-13T12:06:00+00:00',
        thread: [
          { author: 'Sam', text: 'Curry on Thursday?', at: '2026-03-13T12:01:00+00:00' },
          { author: 'me', text: 'Yes please', at: '2026-03-13T12:02:00+00:00' },
          { author: 'Sam', text: 'Great, 8 ok?', at: '2026-03-13T12:03:00+00:00' },
          { author: 'me', text: 'ok', at: '2026-03-13T12:04:00+00:00' },
          { author: 'Sam', text: 'Booked', at: '2026-03-13T12:05:00+00:00' },
        ],
      },
      'A single reply with no thread at all.',
    ],
  },
  detect({ analysis }) {
    const exchange = readExchange(analysis.thread.entries);
    const draft = analysis.thread.entries[analysis.thread.entries.length - 1] as ThreadEntry | undefined;
    if (!draft) return [];
    const barrage = !exchange.rapid && pressed(exchange.window, draft);
    if (!exchange.rapid && !barrage) return [];
    const reading = emotionOf(analysis);
    const learned = !reading.joking && analysis.model.p('behaviour.heightened-emotion') >= HOT_LEARNED;
    const hot = reading.score >= HOT_DRAFT || (draft.heat >= 1 && !reading.joking) || learned;
    const heating = !barrage && rising(exchange.window) && reading.score > 0;
    if (!hot && !heating) return [];

    const who = exchange.partner ? ` with ${exchange.partner}` : '';
    const pace = exchange.minutes !== undefined ? `in ${Math.max(1, exchange.minutes)} minutes` : 'in quick succession';
    const why = [
      barrage
        ? 'several messages from the other side in quick succession'
        : `${exchange.mine} of your messages ${pace}`,
      `${exchange.turns} changes of speaker`,
      ...(hot
        ? [learned && reading.score < HOT_DRAFT ? 'the draft reads as heated (learned model)' : 'the draft is heated']
        : []),
      ...(heating ? ['the later messages are hotter than the earlier ones'] : []),
    ];
    const opening = barrage
      ? `${exchange.partner ?? 'The other person'} has sent several messages in quick succession and this heated reply would keep the exchange going. `
      : `This would be your ${ordinal(exchange.mine)} message ${pace} in a back-and-forth${who} that is ${heating ? 'heating up' : 'getting heated'}. `;
    return [
      {
        message:
          opening +
          'The guidance warns that escalating exchanges are a common way into trouble, and a colleague, your employer or the GMC would read the whole thread. ' +
          'Reconsider replying now: step away, or send a short neutral holding reply and continue offline or in person later.',
        confidence: Math.min(0.95, 0.6 + (hot ? 0.15 : 0) + (heating ? 0.1 : 0) + (exchange.turns >= 5 ? 0.05 : 0)),
        suggestions: [
          {
            kind: 'advice',
            text: 'Step away for an hour. If a reply is needed, keep it short and neutral, for example: "Thanks, I will come back to you on this properly later."',
          },
        ],
        why,
      },
    ];
  },
});
