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
    // Names without a title: a word that can be a name, and names beside a condition alone (news).
    {
      draft: 'Hope the new rota works for everyone; Grace period for leave requests ends Friday.',
      name: 'word-names as words',
    },
    { draft: 'Will Martin be at the diabetes meeting?', name: 'a name in a question with a topic, no care' },
    {
      draft: 'Read that Jenny Ashworth has written a lovely book about living with asthma.',
      name: 'an untitled name beside a condition alone (often a public figure)',
    },
    { draft: 'Lunch is at James Cook today, then the ward round.', name: 'a hospital named after a person' },
    { draft: 'Our practice dog Mrs Pickles has her own appointment book for treats.', name: "a pet's titled name" },
    // Addressed to the reader correctly, or a colleague asked to act about an unnamed patient.
    {
      draft: {
        text: 'Dear Ms Quarrie,\n\nYour ultrasound was normal.\n\nBrookfield Surgery',
        channel: 'email',
        recipients: [{ name: 'Lena Quarrie', isPatient: true }],
      },
      name: 'a letter to the right patient',
    },
    {
      draft: {
        text: 'Hi Rhona, can you sign the referral for the man with the new lump? Thanks',
        channel: 'direct-message',
        recipients: [{ name: 'Rona Mills', isPatient: false }],
      },
      name: 'a colleague misnamed about an unnamed patient: wrong-recipient, not an identifier',
    },
    {
      draft: {
        text: 'Dear Owen, your mother\u2019s memory clinic letter is attached.',
        channel: 'email',
        recipients: [{ name: 'Owain Price', isPatient: false }],
      },
      name: "a relative's care, not the reader's",
    },
    {
      draft: {
        text: 'Mr and Mrs Begum have moved to Leeds, NI number QQ 12 34 56 C on the form.',
        channel: 'group-chat',
      },
      name: "HMRC's never-issued specimen NI number",
    },
    {
      draft: "Mrs Frequent Flyer is back in with her 'chest pain' again",
      name: 'a slang nickname is not a name (patient-disparagement has it)',
    },
    // Names that are not a patient's: authors, makers, people quoted, public roles, places and outlets.
    {
      draft: "Reading 'Ward Rounds and Wisdom' by Harriet Oyelaran on the train: every registrar should own a copy.",
      name: 'the author of a titled book',
    },
    {
      draft: 'Loved the podcast presented by Declan Moss on the diabetes prevention programme.',
      name: 'a name after a creation word and "by"',
    },
    {
      draft: '"Listen to the patient, he is telling you the diagnosis." Edwin Marlowe. Still the best advice.',
      name: 'the speaker of a quotation',
    },
    {
      draft: "Did you catch Lena Hartley's new documentary on dementia risk? Worth an hour.",
      name: 'the maker of a programme',
    },
    {
      draft: 'The reception mural was painted by local illustrator Priya Kaur. Do pop in and see it at the clinic.',
      name: 'a public role before a name',
    },
    {
      draft: 'I will ask Councillor Whitley at the surgery open evening why the walk-in centre is closing.',
      name: 'a councillor named by role',
    },
    {
      draft: "Who remembers Mr Hinds's sweet shop opposite the old surgery? Best sherbet in town.",
      name: 'a shop named after its owner',
    },
    {
      draft: 'BBC News says the antidepressant shortage is easing. Speak to us before stopping any medicine.',
      name: 'a news outlet is not a name',
    },
    {
      draft: 'Highly recommend the talk by Anna Price. Consultation skills are never finished.',
      name: 'a full stop ends a name: "Price. Consultation" is not one name',
    },
    // A given name owning a health word, where the draft says whose it is.
    {
      draft: {
        text: "Can anyone swap their Thursday shift with me? Rachel's poorly and I'm covering her clinic.",
        channel: 'group-chat',
      },
      name: 'a colleague off sick in a request for cover',
    },
    {
      draft: {
        text: "Picking the kids up at 4. Noah's antibiotics are in the fridge door, two spoons at bedtime.",
        channel: 'direct-message',
        recipients: [{ name: 'Sam', isPatient: false }],
      },
      name: "the author's own children, to a co-parent",
    },
    {
      draft: {
        text: "Dear Mr Adeyemi,\nWe were so sorry to hear of Grace's death. She always brightened our waiting room.",
        channel: 'email',
      },
      name: 'words of sympathy to the family',
    },
    {
      draft: {
        text: "The discharge letters from St Luke's missing meds again; I've raised it with their pharmacist.",
        channel: 'group-chat',
      },
      name: 'a hospital named after a saint',
    },
    {
      draft: {
        text: 'The Polish family at 10:30 need an interpreter; Language Line is booked.',
        channel: 'group-chat',
      },
      name: 'a nationality before "family" is not a surname',
    },
    // Health said to "you" that is anyone's, or said back to the person who posted it.
    {
      draft: {
        text: 'Red warning for wind tonight. If you look after anyone on oxygen, check the backup cylinders.',
        channel: 'reply',
      },
      name: 'advice with a conditional "you"',
    },
    {
      draft: {
        text: '@jo_runs sorry you are feeling rough. Most colds settle in 10 days; ring 111 if breathing gets hard.',
        channel: 'reply',
      },
      name: 'a symptom said back to the person who posted it',
    },
    {
      draft: {
        text: 'Reply to @kate_b: for most people your own GP can prescribe statins, no need to go private.',
        channel: 'reply',
      },
      name: 'general information to a named reader',
    },
    {
      draft: {
        text: 'Candidly, you have confused prevalence with incidence in that chart.',
        channel: 'reply',
      },
      name: 'a sentence adverb is not a name',
    },
    {
      draft: {
        text: 'Hi Priya, I enjoyed your article on menopause and would love to co-host a webinar.',
        channel: 'direct-message',
        recipients: [{ name: 'DrPriyaS', isPatient: false }],
      },
      name: 'a handle that runs the name together, and a topic of a piece of work',
    },
  ],
  flagged: [
    {
      draft: 'Shoutout to Mr Abernethy on my list who finally quit after 50 years 🎉',
      spans: ['Mr Abernethy'],
      name: 'a name beside the author\'s own care ("on my list"), whatever the condition is called',
    },
    {
      // A role before a verb of contact acts on the name after it: Sandra is the patient, not the GP.
      draft: { text: 'Can a GP ring back Sandra Whitely about her smear result please', channel: 'group-chat' },
      spans: ['Sandra Whitely'],
    },
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
    // Names without a title, by their position.
    {
      draft: 'Rosalind Thwaite INR 5.1 this morning, warfarin held.',
      spans: ['Rosalind Thwaite'],
      name: 'given name and surname before a result',
    },
    {
      draft: 'Could someone phone Norman Quigley on 07700 900466? His ferritin came back low.',
      spans: ['Norman Quigley', '07700 900466'],
      name: 'a task about a named person with their number',
    },
    { draft: "Mrs Penrose's ECG is in your tray.", spans: ['Mrs Penrose'], name: 'a titled name owning a test' },
    {
      draft: "Walter Birch' Hb is 68, he won't go in",
      spans: ['Walter Birch'],
      name: "a surname in s' form owning a result",
    },
    {
      draft: "Mark Eastley's bloods are back, all fine.",
      spans: ['Mark Eastley'],
      name: 'a word-name before a surname',
    },
    {
      draft: "Irene's bloods show her kidneys are struggling.",
      spans: ['Irene'],
      name: 'a given name alone owning a result',
    },
    {
      draft: 'Attaching the safeguarding notes on the Pennock children for Thursday.',
      spans: ['Pennock'],
      name: 'a family by its surname',
    },
    // Numbers and dates in a task about a person.
    {
      draft: 'Can you look up 6588546335 on EMIS and see if her repeat went?',
      spans: ['6588546335'],
      name: 'an NHS number looked up in a clinical system',
    },
    {
      draft: 'Postcode for the visit is LS14 6QA, she has the chest infection.',
      spans: ['LS14 6QA'],
      name: 'postcode for a visit',
    },
    {
      draft: 'Please code: 14/02/1951, new diagnosis of AF, on apixaban.',
      spans: ['14/02/1951'],
      name: 'a bare birth date heading a clinical note',
    },
    // Public replies naming the patient beside their health.
    {
      draft: {
        text: 'Thanks Colin! So glad the new inhaler is helping your asthma.',
        channel: 'reply',
        platform: 'facebook',
      },
      spans: ['Colin'],
      name: 'a public thank-you naming the patient and his condition',
    },
    {
      draft: { text: 'Your warfarin dose is fine as it is, Brenda! x', channel: 'comment', platform: 'instagram' },
      spans: ['Brenda'],
      name: 'a name said at the end of a public reply',
    },
    {
      draft: {
        text: "She's out of hospital and the stroke hasn't affected her speech.",
        channel: 'reply',
        platform: 'facebook',
        thread: [{ author: 'Pat Lowe', text: 'Anyone heard how Mrs Gorton is doing?' }],
      },
      spans: ['stroke'],
      name: 'a public reply giving the health of someone the thread names',
    },
    // A patient's name with their health, going to someone else.
    {
      draft: {
        text: 'Dear Lucy,\n\nYour pregnancy test was positive.\n\nDr Hale',
        channel: 'email',
        recipients: [{ name: 'Lucie Grant', isPatient: true }],
      },
      spans: ['Lucy'],
      name: 'a result addressed to a different spelling of the name',
    },
    {
      draft: {
        text: 'Hi Nadia Rahman, your smear needs repeating in six months.',
        channel: 'direct-message',
        recipients: [{ name: 'Nadia Shah', isPatient: false }],
      },
      spans: ['Nadia Rahman'],
      name: 'same first name, different surname',
    },
    {
      draft: {
        text: 'Dear Tomasz, your fit note for back pain is attached.',
        channel: 'email',
        recipients: [
          { name: 'Tomasz Nowicki', isPatient: true },
          { name: 'HR Department, Acme Freight', isPatient: false },
        ],
      },
      spans: ['Tomasz'],
      name: 'health addressed to the patient with the employer copied in',
    },
    {
      draft: 'did a runner from A&E last nite, his mob is 07700900872 pls ring if u see him',
      spans: ['07700900872'],
      name: '"his mob" (mobile)',
    },
    // Near misses of the readings above: the same shapes with a patient's care still fire.
    {
      draft: 'Harriet Oyelaran came in with chest pain again, ECG normal.',
      spans: ['Harriet Oyelaran'],
      name: 'a full name with an episode of care (no "by", no quotation)',
    },
    {
      draft: { text: "Rachel's INR is 6.1 today, can someone cover the warfarin call?", channel: 'group-chat' },
      spans: ['Rachel'],
      name: 'a given name owning a result, even in a request for cover',
    },
    {
      draft: { text: '@jo_runs your throat swab came back positive, collect the penicillin today', channel: 'reply' },
      spans: ['@jo_runs'],
      name: 'a result to a named reader in public, not general information',
    },
  ],
});
