import { testRule } from '../../../test/rule-tester.js';
import rule from './harassment.js';

const dm = (text: string) => ({ text, channel: 'direct-message' as const });

testRule(rule, {
  clean: [
    { draft: "Let's all congratulate Sarah on her retirement!", name: 'a call to praise someone' },
    {
      draft: "Everyone please ignore the email from IT about passwords, it's a phishing test.",
      name: 'a call to ignore an email, not a person',
    },
    { draft: 'Make her life easier by booking the taxi for her.', name: 'a life made easier' },
    { draft: dm('Remember to log every dose you take in the diary.'), name: 'an instruction to log, not watch kept' },
    { draft: dm("I'll be checking every referral you send this week, as agreed."), name: 'supervision, not watch' },
    { draft: dm('Great session. I noted every point you made, thanks!'), name: 'a thing once noted' },
    {
      draft: dm('Rest until you stop crying, then call us back.'),
      name: '"until you" with no pressure from the author',
    },
    {
      draft: dm("Complete your reflections and I'll sign off your ESR."),
      name: 'a sign-off tied to the work it needs',
    },
    { draft: dm("Swap my Friday clinic with me and I'll buy you lunch."), name: 'a swap between colleagues' },
    {
      draft: dm("I'm a laughing stock in my own kitchen after saying quinoa wrong for years."),
      name: 'ridicule the author turns on themself',
    },
    {
      draft: dm('If you need me to, I can ring your employer and explain why you were off.'),
      name: 'an offer to ring an employer',
    },
    { draft: dm('I have reported the incident to the practice manager.'), name: 'a report already made, said plainly' },
    {
      draft: {
        text: 'For your exam prep: explain why you need to examine the vulva and penis, and offer a chaperone.',
        channel: 'email',
      },
      name: 'anatomy in a sentence about examination',
    },
    { draft: dm('Please reply when you can, no rush.'), name: 'polite request' },
    { draft: 'Let it sink in for a minute before you reply.', name: '"let it sink in": no person left to struggle' },
    { draft: dm('Leave the dressing to dry before you cover it.'), name: 'a thing left, not a person' },
    {
      draft: { text: 'Honestly just let them stew, the ICB can wait for our reply', channel: 'group-chat' },
      name: 'a body kept waiting, not a person',
    },
    {
      draft: dm("If you want your ESR signed off before the ARCP, you'll need to upload your reflections by Friday."),
      name: 'a sign-off with the work it needs as its price',
    },
    {
      draft: dm("If you want a reference, you'll need to ask my secretary."),
      name: "the author's staff, not their work",
    },
    {
      draft: dm('Drink plenty until you stop feeling dizzy.'),
      name: 'advice to "you", left to the rule\'s own reading',
    },
    {
      draft: dm('Just chasing the referral letter for Tuesday, could you let me know when it is done? Thanks.'),
      name: 'polite chase',
    },
    {
      draft: "I've chased the hospital three times about this referral and I'll keep chasing until they book her in.",
      name: 'chasing an organisation',
    },
    {
      draft: dm("I'm unhappy that the rota was changed without asking me. Can we discuss it at Thursday's meeting?"),
      name: 'firm, professional complaint',
    },
    {
      draft:
        'This is the third time this month the locality meeting has been cancelled at short notice. I will raise it with the ICB.',
      name: 'a complaint that counts',
    },
    {
      draft:
        "A patient has messaged me twelve times asking 'why are you ignoring me'. I've passed it to the practice manager.",
      name: 'reporting harassment received',
    },
    { draft: 'Clinic runs every day until Friday, then closes for training.', name: '"every day until" a date' },
    { draft: "Come to the Christmas do, I won't hear otherwise!", name: 'friendly insistence' },
    {
      draft: {
        text: 'Thanks, see you Monday.',
        channel: 'group-chat',
        thread: [
          { author: 'Dr Sana Malik', text: 'Rota?' },
          { author: 'me', text: 'Sent.' },
          { author: 'me', text: 'And the leave list.' },
          { author: 'me', text: 'And the CPD dates.' },
        ],
      },
      name: 'several announcements in a group chat',
    },
    {
      draft: { text: "Can't stop thinking about last night x", channel: 'direct-message' },
      name: 'message to a partner',
    },
    { draft: "Let's all have a lovely weekend, you've earned it.", name: '"let\'s all" innocent' },
    {
      draft: "Lovely feedback from Mrs A's daughter, let her know what we think of the new clinic!",
      name: 'probe: relaying feedback, no targeting',
    },
  ],
  flagged: [
    {
      draft: 'Really hope that manager catches norovirus the week of the inspection.',
      spans: ['manager catches norovirus'],
      name: 'an illness hoped for a person',
    },
    {
      draft: 'Cannot wait for you to get shingles, you deserve it.',
      spans: ['you to get shingles'],
      name: 'impatience for a person to fall ill, with a condition from the clinical lexicon',
    },
    {
      draft: 'Honestly hope your knee gives out and it snaps on the first hill, you smug git.',
      spans: ['your knee gives out and it snaps'],
      name: 'a bodily harm hoped for, by its kind of word',
    },
    {
      draft: 'Fingers crossed you lose your registration for this.',
      spans: ['you lose your registration'],
      name: 'a loss of livelihood hoped for',
    },
    {
      draft: 'Anyone who spits at a receptionist deserves to end up homeless.',
      spans: ['Anyone who spits at a receptionist deserves to end up homeless'],
      name: 'a misfortune deserved, the person before the wish',
    },
    {
      draft: "I'd love to see the consultant who binned my referral fail his appraisal.",
      spans: ['consultant who binned my referral fail'],
      name: 'delight to see a failure, the person named by a relative clause',
    },
    {
      draft: 'hope you catch every bug going round this winter',
      spans: ['you catch every bug'],
      name: 'misfortune hoped for a person, in words no list holds',
    },
    { draft: 'May he rot in hell.', spans: ['he rot in hell'], name: '"may" opening a curse' },
    {
      draft: 'Die in a fire, Graham.',
      spans: ['Die in a fire, Graham'],
      name: 'a curse: harm told to someone as a command',
    },
    {
      draft: { text: 'nobody cover for Sam this week, let him sink', channel: 'group-chat' },
      spans: ['let him sink'],
      name: 'a person left to struggle, with help withheld',
    },
    {
      draft: { text: "Leave her on read, she'll get the message eventually", channel: 'group-chat' },
      spans: ['Leave her on read'],
      name: 'a person left unanswered on purpose',
    },
    {
      draft: { text: 'Give him every late this month and see how long he lasts.', channel: 'group-chat' },
      spans: ['see how long he lasts'],
      name: 'waiting for a person to give up',
    },
    {
      draft: dm("If you want that placement form signed you'll be doing my repeat queue every evening."),
      spans: ['If you want that placement'],
      name: "a lever asked for, the author's own work the price",
    },
    {
      draft: 'I say we all go silent every time she speaks at the next meeting.',
      spans: ['we all go silent every time she'],
      name: 'a call on others to freeze one person out',
    },
    {
      draft: "Let's just make her life hard enough that she resigns.",
      spans: ['make her life hard'],
      name: "a call to make someone's life hard, in words no list holds",
    },
    {
      draft: dm("You left at six again. I'm keeping a note of every day."),
      spans: ['note of every day'],
      name: 'a person kept under watch by the author',
    },
    {
      draft: dm("I won't let this drop until she resigns."),
      spans: ["I won't let this drop until she resigns"],
      name: 'pressure kept up until the person gives in',
    },
    {
      draft: dm("Cover my on-call on Wednesday and I'll make sure your ESR gets signed."),
      spans: ["Cover my on-call on Wednesday and I'll make sure your ESR"],
      name: 'a favour for the author traded for something the author grants at work',
    },
    {
      draft: dm('If you want it signed off, drop the grievance or I write to your employer.'),
      spans: ['write to your employer'],
      name: 'a report to an employer traded for compliance is pressure as well as a threat',
    },
    {
      draft: dm('This is my 9th message today. Why are you ignoring me?'),
      spans: ['Why are you ignoring me'],
    },
    { draft: dm("I'll keep calling every hour until you pick up."), spans: ["I'll keep calling every hour until you"] },
    {
      draft: "I'll tag @DrMoss every day until he answers. Everyone please tag him too.",
      spans: ['until he answers'],
    },
    {
      draft: "Let's all reply-all to Priya's emails until she gets the message 😂",
      spans: ["Let's all reply", 'until she gets the message'],
    },
    {
      draft: "Can everyone stop inviting Dev to the partners' lunches? The sooner he leaves the better.",
      spans: ['The sooner he leaves the better'],
    },
    {
      draft: dm("Everyone is talking about how useless you are. Don't bother applying for the salaried post."),
      spans: ['Everyone is talking about how useless you', "Don't bother applying"],
    },
    { draft: dm('Nobody likes you here.'), spans: ['Nobody likes you'] },
    {
      draft: dm("If you want me to sign your appraisal you'll cover my Saturday clinics."),
      spans: ['sign your', 'appraisal'],
    },
    {
      draft: "Here's where @nurse_jen lives. Pay her a visit.",
      spans: ["Here's where @nurse_jen lives", 'Pay her a visit'],
      gap: 'a handle between "here\'s where" and "lives" is not read as the person',
    },
    {
      draft: 'I know exactly who wrote that review, and so will everyone in the village.',
      spans: ['so will everyone'],
      gap: 'exposure by "so will everyone" needs the earlier clause to read as the threat',
    },
    {
      draft: dm('You looked stunning in that dress. Shame you keep ignoring my messages.'),
      spans: ['You looked stunning in that dress', 'you keep ignoring'],
    },
    {
      draft: {
        text: 'You should wear that skirt more often 😉',
        channel: 'direct-message',
        recipients: [{ name: 'Dr Amy Clarke' }],
      },
      spans: ['You should wear that skirt'],
    },
    {
      draft: dm("I've reported you and I'll keep reporting you until you're struck off."),
      spans: ["I'll keep reporting you"],
    },
    { draft: dm("I'll make your life hell."), spans: ['make your life hell'] },
    {
      draft: {
        text: 'Hello?? Any answer yet?',
        channel: 'direct-message',
        thread: [
          { author: 'Dr Laura Finch', text: 'Thanks, will look.' },
          { author: 'me', text: 'Did you look?' },
          { author: 'me', text: 'Well?' },
          { author: 'me', text: 'Still waiting.' },
        ],
      },
      spans: [null],
      name: 'the fourth message in a row without a reply',
    },
    {
      draft: {
        text: 'Leave her little notes every morning till she gets the message.',
        channel: 'group-chat' as const,
      },
      spans: ['till she gets the message'],
      name: 'probe: "till" spelling',
    },
    {
      draft: {
        text: "Screenshot everything Dr Bell posts and send it to her husband. Let's see how she likes that.",
        channel: 'group-chat' as const,
      },
      spans: ['send it to her husband', 'see how she likes that'],
      name: 'probe: carrying posts to a spouse',
    },
    {
      draft:
        'This is the woman who left the 1-star review, link to her Facebook below. Let her know what we all think of her.',
      spans: ['link to her Facebook'],
      name: 'probe: pile-on at a member of the public',
    },
  ],
});
