import { expect, it } from 'vitest';
import { createChecker } from '../../checker.js';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import rule from './reminder.js';

testRule(rule, {
  clean: [
    { draft: 'Flu clinics start on Saturday. Book through the NHS App.', name: 'public post, nothing private assumed' },
    {
      draft: { text: 'Thanks for covering my list on Friday, Rob.', channel: 'email', platform: 'email' },
      name: 'ordinary email',
    },
    { draft: { text: 'Great thread, thanks for sharing.', channel: 'reply', platform: 'x' }, name: 'public reply' },
    { draft: 'Between us we raised £2,140 for the hospice!', name: '"between us" meaning together' },
    { draft: 'Between us, we saw 400 patients on Saturday.', name: '"between us, we…" meaning together' },
    {
      draft: 'Patient records are encrypted and held securely on NHS systems.',
      name: 'encryption described, not relied on',
    },
    {
      draft: 'Please delete any old versions of the rota from the shared drive.',
      name: 'an instruction to tidy up files',
    },
    {
      draft: { text: 'Are you still OK to swap Thursday?', channel: 'group-chat', direction: 'inbound' },
      name: 'inbound message',
    },
  ],
  flagged: [
    {
      draft: { text: 'Can someone cover my Thursday clinic?', channel: 'group-chat', platform: 'whatsapp' },
      spans: [null],
      name: 'WhatsApp group',
    },
    {
      draft: { text: 'Can you see the lady I mentioned at 4pm?', channel: 'direct-message', platform: 'teams' },
      spans: [null],
      name: 'Teams DM',
    },
    {
      draft: { text: 'See you at the school gates!', channel: 'direct-message', platform: 'signal' },
      spans: [null],
      name: 'Signal DM',
    },
    {
      draft: { text: 'Your results are back, all fine.', channel: 'direct-message', platform: 'other' },
      spans: [null],
      name: 'text message',
    },
    {
      draft: { text: 'Meeting moved to 2pm.', channel: 'group-chat' },
      spans: [null],
      name: 'group chat, platform unknown',
    },
    { draft: 'Between you and me, the new partner is out of her depth.', spans: ['Between you and me'] },
    { draft: 'Just between us: the inspection went badly.', spans: ['Just between us'] },
    {
      draft: 'Posting this from my anon account because I cannot say it under my own name.',
      spans: ['my anon account', 'under my own name'],
    },
    { draft: 'Off the record, the ICB are about to cut the funding.', spans: ['Off the record'] },
    { draft: "I'll delete this later but the locum was drunk again.", spans: ["I'll delete this later"] },
    { draft: "Nobody will know it's me, so here goes.", spans: ["Nobody will know it's me"] },
    { draft: 'Set up a burner to reply to the trolls.', spans: ['burner'] },
    {
      draft: {
        text: 'Disappearing messages are on so I can finally say it: the new manager is hopeless.',
        channel: 'group-chat',
        platform: 'whatsapp',
      },
      spans: ['Disappearing messages', null],
      name: 'group chat that relies on disappearing messages',
    },
    {
      draft: {
        text: "Here's the PDF. Don't screenshot this, and delete after reading 😉",
        channel: 'group-chat',
        platform: 'telegram',
      },
      spans: ["Don't screenshot", 'delete after reading', null],
      name: 'two privacy phrases and the group',
    },
    {
      draft: {
        text: "It's Signal so nobody will ever see this, but Dr Varley is drinking at work.",
        channel: 'direct-message',
        platform: 'signal',
      },
      spans: ["It's Signal", 'nobody will ever see', null],
      name: 'relies on Signal',
    },
    {
      draft: { text: 'Off the record, the partners are splitting up.', channel: 'email', platform: 'email' },
      spans: ['Off the record'],
      name: 'email that relies on privacy',
    },
  ],
});

it('tailors the whole-draft reminder to the platform and names the law', () => {
  const wa = findingsOf(rule, { text: 'Anyone free for lunch?', channel: 'group-chat', platform: 'whatsapp' })[0];
  expect(wa?.message).toMatch(/WhatsApp's encryption/);
  expect(wa?.message).toMatch(/any member can screenshot/);
  expect(wa?.message).toMatch(/Data Protection Act 2018/);
  expect(wa?.message).toMatch(/Freedom of Information Act 2000/);
  expect(wa?.message).toMatch(/Police and Criminal Evidence Act 1984/);
  expect(wa?.message).toMatch(/^.*Consider/s);
  const teams = findingsOf(rule, { text: 'Thanks for that.', channel: 'direct-message', platform: 'teams' })[0];
  expect(teams?.message).toMatch(/kept by the employer/);
  const dm = findingsOf(rule, { text: 'Thanks for that.', channel: 'direct-message', platform: 'instagram' })[0];
  expect(dm?.message).toMatch(/can be screenshotted or forwarded/);
});

it('is information only: a group message on its own still gets verdict post', () => {
  const a = createChecker({}, [rule]).assess({
    text: 'Anyone free for lunch?',
    channel: 'group-chat',
    platform: 'whatsapp',
  });
  expect(a.findings[0]?.severity).toBe('info');
  expect(a.verdict).toBe('post');
});
