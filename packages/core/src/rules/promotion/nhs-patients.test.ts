import { testRule } from '../../../test/rule-tester.js';
import rule from './nhs-patients.js';

const khan = {
  name: 'Dr Aisha Khan',
  titles: ['GP'],
  declaredInterests: ['Director, SkinWell Clinic Ltd'],
  practiceNames: ['Riverside Surgery'],
};
const bell = {
  name: 'Dr Marcus Bell',
  titles: ['GP'],
  declaredInterests: ['Owner, Active Recovery Clinic'],
  practiceNames: ['Kingsmead Group Practice'],
};
const osei = {
  name: 'Dr Kwame Osei',
  titles: ['GP'],
  declaredInterests: ['Partner, Northbank Private GP LLP'],
  practiceNames: ['Brookvale Health Centre'],
};

testRule(rule, {
  clean: [
    // Keeping private work and the list apart is not an offer to the list.
    {
      draft: {
        text: 'SkinWell Clinic now offers mole mapping, £120. If you are registered at Riverside Surgery, I do not see practice patients privately; please book with the practice.',
        author: khan,
      },
      name: 'a private service advertised with the list kept apart',
    },
    {
      draft: {
        text: "I've been asked whether Riverside patients can book my private clinic. They can't, and nobody at the practice will suggest it.",
        author: khan,
      },
      name: 'reporting a question and refusing',
    },
    {
      draft: {
        text: 'Update for Kingsmead Group Practice patients: Dr Bell has opened a private clinic. None of our registered patients will be offered private appointments by the practice.',
        author: bell,
      },
      name: 'a practice notice that rules it out',
    },
    {
      draft: {
        text: 'Riverside patients: our NHS minor surgery clinic now runs on Tuesday afternoons too.',
        author: khan,
      },
      name: 'an NHS clinic for the practice',
    },
    {
      draft: {
        text: "Declaration: I'm a partner at Northbank Private GP. Saturday appointments for anyone who prefers to pay; NHS care with your own practice is unaffected.",
        author: osei,
      },
      name: 'private notice, no NHS list singled out',
    },
    {
      draft: {
        text: 'This is Riverside Surgery. You are due your asthma review. Please book via the NHS App.',
        recipients: [{ name: 'Asthma list', isPatient: true }],
        author: khan,
        channel: 'direct-message',
      },
      name: 'NHS reminder to patients',
    },
    {
      draft: {
        text: 'Full disclosure: I\u2019m a shareholder in SkinWell. Its sunscreen range has helped many of my patients.',
        author: khan,
      },
      name: '"my patients" described, not addressed',
    },
    {
      draft: {
        text: 'Hi Joan, your blood results came back fine.',
        recipients: [{ name: 'Joan', isPatient: true }],
        channel: 'direct-message',
      },
      name: 'a result, nothing private',
    },
    {
      draft: { text: 'Private skin checks at SkinWell Clinic, £95. Declaration: I am a director.', author: khan },
      name: 'private advert to the public',
    },
    {
      draft: {
        text: 'Kingsmead patients: the NHS physio wait is now 12 weeks. We are sorry, and we are pressing the ICB for more sessions.',
        author: bell,
      },
      name: 'honest about NHS waits, no private offer',
    },
    {
      draft: { text: 'In this private group, a question: how do you handle a patient who wants antibiotics?' },
      name: '"private group"',
    },
    {
      draft: {
        text: 'Elm Tree Surgery patients: our NHS phlebotomy clinic now runs on Saturdays too.',
        author: { titles: ['GP'], practiceNames: ['Elm Tree Surgery'] },
      },
      name: 'NHS service, practice named',
    },
    {
      draft: {
        text: 'Dear patients, the surgery closes at 1pm on Wednesday for training. Call NHS 111 if you need help.',
        recipients: [{ name: 'Newsletter', isPatient: true }],
        author: khan,
        channel: 'email',
      },
      name: 'practice newsletter, no private offer',
    },
    // Probe-set fixes.
    {
      draft: {
        text: 'Registered at Riverside? Flu clinics run every Saturday in October – book in the NHS App.',
        author: khan,
      },
      name: 'practice patients, NHS clinic',
    },
    {
      draft: {
        text: 'Riverside patients: NHS health checks for 40-74s are now bookable online.',
        author: { titles: ['GP'], practiceNames: ['Riverside Surgery'] },
      },
      name: 'NHS programme for the practice list',
    },
  ],
  flagged: [
    // A denial in another clause ("can't see you on the NHS…, but…") does not keep the offer apart.
    {
      draft: {
        text: "Riverside Surgery patients: I can't see you on the NHS for three weeks, but I can see you privately at SkinWell Clinic tomorrow.",
        author: khan,
      },
      spans: [
        "Riverside Surgery patients: I can't see you on the NHS for three weeks, but I can see you privately at SkinWell Clinic tomorrow.",
      ],
    },
    {
      draft: {
        text: 'Riverside Surgery patients: fed up waiting for a dermatology referral? You can be seen at SkinWell Clinic this week.',
        author: khan,
      },
      spans: ['You can be seen at SkinWell Clinic this week.'],
    },
    {
      draft: {
        text: 'Kingsmead patients: skip the 9-month physio wait! See me privately at Active Recovery, 10% off.',
        author: bell,
      },
      spans: ['See me privately at Active Recovery, 10% off.'],
    },
    {
      draft: 'Mention you\u2019re registered with us for 10% off at my private clinic.',
      spans: ['Mention you\u2019re registered with us for 10% off at my private clinic.'],
    },
    {
      draft: {
        text: 'Hi Joan, rather than wait for the NHS referral I could see you privately next week.',
        recipients: [{ name: 'Joan', isPatient: true }],
        channel: 'direct-message',
      },
      spans: ['Hi Joan, rather than wait for the NHS referral I could see you privately next week.'],
    },
    {
      draft: 'My NHS patients keep asking how to skip the 18-month ENT wait. Easy answer: book into my private clinic.',
      spans: ['Easy answer: book into my private clinic.'],
    },
    {
      draft: {
        text: 'Brookvale Health Centre patients – can\u2019t get an appointment? I see patients privately at Northbank most evenings, £75.',
        author: osei,
      },
      spans: ['I see patients privately at Northbank most evenings, £75.'],
    },
    {
      draft: {
        text: 'As your GP, I now offer private weight-loss consultations at my clinic. Reply to book.',
        recipients: [{ name: 'Patient list', isPatient: true }],
        author: khan,
        channel: 'email',
      },
      spans: ['As your GP, I now offer private weight-loss consultations at my clinic.'],
    },
    {
      draft: {
        text: "If you can't wait for the NHS list, I can do it privately for you at Active Recovery next week.",
        author: bell,
        channel: 'reply',
        thread: [
          { author: 'Karen W', text: 'Nine months waiting for my shoulder injection at Kingsmead. Ridiculous.' },
        ],
      },
      spans: ["If you can't wait for the NHS list, I can do it privately for you at Active Recovery next week."],
    },
    {
      draft: {
        text: 'As a GP at Brookvale Health Centre, to my patients reading this: the NHS list is 40 weeks, or you can see me at Northbank next week.',
        author: osei,
      },
      spans: [
        'As a GP at Brookvale Health Centre, to my patients reading this: the NHS list is 40 weeks, or you can see me at Northbank next week.',
      ],
    },
    // Probe-set fixes: "Registered at <practice>?" addresses the list; a discount from an author with interests is their offer.
    {
      draft: {
        text: 'Registered at Riverside? Skip the queue – our private clinic upstairs can see you tomorrow.',
        author: khan,
      },
      spans: ['Skip the queue – our private clinic upstairs can see you tomorrow.'],
    },
    {
      draft: {
        text: "If you're one of my NHS patients and fed up waiting for physio, I've teamed up with a clinic nearby – mention my name for a discount.",
        author: { titles: ['GP'], declaredInterests: ['Shareholder, MoveWell Physio Ltd'] },
      },
      spans: [
        "If you're one of my NHS patients and fed up waiting for physio, I've teamed up with a clinic nearby – mention my name for a discount.",
      ],
    },
    {
      draft: {
        text: "Can't get an appointment at Riverside? I do private GP appointments evenings and weekends. DM me",
        author: { titles: ['GP'], practiceNames: ['Riverside Surgery'] },
      },
      spans: ['I do private GP appointments evenings and weekends.'],
    },
    {
      draft: 'My NHS list is full until May, but you can book me privately at Northbank Clinic next week.',
      spans: ['My NHS list is full until May, but you can book me privately at Northbank Clinic next week.'],
    },
  ],
});

// The practice's own patients however they are named ("registered patients", "one of mine", "my
// list"); a refusal or a question about private work is not an offer.
testRule(rule, {
  clean: [
    {
      draft: "Thanks for your message. I'm afraid I can't see patients registered at the practice privately.",
      name: 'a refusal',
    },
    { draft: 'Does anyone know if we can offer private blood tests to registered patients?', name: 'a question' },
  ],
  flagged: [
    {
      draft: 'Registered patients can now book private ear microsuction at the surgery, £45 per ear.',
      spans: ['Registered patients can now book private ear microsuction at the surgery, £45 per ear.'],
    },
    {
      draft: "If you're one of mine and tired of the menopause wait, my private clinic can see you this week.",
      spans: ["If you're one of mine and tired of the menopause wait, my private clinic can see you this week."],
    },
  ],
});
