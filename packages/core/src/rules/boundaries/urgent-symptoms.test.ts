import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import { createChecker } from '../../checker.js';
import rule from './urgent-symptoms.js';

const dm = (text: string) => ({
  text,
  direction: 'inbound' as const,
  channel: 'direct-message' as const,
  platform: 'facebook' as const,
});

testRule(rule, {
  clean: [
    {
      draft: dm('No chest pain, just a cough that keeps me up at night. Could it be my inhaler?'),
      name: 'denied chest pain',
    },
    { draft: dm('He denies any chest pain and is breathing fine, just very tired.'), name: 'denies' },
    {
      draft: dm('Nothing serious: no fever, no rash, no chest pain or headache, only a sore knee.'),
      name: 'a list of denials',
    },
    { draft: dm("I'm not suicidal, I just feel flat most days."), name: 'not suicidal' },
    {
      draft: dm('I have never had any thoughts of self-harm, I promise. I just need a sick note.'),
      name: 'never self-harm',
    },
    { draft: dm('Without chest pain I would not bother you, but my ankle is swollen.'), name: 'without' },
    {
      draft: dm("My son is 2 and can't talk properly yet, should we see a speech therapist?"),
      name: 'speech delay is not a stroke sign',
    },
    {
      draft: {
        text: 'Reminder: teaching at 1pm, the new chest pain pathway and sepsis audit.',
        direction: 'inbound',
        channel: 'group-chat',
        platform: 'teams',
      },
      name: 'chest pain pathway (topic)',
    },
    {
      draft: {
        text: 'Stroke awareness week starts Monday, posters are in reception.',
        direction: 'inbound',
        channel: 'group-chat',
      },
      name: 'stroke awareness',
    },
    {
      draft: {
        text: 'The patient in room 4 has chest pain, can you come and see him?',
        direction: 'inbound',
        channel: 'group-chat',
        platform: 'teams',
      },
      name: 'colleague handover about a patient',
    },
    { draft: dm('Mum had a stroke in 2019 and is doing well. Can she have the flu jab?'), name: 'past history' },
    { draft: dm('Just wanted to say thank you for looking after Dad, he is much better.'), name: 'thanks' },
    { draft: dm('My chest infection has cleared up nicely, thanks for the antibiotics.'), name: 'chest infection' },
    { draft: dm('Is the surgery open on the bank holiday?'), name: 'admin question' },
    { draft: { text: 'I have crushing chest pain', channel: 'public-post' }, name: 'outbound drafts are not judged' },
    { draft: dm('The rash fades when I press a glass on it. Should I still worry?'), name: 'rash that fades' },
    { draft: dm('My son has a limp since football on Saturday. Should we get an x-ray?'), name: 'a limp is not limp' },
    {
      draft: {
        text: 'Did you see the news? Suicide rates are up again in young men.',
        direction: 'inbound',
        channel: 'group-chat',
      },
      name: 'suicide rates (topic)',
    },
    { draft: dm('This heat is killing me, I want to die lol'), name: 'figure of speech with laughter' },
    { draft: dm('I took 2 paracetamol for the headache and it has eased.'), name: 'an ordinary dose' },
  ],
  flagged: [
    {
      draft: dm('my face feels weird and one side of my mouth has dropped. is it bells palsy again?'),
      spans: ['mouth has dropped'],
      name: 'the mouth drooping (F of FAST)',
    },
    {
      draft: dm("Mum can't get her words out and seems muddled since lunch."),
      spans: ["can't get her words out"],
      name: 'speech trouble (S of FAST)',
    },
    {
      draft: dm('Sorry to bother you on a Sunday. I have crushing chest pain and my left arm feels heavy.'),
      spans: ['crushing chest pain'],
    },
    {
      draft: dm('Bit of a tight feeling in the middle of my chest since lunch, should I take a Gaviscon?'),
      spans: ['tight feeling in the middle of my chest'],
    },
    { draft: dm("I can't breathe properly and my inhaler isn't working."), spans: ["can't breathe"] },
    { draft: dm('His lips look a bit blue and he is wheezing.'), spans: ['lips look a bit blue'] },
    { draft: dm("Dad's face has dropped on one side and he is slurring his words."), spans: ['face has dropped'] },
    {
      draft: dm("I don't want to be here any more. I've been saving up my tablets."),
      spans: ["don't want to be here", 'saving up my tablets'],
    },
    { draft: dm('I keep having thoughts of ending my life.'), spans: ['thoughts of ending my life'] },
    {
      draft: dm('I took a load of paracetamol last night but I feel fine now.'),
      spans: ['took a load of paracetamol'],
    },
    { draft: dm("I've taken 16 paracetamol on purpose, I'm scared"), spans: ['taken 16 paracetamol'] },
    { draft: dm('Sudden really bad headache, like being hit with a bat.'), spans: ['Sudden really bad headache'] },
    {
      draft: dm('My 2-year-old has a rash that does not fade when I press a glass on it.'),
      spans: ['rash that does not fade when'],
    },
    {
      draft: dm("He's burning hot, shivering and confused, and hasn't had a wee since this morning."),
      spans: ['hot, shivering and confused'],
    },
    { draft: dm("I'm 30 weeks pregnant and bleeding heavily."), spans: ['pregnant and bleeding heavily'] },
    {
      draft: dm('Coughing up quite a lot of blood this morning, what should I do?'),
      spans: ['Coughing up quite a lot of blood'],
    },
    { draft: dm('My lips have swollen up after the prawns and my throat is closing.'), spans: ['lips have swollen'] },
    { draft: dm("The baby is really floppy and won't wake up properly."), spans: ['floppy'] },
    { draft: dm('She is having a fit and it has lasted five minutes'), spans: ['having a fit'] },
    { draft: dm('Worst headache of my life, came on suddenly at the gym.'), spans: ['Worst headache'] },
    { draft: dm('No fever but chest pain since lunch.'), spans: ['chest pain'], name: 'negation stops at "but"' },
    {
      draft: { text: 'Chest p\u0430in since this morning', direction: 'inbound', channel: 'comment' },
      spans: ['Chest p\u0430in'],
      name: 'look-alike letters',
    },
  ],
});

