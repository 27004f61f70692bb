import { testRule } from '../../../test/rule-tester.js';
import rule from './threat.js';

testRule(rule, {
  clean: [
    { draft: 'Hope you get some great snaps of the kids at the beach!', name: 'a "snap" that is a photo' },
    { draft: "Hope you don't lose your place on the course over the sick days.", name: 'a loss hoped away' },
    {
      draft: 'Hope the fracture heals quickly and you are back on the wards soon.',
      name: 'a misfortune with recovery',
    },
    { draft: 'Hope you lose the weight you were aiming for, well done so far.', name: 'a loss that is a goal' },
    {
      draft: "We'd love to see you at the practice barbecue on Saturday.",
      name: 'glad to see a person, no misfortune',
    },
    {
      draft: 'Phrases that land doctors in trouble: "watch your back", "you\'ll regret this".',
      name: 'threat phrases quoted to discuss them, not made',
    },
    {
      draft: "Make sure your inhaler isn't out of date before winter.",
      name: '"make sure your … isn\'t" about an inhaler',
    },
    {
      draft: "Worth trying alongside whatever else you're doing.",
      name: '"you\'re doing" is not the stock ruin "you\'re done" (copular phrases are not stemmed)',
    },
    {
      draft: "Still seething about that meeting. Mark my words, I'll be saying something tomorrow.",
      name: '"mark my words" as emphasis',
    },
    { draft: 'This virus kills thousands of older people every winter. Get your jab.', name: '"kills" about a virus' },
    { draft: 'Smashed a 10k PB this morning, absolutely killing it at parkrun.', name: '"killing it"' },
    { draft: 'The threat of strikes hangs over the winter rota.', name: '"threat" as a noun' },
    { draft: 'The deadline is killing me but the audit is nearly done.', name: 'hyperbole about a deadline' },
    { draft: 'I will report this to the CQC.', name: 'legitimate reporting' },
    { draft: 'You may get sick for a day after the jab.', name: '"may" as a possibility, not a wish' },
    { draft: 'Storm Darragh could wreck your weekend plans.', name: 'wrecking plans, not a career' },
    { draft: 'Paid the invoice on a visit to the bank.', name: '"on a visit" is a trip, not a visit paid to someone' },
    { draft: 'Shame if it rains on the fun run.', name: '"shame if" with nothing found out' },
    { draft: 'Hope you feel better soon, the bug going round is awful.', name: 'a kind hope beside an illness' },
    { draft: "Hope you don't get flu this winter, book your jab.", name: 'a hope that denies the misfortune' },
    { draft: "If you feel unsafe at home tonight I'll call the police for you.", name: 'help offered, not a threat' },
    {
      draft: "If you'd like, I can write to your employer to explain the fit note.",
      name: 'an offer to write to an employer',
    },
    { draft: "If you fall on the ice you'll break your wrist.", name: 'an injury to your own body is an accident' },
    { draft: "If you need anything, I'll be around all afternoon.", name: 'a condition that offers help' },
    { draft: "Book this week and you'll get a free session with the physio.", name: 'a condition with a benefit' },
    {
      draft:
        "There's a card in the staff room for anyone who wants to sign it, and we'll send flowers from the practice.",
      name: 'a statement before "and we\'ll", not a demand',
    },
    { draft: "Come to the PLT afternoon and you'll hear from everyone.", name: 'an invitation, nothing adverse' },
    { draft: 'Hope he gets over the shingles quickly.', name: 'a condition with a recovery word' },
    { draft: 'Hope you get your asthma review booked soon.', name: 'a condition that is theirs, not caught' },
    {
      draft: 'I wrote to the GMC about my revalidation date last week.',
      name: 'the author writing to the regulator about themself',
    },
    {
      draft: "If this isn't fixed by Friday I'll escalate it to the estates team.",
      name: 'legitimate escalation with a deadline',
    },
    { draft: 'Watch this space: big changes to online booking next month.', name: '"watch this space"' },
    { draft: "I'd kill for a half day like that. Enjoy the sunshine.", name: '"kill for": wanting something' },
    { draft: "No, but I'll shoot you a link to the updated guidance.", name: '"shoot you a link"' },
    { draft: 'We regret to inform you that the Saturday clinic is cancelled.', name: '"regret to inform"' },
    { draft: "You'll regret skipping the flu jab when you're in bed for a week!", name: 'friendly health nudge' },
    { draft: 'I could kill for a cup of tea after that surgery.', name: '"kill for" a drink' },
    { draft: "I'll shoot you an email with the rota later.", name: '"shoot you an email"' },
    { draft: "I know things are hard at the moment; we're here if you need us.", name: '"I know things are hard"' },
    { draft: "I'll make sure it doesn't happen again. Sorry for the delay.", name: 'apology with "make sure"' },
    {
      draft: "A patient told me 'I know where you live' today. We have reported it to the police.",
      name: 'reporting a threat received',
    },
    {
      draft: 'Threats against practice staff have doubled. Report every one to the police.',
      name: 'talking about threats',
    },
    { draft: "I'm going to report you to the GMC.", name: 'reporting alone is legitimate' },
    { draft: "I'll break the news to the team tomorrow.", name: 'probe: "break" without a body part' },
    {
      draft: 'Your career is just getting started, well done on passing the AKT!',
      name: 'probe: "your career" as praise',
    },
    {
      draft: 'I know where the practice works best: in the community.',
      name: 'probe: "know where" + a place, not a person',
    },
    { draft: 'Icy out there this morning, watch yourself!', name: 'probe: kindly "watch yourself"' },
    {
      draft: 'Anti-vaxxers should be lined up and shot.',
      name: 'violence urged on a group is incitement, not a threat to a person',
    },
    {
      draft: "I hope it's OK to ask: a patient of mine gets a rash after every course of amoxicillin.",
      name: 'a hope that ends at a colon, then a patient described',
    },
  ],
  flagged: [
    {
      draft: 'Touch my bike again and I will break your nose.',
      spans: ['I will break your nose'],
      name: 'a demand with violence as its consequence: the sharper act is shown',
    },
    {
      draft: 'Withdraw the complaint by Friday or I will be posting the whole email chain online.',
      spans: ['Withdraw the complaint by Friday or I will be posting the whole email chain online'],
      name: 'a demand or else exposure to an audience',
    },
    {
      draft: "Talk to the partners behind my back again and you'll be looking for a new job.",
      spans: ["Talk to the partners behind my back again and you'll be looking for a new job"],
      name: 'a warning with a position lost',
    },
    {
      draft: "If you speak to my team like that once more there won't be any sessions next month.",
      spans: ["If you speak to my team like that once more there won't be any sessions"],
      name: 'a condition with a position withheld',
    },
    {
      draft: 'Someone should pay that GP a little visit.',
      spans: ['Someone should pay that GP a little visit'],
      name: 'a visit paid to someone, with the person inside the phrase',
    },
    {
      draft: "If the roof isn't fixed by Monday I'll make it my personal mission to destroy your business.",
      spans: ['destroy your business'],
      name: 'a verb of wrecking with a career asset as its object',
    },
    {
      draft: 'Would be a shame if your new partners found out why you really left us.',
      spans: ['shame if your new partners found'],
      name: 'exposure hinted at as a pity',
    },
    {
      draft: "Withdraw your complaint by Friday or I'll be writing to the GMC about your prescribing.",
      spans: ["I'll be writing to the GMC about your"],
      name: 'reporting to a regulator made the price of a demand, in words no list holds',
    },
    {
      draft: 'One more word about me at the partners meeting and it all goes straight to your appraiser.',
      spans: ['goes straight to your appraiser'],
      name: 'what the author holds sent to an authority, as an ultimatum',
    },
    { draft: "I'll make sure your CCT doesn't happen this year.", spans: ["I'll make sure your CCT doesn't happen"] },
    { draft: 'You will regret this, trust me.', spans: ['You will regret this'] },
    { draft: 'Watch your back, @DrFrankMoss.', spans: ['Watch your back'] },
    { draft: 'I know where you live. Sleep well.', spans: ['I know where you live'] },
    {
      draft: "I'm going to report you to the GMC and make sure you never work again.",
      spans: ['make sure you never work'],
    },
    { draft: "I'll end your career if you say that again.", spans: ["I'll end your career"] },
    { draft: 'I will destroy you.', spans: ['I will destroy you'] },
    { draft: "You'd better watch it.", spans: ["You'd better watch it."] },
    { draft: "Say that to my face and I'll come round there.", spans: ["I'll come round there"] },
    { draft: 'Someone should punch him.', spans: ['Someone should punch him'] },
    { draft: "I'll kill him if he does that again 😂", spans: ["I'll kill him"] },
    {
      draft: "If the locum is late again I'm going to strangle the idiot.",
      spans: ["I'm going to strangle the idiot"],
    },
    {
      draft: "Otherwise I'll make sure your CCT doesn't happen this year.",
      spans: ["I'll make sure your CCT doesn't happen"],
    },
    { draft: 'Keep going and see what happens.', spans: ['and see what happens'] },
    { draft: "Carry on posting and I'll find out who you are.", spans: ["I'll find out who you are"] },
    {
      draft: 'I know exactly who you are, and so will everyone by tomorrow.',
      spans: ['I know exactly who you are'],
    },
    {
      draft: "I've reported you and I'll keep going until you're struck off.",
      spans: ['reported you', "I'll keep going until you're struck off"],
    },
    { draft: 'Do what I asked, or else.', spans: ['or else'] },
    {
      draft: "If you don't sign it, I'll tell everyone about your drinking.",
      spans: ["I'll tell everyone about your"],
    },
    {
      draft: 'one more snide comment from u and ill smash ur face in',
      spans: ['ill smash ur face'],
      name: 'probe: text-speak, body part as object',
    },
    { draft: "If he comes near my practice again I'll break his nose.", spans: ["I'll break his nose"] },
    {
      draft:
        'Should you continue with this complaint, I will make it my personal business to ensure you never work in this area again.',
      spans: ['I will make it my personal business to ensure you never work'],
      gap: 'the meaning layer does not yet read this form',
      name: 'probe: "make it my business to ensure"',
    },
    {
      draft: 'Keep posting lies about us. Your career round here is finished.',
      spans: ['Your career round here is finished.'],
    },
    {
      draft: 'I know where the new receptionist parks.',
      spans: ['I know where the new receptionist parks'],
      name: 'probe: "I know where" + a person + a place verb',
    },
    {
      draft: 'Watch yourself, Dr Graham. People round here remember things.',
      spans: ['Watch yourself'],
      name: 'probe: warning to a named person',
    },
    {
      draft: "If I see those protesters outside the surgery again I'm running them over.",
      spans: ["If I see those protesters outside the surgery again I'm running them over."],
      name: 'violence the author promises a group is a threat too',
    },
  ],
});
