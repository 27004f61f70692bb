// Deterministic, realistic drafts for the benchmarks: ordinary GP posts and messages with some
// flagged content mixed in (insults, swearing, an angry reply, group-chat banter, an inbound patient
// request). Everything comes from a seeded PRNG, so every run assesses the same drafts.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINARY = [
  'Flu clinic on Saturday from 9 until 1, no appointment needed for over-65s.',
  'Our practice is closed on the bank holiday; call 111 if you need help before we reopen.',
  'Great turnout at the PCN training afternoon today, thanks to everyone who came.',
  'Reminder that repeat prescriptions take two working days, so please order in good time.',
  'Proud of our nursing team, who ran the whole childhood immunisation catch-up this month.',
  'Interesting session at the RCGP conference on continuity of care and outcomes.',
  'We are recruiting a salaried GP, four sessions a week, supportive team and protected CPD time.',
  'If you have had a cough for more than three weeks, please book a review with us.',
  'Spring COVID boosters are open for eligible patients; the NHS website has the details.',
  'Lovely to see the community garden beside the surgery finally in bloom.',
  'New evidence summary on blood pressure targets in older adults is worth a read.',
  'Thanks to the patient participation group for their feedback on the new phone system.',
  'Home visits are for housebound patients; please ring before 10:30 if you need one.',
  'The pharmacy next door can help with minor illnesses such as sore throats and earache.',
  'Running the half marathon for the local hospice next month, wish me luck! 🏃',
  'Our online consultation form is open 8am to 6pm on weekdays.',
  'Quick reminder: bring a list of your current medicines to your annual review.',
  'Sad news that Dr Evans is retiring after thirty years; she will be greatly missed.',
  'Does anyone have a good patient leaflet on managing insomnia without medication?',
  'Teaching session for the registrars on Thursday: dermatology images and case discussion.',
  'Our team will be at the Riverside summer fair on Sunday doing blood pressure checks.',
  'Cervical screening saves lives, and appointments are available on Tuesday evenings.',
  'Heatwave advice: drink plenty, keep curtains closed in the day and check on neighbours.',
  'Very pleased with the CQC report, which credits the whole team’s hard work.',
  'Does the 2-week-wait form for suspected skin cancer need a photo now? Asking for our admin team.',
  'Mental health first aid course was excellent; I would recommend it to any practice.',
  'Working late tonight finishing the QOF paperwork before the deadline.',
  'Thanks to everyone who sent kind messages after last week’s storm damage to the surgery.',
];

const FLAGGED = [
  'Dr Patel is an absolute idiot and everyone at the LMC knows it.',
  'What a moron, honestly, these people should not be allowed near a clinic.',
  'This is fucking ridiculous, the third IT outage this week.',
  'Bloody hell, the rota is a shambles again and nobody cares.',
  'I am SICK AND TIRED of being told what to do by managers who have never seen a patient!!!',
  'You clearly have no idea what you are talking about, so stop lecturing GPs.',
  'Another heartsink in clinic today, frequent flyer number three this week.',
  'You will regret this, watch your back at the next partners meeting.',
  'Shut up and do your job, you useless waste of space.',
  'Honestly you are the worst manager I have ever had and I have had enough.',
  'Lol the new registrar is such a muppet, did you see her face in handover 😂',
  'Between us, the practice manager is a complete cow, delete this later.',
  'NEVER AGAIN will I cover a shift for this practice!!',
  'Who the hell signed off this rota? Absolute shitshow.',
];

const REPLY_THREAD = [
  { author: 'Dr Jones', text: 'GPs should just work harder instead of complaining all the time.' },
  { author: 'me', text: 'Most of us are working twelve-hour days already.' },
  { author: 'Dr Jones', text: 'Then maybe you are in the wrong job. Typical whinging.' },
];

const INBOUND = [
  'Hi doctor, sorry to message you here but my rash has got worse, can you tell me what cream to use?',
  'Is it ok to double my sertraline dose? I saw you at the surgery last week.',
  'My dad has crushing chest pain and is sweating, what should I do?',
];

