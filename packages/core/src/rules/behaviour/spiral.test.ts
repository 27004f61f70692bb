import { expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import type { ThreadMessage } from '../../types.js';
import rule from './spiral.js';

const t = (minute: number, hour = 21) => `2026-03-04T${hour}:${String(minute).padStart(2, '0')}:00+00:00`;
const them = (text: string, minute: number, author = 'Dr Leon Baptiste'): ThreadMessage => ({
  author,
  text,
  at: t(minute),
});
const me = (text: string, minute: number): ThreadMessage => ({ author: 'me', text, at: t(minute) });

/** A rapid public argument that sharpens on both sides. */
const argument: ThreadMessage[] = [
  them('Anyone who does not offer PSA to every man over 50 is negligent.', 1),
  me("That's not what the national programme says.", 3),
  them('Tell that to the widows. Typical ivory tower nonsense.', 5),
  me("That's a cheap shot and you know it.", 7),
  them('Patronising rubbish from someone who has never lost a patient!!', 10),
];
/** The same pace, but friendly logistics. */
const logistics: ThreadMessage[] = [
  them('Curry after the LMC meeting?', 1, 'Sam'),
  me('Yes please', 2),
  them('8pm ok?', 3, 'Sam'),
  me('ok', 4),
  them('Booked, see you there', 5, 'Sam'),
];
/** A long friendly thread spread over a day. */
const slow: ThreadMessage[] = [
  { author: 'Dr Omar Farouk', text: 'Are we switching to the new DOAC first line?', at: '2026-11-13T10:00:00+00:00' },
  { author: 'me', text: 'I thought the formulary still said apixaban.', at: '2026-11-13T11:20:00+00:00' },
  { author: 'Dr Omar Farouk', text: 'It changed in October, I think.', at: '2026-11-13T12:30:00+00:00' },
  { author: 'me', text: 'Ah, thanks, I missed that.', at: '2026-11-13T13:10:00+00:00' },
  { author: 'Dr Omar Farouk', text: 'No worries!', at: '2026-11-13T14:50:00+00:00' },
];

/** One colleague firing messages in quick succession, with one reply from me in between. */
const barrage: ThreadMessage[] = [
  them('Can you swap Tuesday?', 1, 'Mark'),
  me('Sorry, I cannot this week.', 3),
  them('Seriously? After everything I have covered for you?', 5, 'Mark'),
  them('Unbelievable. Selfish.', 6, 'Mark'),
  them('Answer me.', 8, 'Mark'),
];

const draft = (text: string, thread: ThreadMessage[], minute = 12, extra: object = {}) => ({
  text,
  channel: 'reply' as const,
  composedAt: t(minute),
  thread,
  ...extra,
});

testRule(rule, {
  clean: [
    { draft: draft('Perfect, see you at 8 then!', logistics, 6), name: 'rapid logistics' },
    { draft: draft('ok', logistics, 6), name: 'rapid one-word reply' },
    {
      draft: {
        text: 'Fair point, I will check the formulary and come back to you all on Monday.',
        channel: 'group-chat',
        composedAt: '2026-11-13T15:40:00+00:00',
        thread: slow,
      },
      name: 'long friendly thread',
    },
    {
      draft: { text: 'I am absolutely furious about this.', channel: 'reply', composedAt: t(12) },
      name: 'a single angry reply, no thread',
    },
    {
      draft: draft('You clearly have not read a paper since medical school!', argument.slice(0, 2), 5),
      name: 'hot, but only my second message',
    },
    {
      draft: draft("Let's take this offline. I'll message you tomorrow.", argument),
      name: 'a calm step back in a hot thread',
    },
    { draft: draft("I'm in clinic now, let's talk at lunch.", barrage, 10), name: 'a calm reply to a barrage' },
    {
      draft: draft(
        'You clearly have not read a paper since medical school!',
        argument.map((m) => ({ ...m, at: undefined })).slice(0, 4),
        12,
      ),
      name: 'untimed and short: not enough turns',
    },
    {
      draft: draft(
        'I have explained this three times now!!',
        [
          them('Why is the car park full?', 1, 'Mark'),
          them('Hello??', 20, 'Mark'),
          me('Staff park at the back.', 40),
          them('Rubbish.', 55, 'Mark'),
        ],
        59,
      ),
      name: 'my messages spread over an hour',
    },
    {
      draft: draft(
        'Thanks, I will pull the figures together and we can go through them calmly on Monday.',
        argument,
        12,
      ),
      name: 'a calm way out of a heated exchange',
    },
  ],
  flagged: [
    {
      // An exported thread names everyone and says no "me": the author is the other of the two.
      draft: draft(
        "You clearly haven't read a paper since medical school. I'm done explaining basic evidence to you!",
        argument.map((m) => (m.author === 'me' ? { ...m, author: 'Dr Asha Rao' } : m)),
      ),
      spans: [null],
      name: 'a thread with both people named',
    },
    {
      draft: draft(
        "You clearly haven't read a paper since medical school. I'm done explaining basic evidence to you!",
        argument,
      ),
      spans: [null],
    },
    {
      draft: draft("I've explained this three times now. I'm not discussing it any further on here!!", argument),
      spans: [null],
    },
    {
      draft: draft("You're a dangerous crank and I hope your followers finally see it.", argument),
      spans: [null],
      name: 'name-calling in the exchange',
    },
    {
      draft: {
        text: "Fine. Do whatever you want, you always do. Don't expect me to cover ANY of your sessions again.",
        channel: 'group-chat',
        composedAt: t(12),
        thread: argument.map((m) => ({ ...m, author: m.author === 'me' ? 'me' : 'Dr Paul Hargreaves' })),
      },
      spans: [null],
      name: 'partners arguing in a group chat',
    },
    {
      draft: {
        text: 'Stop speaking to me like a child!!',
        channel: 'direct-message',
        author: { name: 'Dr A Khan' },
        composedAt: t(12),
        thread: argument.map((m) => ({ ...m, author: m.author === 'me' ? 'Dr A Khan' : m.author })),
      },
      spans: [null],
      name: 'my messages under my profile name',
    },
    {
      draft: draft('STOP messaging me about this. I said no.', barrage, 10),
      spans: [null],
      name: 'a heated reply to a barrage of messages',
    },
    {
      draft: draft(
        'And another thing, you have no idea what we deal with!',
        argument.map(({ author, text }) => ({ author, text })),
        12,
      ),
      spans: [null],
      name: 'untimed thread with five turns',
    },
    {
      // No angry word: the learned model reads the retort (issue 13, round 2).
      draft: draft(
        'I have told you three times already. Read the email before you start on me in front of everyone.',
        argument,
        12,
      ),
      spans: [null],
      name: 'a retort with no angry word, in a fast exchange',
    },
  ],
});

it('names the pace and the other person, and offers a holding reply', () => {
  const [f] = findingsOf(rule, draft("I'm done explaining basic evidence to you!!", argument));
  expect(f?.message).toMatch(/third message in 9 minutes/);
  expect(f?.message).toMatch(/Dr Leon Baptiste/);
  expect(f?.suggestions[0]?.kind).toBe('advice');
  expect(f?.start).toBeUndefined();
});
