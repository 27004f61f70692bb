import { testRule } from '../../../test/rule-tester.js';
import rule from './defamation.js';

testRule(rule, {
  clean: [
    { draft: "I think the ICB's decision to close the minor injuries unit was wrong.", name: 'opinion on a decision' },
    { draft: 'In my view the new triage policy is unfair to older patients.', name: 'opinion on a policy' },
    {
      draft: "The ICB's plan to merge the two practices is a mistake and I'll say so at the LMC.",
      name: 'fair criticism of policy',
    },
    {
      draft: 'In my opinion the trust was negligent in how it handled the complaints process.',
      name: 'an evaluative judgement framed as opinion (honest opinion)',
    },
    { draft: 'Anyone who falsifies records should expect to lose their registration.', name: 'no one in particular' },
    { draft: 'If a partner falsified the QOF returns, the whole practice would pay for it.', name: 'hypothetical' },
    { draft: 'Dr Hughes is not negligent: the outcome was a recognised complication.', name: 'negated' },
    { draft: "There's no evidence the practice manager took anything from the safe.", name: 'denial' },
    { draft: 'Dr Okafor was cleared of all wrongdoing by the tribunal last week.', name: 'cleared, not accused' },
    {
      draft: 'Dr Hale was convicted of fraud at Leeds Crown Court in 2019, as widely reported.',
      name: 'a public conviction (low confidence, strict sensitivity only)',
    },
    {
      draft: "Our indemnity adviser said that calling a colleague 'negligent' online can be defamatory.",
      name: 'the word mentioned in quotes',
    },
    {
      draft: 'I misdiagnosed a child with a viral rash last year and I think about it often.',
      name: 'the author about themselves',
    },
    { draft: 'Lying and standing BP showed a 30 mmHg drop, so I stopped the doxazosin.', name: 'lying as a posture' },
    { draft: 'I was lying awake at 3am again worrying about the rota.', name: 'lying awake' },
    { draft: 'Spent twenty minutes fiddling with the printer before clinic.', name: '"fiddling with" a thing' },
    {
      draft: 'Please report suspected fraud to the NHS Counter Fraud Authority.',
      name: 'a proper name containing "fraud"',
    },
    {
      draft: 'Beware of scam texts claiming to be from the surgery: we never ask for bank details.',
      name: 'scam texts warning',
    },
    { draft: 'Great talk by Dr Amin on how to spot fraud in practice accounts.', name: 'fraud as a topic' },
    {
      draft: "Dr Frost's article on falsified data in research is worth reading.",
      name: 'a named author, not the subject',
    },
    { draft: 'Sugar is killing people, and the food industry knows it.', name: 'no identifiable target' },
    { draft: 'Dr Reid is a liar.', name: 'a label only: content.insult, not defamation' },
    { draft: 'Our criminal record checks are run by HR before anyone starts.', name: '"criminal record" check' },
    {
      draft: "She's been drinking during pregnancy and we've referred her to the specialist midwife.",
      name: 'drinking, not at work',
    },
    {
      draft: 'Dr Lowe was faking a smile all through the partners meeting.',
      name: '"faking" without records or papers',
    },
    {
      draft: 'Physician associates are not properly qualified to diagnose, in my view.',
      name: 'a profession in general, not a person',
    },
  ],
  flagged: [
    { draft: 'Dr Jones at Parkview Surgery has been falsifying his QOF returns for years.', spans: ['falsifying'] },
    { draft: 'The practice manager is skimming cash from the petty cash tin.', spans: ['skimming cash'] },
    { draft: 'Northgate Pharmacy is selling out-of-date stock to elderly customers.', spans: ['selling out-of-date'] },
    { draft: '@WestfieldICB is killing patients with these closures.', spans: ['killing patients'] },
    { draft: 'The CEO lied to the board about the deficit.', spans: ['lied'] },
    { draft: 'You falsified the notes after the complaint came in.', spans: ['falsified'] },
    { draft: "They're stealing from patients and everyone at the PCN knows it.", spans: ['stealing'] },
    { draft: 'Our senior partner has been taking kickbacks from the pharmacy next door.', spans: ['kickbacks'] },
    { draft: 'Dr Shah turned up drunk on Tuesday and saw twelve patients.', spans: ['turned up drunk'] },
    {
      draft: 'Apparently the registrar at Riverside backdated the safeguarding notes.',
      spans: ['backdated'],
      name: 'a hedged rumour still publishes the allegation',
    },
    {
      draft: "I'm pretty sure Dr Varley is drinking on duty.",
      spans: ['drinking on duty'],
      name: 'a fact framed as belief',
    },
    {
      draft: 'Dr Moss has been claiming for patients who left years ago. Fraud, plain and simple.',
      spans: ['claiming for patients who', 'Fraud'],
    },
    {
      draft: 'The locum who covered Monday, Dr Ola Brand, is negligent and should not be allowed to practise.',
      spans: ['negligent'],
    },
    { draft: "Mr Yates at St Anne's botched the repair and then covered it up.", spans: ['botched'] },
    { draft: 'The trust covered up the deaths on ward 6.', spans: ['covered up the deaths'] },
    {
      draft: 'The new locum came in this morning. Drunk, apparently.',
      spans: ['Drunk'],
      name: 'a fragment after a sentence about a person',
    },
    { draft: 'Elm Tree Pharmacy is ripping off patients with its prices.', spans: ['ripping off'] },
    { draft: 'Sarah in reception has been stealing from the petty cash.', spans: ['stealing'] },
    {
      draft: 'Dr Reid is a liar and has been inflating his list size to claim more money.',
      spans: ['inflating his list'],
    },
    { draft: 'The ICB is corrupt.', spans: ['corrupt'] },
    {
      draft: 'Sunrise Care Home is neglecting its residents.',
      spans: ['neglecting its residents'],
      name: 'a possessive between verb and object',
    },
    {
      draft: 'Dr Kaur turned up to morning surgery drunk again.',
      spans: ['drunk'],
      name: 'a verb of arriving after the name',
    },
    {
      draft: 'Dr Lee at the walk-in centre has been faking his certificates.',
      spans: ['faking his certificates'],
      name: 'faked papers',
    },
    {
      draft: "Dr Lee isn't even qualified, he's a fraud.",
      spans: ["isn't even qualified"],
      name: 'practising unqualified',
    },
  ],
});
