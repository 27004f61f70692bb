import { testRule } from '../../../test/rule-tester.js';
import rule from './direct-identifier.js';

testRule(rule, {
  clean: [
    {
      draft: "Sad to hear Chris Hoy's prostate cancer news. Men, talk to us.",
      name: "a public figure's illness in the news",
    },
    {
      draft: { text: 'Congrats Jess, your exam results were brilliant!', channel: 'reply', platform: 'x' },
      name: 'a public reply with a result that is not health',
    },
    {
      draft: {
        text: 'Great talk from Dr Sarah Jones on frailty; her BP audit results were striking.',
        channel: 'public-post',
      },
      name: "a colleague's name and a topic",
    },
    {
      draft: {
        text: 'Hi Sarah, your smear came back normal.',
        channel: 'direct-message',
        recipients: [{ name: 'Sarah Hill', isPatient: true }],
      },
      name: 'a result told privately (patient-dm, not a public identifier)',
    },
    { draft: 'Sarah Jones’ talk on asthma was excellent, thank you.', name: 'a name and a topic' },
    // The practice's own numbers, addresses and mailboxes are published on purpose.
    {
      draft:
        'Flu clinics start Saturday 4 October at Oakfield Medical Centre, 22 Station Road, LS6 3QT. Book on 0113 496 0321.',
    },
    {
      draft: 'Our phone lines are down: for urgent calls the hospital has the practice mobile 07700 900127.',
      name: 'practice mobile in a care context',
    },
    { draft: 'Repeat prescriptions: email prescriptions@riverside.example and allow two working days.' },
    { draft: 'Lost your bowel screening kit? Call the free helpline on 0800 707 6060.' },
    // Reference numbers: checksum-valid but labelled as something else, or invalid.
    { draft: 'Order ref 618 118 6735 for the new examination couch is confirmed.', name: 'checksum-valid order ref' },
    { draft: 'Invoice 658 854 6335 paid today, so that is March settled.' },
    { draft: 'Can someone check the bloods for 401 023 2138?', name: 'invalid checksum never fires' },
    { draft: 'The number 874 448 7762 was on the whiteboard all week.', name: 'valid checksum, no context' },
    // Colleagues, addressees, the public.
    { draft: 'Please welcome Mrs Anne Hollis, our new practice manager, to the team.' },
    { draft: 'Huge congratulations to our practice nurse Bethan Lloyd on qualifying as a prescriber.' },
    { draft: 'Dear Mrs Okafor, thank you for the updated holiday rota. Best wishes, Sam' },
    {
      draft: 'Dear Mr Achebe, I suggest we repeat your PSA in three months.',
      name: 'greeting the patient is not disclosing them',
    },
    { draft: 'Mr Desmond Yates, the orthopaedic consultant, ran a great hip teaching session.' },
    { draft: 'Dr Glenys Pugh retires on Friday after 31 years of home visits and clinics.' },
    // Dates that are not birth dates.
    { draft: 'The surgery closes at 1pm on 10/12/2025 for staff training; call NHS 111 if you need help.' },
    { draft: 'Postcode LS6 3QT for the practice car park, if you are coming to the flu clinic.' },
    {
      draft: 'Shingles vaccine clinic on Tuesday: everyone aged 70 to 79 is eligible.',
      name: 'clinical words but no identifier',
    },
    // A format example in an explainer, and a colleague's mobile with no care in the draft.
    {
      draft: 'Not sure of your NHS number? It looks like 996 030 8243 and yours is in the NHS App.',
      name: 'checksum-valid example number',
    },
    {
      draft: "Dr Raman's covering this afternoon, her mobile is 07700 900118 if anything comes up.",
      name: "a colleague's mobile: the phone alone does not make it about care",
    },
    {
      draft: 'Our vaccine bus is at the Tesco car park, LS6 3QT, on Saturday for boosters.',
      name: 'vaccine words beside a public place',
    },
    {
      draft: "Mrs Frequent Flyer is back in with her 'chest pain' again",
      name: 'a slang nickname is not a name (patient-disparagement has it)',
    },
  ],
  flagged: [
    {
      draft: {
        text: "Hi Sarah, your smear came back abnormal so we'll need to see you. Please ring the surgery.",
        channel: 'reply',
        platform: 'facebook',
      },
      spans: ['Sarah'],
      name: "a public reply with the patient's first name and her result",
    },
    {
      draft: {
        text: '@karen_smith88 your blood results were fine so no need to worry!',
        channel: 'reply',
        platform: 'x',
      },
      spans: ['@karen_smith88'],
      name: 'a public reply to a handle with a result',
    },
    {
      draft: { text: "Priya Patel's INR is 5.2, can someone call her", channel: 'group-chat' },
      spans: ['Priya Patel'],
      name: 'a first name and surname with no title, owning a result',
    },
    {
      draft: 'Results for NHS no. 869 893 5508: potassium 6.1. Could someone ring her?',
      spans: ['869 893 5508'],
      rewrite: 'Results for NHS no. [NHS number removed]: potassium 6.1. Could someone ring her?',
    },
    {
      draft: 'Can someone look at the bloods for 618-118-6735? ALT 410.',
      spans: ['618-118-6735'],
      name: 'valid NHS number beside results',
    },
    { draft: 'NHS number 6588546335 keeps bouncing on e-RS.', spans: ['6588546335'] },
    {
      draft: {
        text: 'Can anyone advise? Mrs Doreen Platt, DOB 03/07/1949, new ankle swelling on amlodipine.',
        channel: 'group-chat',
      },
      spans: ['Mrs Doreen Platt', '03/07/1949'],
      rewrite: 'Can anyone advise? [name removed], DOB [date of birth removed], new ankle swelling on amlodipine.',
    },
    { draft: 'Mrs Hartley came in today with the worst shingles I have seen.', spans: ['Mrs Hartley'] },
    { draft: 'My patient Jane has had this rash for three weeks now.', spans: ['Jane'] },
    {
      draft: 'Please call back my patient Tom Egan on 07700 900127 about his blood results.',
      spans: ['Tom Egan', '07700 900127'],
    },
    {
      draft: 'Patient: Joyce Fairbairn, postcode HG2 7QR, odd rash on her shins.',
      spans: ['Joyce Fairbairn', 'HG2 7QR'],
    },
    {
      draft: 'Saw your neighbour Gary Walsh from 14 Cole Street in clinic today.',
      spans: ['Gary Walsh', '14 Cole Street'],
    },
    {
      draft: 'A patient emailed me from j.bloggs77@example.com about his PSA result.',
      spans: ['j.bloggs77@example.com'],
    },
    { draft: 'Hospital no. K4471902: discharge summary still missing after two weeks.', spans: ['K4471902'] },
    {
      draft: 'Mr Nowak needs his NI number on the fit note: it is SX 48 21 93 B.',
      spans: ['Mr Nowak', 'SX 48 21 93 B'],
    },
    {
      draft: 'Happy 100th birthday to our patient Albert Rowe (born 02/03/1926)!',
      spans: ['Albert Rowe', '02/03/1926'],
    },
    { draft: 'This is Dave Kershaw, 68, whose aortic aneurysm was found on screening.', spans: ['Dave Kershaw'] },
    { draft: 'Mrs Patel in room 3 is the most exhausting patient on our list.', spans: ['Mrs Patel'] },
    { draft: 'Frail, lives in LS6 and keeps falling: Mrs Agnew needs a home visit.', spans: ['LS6', 'Mrs Agnew'] },
    {
      draft: 'Can someone check whether 628 194 8211 had her Shingrix? Pharmacy says yes.',
      spans: ['628 194 8211'],
      name: 'vaccine brand names are care',
    },
    {
      draft: 'Mrs Heartsink Jones is back with her chest pain.',
      spans: ['Mrs Heartsink Jones'],
      name: 'a real surname after a nickname still counts',
    },
    {
      draft: 'Chasing bloods for hosp no. RXF 2240187, the ward say the results are with us.',
      spans: ['RXF 2240187'],
      name: 'trust code written apart from the digits',
    },
    {
      draft: 'Home visit on Ferndale Close, LS14 6QA this morning: still chopping his own logs.',
      spans: ['LS14 6QA'],
      name: 'postcode of a home visit',
    },
    {
      draft: 'did a runner from A&E last nite, his mob is 07700900872 pls ring if u see him',
      spans: ['07700900872'],
      name: '"his mob" (mobile)',
    },
  ],
});
