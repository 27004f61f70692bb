import { testRule } from '../../../test/rule-tester.js';
import rule from './clinical-opinion.js';

testRule(rule, {
  clean: [
    { draft: 'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App or call reception.', name: 'practice notice' },
    {
      draft: 'Autumn COVID-19 vaccines are now open for over-75s. Book through the NHS App or call 119.',
      name: 'vaccine programme notice',
    },
    { draft: 'Proud of our team today: 412 flu jabs in four hours.', name: 'team praise' },
    { draft: 'Our new phlebotomy clinic runs on Tuesday mornings from next week.', name: 'service change' },
    {
      draft: 'I think the new access targets are well intentioned but unworkable.',
      name: 'opinion about policy, not a clinical topic',
    },
    { draft: 'In my view the car park needs resurfacing before winter.', name: 'opinion about premises' },
    {
      draft: { text: 'I think we should switch him to sertraline, can you see him on Tuesday?', channel: 'group-chat' },
      name: 'group chat is not public',
    },
    {
      draft: { text: 'I would recommend HRT for most women under 60.', channel: 'direct-message' },
      name: 'direct message is not public',
    },
    { draft: { text: 'In my view statins are overprescribed.', direction: 'inbound' }, name: 'inbound text' },
    { draft: 'Statins are poison. I would never take them.', name: 'misinformation takes precedence' },
    {
      draft: "PrEP is free from sexual health clinics. You don't need to see your GP first.",
      name: '"don\'t need to" is not a judgement',
    },
    {
      draft: 'Congratulations to Bethan, who has just qualified as an independent prescriber!',
      name: 'congratulations',
    },
  ],
  flagged: [
    {
      draft: 'We should lower the age for bowel screening invites.',
      spans: ['We should lower the age for bowel screening invites'],
      name: 'what a profession or a population should do, whatever the verb',
    },
    {
      draft: "I'm increasingly not keen on antibiotics for mild diverticulitis.",
      spans: ["I'm increasingly not keen on antibiotics for mild diverticulitis"],
      name: 'a first-person stance beyond "I think"',
    },
    {
      draft: 'I think gabapentinoids are massively overused.',
      spans: ['I think gabapentinoids are massively overused'],
      name: 'a class of medicines by its stem, in the plural',
    },
    {
      draft: 'In my view diverticulitis rarely needs a hospital stay now.',
      spans: ['In my view diverticulitis rarely needs a hospital stay now'],
      name: 'a condition known by its medical form',
    },
    // Practice stances and unlisted medicines (named by their INN stem): "bisoprolol", "pregabalin".
    {
      draft: 'I rarely start bisoprolol for palpitations these days.',
      spans: ['I rarely start bisoprolol for palpitations these days'],
    },
    {
      draft: "I'm not convinced pregabalin helps sciatica much.",
      spans: ["I'm not convinced pregabalin helps sciatica much"],
    },
    {
      draft: 'Opinion: HRT is underused in perimenopause.',
      spans: ['Opinion: HRT is underused in perimenopause'],
    },
    {
      draft: 'In my view, most people with insomnia do better with CBT than with sleeping tablets.',
      spans: ['In my view, most people with insomnia do better with CBT than with sleeping tablets'],
    },
    {
      draft: 'Everyone over 50 should take vitamin D all year round.',
      spans: ['Everyone over 50 should take vitamin D all year round'],
    },
    {
      draft: 'Unpopular opinion: antidepressants are overprescribed.',
      spans: ['Unpopular opinion: antidepressants are overprescribed'],
    },
    { draft: "Honestly, I'd never take statins myself.", spans: ["Honestly, I'd never take statins myself"] },
    {
      draft: { text: 'PSA screening in men without symptoms does more harm than good.', channel: 'reply' },
      spans: ['PSA screening in men without symptoms does more harm than good'],
    },
    {
      draft: { text: 'Hot take: most kids with a temperature do not need antibiotics.', channel: 'comment' },
      spans: ['Hot take: most kids with a temperature do not need antibiotics'],
    },
    {
      draft: 'I think body-identical HRT is the better first choice for most women.',
      spans: ['I think body-identical HRT is the better first choice for most women'],
    },
    {
      draft: 'Codeine for a cough in children? It does not work and it can be dangerous.',
      spans: ['It does not work and it can be dangerous'],
    },
    {
      draft:
        'Thinking about long-term antidepressant use tonight.\nMy opinion is that we should taper far more slowly than we used to.',
      spans: ['My opinion is that we should taper far more slowly than we used to'],
    },
    {
      draft: 'Continuous glucose monitors should be offered to far more people with type 2 diabetes.',
      spans: ['Continuous glucose monitors should be offered to far more people with type 2 diabetes'],
    },
    {
      draft: 'For most women under 60 the benefits of HRT outweigh the risks.',
      spans: ['For most women under 60 the benefits of HRT outweigh the risks'],
    },
    {
      draft: 'Personally, I think adult ADHD is overdiagnosed in private clinics.',
      spans: ['Personally, I think adult ADHD is overdiagnosed in private clinics'],
    },
  ],
});

// Beside a claim the evidence rejects, the reminder speaks only where the author claims a clinical role.
testRule(rule, {
  clean: [
    { draft: 'Sunscreen causes more cancers than the sun ever did.', name: 'a claim with no role claimed' },
    { draft: 'My GP says sunscreen causes more cancers than the sun. Really?', name: "someone else's role" },
  ],
  flagged: [
    {
      draft: "As a GP I'm fed up of pretending: sunscreen causes more cancers than the sun ever did.",
      spans: ["As a GP I'm fed up of pretending: sunscreen causes more cancers than the sun ever did"],
    },
    {
      draft: 'Pharmacist here. Antibiotics will clear that flu up in no time.',
      spans: ['Pharmacist here'],
    },
    {
      draft: "I've been a nurse 30 years and the flu jab is a waste of time.",
      spans: ["I've been a nurse 30 years and the flu jab is a waste of time"],
    },
  ],
});
