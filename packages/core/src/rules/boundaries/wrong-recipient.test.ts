import { expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import rule from './wrong-recipient.js';

const to = (text: string, ...names: string[]) => ({
  text,
  channel: 'direct-message' as const,
  platform: 'whatsapp' as const,
  recipients: names.map((name) => ({ name, isPatient: true })),
});
const email = (text: string, ...names: string[]) => ({
  text,
  channel: 'email' as const,
  recipients: names.map((name) => ({ name })),
});

testRule(rule, {
  clean: [
    // A role, a body or an acronym in the greeting is nobody's name.
    {
      draft: email('Dear GP, your patient attended with a headache; CT normal. Please review in a week.', 'Dr Yusuf'),
      name: '"Dear GP" to a named doctor',
    },
    {
      draft: email('Dear ICB, we would like advice on the new contract terms.', 'North East ICB contracts'),
      name: 'an acronym greeting',
    },
    // Letters after the name, and handles that run the name together.
    {
      draft: email('Dear Ms Okafor, I would welcome a meeting about the practice boundary.', 'Grace Okafor MP'),
      name: 'post-nominal letters are not the surname',
    },
    {
      draft: to('Hi Tom, loved your blog post on deprescribing. Coffee at the conference?', 'DrTomWhite'),
      name: 'a camel-case handle holds the first name',
    },
    {
      draft: { text: 'Honestly, you have misread the waiting list figures.', channel: 'reply' as const },
      name: 'a sentence adverb opening a reply',
    },
    {
      draft: email('Dear Mr Osei, the agenda is attached.', 'Mr K Osei, Consultant Cardiologist'),
      name: 'a recipient listed with a role after the name',
    },
    {
      draft: email("Hi, I've attached the leaflet we talked about.", 'Dawn Fisher'),
      name: 'a greeting on its own names nobody',
    },
    {
      draft: email('Water Lane Surgery: Dear Mrs Haddow, your repeat is ready.', 'Ruth Haddow'),
      name: 'a practice header before the right name',
    },
    { draft: to('Hi Sam, your bloods are fine.', 'Samantha Reid'), name: 'a short form by its first letters' },
    { draft: to('Hi Hannah Reid, your bloods are fine.', 'Hannah Reid'), name: 'full name matches' },
    {
      draft: email('Hi Anne, your test results are back and all normal.', 'Anne Jones'),
      name: 'a result to its patient alone',
    },
    {
      draft: email('Hi Anne, the rota for next week is attached.', 'Anne Jones', 'Mark Jones'),
      name: 'admin to two people',
    },
    { draft: to('Hi Joan, your smear result came back normal.', 'Joan Smith'), name: 'first name matches' },
    {
      draft: email('Dear Mrs Okonjo, thank you for the updated rota.', 'Grace Okonjo'),
      name: 'title + surname matches',
    },
    {
      draft: email('Hi Rob, thanks for covering my list on Friday.', 'Dr Robert Hale'),
      name: 'short form that is a prefix (Rob)',
    },
    {
      draft: email('Hi Bob, thanks for covering my list on Friday.', 'Dr Robert Hale'),
      name: 'nickname (Bob for Robert)',
    },
    { draft: to("Hi Mo, your cholesterol's up a bit.", 'Mohammed Rahim'), name: 'Mo for Mohammed' },
    {
      draft: email('Hi Omar and Lisa, the PCN meeting has moved to Wednesday.', 'Dr Omar Farouk', 'Dr Lisa Chen'),
      name: 'two names, two recipients',
    },
    { draft: email('Dear Ms M\u00fcller, your referral has gone.', 'Anna Muller'), name: 'accents folded' },
    { draft: email('Hello everyone, the surgery is closed on Monday.', 'Jane Smith'), name: 'generic greeting' },
    { draft: email('Dear Sir/Madam, I am writing about my invoice.', 'Jane Smith'), name: 'Sir/Madam' },
    { draft: email('Hi Mum, see you on Sunday!', 'Jane Smith'), name: 'family word, not a name' },
    {
      draft: email(
        'Dear patients, welcome to our spring newsletter. Lucy joins us as practice nurse.',
        'Riverside Surgery newsletter list',
      ),
      name: 'bulk list recipient',
    },
    {
      draft: { text: 'Hi Margaret, your results are back.', channel: 'direct-message' },
      name: 'no recipients on file',
    },
    {
      draft: email('Dear Tom, re Mrs Alison Crane: could you see her in clinic?', 'Dr Tom Hughes'),
      name: 'the patient discussed is not the addressee',
    },
    { draft: email('So, your results are back.', 'Jane Smith'), name: 'an opening word with a comma is not a name' },
    { draft: email('Hi Sarah, thanks. Best wishes, Amir', 'Sarah Lewis'), name: 'sign-off name is ignored' },
    {
      draft: email('hi just checking in about tomorrow', 'Liam Foster'),
      name: 'lower-case word after a greeting, not a name',
    },
    { draft: email('Hi Jane, thanks.', 'Sarah-Jane Lewis'), name: 'part of a double-barrelled name' },
  ],
  flagged: [
    {
      draft: email('Dear Ms Okafor, your scan results are attached.', 'Grace Okoro MP'),
      spans: ['Ms Okafor'],
      name: 'with the letters set aside, a different surname still does not fit',
    },
    {
      draft: to('Hi Tom, your bloods are back and all normal.', 'DrTinaWhite'),
      spans: ['Tom'],
      name: 'a handle holding a different first name',
    },
    {
      draft: email('Dear Shona,\n\nYour scan was normal.\n\nDr Kerr', 'Sona Patel'),
      spans: ['Shona'],
      name: 'a spelling one letter apart is a different name',
    },
    {
      draft: to('Hi Hannah Reid, your bloods are fine.', 'Hannah Ross'),
      spans: ['Hannah Reid'],
      name: 'same first name, different surname',
    },
    {
      draft: email('Dear Mr Peter Lyle, your scan was normal.', 'Pete Lyall'),
      spans: ['Mr Peter Lyle'],
      name: 'titled full name with a different surname',
    },
    {
      draft: email('Riverbank Surgery: Dear Mrs Hewitt, your mammogram needs a recall.', 'Joan Hewett'),
      spans: ['Mrs Hewitt'],
      name: 'the name after a practice header',
    },
    {
      draft: email('Dear Mr and Mrs Lowry, Ella\u2019s allergy tests are back.', 'Sam Lowrie'),
      spans: ['Mr and Mrs Lowry'],
      name: 'two titles sharing a surname',
    },
    {
      draft: {
        text: 'Gemma - can you chase the 2WW for the lady in bay 2?',
        channel: 'direct-message',
        recipients: [{ name: 'Jenna Cole', isPatient: false }],
      },
      spans: ['Gemma'],
      name: 'a first name with a dash speaks to the reader',
    },
    {
      draft: {
        text: 'Kieran can u check the bloods for the man in room 4',
        channel: 'direct-message',
        recipients: [{ name: 'Kevin Ames', isPatient: false }],
      },
      spans: ['Kieran'],
      name: 'a first name straight before "can u"',
    },
    {
      draft: {
        text: 'Dear Piotr,\n\nYour fit note for anxiety is attached.\n\nDr Ellis',
        channel: 'email',
        recipients: [
          { name: 'Piotr Nowak', isPatient: true },
          { name: 'HR Team, Northway Foods', isPatient: false },
        ],
      },
      spans: ['Piotr'],
      name: "one patient's health with their employer copied in",
    },
    {
      draft: email('Dear Ann, your pregnancy test was positive - please book in.', 'Anne Jones', 'Mark Jones'),
      spans: ['Ann'],
      name: 'a result addressed to one person with another on the message',
    },
    {
      draft: email(
        'Hi Mrs Patel, your chlamydia swab was positive, please collect treatment.',
        'Priya Patel',
        'Raj Patel',
      ),
      spans: ['Mrs Patel'],
      name: 'a greeting that fits two similar names, with a result',
    },
    {
      draft: to('Hi Margaret, your smear result came back normal, no further action needed.', 'Joan Smith'),
      spans: ['Margaret'],
    },
    {
      draft: email('Dear Tom, re Mrs Alison Crane \u2013 could you see her in your next clinic?', 'Dr Priya Nair'),
      spans: ['Tom'],
    },
    {
      draft: to('Dear Mr Grantham, your letter from the urology clinic is attached.', 'Lewis Grant'),
      spans: ['Mr Grantham'],
      name: 'a longer surname is not a match',
    },
    { draft: to('Hi Leon, your blood test shows low vitamin D.', 'Liam Foster'), spans: ['Leon'] },
    { draft: to('Hey Zoe! Great to hear the antidepressants are helping.', 'Chloe Dunn'), spans: ['Zoe'] },
    {
      draft: to('Dear Mrs Novak, the hospital has confirmed your MRI for Tuesday.', 'Nina Petrova'),
      spans: ['Mrs Novak'],
    },
    {
      draft: to('Hi Pauline, good news: the biopsy showed nothing sinister.', 'Paula Rees'),
      spans: ['Pauline'],
      name: 'a similar but different first name',
    },
    {
      draft: email('Hi Steve and Kate, lovely to see you both.', 'Stephen Smith', 'Susan Smith'),
      spans: ['Kate'],
      name: 'one of two names does not match',
    },
    {
      draft: to('Kevin, your scan is booked for Tuesday.', 'Kieran Doyle'),
      spans: ['Kevin'],
      name: 'a name called out without a greeting',
    },
    {
      draft: to('hi leon, your bloods are back', 'Liam Foster'),
      spans: ['leon'],
      name: 'lower-case name after a greeting',
    },
    { draft: email('Good morning Dr Patel, thank you for the referral.', 'Dr Raj Patil'), spans: ['Dr Patel'] },
    { draft: to('Hi Michelle, cheers for Friday.', 'Michael Smith'), spans: ['Michelle'] },
  ],
});

it('boundaries.wrong-recipient: is a stop that names the recipient on file and rewrites nothing', () => {
  const [f] = findingsOf(rule, to('Hi Margaret, your smear result came back normal.', 'Joan Smith'));
  expect(f?.severity).toBe('stop');
  expect(f?.message).toMatch(/^Don't send this/);
  expect(f?.message).toMatch(/Joan Smith/);
  expect(f?.suggestions.every((s) => s.kind === 'advice')).toBe(true);
});
