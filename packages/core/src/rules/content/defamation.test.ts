import { testRule } from '../../../test/rule-tester.js';
import rule from './defamation.js';

testRule(rule, {
  clean: [
    {
      draft: 'A gas explosion in Leeds killed three people last winter.',
      name: 'a place where something happened is not its doer',
    },
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
      draft: 'Overseas nurses make up over 30% of our ward staff and we would be lost without them.',
      name: '"make up" an amount: what something consists of',
    },
    { draft: 'Our new PCN board is made up of four GPs and a pharmacist.', name: '"made up of" its members' },
    {
      draft: 'Vandals keep nicking from the charity box in reception. Polish lads, apparently.',
      name: 'a nationality is a group, not someone identifiable',
    },
    { draft: 'Are you accusing me of fiddling the figures? Put it in writing.', name: 'accused of it: the author' },
    {
      draft: 'To the man who shouted at our receptionist on Monday: she went home in tears.',
      name: '"the man" naming no one the draft has named',
    },
    {
      draft: {
        text: 'Yes, same here. Took them a week to answer.',
        channel: 'reply',
        thread: [{ author: 'Sam', text: 'Anyone else find the new referral portal slow?' }],
      },
      name: 'agreeing with a message that accuses no one',
    },
    {
      draft: {
        text: "Not true. I've worked with her for years and she's meticulous.",
        channel: 'reply',
        thread: [{ author: 'Sam', text: 'Heard Dr Patel at Oakfield has been falsifying her appraisal logs.' }],
      },
      name: 'denying the accusation replied to',
    },
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
    { draft: 'You are a liar and you know it.', name: 'a label said to someone’s face: content.insult' },
    { draft: 'The partners called him a liar in the meeting.', name: 'someone else’s label, reported' },
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
    // Insinuation needs someone identifiable and a gain of money or advantage.
    { draft: 'Funny how the printer always jams when I am running late.', name: 'a hint about nothing damaging' },
    { draft: 'We all know why funding for general practice has been cut: politics.', name: 'policy, no one accused' },
    { draft: 'Westbrook PCN hit every target this year, well done team!', name: 'praise for a result' },
    { draft: "Dr Hart's wife won a prize at the village show!", name: 'a gain with no hint' },
    { draft: 'Makes you wonder how we ever managed without the NHS App.', name: '"makes you wonder" about a thing' },
    // Proper routes, reports and refutations.
    {
      draft: 'If you suspect a colleague is working under the influence, speak to your Freedom to Speak Up guardian.',
      name: 'advice on the proper route',
    },
    { draft: 'A GP in Kent has been struck off for fraud, the tribunal found.', name: 'an official finding, no name' },
    {
      draft: 'A patient accused Dr Jones of stealing his watch; police found it at his home.',
      name: 'an accusation reported and refuted',
    },
    {
      draft: 'The practice was negligent? No. The coroner found no failings in care.',
      name: 'a question raised to refute it',
    },
    // Bullying and harm: the people harmed must be there, and the passive names the one who suffered.
    { draft: 'Great talk by Dr Lowe on bullying in the NHS.', name: 'bullying as a topic' },
    {
      draft: "Dr Shah's article about falsified references in recruitment is a good read.",
      name: 'a wrong as the topic of a work',
    },
    { draft: 'The receptionist was screamed at by a patient today. Not ok.', name: 'a colleague as the victim' },
    { draft: 'Patients who are bullied at school are more likely to self-harm.', name: 'bullying in general' },
    { draft: "Dr Ahmed's patient died last week; we are all very sad.", name: 'a death, no harm alleged' },
    // Intoxication words with innocent senses, and claims for work done.
    { draft: 'I came into work absolutely shattered after a night on call.', name: 'tired, not intoxicated' },
    { draft: 'The nurse was high up in the RCN for years.', name: '"high up"' },
    { draft: "Dr Ellis's blood pressure was high in clinic today.", name: 'a high reading' },
    { draft: 'Claims for home visits must be submitted by the 5th.', name: 'claims as admin' },
    { draft: 'Dr Patel claimed for his mileage as usual.', name: 'a claim with nothing denied' },
    { draft: 'The locum made up for lost time by staying late.', name: '"made up for"' },
    { draft: 'Working on the QOF figures all afternoon, send help.', name: 'figures as work' },
    {
      draft: 'Interesting that the ICB got extra funding this year; hope it reaches general practice.',
      name: 'a body funded',
    },
    { draft: 'Join the dots: the PCN lost funding and waiting times went up.', name: 'policy joined up' },
    { draft: 'Dr Wu came in high-spirited after his holiday.', name: '"high-spirited"' },
    { draft: 'Dr Nwosu misdiagnosed his own hay fever as covid lol', name: 'done to oneself' },
    {
      draft: 'The pharmacist said the drugs were stolen from the van; police are investigating.',
      name: 'passive: the one wronged',
    },
    { draft: 'Our nurse Jo smashed it at the awards tonight!', name: '"smashed it"' },
    { draft: 'Dr Singh killed it at the quiz night', name: '"killed it"' },
    { draft: 'Our PM has been cooking for the whole team every Friday, legend', name: '"cooking", not the books' },
    { draft: 'Wonder how Dr Webb finds the time to run marathons and do 10 sessions!', name: 'wonder, no motive' },
    { draft: 'Apparently the Boots on King St is closing next month.', name: 'rumour, no allegation' },
  ],
  flagged: [
    // A hint whose wrong no listed reading names: the learned reading takes it, with its target from the sentence before.
    {
      draft: "Funny how Dr Mercer's locum invoices always double on bank holidays. Draw your own conclusions.",
      spans: ['Draw your own conclusions.'],
    },
    { draft: 'Dr Jones at Parkview Surgery has been falsifying his QOF returns for years.', spans: ['falsifying'] },
    // The negation belongs to the clause before "and"; the subject is found past the people it is done to.
    {
      draft: 'Brookfield Locums are supplying doctors who are not on the register and faking their references.',
      spans: ['faking their references'],
    },
    {
      draft: 'A senior partner at Elm Lodge has been booking private clients in NHS sessions and pocketing the fees.',
      spans: ['pocketing'],
    },
    {
      draft: 'Everyone is too scared of Dr Hollis to say it. The man turns up to Monday clinic drunk.',
      spans: ['drunk'],
    },
    // A sum straight after a verb of taking, taking from somewhere, and an object before a verb ending its clause.
    {
      draft: 'Their practice manager has been siphoning £300 a month out of the staff fund.',
      spans: ['siphoning £300'],
    },
    { draft: 'Karen on reception has been pinching from the tea money for years.', spans: ['pinching from the'] },
    { draft: 'Ask about the two incidents Fernside Trust quietly hushed up last spring.', spans: ['hushed up'] },
    { draft: 'Medistaff Direct have been double-billing every practice in the federation.', spans: ['billing'] },
    { draft: 'QuickScripts are lying to patients about delivery times.', spans: ['lying to'] },
    // Taking a bribe accuses the taker; "me" and "us" are never the subject; a body named by what it is.
    { draft: 'The panel members were bribed to pick the Elmfield bid.', spans: ['bribed'] },
    { draft: 'The auditor who inspected us falsified the findings.', spans: ['falsified'] },
    { draft: 'Our out-of-hours provider is faking its response figures.', spans: ['faking its response figures'] },
    { draft: 'The new locum at Castle Surgery turns up to clinic stinking of drink.', spans: ['stinking of drink'] },
    // Backing an accusation in the message replied to repeats it.
    {
      draft: {
        text: 'Yep, can confirm. Saw it myself.',
        channel: 'reply',
        thread: [{ author: 'Sam', text: 'Heard Dr Patel at Oakfield has been falsifying her appraisal logs.' }],
      },
      spans: ['Yep, can confirm.'],
    },
    {
      draft: {
        text: 'This.',
        channel: 'comment',
        thread: [{ author: 'Jo', text: 'Castle Road Pharmacy are charging exempt patients and pocketing the fees.' }],
      },
      spans: ['This.'],
    },
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
    // A label that is an accusation ("liar", "fraud", "crooks") accuses as it names (content.insult fires too).
    { draft: 'Dr Reid is a liar.', spans: ['liar'] },
    { draft: 'Honestly, the Hillcrest partners are crooks.', spans: ['crooks'] },
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
    {
      draft: 'Funny how Dr Patel always gets the PCN contract, and his wife sits on the ICB board.',
      spans: ['Funny how'],
      name: 'insinuation: a gain and a tie',
    },
    {
      draft: "Dr Green's QOF figures are too good to be true. Draw your own conclusions.",
      spans: ['too good to be true'],
      name: 'insinuation: suspicious figures',
    },
    {
      draft: 'Makes you wonder where all the ARRS money went at Oakwood Surgery.',
      spans: ['Makes you wonder'],
      name: 'insinuation: money gone',
    },
    {
      draft: 'Heard in a closed group that the Riverside partners are claiming for patients who died years ago.',
      spans: ['claiming for patients who'],
      name: 'rumour about a named group',
    },
    {
      draft: 'I heard Dr Ellis comes into work high most Mondays.',
      spans: ['high'],
      name: 'an ambiguous state after a verb of arriving',
    },
    {
      draft: "Dr Singh's partner told me he's been signing off prescriptions while pissed.",
      spans: ['pissed'],
      name: 'a state at work',
    },
    { draft: 'Dr Fox has been bullying the nurses for years.', spans: ['bullying the nurses'] },
    { draft: 'I was bullied by Dr Owen at my last practice.', spans: ['bullied by Dr'], name: 'passive, named doer' },
    {
      draft: 'The locum, Dr Baker, harmed three patients last month.',
      spans: ['harmed three patients'],
      name: 'a verb of harm with who was harmed',
    },
    { draft: 'Dr Wu has been making up consultation notes.', spans: ['making up consultation notes'] },
    {
      draft: '@DrMikeK has been billing the NHS for appointments that never happened.',
      spans: ['billing the NHS for appointments that never happened'],
      name: 'work claimed but not done',
    },
    { draft: 'dr jones is fiddling his claims again lol', spans: ['fiddling his claims'], name: 'lower case' },
    {
      draft: 'Our lead GP Dr Carr operates on patients drunk.',
      spans: ['drunk'],
      name: 'people as an object are passed over',
    },
    {
      draft: 'Why did Brook Lane Surgery really lose its GMS contract? Follow the money.',
      spans: ['Follow the money'],
      name: 'a rhetorical question and a hint',
    },
    {
      draft: 'Westbrook PCN mysteriously hit every single target this year while everyone else struggled',
      spans: ['mysteriously'],
      name: 'suspicious results of a named body',
    },
    { draft: 'Patients were fleeced by Elm Tree Pharmacy.', spans: ['fleeced'], name: 'passive, the doer after "by"' },
    {
      draft: 'Our PM has been cooking the books for months.',
      spans: ['cooking the books'],
      name: 'a role written short',
    },
    {
      draft: 'Hmm, wonder how Dr Webb can afford a new Porsche on a salaried GP wage',
      spans: ['wonder how'],
      name: "a hint at a person's means",
    },
    {
      draft: 'the manager at Greenway Surgery nicked the staff xmas fund',
      spans: ['nicked the staff xmas fund'],
      name: 'slang for stealing',
    },
  ],
});

// An allegation in words no lexicon lists, read by the learned model in a sentence naming someone
// identifiable; the same people praised, or a concern taken through the proper route, stay clean.
testRule(rule, {
  clean: [
    {
      draft: "I've raised my concerns about the rota with our practice manager and the Freedom to Speak Up guardian.",
      name: 'proper route',
    },
    { draft: 'Dr Okafor at Riverside has been brilliant with my mum, so kind.', name: 'praise of a named doctor' },
    { draft: 'The pharmacy on Mill Road has started doing flu jabs on Saturdays.', name: 'news of a named pharmacy' },
  ],
  flagged: [
    {
      draft: 'Everyone at Parkside knows the senior partner pockets the locum money for himself.',
      spans: ['Everyone at Parkside knows the senior partner pockets the locum money for himself.'],
    },
  ],
});
