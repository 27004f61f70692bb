import { testRule } from '../../../test/rule-tester.js';
import rule from './discrimination.js';

testRule(rule, {
  clean: [
    {
      draft: 'Refugees are far more often the victims of crime than its authors.',
      name: 'a group as the victims of crime',
    },
    { draft: 'Police said three Romanian men were arrested for the burglaries.', name: 'a counted few, reported' },
    {
      draft: 'Really good care for disabled patients at our practice.',
      name: 'a service for a group, not praise of one',
    },
    { draft: 'Very fit for an 80-year-old, BP excellent.', name: 'a patient described for their age' },
    { draft: 'She trained in Pakistan and is a brilliant GP.', name: 'plain praise beside an origin' },
    {
      draft: 'I invited the Polish nurses and not one of them could make it.',
      name: 'a group counted, no virtue denied',
    },
    {
      draft: 'Not one of the Polish nurses was anything but kind and competent.',
      name: 'a denial turned round ("anything but")',
    },
    { draft: 'No disabled patients have been turned away: the surgery is step-free.', name: 'no virtue named' },
    {
      draft: "Women can't always get appointments at the right time.",
      name: '"can\'t always" is not a sweeping claim',
    },
    {
      draft: "I'm going back to India for my cousin's wedding next month.",
      name: 'the author going back to a country',
    },
    {
      draft: 'Migrant health needs are a key part of our practice population plan.',
      name: '"migrant" before a neutral noun',
    },
    { draft: 'Tories out! Vote on Thursday.', name: '"X out" about a political party: not a protected characteristic' },
    { draft: 'Pregnant women should avoid ibuprofen in the third trimester.', name: 'care advice naming a group' },
    {
      draft: 'Pig farmers in the county had their flu jabs at the show.',
      name: 'a singular noun modifying people is a compound',
    },
    { draft: 'Women over 50 are invited for mammograms every three years.' },
    { draft: 'Older people are at higher risk of flu, so book your jab this week.' },
    { draft: 'South Asian people have a higher risk of type 2 diabetes: get checked.' },
    { draft: "I'm a gay GP and proud of it." },
    { draft: 'Racism in the NHS must end.' },
    {
      draft: 'Calling someone a retard is unacceptable.',
      name: 'slur quoted to condemn it (shown only at strict sensitivity)',
    },
    { draft: 'Our equality and diversity training for all staff is on Tuesday.' },
    { draft: "Older people are not 'bed blockers'. They are people waiting for care." },
    { draft: 'Women are not stupid, whatever that man on the radio says.' },
    { draft: "Pregnant women shouldn't take ibuprofen in the third trimester." },
    { draft: 'Nipped out for a fag break before afternoon surgery.' },
    { draft: 'A chink of light at the end of the tunnel for GP funding.' },
    { draft: 'Spastic diplegia is a form of cerebral palsy.' },
    { draft: 'The strikes cripple services every winter.' },
    {
      draft:
        'Trans and non-binary patients tell us they delay care because of how they have been treated. If we get it wrong, tell us.',
    },
    { draft: 'Men: erectile dysfunction can be an early sign of heart disease. Mention it to your GP.' },
    { draft: 'We have asked the council to repaint the disabled bays. Sorry it has been a problem.' },
    { draft: "Statements like 'immigrants are lazy' are racist and we will challenge them." },
    { draft: 'Older patients are the reason we do this job.', name: 'probe: "the reason" as praise' },
    { draft: 'Refugees are the reason I went into medicine.', name: 'probe: "the reason" as praise' },
    {
      draft: "We've welcomed someone with autism onto our PPG. They are brilliant.",
      name: 'probe: pronoun carry-on with praise',
    },
    {
      draft: 'Older GPs are being forced out by the pension rules and it is a scandal.',
      name: 'probe: sympathy, not a wish',
    },
    { draft: 'Called a paki by a patient today. Reported it.', name: 'probe: reporting a slur received' },
    { draft: "I don't think Muslims are dangerous at all.", name: 'a negated opinion denies what it introduces' },
    { draft: 'I am a Muslim.', name: 'the author counts themself in the group' },
    {
      draft: 'Lovely to have our Muslim colleagues join us for once, thanks for coming.',
      name: '"for once" as "on this occasion", with no praise beside it',
    },
    {
      draft: 'Not bad for 90: Mrs Lee walked to the surgery today.',
      name: 'a low expectation of an age is clinical talk',
    },
    { draft: 'They are Muslims, and so is half my list.', name: 'saying who belongs to a group' },
    { draft: 'Muslim patients often ask about fasting and their medicines.', name: 'a hedged statement about members' },
    { draft: 'I invited our Polish nurses to the do and they all came.', name: 'particular people of a group' },
    {
      draft: 'I would never say that gay people are disgusting.',
      name: 'a negated verb of saying denies the clause after it',
    },
    {
      draft: 'We will not tolerate anyone saying immigrants are vermin.',
      name: '"not tolerate" condemns the slur it names, it does not deny a group tolerance',
    },
    {
      draft: 'South Asian people are at higher risk of type 2 diabetes. Interesting how few get screened early.',
      name: 'an insinuating word in a sentence about care',
    },
    {
      draft: 'Funny how people blame Muslims for everything. Grow up.',
      name: 'what people at large do to a group, reproached',
    },
    {
      draft: 'Not surprised the Polish team won again, they were brilliant.',
      name: 'an insinuating word beside praise',
    },
    { draft: 'Funny how the ICB always finds money for consultants. Draw your own conclusions.', name: 'no group' },
    {
      draft: "A patient asked to be called 'they' today. Easy enough, and she was grateful.",
      name: 'a pronoun in quotes, not mocked',
    },
    { draft: 'Being trans is not a mental illness, and our practice will say so.', name: 'a trope denied' },
    { draft: 'Proud to fly the rainbow flag for Pride at the surgery this weekend!', name: 'Pride celebrated' },
    {
      draft: 'Protect the kids this winter: book their flu spray now.',
      name: 'a trope phrase with no trans or gay people in it',
    },
    { draft: "The form has 'female' and 'male' boxes only. Can we add more?", name: 'gender words quoted, not mocked' },
  ],
  flagged: [
    {
      draft: 'Pronouns in every signature now. A man in a wig is still a man.',
      spans: ['man in a wig', 'still a man'],
      name: 'an identity denied, in a draft about gender identity',
    },
    {
      draft: "Had a 'she' in clinic today with a beard 😂",
      spans: ['she'],
      name: 'a gender mocked in scare quotes',
    },
    {
      draft: 'Two dads? Poor kid. Every child needs a mum.',
      spans: ['needs a mum'],
      name: 'a same-sex family called lacking',
    },
    {
      draft: "The locum who missed my dad's cancer was Nigerian. Draw your own conclusions.",
      spans: ['Draw your own conclusions'],
      name: 'an accusation left unsaid, beside a nationality',
    },
    {
      draft: 'Interesting how the knife crime only took off once certain communities moved in.',
      spans: ['Interesting how'],
      name: 'an insinuation about a group named in code',
    },
    {
      draft: 'Asylum seekers commit most of the crime round here, everyone knows it.',
      spans: ['Asylum seekers commit most of the crime'],
      name: 'crime pinned on a whole group standing as the subject',
    },
    {
      draft: 'Travellers are back on the rec again. Vermin, the lot of them.',
      spans: ['Vermin'],
      name: 'a likening said of the group in apposition ("the lot of them")',
    },
    {
      draft: 'Her letters are surprisingly tidy for someone who trained in Pakistan.',
      spans: ['tidy for someone who trained in Pakistan'],
      name: 'a quality praised as if unexpected of a national origin',
    },
    {
      draft: 'Worked with Polish builders for years and not one of them could do a decent job.',
      spans: ['Polish builders for years and not one of them could do a decent'],
      name: 'a whole group denied competence, said back of it ("not one of them")',
    },
    {
      draft: 'No Romanian carers have been honest about their hours.',
      spans: ['No Romanian carers have been honest'],
      name: 'a whole group denied honesty ("no X has been…")',
    },
    {
      draft: "Ignore him, it's his time of the month.",
      spans: ['time of the month'],
      name: 'a stock phrase with no act and no slur beside it (the gate opens on it alone)',
    },
    {
      draft: 'This migrant plague needs stamping out before it spreads to every town.',
      spans: ['migrant plague'],
      name: 'a group adjective before a dehumanising noun names the group it labels',
    },
    {
      draft: "Then go back to India and practise there if you can't hack it.",
      spans: ['go back to India'],
      name: 'told to go back to a country: a national origin, so the group from it',
    },
    { draft: 'Refugees are swarming into our towns.', spans: ['Refugees are swarming into'] },
    { draft: 'Muslims out! Not in our town.', spans: ['Muslims out'] },
    { draft: 'Typical woman, always late.', spans: ['Typical woman'] },
    { draft: "Women shouldn't be surgeons.", spans: ["Women shouldn't be surgeons."] },
    { draft: "He's too old to be a GP now.", spans: ['too old to be a'] },
    { draft: 'Pregnant registrars are a liability.', spans: ['Pregnant registrars are a liability'] },
    { draft: "Don't hire women of childbearing age.", spans: ["Don't hire women"] },
    { draft: "Trans women aren't real women.", spans: ["Trans women aren't real women"] },
    { draft: "Gays shouldn't be allowed to adopt.", spans: ["Gays shouldn't be allowed"] },
    { draft: 'All immigrants are lazy.', spans: ['immigrants are lazy'] },
    { draft: 'I hate women.', spans: ['hate women'] },
    { draft: 'Disabled people are a burden on the NHS.', spans: ['Disabled people are a burden'] },
    { draft: 'Polish patients always exaggerate their symptoms.', spans: ['Polish patients always exaggerate'] },
    { draft: 'What a spastic.', spans: ['spastic'], rewrite: 'What a [removed].' },
    { draft: "He's a total mong.", spans: ['mong'] },
    { draft: 'Kill all the Jews.', spans: ['Kill all the Jews'] },
    { draft: 'Immigrants are cockroaches.', spans: ['Immigrants are cockroaches'] },
    {
      draft: "Old people shouldn't be allowed to clog up appointments.",
      spans: ["Old people shouldn't be allowed to clog up"],
    },
    { draft: 'Muslims never integrate and never will.', spans: ['Muslims never integrate'] },
    { draft: 'Some w0men are just stupid.', spans: ['w0men are just stupid'], name: 'leet spelling of the group' },
    {
      draft: "Immigrants are the reason you can't get a GP appointment.",
      spans: ["Immigrants are the reason you can't"],
      name: 'probe: blame with a harm after it',
    },
    {
      draft: "Sorry but foreign doctors just don't have the communication skills.",
      spans: ["foreign doctors just don't have the communication skills"],
    },
    {
      draft: "Why are we employing someone with autism on reception? They can't cope with people.",
      spans: ['Why are we employing someone with autism on reception?'],
      name: 'probe: group carried by "they"',
    },
    {
      draft: "Trans patients are just confused and we shouldn't be indulging them.",
      spans: ['Trans patients are just confused'],
    },
    { draft: 'The gay lobby needs dealing with.', spans: ['gay lobby'] },
    { draft: 'Round them all up and put them back on the boats.', spans: ['back on the boats'] },
    { draft: 'Boomer partners should be forced out at 60.', spans: ['Boomer partners should be forced out at 60.'] },
    {
      draft: "I don't think immigrants should be allowed to vote.",
      spans: ['immigrants should be allowed'],
      name: 'a negated opinion that denies a group a right',
    },
    {
      draft: 'The Romanian nurse did a good job for once.',
      spans: ['Romanian nurse did a good job for once'],
      name: 'someone of a group praised as beating a low expectation',
    },
    {
      draft: 'Our new Polish cleaner did a decent job for a change.',
      spans: ['Polish cleaner did a decent job for a change'],
      name: 'a nationality before a singular role noun names someone of a group',
    },
    {
      draft: 'People with Down’s shouldn’t be allowed to have kids.',
      spans: ['People with Down’s shouldn’t be allowed'],
      name: 'a group named by a disabling condition',
    },
    {
      draft: 'Deaf patients are a waste of a slot.',
      spans: ['Deaf patients are a waste of a slot'],
      name: 'derision of patients named by a disability',
    },
  ],
});
