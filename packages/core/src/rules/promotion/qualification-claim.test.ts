import { testRule } from '../../../test/rule-tester.js';
import rule from './qualification-claim.js';

const gp = { name: 'Dr Sam Lee', titles: ['GP', 'MRCGP'], specialistRegister: false };
const derm = { name: 'Dr Ana Ruiz', titles: ['Consultant Dermatologist', 'FRCP'], specialistRegister: true };
const gpwer = { name: 'Dr Tom Ashby', titles: ['GP', 'MRCGP', 'GPwER Dermatology'], specialistRegister: false };
const prof = { name: 'Prof Kay Hill', titles: ['GP', 'FRCGP', 'Professor of Primary Care'], specialistRegister: false };

testRule(rule, {
  clean: [
    {
      draft: { text: 'As a consultant dermatologist, my summer plea: SPF 30 and reapply.', author: derm },
      name: 'profile shows the title',
    },
    {
      draft: { text: 'As a professor of primary care, I think continuity matters most.', author: prof },
      name: 'professor in the profile',
    },
    { draft: { text: "I'm no expert on pensions, but the LMC guide is helpful.", author: gp }, name: '"no expert"' },
    {
      draft: { text: "I'm not a cardiologist, but here's what the guideline says about statins.", author: gp },
      name: 'negated',
    },
    {
      draft: { text: 'Our consultant dermatologist Dr Mehta joins the clinic on Mondays.', author: gp },
      name: 'someone else\u2019s title',
    },
    {
      draft: { text: 'I asked a consultant psychiatrist colleague, and she agreed.', author: gp },
      name: 'a colleague\u2019s title',
    },
    {
      draft: { text: 'Mr Yates, the orthopaedic consultant at St Cuthbert\u2019s, was very helpful.', author: gp },
      name: 'a named consultant',
    },
    {
      draft: { text: 'Delighted to share that I\u2019ve passed the MRCGP. Thank you all.', author: gp },
      name: 'post-nominal in the profile',
    },
    {
      draft: { text: 'Dr Sam Lee, MRCGP, here with a quick asthma tip.', author: gp },
      name: 'own post-nominal, in the profile',
    },
    {
      draft: {
        text: "I'm a GP with an extended role in dermatology, and we run a community skin clinic.",
        author: gpwer,
      },
      name: 'extended role described honestly',
    },
    {
      draft: { text: 'Weight-loss medicines are available through specialist weight management services.', author: gp },
      name: '"specialist" services',
    },
    {
      draft: { text: 'As a consultant once told me, listen to the patient.', author: gp },
      name: 'reported: a consultant told me',
    },
    {
      draft: 'As a consultant cardiologist, I\u2019d say most people don\u2019t need this test.',
      name: 'no profile to check against',
    },
    {
      draft: { text: 'Please welcome our new GP registrar, who joins from hospital rotations.', author: gp },
      name: 'someone else, no claim',
    },
  ],
  flagged: [
    {
      draft: { text: "As a consultant cardiologist, I'd say most over-75s don't need a statin.", author: gp },
      spans: ['consultant cardiologist'],
      rewrite: "As a GP, I'd say most over-75s don't need a statin.",
    },
    {
      draft: { text: 'As a menopause specialist, I think body-identical HRT is the better first choice.', author: gp },
      spans: ['menopause specialist'],
    },
    {
      draft: { text: 'Speaking as a consultant psychiatrist, adult ADHD is overdiagnosed.', author: gp },
      spans: ['consultant psychiatrist'],
    },
    {
      draft: { text: "I'm a specialist in women's health and I see patients privately on Fridays.", author: gp },
      spans: ['specialist'],
    },
    {
      draft: { text: 'Your favourite dermatologist is back with another skincare tip!', author: gpwer },
      spans: ['favourite dermatologist'],
    },
    {
      draft: { text: 'Professor Sam Lee here – sharing my research on heart health every Monday.', author: gp },
      spans: ['Professor'],
    },
    {
      draft: { text: 'Dr Sam Lee, FRCP, Consultant in Diabetes – private reviews from January.', author: gp },
      spans: ['FRCP', 'Consultant'],
    },
    {
      draft: { text: 'Dr Sam here, skin expert and consultant dermatologist 💫 Ask me anything!', author: gp },
      spans: ['skin expert', 'consultant dermatologist'],
    },
    {
      draft: { text: 'As an expert in sports medicine, here\u2019s my advice on returning to running.', author: gp },
      spans: ['expert'],
    },
    {
      draft: {
        text: 'Specialist in men\u2019s health – see me privately at Northbank, where I\u2019m a partner.',
        author: gp,
      },
      spans: ['Specialist'],
    },
    {
      draft: { text: "Book with one of the UK's leading aesthetics experts: I own Bloom Aesthetics.", author: gp },
      spans: ["one of the UK's leading aesthetics experts"],
    },
    {
      draft: {
        text: 'As an allergy specialist, I\u2019d recommend proper assessment for uncontrolled hay fever.',
        author: gp,
      },
      spans: ['allergy specialist'],
    },
    {
      draft: { text: 'As a dermatologist, I see this every week.', author: gpwer },
      spans: ['dermatologist'],
      rewrite: 'As a GP, I see this every week.',
    },
    {
      draft: { text: "I'm one of the UK's leading dermatologists – DM to book.", author: derm },
      spans: ["one of the UK's leading dermatologists"],
    },
  ],
});

// A profile line that opens an advert, "<title> here", and "doctor" used by someone who is not one.
const nurse = { name: 'Jo Bell', role: 'nurse', titles: ['RGN', 'NMP'], specialistRegister: false };
testRule(rule, {
  clean: [
    {
      draft: {
        text: 'Consultant dermatologist Dr Priya Shah joins our clinic on Mondays. Appointments on request.',
        author: gp,
      },
      name: 'a headline about someone else',
    },
    {
      draft: { text: 'Fellow Riverside patients: the new phone system goes live on Monday.', author: gp },
      name: '"fellow" as a word, not a title',
    },
    {
      draft: { text: 'Your local doctor here 👋 flu clinics on Saturday, bookings open.', author: gp },
      name: 'a doctor calling themselves a doctor',
    },
  ],
  flagged: [
    {
      draft: { text: 'Menopause Specialist ✨ private consultations open for the spring.', author: gp },
      spans: ['Menopause Specialist'],
    },
    {
      draft: { text: 'Sports injury specialist here. Bookings open for March.', author: gp },
      spans: ['Sports injury specialist'],
    },
    {
      draft: { text: 'Your friendly skin doctor is back on Thursday, DM to book 💉', author: nurse },
      spans: ['friendly skin doctor'],
    },
  ],
});