// Crises said indirectly (data/crisis.ts) and emergencies in lay words (data/red-flag-lay.ts).
testRule(rule, {
  clean: [
    {
      draft: dm("We're moving to Cornwall next month so this is goodbye. Thank you for everything!"),
      name: 'goodbye with a reason',
    },
    { draft: dm('Can I collect my tablets tomorrow? Bye for now.'), name: 'a supply and a time are ordinary' },
    {
      draft: dm('I used to cut myself when I was a teenager but I am doing so much better now.'),
      name: 'resolved past',
    },
    {
      draft: dm("It's a year since my overdose and I'm in a really good place. Can I volunteer with the PPG?"),
      name: 'a year since',
    },
    { draft: dm('We are doing a sponsored walk in memory of my brother, who died by suicide.'), name: 'bereavement' },
    { draft: dm('Watched a film last night where the character took an overdose, really upsetting.'), name: 'fiction' },
    { draft: dm('I nearly had a heart attack when reception rang, but the results were fine!'), name: 'figurative' },
    { draft: dm('I could have died of embarrassment at the front desk.'), name: 'die of embarrassment' },
    { draft: dm("My 5 month old has a temp of 38, she's feeding fine. Calpol ok?"), name: 'older baby with a fever' },
    { draft: dm('Newborn check booked for Tuesday, temperature was 36.8 at the visit.'), name: 'newborn, no fever' },
    { draft: dm("Couldn't have done it without you, six months off the drink now."), name: 'thanks, not an act' },
    { draft: dm("Bye for now, I'm not answering emails over the holiday."), name: "the writer's own silence" },
    { draft: dm('Can we talk about the rope swing at the park tomorrow? Thanks'), name: 'a rope and a time, everyday' },
    {
      draft: dm('How much paracetamol can I give her in a day? She weighs 20kg.'),
      name: 'a dose question is not a lethality question',
    },
    {
      draft: dm("I've been saving for a holiday so I'd like a prepayment certificate for my tablets."),
      name: 'saving, but not a medicine',
    },
    { draft: dm('My tablets are all laid out in the dosette box, thank you!'), name: 'a supply set out, no other cue' },
    {
      draft: dm('Our speaker is talking about suicide prevention at the PPG meeting.'),
      name: '"about" after talk is a topic',
    },
    {
      draft: dm("Thank you for spotting Mum's sepsis last winter. She's back at her bowls club!"),
      name: 'an emergency named in thanks',
    },
    { draft: dm('That fry-up is a heart attack on a plate \u{1F602}'), name: 'an emergency named laughing' },
    { draft: dm('Loved your EpiPen demo, shared it with the school mums.'), name: 'the kit named as a topic' },
    {
      draft: dm("I can't go on waiting three weeks for an appointment, any chance of a cancellation?"),
      name: 'a despairing phrase about an everyday activity',
    },
    {
      draft: dm("Retiring after 32 years! I won't be around after Friday. Goodbye and thank you all."),
      name: 'last words with an ordinary reason for them',
    },
    { draft: dm('Reminder: the chest pain refresher is at 1pm, sandwiches provided.'), name: 'a training session' },
    {
      draft: dm('Pins and needles in my fingers when I type all day. Any stretches you would suggest?'),
      name: 'feeling lost, but not in the saddle area',
    },
    {
      draft: dm("Thank you for everything you did for Mum, she's settled in at the care home."),
      name: 'thanks that look back, with nothing else',
    },
  ],
  flagged: [
    {
      draft: dm('Everyone would be better off without me honestly.'),
      spans: ['Everyone would be better off without me'],
    },
    { draft: dm("I've been saving up my tablets for weeks and I have enough now."), spans: ['saving up my tablets'] },
    {
      draft: dm("Thank you for everything Dr Patel. You won't need to worry about me any more."),
      spans: ["won't need to worry about me"],
    },
    { draft: dm('not a joke: tonight is my last night. got everything I need.'), spans: ['my last night'] },
    {
      draft: dm("I'm stood in the kitchen with the pills lined up. Sorry for everything."),
      spans: ['Sorry for everything'],
    },
    { draft: dm('Been cutting again tonight, worse than before.'), spans: ['Been cutting again'] },
    {
      draft: dm("My brother sent me a goodbye text an hour ago and isn't answering his phone."),
      spans: ['goodbye'],
    },
    {
      draft: dm("I'm not right. Keep thinking about the shotgun in the cabinet. Don't ring the wife."),
      spans: ['shotgun'],
    },
    { draft: dm('Condom split last night, can I get the morning after pill from you?'), spans: ['Condom split'] },
    { draft: dm('My 2yo has swallowed a button battery, what do I do'), spans: ['swallowed a button battery'] },
    { draft: dm("My 6 week old has a temp of 38.5 and isn't feeding."), spans: ['temp of 38'] },
    {
      draft: dm("I'm 32 weeks and haven't felt the baby move since last night."),
      spans: ["haven't felt the baby move"],
    },
    { draft: dm('Back pain all week and now I cannot feel when I wipe.'), spans: ['cannot feel when I wipe'] },
    { draft: dm("Mum's not making sense and she's burning up."), spans: ['not making sense'] },
    { draft: dm('He banged his head and keeps being sick.'), spans: ['banged his head and keeps being sick'] },
    {
      draft: dm('Her neck is really stiff and the light is hurting her eyes.'),
      spans: ['neck is really stiff'],
    },
    {
      draft: dm("She can't finish a sentence and her oxygen thing says 84."),
      spans: ["can't finish a sentence"],
    },
    {
      draft: dm('Stung by a wasp and my tongue feels thick, it is hard to swallow.'),
      spans: ['tongue feels thick'],
    },
    {
      draft: dm('Lips are massive and my throat is closing up after the satay 😂'),
      spans: ['Lips are massive'],
    },
    {
      draft: dm('how many of my amitriptyline would make you not wake up? asking for real'),
      spans: ['not wake up'],
      name: 'a lethality question about any medicine',
    },
    {
      draft: dm("I've been stockpiling the zopiclone for a month now."),
      spans: ['stockpiling'],
      name: 'a named medicine gathered',
    },
    {
      draft: dm("Won't be around by Christmas. The pills are counted out."),
      spans: ["Won't be around"],
      name: 'a supply set out, with a finality',
    },
    {
      draft: dm('I think my dad is having a heart attack'),
      spans: ['heart attack'],
      name: 'a named emergency, feared',
    },
    {
      draft: dm('cnt do this anymore. nobody to talk to'),
      spans: ['cnt do this anymore'],
      name: 'text-speak',
    },
    { draft: dm('no1 wud even notice if i was gone'), spans: ['no1 wud even notice'], name: 'a burden, in text-speak' },
    {
      draft: dm('Worst headache of my life, it came on when I was lifting the shopping.'),
      spans: ['Worst headache'],
      name: '"when I was" doing something is not a past episode',
    },
    {
      draft: dm("My son told me he's been thinking about killing himself."),
      spans: ['thinking about killing himself'],
      name: 'said of someone else by the person writing in',
    },
    {
      draft: dm("My back's gone and now I can't seem to wee, it just won't come."),
      spans: ["can't seem to wee"],
      name: 'cauda equina: a bladder change in a message about the back',
    },
    {
      draft: dm('Pins and needles round my back passage since yesterday.'),
      spans: ['Pins and needles'],
      name: 'cauda equina: feeling lost in the saddle area',
    },
    {
      draft: dm('The spots on his legs dont go away when I press a glass on them.'),
      spans: ['dont go away when'],
      name: 'the glass test, in any person',
    },
    {
      draft: dm('Told my flatmates they can have my stuff. Thanks for everything you did.'),
      spans: ['can have my stuff'],
      name: 'possessions given away, with thanks that look back',
    },
    { draft: dm('Could this be sepsis'), spans: ['sepsis'], name: 'a named emergency, asked about' },
    { draft: dm('I used his EpiPen ten minutes ago'), spans: ['EpiPen'], name: 'the kit used now' },
    {
      draft: dm("She's not herself at all, can't wake her properly."),
      spans: ["can't wake her"],
      name: 'a red flag with its own negation is not denied by an earlier "not"',
    },
    {
      draft: dm('I keep thinking about stepping in front of a train on the way to work.'),
      spans: ['stepping in front of a train'],
      name: '"about" after a verb of thinking is the thought, not a topic',
    },
  ],
});

