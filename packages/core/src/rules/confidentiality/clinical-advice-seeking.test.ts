import { testRule } from '../../../test/rule-tester.js';
import rule from './clinical-advice-seeking.js';

const gc = (text: string) => ({ text, channel: 'group-chat' as const, platform: 'whatsapp' as const });

testRule(rule, {
  clean: [
    {
      draft: {
        text: 'Dear Dr Lowe, I would be grateful for your opinion on a patient with progressive breathlessness and a long smoking history. Spirometry enclosed. Kind regards',
        channel: 'email',
      },
      name: 'an email that opens as a letter to a clinician by name: a referral',
    },
    {
      draft: {
        text: 'Dear Endocrinology,\nCould you advise whether a recheck of calcium in 3 months is right for a 67-year-old with mildly raised PTH? Details on e-RS.',
        channel: 'email',
      },
      name: 'a letter to a specialty: Advice and Guidance',
    },
    {
      draft: {
        text: "Great question from a patient today: 'Should I stop my statin if my muscles ache?' Not without talking to us first.",
        channel: 'public-post',
      },
      name: "a patient's question quoted and answered, not asked of colleagues",
    },
    {
      draft: gc('78M for a colonoscopy next wk needs a Polish interpreter, who books those?'),
      name: 'who does a job around the patient: a process question',
    },
    {
      draft: gc(
        "Patient can't afford the bus to her hospital appointment. Is there a transport scheme we can refer to?",
      ),
      name: 'whether a service exists: a process question',
    },
    { draft: gc("58M, K 6.2 on the late bloods - who's free to ring him?"), name: 'logistics after a shorthand case' },
    { draft: gc('61F, INR 4.1, dose held. Any probs just message me.'), name: 'an offer, not a question' },
    // GP shorthand and short asks with no particular patient (issue 13).
    {
      draft: gc("what's everyone's threshold for referring ?appendicitis in kids"),
      name: 'a general question with ?diagnosis',
    },
    {
      draft: gc('How do you all manage eGFR 30-45 on metformin? Rewriting our protocol.'),
      name: 'lab values in general',
    },
    { draft: gc('Anyone seen the new RCGP guidance on K+ 6.0 thresholds? Thoughts?'), name: 'guidance, not a patient' },
    { draft: gc('Audit results: 42 pts with eGFR < 30 still on metformin. Thoughts?'), name: 'an audit of patients' },
    {
      draft: gc('New BNF update: amlodipine 10mg od max dose reminder. Thoughts on the new formulary?'),
      name: 'a dose in news',
    },
    { draft: gc('Can someone cover my Thursday PM clinic? thoughts welcome on swaps'), name: 'a rota ask' },
    {
      draft: gc('Had my bloods back, TSH 0.01, seeing my GP Monday. Gutted. Any thoughts from endo friends?'),
      name: "the author's own results",
    },
    {
      draft: gc('Quiz time! What would you do if a 67yo M presented with crushing chest pain? Answers tomorrow'),
      name: 'a hypothetical case in a quiz',
    },
    {
      draft: gc('Teaching case for Thursday (anonymised, consented): 60s man, SOB, ?PE. What would you do next?'),
      name: 'a teaching case, anonymised and consented',
    },
    {
      draft: {
        ...gc('Thoughts? New practice logo from the design team'),
        attachments: [{ kind: 'image', name: 'logo.png' }],
      },
      name: 'a photo of a thing with a short ask',
    },
    {
      draft: gc('Refer or wait? The eternal GP question, great blog on risk thresholds here'),
      name: 'a choice as a topic',
    },

    {
      draft: {
        text: "FYI re the patient we discussed: he's asking for a private second opinion on his knee, so expect a call.",
        channel: 'email',
      },
      name: "the patient's own request for a second opinion, reported",
    },
    { draft: gc("What's this about the new rota? I thought we agreed Tuesdays."), name: '"what\'s this" about admin' },
    // General clinical questions, guidance, policy: no particular patient.
    { draft: gc("What's everyone's approach to statins in over-85s?") },
    { draft: gc("What's everyone's practice policy on repeat prescriptions of codeine? We're reviewing ours.") },
    { draft: gc('Does anyone have the link to the new local DVT pathway? The intranet one is out of date.') },
    { draft: gc('Sharing the new two-week-wait form for suspected skin cancer: the old one is rejected from Monday.') },
    { draft: gc('How do you usually manage a patient with new AF who keeps falling? Writing a teaching session.') },
    // Rotas and tasks.
    { draft: gc('Who is duty doctor tomorrow? I can do the afternoon if someone takes the morning.') },
    { draft: gc('Can someone ring back the lady who called about her smear result? She is on the list.') },
    {
      draft: {
        text: 'Hi Hannah, can you see the lady with the DVT I mentioned? I have put her in your 4pm.',
        channel: 'direct-message',
        platform: 'teams',
      },
    },
    { draft: gc("Anyone know who to chase at St Cuthbert's for a discharge summary? Two weeks now.") },
    {
      draft: gc('Is it ok to give ibuprofen to a 10 year old with a sprained ankle? Asking for my son.'),
      name: "the author's own child",
    },
    {
      draft: 'What would you do if a patient asked you for antibiotics for a cold? Poll below.',
      name: 'a hypothetical patient',
    },
    { draft: gc('Any advice on the best CPD course for dermoscopy?') },
    // Thanks, reports, FAQ posts.
    {
      draft: {
        text: 'Thanks for seeing the patient I sent over so quickly yesterday. Really appreciated.',
        channel: 'direct-message',
      },
    },
    {
      draft:
        'Do I need a blood test to diagnose menopause? Usually not over 45. See the British Menopause Society patient pages.',
    },
    // A patient asking: inbound is another rule's.
    {
      draft: {
        text: 'Could you have a look at my rash? It started yesterday and is spreading.',
        channel: 'direct-message',
        direction: 'inbound',
      },
    },
    // Messaging the patient about their own care is patient-dm's.
    {
      draft: { text: 'Hi Joan, your blood results came back fine, nothing to worry about.', channel: 'direct-message' },
    },
    // Questions that ask for nothing to be judged (issue 13, round 2).
    {
      draft: gc(
        'Is a 10 minute slot enough to review a man in his 80s on nine medicines? No. Will that change? Also no.',
      ),
      name: 'a rhetorical question the author answers',
    },
    {
      draft: gc("'Do I really need all these tablets?' asked a patient of mine this morning. Fair question, honestly."),
      name: "a patient's question, quoted",
    },
    {
      draft: gc(
        'Does anyone have the number for the district nurses? A lady on our list with leg ulcers needs a visit.',
      ),
      name: 'asking for a phone number',
    },
    {
      draft: gc('Morning! Can you send the repeat for the chap on lithium through to Boots? Level was fine last week.'),
      name: 'a task about a patient the reader knows',
    },
    {
      draft: gc(
        "Not for a patient, purely for Tuesday's tutorial: what would you do with an ALT of 3x normal on a statin?",
      ),
      name: 'a teaching question said not to be about a patient',
    },
    {
      draft: gc(
        "My dog's x-ray from the vet, 9 years old, swallowed a sock. Does that look like an obstruction to you?",
      ),
      name: "the author's pet",
    },
    {
      draft: gc("Why can't we get more than 10 minutes per patient? Half my list today were 3 problems each."),
      name: 'a complaint put as a question',
    },
    {
      draft: gc('Meeting with the programme director re my registrar: his ESR is overdue. Anyone free to sit in?'),
      name: "an abbreviation that is not a result (educational supervisor's report)",
    },
  ],
  flagged: [
    {
      draft: {
        text: 'Dear all, quick one: 81F, new AF, two falls this month, on apixaban. Would you carry on?',
        channel: 'email',
      },
      spans: ['Would you carry on?'],
      name: 'a letter to a crowd is still advice sought from many',
    },
    // After a case in note shorthand, a question in any form asks about that patient.
    {
      draft: gc('72F, ESR 58, new headache, sore jaw when chewing. Same day or tomorrow?'),
      spans: ['Same day or tomorrow?'],
    },
    { draft: gc('44M, ALT 380, drinks 40u/wk. what wld u do next'), spans: ['what wld u do next'] },
    {
      draft: gc('Quick one: lady in her 60s, eGFR dropped from 58 to 41 since starting ramipril. Stop or continue?'),
      spans: ['Stop or continue'],
    },
    {
      draft: gc('Can someone look at the bloods for 636 966 1872? ALT 410, not sure whether to admit or repeat.'),
      spans: ['not sure whether'],
    },
    {
      draft: {
        text: 'Any cardiologists on here? Patient of mine has a QTc of 520 on citalopram. What would you do?',
        channel: 'public-post',
        platform: 'x',
      },
      spans: ['Any cardiologists on here'],
    },
    {
      draft: {
        text: 'Can I pick your brains about a patient? 78, recurrent falls, new AF, on apixaban. Would you stop it?',
        channel: 'email',
      },
      spans: ['pick your brains'],
    },
    {
      draft: {
        ...gc('Is this a STEMI or am I being paranoid? He is still sitting in my room.'),
        attachments: [{ kind: 'image', name: 'ecg.jpg' }],
      },
      spans: ['Is this a STEMI'],
    },
    {
      draft: {
        ...gc('What do we think of this rash? Little one, 3, started yesterday, otherwise well.'),
        attachments: [{ kind: 'image', name: 'rash.jpg' }],
      },
      spans: ['What do we think'],
    },
    {
      draft: {
        text: "Can I send you a pic of a mole on my patient's shoulder? Wondering if it needs a 2WW.",
        channel: 'direct-message',
        platform: 'teams',
      },
      spans: ['send you a pic'],
    },
    {
      draft: {
        text: 'In this private group, so I hope it is OK: a patient of mine gets a rash after every course of amoxicillin. How would you handle his next chest infection?',
        channel: 'group-chat',
        platform: 'facebook',
      },
      spans: ['How would you handle'],
    },
    {
      draft: gc('Anyone seen this before? 45-year-old builder, painless jaundice, scan booked.'),
      spans: ['Anyone seen this before'],
    },
    {
      draft: gc(
        'Need some advice please. I saw a 9-year-old boy today with bruises on his arms and mum says he is clumsy.',
      ),
      spans: ['Need some advice'],
    },
    {
      draft: gc(
        "Had a guy in today with a PE who'd been sent home twice. Would you have anticoagulated before the CTPA?",
      ),
      spans: ['Would you have anticoagulated before the CTPA?'],
    },
    {
      draft: gc('Would you refer a 55-year-old with a PSA of 6? Slightly worried about him.'),
      spans: ['Would you refer'],
    },
    {
      draft: gc('Twin brothers in their 40s, both with porphyria. Any tips on managing their acute attacks?'),
      spans: ['Any tips'],
    },
    {
      draft: gc('Quick q: 67M, eGFR 58 to 39 since starting ramipril, K+ 5.7. Stop or halve?'),
      spans: ['Stop or halve?'],
      name: '"67M" age-and-sex shorthand',
    },
    {
      draft: gc('any1 know if u can give doxy to a pt whos breastfeeding?? nasty cellulitis'),
      spans: ['any1 know if u can give doxy to a pt whos breastfeeding??'],
      name: 'whether a treatment can be given',
    },
    {
      draft: {
        ...gc("Derm friends, what's this? 45F, 3 months, itchy, not budging with Dermovate."),
        attachments: [{ kind: 'image', name: 'IMG_4471.jpg' }],
      },
      spans: ["Derm friends, what's this?"],
      name: 'asks to name a finding',
    },
    // GP shorthand (issue 13): age-sex forms, n/52, ?diagnosis, results, doses; asks in a few words.
    {
      draft: gc('42F, 3/52 hx of SOB on exertion, PMH asthma, NAD on exam. ?PE. Thoughts?'),
      spans: ['Thoughts?'],
      name: 'a case in note shorthand and "Thoughts?"',
    },
    {
      draft: gc('Hb 74 in a 58 y/o lady, no obvious bleeding. Anyone seen this?'),
      spans: ['Anyone seen this'],
      name: 'a lab value and "anyone seen this"',
    },
    {
      draft: gc("K+ 6.1 on this morning's bloods, on ramipril 10mg od. admit or repeat??"),
      spans: ['admit or repeat'],
      name: 'a result and a dose written up, two actions set against each other',
    },
    {
      draft: gc('3/12 old with a rash on the trunk, mum v worried. what do u reckon'),
      spans: ['what do u reckon'],
      name: "an infant's age in n/12 and a texting ask",
    },
    {
      draft: gc('74M, Dx COPD, sats 89% RA, not keen on admission. thoughts??'),
      spans: ['thoughts??'],
      name: 'age-sex, Dx and sats',
    },
    {
      draft: {
        ...gc('what do you reckon? been there 2 wks'),
        attachments: [{ kind: 'image', name: 'IMG_0098.jpg' }],
      },
      spans: ['what do you reckon'],
      name: 'a photo with "what do you reckon" and how long it has been there',
    },
    // Cases written the way GPs write them, asked without a stock phrase (issue 13, round 2).
    {
      draft: {
        text: 'Twitter GPs: 70s F, new AF, previous GI bleed, lives alone. Family want anticoag, she does not. Where do you land?',
        channel: 'public-post',
        platform: 'x',
      },
      spans: ['Where do you land?'],
    },
    {
      draft: gc('mole on the back of a 40 yo man, changed shape per his wife. does it need 2ww or am I being twitchy'),
      spans: ['does it need 2ww or am I being twitchy'],
    },
    {
      draft: gc("Seen a woman with itchy shins, bilateral, she's diabetic. Necrobiosis?"),
      spans: ['Necrobiosis?'],
    },
    {
      draft: {
        ...gc('this is the ulcer on the fisherman I mentioned yesterday - thoughts?'),
        attachments: [{ kind: 'image', name: 'photo.jpg' }],
      },
      spans: ['thoughts?'],
    },
    {
      draft: gc('lady on lithium, level 1.4 since starting an ACE inhibitor. Hold and repeat or call her in?'),
      spans: ['Hold and repeat or call her in?'],
    },
    {
      draft: gc("Update - his eGFR's 22 now and he can't take nitrofurantoin. What would you use?"),
      spans: ['What would you use?'],
    },
    {
      draft: gc('30s F, headache worse on lying down, normal obs. Would you send her for same-day fundoscopy?'),
      spans: ['Would you send'],
    },
  ],
});
