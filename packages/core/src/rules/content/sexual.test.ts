import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import rule from './sexual.js';

testRule(rule, {
  clean: [
    {
      draft: 'Come back to mine for a brew after the flu clinic, everyone welcome!',
      name: 'an invitation home with its purpose',
    },
    // Clinical and screening language
    {
      draft:
        'Cervical screening takes about five minutes. You can ask for a female nurse, a chaperone or a smaller speculum.',
    },
    { draft: 'Free, confidential STI testing for under-25s: order a postal kit or pop into the sexual health clinic.' },
    { draft: 'Erectile dysfunction can be an early sign of heart disease, so it is worth mentioning to your GP.' },
    { draft: 'Check your breasts and testicles monthly; a new lump needs an appointment.' },
    { draft: 'Itchy bum at night in children is usually threadworms. Treat the whole family.' },
    { draft: 'Please record sex and gender separately on the new registration form.' },
    { draft: 'Menopause can affect mood, sleep and libido. Hot flushes respond well to HRT for most women.' },
    { draft: 'Contraception clinic is on Tuesday: coils, implants and the pill, with a nurse or a GP.' },
    { draft: 'A man has been charged with sexual assault after an incident near the health centre, police say.' },
    { draft: 'Safeguarding training today covered recognising sexual exploitation of children.' },
    { draft: 'Your smear result came back normal, no further action needed.' },
    { draft: 'Penis, vagina and vulva are the right words to teach children, says the RSE guidance.' },
    // Everyday words that overlap with cues
    { draft: 'Hot weather alert: drink plenty of water and check on older neighbours 🔥' },
    { draft: 'Gorgeous day for the practice fun run! Thanks to everyone who came.' },
    { draft: 'Thinking about you all at the practice today, come over for cake any time 😘' },
    { draft: 'Hot take: most coughs do not need antibiotics 😉' },
    { draft: 'Ladies, your cervical screening invite is not optional admin: book it 😉' },
    { draft: 'Our new GP is such a good fit for the team.' },
    { draft: 'Naughty step for whoever left the vaccine fridge open 😂' },
    { draft: 'Who ate the last chocolate digestive? 😂' },
    { draft: 'You looked amazing at the awards, well deserved!', name: 'probe: compliment alone' },
    { draft: 'Anyone want to come back to mine for a cuppa after the PCN meeting?', name: 'probe: invitation alone' },
  ],
  flagged: [
    { draft: 'The new locum can examine me any time, if you know what I mean 😏', spans: ['examine me any time'] },
    { draft: 'Nothing like a good rectal exam to start the week 🍆😂 #doctorslife', spans: ['🍆'] },
    { draft: 'Phwoar, hot doctor alert 🔥🔥 those scrubs are doing you favours', spans: ['Phwoar'] },
    {
      draft: "You should wear that skirt more often. Fancy a private 'tutorial' after surgery? 😉",
      spans: ["private 'tutorial'"],
    },
    { draft: 'Had the fittest patient in for a smear today, best part of my week 😂', spans: ['fittest'] },
    {
      draft: "I've wanted you since the Christmas party. Nobody needs to know. Come over after your shift?",
      spans: ["I've wanted you"],
    },
    { draft: "Ladies, if you need a 'full examination' I'm free on Saturday 😉", spans: ["'full examination'"] },
    { draft: "Here's a naughty one for you, delete it after 😈", spans: ['naughty one'] },
    { draft: "Has anyone seen the new practice nurse's bum in those trousers? 🍑", spans: ['in those trousers'] },
    { draft: 'You can book a double appointment with me any time, gorgeous 😉', spans: ['gorgeous'] },
    { draft: 'You looked gorgeous in that dress at the party 😉', spans: ['gorgeous'] },
    {
      draft: "Can't stop thinking about last night. Wear the red thing later 😈",
      spans: ["Can't stop thinking about"],
    },
    { draft: 'Send nudes', spans: ['Send nudes'] },
    { draft: 'I want you in bed tonight', spans: ['I want you in bed'] },
    { draft: 'Nice tits on the new receptionist', spans: ['Nice tits'] },
    { draft: "You're so sexy in scrubs", spans: ['sexy'] },
    { draft: "Tell me what you'd do to me... I know what I'd do to you", spans: ["what I'd do to you"] },
    { draft: 'Lie back and think of England, I told her 😂', spans: ['Lie back and think of England'] },
    { draft: 'Wink wink, she booked a double appointment with the hot locum again', spans: ['hot locum'] },
    { draft: 'Massage went well, did he get a happy ending? 😏😂', spans: ['happy ending'] },
    { draft: 'Thanks for the bl0wjob last night', spans: ['bl0wjob'] },
    {
      draft: "That new FY2 is fit as. Wouldn't mind giving her a thorough examination 😉",
      spans: ["Wouldn't mind giving her"],
    },
    {
      draft: {
        text: 'You looked amazing in those scrubs today. Fancy coming back to mine after evening surgery? 😘',
        channel: 'direct-message' as const,
      },
      spans: ['in those scrubs'],
    },
  ],
});

describe('content.sexual details', () => {
  it('uses stop wording and explains the cues', () => {
    const [f] = findingsOf(rule, 'Send nudes');
    expect(f?.message).toMatch(/^Don't send this as it stands/);
    expect(f?.why).toContain('explicit: send nudes');
  });
  it('is more confident with more cues', () => {
    const one = findingsOf(rule, 'Send nudes')[0];
    const many = findingsOf(rule, 'Send nudes 😈 you are so sexy, nobody needs to know')[0];
    expect(many?.confidence).toBeGreaterThan(one?.confidence ?? 1);
  });
  it('does not let a clinical word excuse an explicit proposition', () => {
    expect(
      findingsOf(rule, 'After your smear, come back to mine and I will show you what I would do to you').length,
    ).toBe(1);
  });
});