const CHANNELS = ['public-post', 'public-post', 'reply', 'group-chat', 'direct-message', 'email', 'comment'];
const PLATFORMS = {
  'public-post': ['x', 'bluesky', 'linkedin', 'facebook'],
  reply: ['x', 'bluesky', 'threads'],
  'group-chat': ['whatsapp', 'signal', 'slack'],
  'direct-message': ['whatsapp', 'x', 'instagram'],
  email: ['email'],
  comment: ['facebook', 'youtube', 'linkedin'],
};
const MOODS = [undefined, undefined, undefined, 'calm', 'tired', 'angry'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (n) => String(n).padStart(2, '0');

/** Cuts a string to exactly n UTF-16 units without splitting a surrogate pair. */
function cut(s, n) {
  let out = s.slice(0, n);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = `${out.slice(0, -1)} `;
  return out;
}

/**
 * `count` drafts of exactly `length` characters. About one sentence in `flaggedEvery` is flagged
 * content; channels, platforms, moods, threads and times of day vary.
 */
export function makeDrafts({ count, length, seed, flaggedEvery = 5 }) {
  const rand = prng(seed);
  const drafts = [];
  for (let i = 0; i < count; i++) {
    const inbound = rand() < 0.04;
    let text = '';
    if (inbound) text = pick(rand, INBOUND);
    while (text.length < length) {
      const s = rand() < 1 / flaggedEvery ? pick(rand, FLAGGED) : pick(rand, ORDINARY);
      text += (text ? (rand() < 0.15 ? '\n\n' : ' ') : '') + s;
    }
    const channel = inbound ? 'direct-message' : pick(rand, CHANNELS);
    // Times across the whole day and year, some in the small hours, some across clock changes.
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const hour = Math.floor(rand() * 24);
    const minute = Math.floor(rand() * 60);
    const draft = {
      text: cut(text, length),
      channel,
      platform: pick(rand, PLATFORMS[channel]),
      direction: inbound ? 'inbound' : 'outbound',
      composedAt: `2026-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+00:00`,
    };
    const mood = pick(rand, MOODS);
    if (mood && !inbound) draft.mood = mood;
    if (channel === 'reply' && rand() < 0.6) {
      const base = Date.UTC(2026, month - 1, day, hour, minute) - 3 * 4 * 60_000;
      draft.thread = REPLY_THREAD.map((m, k) => ({ ...m, at: new Date(base + k * 4 * 60_000).toISOString() }));
    }
    if (channel === 'group-chat' && rand() < 0.5) draft.recipients = [{ name: 'Surgery partners' }];
    if (rand() < 0.2)
      draft.author = { name: 'Dr A Khan', role: 'gp', titles: ['GP', 'MRCGP'], practiceNames: ['Riverside Surgery'] };
    drafts.push(draft);
  }
  return drafts;
}

/** Long pathological inputs: every regex and loop in the engine must stay linear on these. */
export function adversarialTexts(length) {
  const rep = (s) => s.repeat(Math.ceil(length / s.length)).slice(0, length);
  return {
    'question marks': rep('?'),
    'full stops': rep('.'),
    'exclamations then a letter': `${'!'.repeat(length - 1)}a`,
    'one long word': rep('a'),
    'spaced letters': rep('f u c k '),
    capitals: rep('IDIOT '),
    apostrophes: rep("a'"),
    'emoji and zero-width': rep('😡\u200d'),
    'at signs': rep('@a'),
    spaces: ' '.repeat(length),
    // Once quadratic (issue 14): a coupon code's letters, and digits and commas before "pounds".
    'a coupon code run': `Book now, use code A${'1'.repeat(Math.max(0, length - 22))}x`,
    // Thousands of composed acts in one sentence: each is bound near itself, not against every target.
    'a report repeated': rep('I tell the GMC '),
    'a curse repeated': rep('hope you get ill '),
    'a visit repeated': rep('pay you a visit '),
    'commas before pounds': `Offer: 1${',0'.repeat(Math.max(0, Math.floor((length - 20) / 2)))} pounds off`.slice(
      0,
      length,
    ),
    // Once quadratic (found by npm run fuzz): a masked word with no space, one "word" of every match in it.
    'a masked word run together': rep('f*ck'),
    'a sexual word a line': rep('nudes\n'),
    'a group named a line': rep('Muslims\n'),
    // Once quadratic (issue 11's review): acts composed many times in one long sentence.
    'an ultimatum repeated': rep('if you do that again I will report you to the GMC and '),
    'praise for one of a group repeated': rep('surprisingly good for a Muslim doctor and '),
    'groups listed in one sentence': rep('Polish builders and Muslims and '),
    'a pile-on repeated': rep("let's all ignore her and "),
    // Once cubic (this session's review): praise beside an attack, every pairing in one long sentence.
    'praise beside attacks repeated': rep('the attack was a hero thank you '),
    // Issues 12 and 13: feeling words, crisis cues and health claims, each read many times in one draft.
    'feeling words repeated': rep("I'm shattered, crushed and in tears. "),
    'crisis cues repeated': rep('tonight the rope, goodbye, the pills lined up, no point '),
    'health claims repeated': rep('turmeric cured my cancer and the jab causes autism and masks are useless and '),
    // Issue 13, round 4: descriptions tied to places, and care words, read for every person word.
    'people tied to places repeated': rep(
      'the lady who lives above the chippy on Fore St was treated and is on my list ',
    ),
    'postcodes beside ages repeated': rep('a 94 year old in BA2 7QF with dementia, '),
    'ordinary prose': rep('Flu clinic on Saturday, no appointment needed. '),
    // Once quadratic (issue 14): the learned model's strongest sentence, looked for among thousands.
    'short sentences': rep('Hey you. '),
    'short questions received': rep('cnt do this. shall i go? '),
  };
}

/** Pathological texts assessed as received messages (the inbound rules and the model's emergency reading). */
export const RECEIVED_ADVERSARIAL = new Set(['short questions received']);
