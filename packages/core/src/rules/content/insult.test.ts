import { testRule } from '../../../test/rule-tester.js';
import rule from './insult.js';

testRule(rule, {
  clean: [
    {
      draft: 'Our practice nurse has the patience of a saint with the Monday queue.',
      name: 'likened to a figure of praise',
    },
    { draft: "The 'Dr' title is protected in law for a reason.", name: 'a quoted title spoken of as a title' },
    {
      draft: "Thrilled to say Amira has been appointed our new 'Digital Lead' from April!",
      name: 'a quoted title in an appointment',
    },
    { draft: "I'm tired of the 'superhero GPs' headline every winter.", name: 'a quoted phrase named as a headline' },
    { draft: "What does 'care coordinator' actually mean in a PCN?", name: 'a question about what a title means' },
    {
      draft: 'The new booking system is about as useful as a chocolate teapot.',
      name: 'a thing likened, not a person',
    },
    { draft: 'He was as helpful as a colleague could be.', name: 'likened to a person: praise' },
    { draft: 'The cyst was the size of a golf ball.', name: 'a size described clinically' },
    { draft: "The word 'tranny' is a slur and nobody should use it.", name: 'a slur mentioned in quotation marks' },
    { draft: 'Reform voters are lovely people, whatever you think of the party.', name: 'a party group praised' },
    {
      draft: 'Absolute numpty move: drove to the wrong branch surgery this morning.',
      name: 'a label before an act describes the act',
    },
    {
      draft: 'Key message for clinicians: know your local IDVA.',
      name: 'an acronym in capitals is not respelled into an insult',
    },
    {
      draft: 'Our sessions at the clinic melt fat permanently.',
      name: 'slang insult word said of a place, not a person',
    },
    { draft: 'The new appointment system is useless: it crashed twice before 9am.', name: 'criticism of a system' },
    { draft: 'What an idiot I was to leave my stethoscope on the bus.', name: 'exclamation about the author' },
    {
      draft: 'Our partner says the new referral portal is hopeless.',
      name: 'criticism of a system, a role elsewhere in the sentence',
    },
    { draft: 'The funding offer is pathetic and practices will close because of it.', name: 'criticism of a policy' },
    { draft: 'I felt like such an idiot when I realised my phone was in the fridge.', name: 'self-deprecation' },
    { draft: "I'm useless at remembering birthdays, sorry Jo!", name: 'self-deprecation with an adjective' },
    {
      draft: 'A patient called our receptionist a moron this morning. Abuse of staff is not acceptable.',
      name: 'reporting abuse received',
    },
    {
      draft: "Today I was told I was 'useless' by a man in the car park. Reported to the police.",
      name: 'quoting abuse to report it',
    },
    { draft: "Don't be a hero: if you're unwell, stay home.", name: '"don\'t be a hero" idiom' },
    { draft: "Don't be daft, I'll cover your Tuesday.", name: '"don\'t be daft" idiom' },
    { draft: 'She is not an idiot; she made the right call with the information she had.', name: 'negated' },
    {
      draft: 'Thick fog on the moor road, and the sputum was thick and green in clinic.',
      name: '"thick" about things',
    },
    { draft: 'Dense breast tissue can make mammograms harder to read.', name: '"dense" in a clinical sense' },
    { draft: 'April fool! The coffee machine is not being removed.', name: '"April fool"' },
    { draft: "The clowns at the children's ward party were a big hit.", name: 'real clowns' },
    { draft: "The complete idiot's guide to QOF is on the shared drive.", name: '"idiot\'s guide"' },
    {
      draft: 'Dr Moss has been claiming for patients who left the list years ago. Fraud, plain and simple.',
      name: 'an allegation without a label (defamation, not name-calling)',
    },
    { draft: 'Antibiotics are useless for viral sore throats.', name: 'about a medicine' },
    { draft: 'He has a lazy eye that was picked up at school.', name: '"lazy eye"' },
    { draft: "Older people are not 'bed blockers'.", name: 'counter-speech in quotes, negated' },
    { draft: 'Git clone the repo and run the tests before Friday.', name: 'probe: "git" the tool' },
    { draft: 'Nipping out for a fag break, back in ten.', name: 'probe: "fag" = cigarette' },
    { draft: "Sod's law: the printer died the morning of the CQC visit.", name: 'probe: "Sod\'s law"' },
  ],
  flagged: [
    // "Whoever…" before a copula names one person; stacked describing words reach the head noun.
    { draft: 'Whoever keeps parking in the ambulance bay is a pathetic old coward.', spans: ['pathetic', 'coward'] },
    // An adjective before a noun of misconduct describes the person, not a thing.
    { draft: "You're a pathetic bully and everyone here can see it.", spans: ['pathetic'] },
    // A clause turned to the reader is the author's own, whatever was reported before it.
    { draft: 'Quit calling me a shill, you absolute clown.', spans: ['absolute clown'] },
    {
      draft: "Yet another lecture from our self-styled 'wellbeing champion' about taking breaks.",
      spans: ["'wellbeing champion'"],
      name: 'a title denied by "self-styled" and scare quotes',
    },
    {
      draft: "Ask the 'practice manager' where the rota went, she'll have no idea as usual.",
      spans: ["'practice manager'"],
      name: 'scare quotes around the title of the person meant',
    },
    {
      draft: 'Our locum has the clinical reasoning of a fruit fly.',
      spans: ['reasoning of a fruit'],
      name: 'a faculty likened to a thing',
    },
    {
      draft: 'Our new clinical lead has the personality of a spreadsheet.',
      spans: ['personality of a spreadsheet'],
      name: "a person's qualities likened to a thing's",
    },
    {
      draft: 'Honestly Dr Patel is about as useful as a chocolate teapot.',
      spans: ['as useful as a chocolate'],
      name: 'a person likened to a useless thing',
    },
    {
      draft: 'whos the f4g who booked the practice night out',
      spans: ['f4g'],
      name: 'a disguised slur standing for a person',
    },
    { draft: 'Tory voters are parasites.', spans: ['parasites'], name: 'a party before a person noun names the group' },
    { draft: 'Dr Kerr is a bloody idiot, he booked leave over mine again.', spans: ['bloody idiot'] },
    { draft: '@DrFrankMoss with respect, you are a moron.', spans: ['moron'] },
    { draft: 'What a muppet. Read the paper first.', spans: ['muppet'] },
    {
      draft: "What a bloody idiot, I've had enough of this practice manager.",
      spans: ['bloody idiot'],
      name: 'exclamation followed by a new clause about the author',
    },
    { draft: 'Sam you absolute numpty, the fridge door was open all night 😂', spans: ['absolute numpty'] },
    { draft: 'The practice manager is completely clueless about how triage works.', spans: ['clueless'] },
    { draft: 'These managers are spineless, every one of them.', spans: ['spineless'] },
    { draft: 'The ICB are incompetent.', spans: ['incompetent'] },
    { draft: 'Where does the agency find these clowns?', spans: ['clowns'] },
    { draft: 'Half of you are clueless idiots who have never run a practice.', spans: ['clueless idiots'] },
    { draft: 'Anyone who still prescribes codeine for a cough is a pillock.', spans: ['pillock'] },
    { draft: "She's hopeless and everyone knows it.", spans: ['hopeless'] },
    { draft: 'Dr Moss is a liar and a fraud.', spans: ['liar', 'fraud'] },
    { draft: 'You are a pathetic excuse for a doctor.', spans: ['pathetic excuse for a doctor'] },
    { draft: "You clearly haven't read a paper since medical school.", spans: ['read a paper since'] },
    { draft: "The registrar's a jobsworth and a plonker.", spans: ['jobsworth', 'plonker'] },
    { draft: 'Honestly, what a useless locum.', spans: ['useless'], rewrite: 'Honestly, what a locum.' },
    { draft: 'Everyone is talking about how thick you are.', spans: ['Everyone is talking about how thick you are.'] },
    { draft: 'That consultant is a dinosaur.', spans: ['dinosaur'] },
    { draft: 'Love you all really, you absolute shower of sh*te.', spans: ['absolute shower of sh*te'] },
    { draft: 'Patients from that estate are all benefit scroungers.', spans: ['benefit scroungers'] },
    { draft: 'I work with a bunch of muppets.', spans: ['bunch of muppets'] },
    {
      draft: '@DrMarkHale you are genuinely the dimmest GP I have ever worked with',
      spans: ['dimmest'],
      name: 'probe: superlative',
    },
    {
      draft: 'Imagine being this thick and still passing MRCGP @locumlarry',
      spans: ['Imagine being this thick'],
      name: 'probe: "imagine being this X" jibe',
    },
    {
      draft: 'Room 3 is a total nutter ranting about chemtrails.',
      spans: ['total nutter'],
      name: 'probe: mental-health slang as a label',
    },
    {
      draft: 'The parking wardens, the absolute bastards, ticketed half the car park.',
      spans: ['absolute bastards'],
      name: 'probe: swear word as a label',
    },
    {
      draft: "That new locum is a total poof, can't stand working with him",
      spans: ['total poof'],
      name: 'probe: a slur labelling a colleague',
    },
  ],
});
