import { expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import type { Platform } from '../../types.js';
import rule from './patient-dm.js';

const toPatient = (text: string, platform: Platform = 'whatsapp', name = 'Joan Smith') => ({
  text,
  channel: 'direct-message' as const,
  platform,
  recipients: [{ name, isPatient: true }],
});

const letter = (text: string, name: string, role?: string) => ({
  text,
  channel: 'email' as const,
  platform: 'email' as const,
  recipients: [{ name, isPatient: true }],
  ...(role ? { author: { name: 'Sue Fell', role } } : {}),
});

testRule(rule, {
  clean: [
    {
      draft: letter(
        'Dear Mr Abara,\n\nYour repeat prescription is ready to collect.\n\nOakbank Surgery',
        'Tunde Abara',
      ),
      name: 'a letter signed with the practice name',
    },
    {
      draft: letter('Dear Ms Lyle,\n\nYour results are normal.\n\nKind regards\nHollins Health Centre', 'Ann Lyle'),
      name: 'a results letter signed off by the practice',
    },
    {
      draft: letter(
        'Dear Mrs Iqbal,\n\nThanks for your call about your medication review.\n\nSue Fell\nPractice Manager',
        'Rubina Iqbal',
      ),
      name: 'signed by the practice manager',
    },
    {
      draft: letter('Dear Mrs Iqbal, your medication review is booked for Monday.', 'Rubina Iqbal', 'receptionist'),
      name: 'written by reception',
    },
    {
      draft: toPatient('Hi Joan, are you still OK to feed the cat on Saturday? Key is under the pot.'),
      name: 'social message to a patient who is a friend',
    },
    {
      draft: toPatient(
        'This is Oakfield Medical Centre. You are due your annual asthma review. Please book via the NHS App. Please do not reply to this message.',
        'other',
      ),
      name: 'practice reminder',
    },
    {
      draft: toPatient(
        'Riverside Surgery: your flu vaccine appointment is on Saturday at 9.10am. Reply CANCEL to cancel.',
        'other',
      ),
      name: 'practice appointment text',
    },
    {
      draft: {
        text: 'Dear patient, our flu clinics run on Saturdays in October.',
        channel: 'email',
        recipients: [{ name: 'Riverside patient mailing list', isPatient: true }],
      },
      name: 'bulk mailing list',
    },
    {
      draft: toPatient('Hi Joan, please contact the practice to discuss your results.'),
      name: 'redirect to the practice is the remedy',
    },
    {
      draft: {
        text: 'Hi Priya, could you check the bloods for the lady in room 3?',
        channel: 'direct-message',
        platform: 'teams',
        recipients: [{ name: 'Dr Priya Nair' }],
      },
      name: 'colleague (clinician recipient)',
    },
    {
      draft: { text: 'Your blood results are back, all normal.', channel: 'group-chat', platform: 'whatsapp' },
      name: 'group chat is not a direct message',
    },
    {
      draft: {
        text: 'Check your blood pressure at your local pharmacy: free if you are over 40.',
        channel: 'public-post',
        platform: 'facebook',
      },
      name: 'public health post',
    },
    {
      draft: {
        text: 'Congrats on the new job! You must be thrilled.',
        channel: 'direct-message',
        platform: 'whatsapp',
      },
      name: 'no health content',
    },
    {
      draft: {
        text: 'Lovely to see you at the match, see you next week.',
        channel: 'direct-message',
        platform: 'signal',
      },
      name: 'social DM, no recipient',
    },
    {
      draft: { text: 'Your results are fine.', channel: 'direct-message', recipients: [{ name: 'Building Services' }] },
      name: 'non-patient recipient (group)',
    },
    {
      draft: { text: 'Your results are fine.', direction: 'inbound', channel: 'direct-message' },
      name: 'inbound is not judged',
    },
  ],
  flagged: [
    {
      draft: letter('Dear Mr Abara,\n\nYour biopsy showed a basal cell carcinoma.\n\nDr Kerr', 'Tunde Abara'),
      spans: ['Your biopsy'],
      name: 'a letter signed by a clinician personally',
    },
    {
      draft: toPatient("hiya, your filler review's next Tuesday x", 'instagram'),
      spans: ["your filler review's"],
      name: 'a care word with a possessive',
    },
    {
      draft: {
        text: 'Hi Gary, I can do the microsuction at my clinic next week rather than you waiting for ENT.',
        channel: 'direct-message',
        platform: 'whatsapp',
        recipients: [{ name: 'Gary Dunn', isPatient: true }],
      },
      spans: ['microsuction'],
      name: 'an ENT procedure named to a patient',
    },
    {
      draft: toPatient(
        'Hi Joan, your blood results came back fine, nothing to worry about. See you at the school gates!',
      ),
      spans: ['your blood results'],
    },
    {
      draft: toPatient(
        'Kevin, I had a look at your notes: I think we should go up to 100mg of sertraline.',
        'facebook',
        'Kevin Doyle',
      ),
      spans: ['your notes'],
    },
    {
      draft: toPatient(
        'Thanks for the follow! Re your mole, send me a pic on here and I will have a look.',
        'instagram',
      ),
      spans: ['your mole'],
    },
    {
      draft: toPatient(
        "Hi Mo, your cholesterol's up a bit, time to cut back on the takeaways.",
        'telegram',
        'Mohammed Rahim',
      ),
      spans: ["your cholesterol's"],
    },
    {
      draft: toPatient('Great to hear the antidepressants are helping!', 'instagram'),
      spans: ['antidepressants'],
      name: 'health content without "your"',
    },
    {
      draft: {
        text: 'Dear Mr Achebe, I would suggest we repeat your PSA in three months.',
        channel: 'email',
        recipients: [{ name: 'Emeka Achebe', isPatient: true }],
      },
      spans: ['your PSA'],
    },
    {
      draft: {
        text: "Sorry it's late, just seen your scan report. Can you come in first thing?",
        channel: 'direct-message',
        platform: 'whatsapp',
      },
      spans: ['your scan'],
      name: 'no recipient, personal results wording',
    },
    {
      draft: { text: "Hi Sam, how's the rash? Any better?", channel: 'direct-message', platform: 'facebook' },
      spans: ["how's the rash"],
    },
    {
      draft: { text: '@JoanS your results are back, all normal!', channel: 'reply', platform: 'x' },
      spans: ['your results'],
      name: 'public reply to a patient',
    },
    {
      draft: {
        text: 'Your smear result was normal.',
        channel: 'comment',
        platform: 'facebook',
        recipients: [{ name: 'Joan Smith', isPatient: true }],
      },
      spans: ['Your smear result'],
    },
    {
      draft: {
        text: 'Hi Denise, given the wait for your knee scan I could see you privately on Saturday.',
        platform: 'whatsapp',
        recipients: [{ name: 'Denise Fairley', isPatient: true }],
      },
      spans: ['your knee scan'],
      name: 'WhatsApp with the default channel',
    },
    {
      draft: toPatient('Your results are fine. Please book an appointment if you are worried.'),
      spans: ['Your results'],
      name: 'a redirect elsewhere does not excuse the results',
    },
  ],
});

it('boundaries.patient-dm: is a caution that advises the practice channels and the notes', () => {
  const [f] = findingsOf(rule, toPatient('Hi Joan, your smear result came back normal.'));
  expect(f?.severity).toBe('caution');
  expect(f?.message).toMatch(/^Reconsider/);
  expect(f?.message).toMatch(/notes/);
  expect(f?.suggestions[0]?.text).toMatch(/practice/);
  expect(f?.why).toContain('recipient is a patient');
});