describe('boundaries.urgent-symptoms: the ready reply', () => {
  const checker = createChecker();
  it('points to 999, A&E or NHS 111 for a physical emergency', () => {
    const a = checker.assess(dm('Crushing chest pain for 20 minutes, can I wait for Monday?'));
    expect(a.advice.action).toBe('redirect');
    expect(a.advice.reply).toMatch(/999/);
    expect(a.advice.reply).toMatch(/A&E/);
    expect(a.advice.reply).toMatch(/111/);
    expect(a.advice.reply).not.toMatch(/Samaritans/);
  });
  it('adds the Samaritans for suicidal thoughts or self-harm', () => {
    const a = checker.assess(dm('I want to end it all. I have been cutting myself again.'));
    expect(a.advice.reply).toMatch(/999/);
    expect(a.advice.reply).toMatch(/Samaritans/);
    expect(a.advice.reply).toMatch(/116 123/);
  });
  it('says why, with the kind of red flag', () => {
    const [f] = findingsOf(rule, dm("I can't breathe"));
    expect(f?.why?.[0]).toMatch(/breathing/);
    expect(f?.message).toMatch(/^Don't/);
    expect(f?.suggestions[0]?.kind).toBe('advice');
  });
  it('reads an emergency the lexicons do not know from the learned model, and answers for any emergency', () => {
    const text = "chest feels like an elephant is sat on it and I'm sweating buckets";
    const [f] = findingsOf(rule, dm(text));
    expect(f?.why?.[0]).toMatch(/^learned model: /);
    expect(f?.message).toMatch(/^Don't/);
    const a = checker.assess(dm(text));
    expect(a.verdict).toBe('hold');
    expect(a.advice.reply).toMatch(/999/);
    expect(a.advice.reply).toMatch(/111/);
    expect(a.advice.reply).toMatch(/116 123/);
  });
  it('leaves an ordinary request to the request rule, model or not', () => {
    expect(findingsOf(rule, dm('Can I book a flu jab for next week please?'))).toEqual([]);
    expect(findingsOf(rule, dm('Can I have my hay fever tablets alongside the antibiotics?'))).toEqual([]);
  });
});

it('does not name the symptom twice when the words already say it', () => {
  const [f] = findingsOf(rule, {
    text: 'Heavy bleeding since this morning and it is soaking through pads every hour',
    direction: 'inbound',
    channel: 'direct-message',
  });
  expect(f?.message).toMatch(/"[^"]*heavy bleeding[^"]*" is a red-flag symptom,/i);
  expect(f?.message).not.toMatch(/red flag for heavy bleeding/);
});
