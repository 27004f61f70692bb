import { defineLexicon, type LexiconEntry } from '../text/lexicon.js';
import { expandPattern } from './red-flag.js';

/**
 * Wording that asks a doctor for medical advice or a clinical opinion, as patients write it in a
 * direct message, a comment or a group chat. An asking phrase on its own is not enough ("can you
 * look at the rota?"): the rule also needs a health topic (HEALTH_TOPICS below) or a red flag.
 *
 * Tags: ask (a question or request for an opinion), worry (is this serious?), prescribe (a request
 * for medicine or a prescription), look (a request to look at results, a photo or a symptom),
 * dose (a question about taking or changing medicine), what-to-do (what should I do / should I wait).
 *
 * Phrases may hold bracketed alternatives, "(should|shall) i", expanded into every combination.
 */

const SRC = 'Pause editorial: how patients word requests for advice in messages (common UK usage)';
const GUIDE =
  'Londonwide LMCs, "The pitfalls of social media usage", section "Managing contact from patients via social media"';

function asks(tag: string, patterns: readonly string[], source: string, note: string): LexiconEntry[] {
  const seen = new Set<string>();
  const out: LexiconEntry[] = [];
  for (const p of patterns)
    for (const phrase of expandPattern(p)) {
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      out.push({ phrase, tags: ['ask', tag], source, note });
    }
  return out;
}

export default defineLexicon({
  id: 'advice-request',
  description: 'Wording that asks for medical advice or a clinical opinion.',
  entries: [
    ...asks(
      'worry',
      [
        '(should|shall) (i|we) be (worried|concerned)',
        '(should|shall) (i|we) worry',
        'anything to worry about',
        'something to worry about',
        'is (this|that|it) serious',
        'is (this|that|it) normal',
        'is (this|that|it) dangerous',
        'is (this|that|it) something',
        'what do you think it (is|could be)',
        'what could it be',
        'what is (this|it) likely to be',
        'do you think (it|this|that) (is|could be|might be)',
        'could (it|this|that) be',
        'is (this|that|it) just',
      ],
      SRC,
      'Asking whether a symptom is serious: a request for a clinical opinion.',
    ),
    ...asks(
      'look',
      [
        '(can|could|would) you (look at|have a look|take a look|check|glance at)',
        'have a (look|quick look|peek) at',
        'take a (look|quick look) at',
        'look at my',
        'if i send (you|a) (pic|picture|photo)',
        'send you a (pic|picture|photo)',
        'what (my|the) results mean',
        'explain my results',
        'my results (say|mean|show)',
      ],
      SRC,
      'Asking the doctor to look at results, a photo or a symptom.',
    ),
    ...asks(
      'prescribe',
      [
        '(can|could|would|will) you prescribe',
        'prescribe me',
        'prescribe (them|it|something)',
        '(can|could|would) you (renew|repeat|sort|write)',
        'renew my prescription',
        'my repeat prescription',
        "(i've|i have) run out",
        '(can|could) i get (some|a prescription|more|a repeat)',
        '(can|could|would) you give me (some|something|a)',
        'something stronger',
        'a stronger',
        'sick note',
        'fit note',
        // Text-speak and the past tense, as requests arrive in messages ("cn u do me sum more", "ran out").
        '(can|could|would|cn|cud) (you|u) (do|get|sort) me (some|sum|more|a|an)',
        '(can|could|would|cn|cud) u (prescribe|give me|renew|repeat)',
        "(i|i've) ran out",
        'ran out of (my|me|the|his|her)',
        'run out of (my|me|his|her)',
      ],
      SRC,
      'Asking for a prescription or medicine outside a consultation.',
    ),
    ...asks(
      'dose',
      [
        '(can|could) (i|you|we|he|she) (take|have|give|use)',
        'is it (ok|okay|alright|safe|fine) to (take|have|give|use|mix|drink|stop|carry on)',
        '(ok|okay|alright|safe) to (take|mix|stop)',
        '(should|shall) (i|we|he|she) (take|stop|start|double|increase|reduce|lower|keep taking|carry on|skip|come off)',
        'what can (i|we|he|she) (take|give|use|do)',
        'how (much|many) (should|can) (i|we|he|she) (take|give|have)',
        'double my dose',
        'up my dose',
        '(can|could|should|shall) (i|we) (go up|go down|up it|up the dose|increase it|lower it|come off it|stop it|cut down)',
        '(can|could|should|shall) (i|we) just (go up|go down|up it|up the dose|increase it|lower it|come off it|stop it|cut down)',
        '(can|could|should) (u|you) (up|increase|lower|change) (my|the) (dose|tablets|meds|medication)',
        'with (my|his|her) (tablets|medication|meds|pills)',
        'is (paracetamol|ibuprofen|aspirin) (ok|okay|safe|fine|alright)',
      ],
      SRC,
      'Asking about taking, mixing or changing medicine.',
    ),
    ...asks(
      'what-to-do',
      [
        'what (should|shall|do|can) (i|we) do',
        'what would you (do|suggest|recommend|advise)',
        'what do you (suggest|recommend|advise)',
        'do you think (i|we|he|she) (should|need)',
        '(should|shall) (i|we) (wait|go|call|ring|phone|see|get|book|come)',
        '(do|will) (i|we) need (to|a|an)',
        'is it (ok|okay|alright|safe) to wait',
        'ok to wait',
        'wait until (the morning|tomorrow|monday)',
        '(should|would) (i|we|he|she) be (having|getting|seeing)',
        'whether (i|we|he|she) should',
        'whether there is',
        "whether there's",
        "(i'm|i am|i was) wondering (if|whether)",
        'i wondered (if|whether)',
        'any advice',
        'any tips',
        'what does (a|an|my|the|it|this|that) (high|low|raised|positive|negative)',
        'what does (it|this|that) mean',
        'your advice',
        'your opinion',
        'your thoughts on',
      ],
      `${SRC}; ${GUIDE}`,
      'Asking what to do about a health problem.',
    ),
    ...asks(
      'preface',
      [
        'quick question',
        'can i ask you (about|something|a question)',
        '(can|could|may) i ask (about|you)',
        'sorry to (ask|bother|message|email)',
      ],
      `${SRC}; ${GUIDE}`,
      'Leading up to a request for advice: the request itself, where there is one, is the words to show.',
    ),
    // Added for confidentiality.clinical-advice-seeking: how clinicians ask peers about a patient.
    ...asks(
      'peer',
      [
        'pick your (brain|brains)',
        "pick (the group's|everyone's|someone's) brains",
        'anyone seen (this|anything like this|one of these) before',
        'has anyone seen (this|anything like this)',
        '(anyone|has anyone) come across',
        'anyone had (one|a case|a patient) like this',
        'what do (we|people|everyone|you all|you lot) think',
        'what do you reckon',
        'what would you make of',
        'what do you make of',
        'any thoughts',
        'thoughts please',
        'thoughts welcome',
        'how would you (handle|manage|treat|approach|play|investigate)',
        'would you (stop|start|continue|refer|admit|treat|scan|repeat|increase|reduce|switch|anticoagulate|investigate|worry)',
        'stop or continue',
        'continue or stop',
        'admit or (repeat|wait|refer)',
        'refer or (wait|repeat|treat)',
        'not sure whether',
        'not sure if (i|we) should',
        'sense check',
        'sanity check',
        'second opinion',
        "(value|appreciate) (the group's|your|everyone's|any) (wisdom|thoughts|input|opinion|opinions|views)",
        'advice from the group',
        '(need|needing|want|wanted) some advice',
        'grateful for (any|your) (advice|thoughts|input)',
        'am i being paranoid',
        'would you be worried',
        'does this look',
        'worth referring',
        'worth a referral',
        'any ideas',
        'any suggestions',
        'any experience of',
        'anyone any experience',
        'tips on managing',
        'any (cardiologists|dermatologists|rheumatologists|neurologists|haematologists|endocrinologists|gastroenterologists|paediatricians|psychiatrists|geriatricians|oncologists|urologists|radiologists|microbiologists|gps|specialists) (on here|here|in the group|about)',
        'is this (a|an) (stemi|nstemi|melanoma|bcc|scc|fracture|dvt|pe|stroke|tia)',
        // Texting forms and the same questions put to the reader ("wat do u reckon", "any1 seen this").
        "(what|wat|wot|wht) (do|d|would|wud|wd|did) (u|ya|yous|you guys|u guys|you all|u all|y'all) (reckon|think|do|suggest)",
        '(wat|wot|wht) (do|would) you (reckon|think|do)',
        'what do (you|u) think (this|it) (is|could be)',
        'what (would|wud|wd) (u|you) do',
        '(anyone|any1|anybody|has anyone|has any1|has anybody) (seen|come across) (this|one|similar|anything similar|one like this|this before|a case like this)',
        '(seen|come across) (this|anything like this|one like this) before',
        'would (u|you) (be happy|be worried|be concerned|be reassured|leave it|send|refer|admit|scan|treat|stop|start)',
        'would (u|you) (be|feel) (happy|ok|okay|comfortable) (to|with)',
        'wdyt',
        'wdyr',
        'stumped',
        'scratching my head',
      ],
      `Pause editorial: how clinicians word requests to colleagues in group chats and forums (common UK usage); ${GUIDE.replace('Managing contact from patients via social media', 'Confidentiality')}`,
      'A clinician asking peers for an opinion or a decision, outside the proper advice routes.',
    ),
  ],
});

/**
 * Words that make a question about someone's own health: symptoms, body parts, medicines, tests and
 * results, conditions. Matched word by word; a trailing `*` is a stem. Booking and opening-hours
 * words (appointment, clinic, surgery, flu jab) are deliberately absent: questions about them are
 * admin, not requests for advice.
 */
export interface HealthTopic {
  readonly word: string;
  readonly source: string;
  readonly note: string;
}

const NHS_AZ = 'NHS Health A to Z and Medicines A to Z (nhs.uk): common symptom, condition and medicine names';
const TESTS = 'NHS, "Tests and treatments" (nhs.uk): common tests and results';
const BODY = 'Common UK usage: body parts patients name when describing symptoms';

function topics(words: string, source: string, note: string): HealthTopic[] {
  return words
    .trim()
    .split(/\s+/)
    .map((word) => ({ word, source, note }));
}

/** Symptoms and bodily complaints: the words that make a message about someone's care. */
const SYMPTOM_TOPICS: readonly HealthTopic[] = [
  ...topics(
    `
    pain pains painful ache* aching sore hurts hurting rash* itch* lump* swell* swollen bleed* blood bruis* cough*
    temperature fever vomit* diarrh* constipat* dizz* faint* breath* wheez* headache* migraine* numb* tingl* exhaust*
    nause* infect* discharge spots mole moles blister* wound* burn burns burnt burning sting* bite* symptom* insomnia
    anxious anxiety depress* panic* suicid* urine wee pee poo period* pregnan* miscarr* fertility contracepti* menopaus*
    sweat* cramp* spasm* palpitat* seizure* injur* sprain* fractur* temp temps flushes flushing
  `,
    NHS_AZ,
    'A symptom or a bodily complaint.',
  ),
];

export const HEALTH_TOPICS: readonly HealthTopic[] = [
  ...SYMPTOM_TOPICS,
  ...topics(
    `
    eye eyes ear ears earache nose throat mouth tooth teeth gum gums tongue lip lips neck shoulder* arm arms elbow* wrist*
    finger* spine hip hips leg legs knee* ankle* foot feet toe toes skin heart lung lungs stomach tummy belly bowel*
    bladder kidney* liver breast* testic* prostate groin genital* vagina* penis joint joints muscle*
  `,
    BODY,
    'A body part named in describing a symptom.',
  ),
  ...topics(
    `
    medication* medicine* meds tablet* pill pills dose dosage doses prescri* antibiotic* amoxicillin penicillin paracetamol
    ibuprofen aspirin naproxen codeine codamol tramadol morphine painkiller* inhaler* insulin metformin statin*
    atorvastatin simvastatin ramipril amlodipine lisinopril bisoprolol propranolol warfarin apixaban rivaroxaban
    sertraline citalopram fluoxetine mirtazapine amitriptyline antidepressant* diazepam zopiclone gabapentin pregabalin
    levothyroxine omeprazole lansoprazole steroid* prednisolone cream creams ointment* antihistamine* lemsip hrt injection*
    mg ml
  `,
    NHS_AZ,
    'A medicine or a question about medicine.',
  ),
  ...topics(
    `
    result results bloods scan scans xray mri ct ultrasound biopsy smear ecg psa cholesterol hba1c thyroid
    referral* referred diagnos* prognosis endoscop* colonoscop* mammogra* vasectomy vitamin* physio*
    ent microsuction earwax syringing urolog* cardiolog* dermatolog* gynae* gynec* orthopaed* neurolog* oncolog* gastroenterolog* rheumatolog* haematolog*
  `,
    TESTS,
    'A test, a result, a referral or the specialty it goes to.',
  ),
  ...topics(
    `
    asthma diabet* cancer* tumour* copd arthritis eczema psoriasis acne dementia epilep* stroke angina thrush uti cystitis
    covid chickenpox shingles measles tonsil* sinus* reflux ibs gout allerg* hayfever
  `,
    NHS_AZ,
    'A named condition.',
  ),
];

const NO_STEMS: readonly string[] = [];

/** A matcher for a list of topics: a word, or a word beginning with one of its stems ("ache*"). */
function topicMatcher(list: readonly HealthTopic[]): (norm: string) => boolean {
  const words = new Set(list.filter((t) => !t.word.endsWith('*')).map((t) => t.word));
  const stems = new Map<string, string[]>();
  for (const t of list) {
    if (!t.word.endsWith('*')) continue;
    const stem = t.word.slice(0, -1);
    const bucket = stems.get(stem.slice(0, 3)) ?? [];
    bucket.push(stem);
    stems.set(stem.slice(0, 3), bucket);
  }
  return (norm) => {
    if (words.has(norm)) return true;
    for (const stem of stems.get(norm.slice(0, 3)) ?? NO_STEMS) if (norm.startsWith(stem)) return true;
    return false;
  };
}

/** True when a normalised token names a health topic (a word of HEALTH_TOPICS, or begins with one of its stems). */
export const isHealthTopic = topicMatcher(HEALTH_TOPICS);
/** True when a normalised token names a symptom or bodily complaint: an admin message naming one is about care. */
export const isSymptom = topicMatcher(SYMPTOM_TOPICS);

/**
 * The practice's own business: booking, moving or cancelling an appointment, collecting or redirecting a
 * repeat, a copy of a record, a form, a sample to drop off, a contact address, sharing a notice. Asked with no
 * symptom and no question about a medicine or a result, it is not a request for clinical advice (rules.md:
 * the rule is for clinical advice). Source: NHS, "GP appointments and bookings" and "How to get a
 * prescription" (nhs.uk).
 */
export const ADMIN_CUES: ReadonlySet<string> = new Set(
  `book booking booked rebook appointment appointments slot slots reschedule rearrange cancel cancelling collect
   collection ready reprint token repeat repeats fax poster share sharing pick summary transfer transferred
   paperwork form forms copy records confirm confirming sample`
    .trim()
    .split(/\s+/),
);
/** Words that turn an admin message into a question about care ("can I take…", "is it safe", "should I worry"). */
export const CARE_QUESTION_CUES: ReadonlySet<string> = new Set(
  'take taking dose safe normal worry worried should side effects symptom symptoms mean means result results serious'.split(
    ' ',
  ),
);

/**
 * A question asked without a question mark, as people type on a phone ("shall i give her calpol", "do i
 * need stitches", "what do we do"): an auxiliary before its subject (subject-auxiliary inversion, Quirk et
 * al. 1985, 11.5) where a clause starts, or after a wh-word; or a plea for help. The subjects that may
 * follow the auxiliary, the words after which a clause may start, and the pleas.
 */
export const QUESTION_SUBJECTS: ReadonlySet<string> = new Set('i we you u he she it they there'.split(' '));
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and so or but anyway also then doctor doc dr please hi hello hey ok okay sorry just'.split(' '),
);
export const PLEAS: ReadonlySet<string> = new Set(['help', 'advise']);

/**
 * A letter opens with "Dear" and who it is to: a clinician by title and name ("Dear Dr Lowe"), or a
 * service by its name ("Dear Endocrinology", "Dear District Nursing Team"). Written by email to a
 * specialty or a named colleague who shares the patient's care, it is the referral or the Advice and
 * Guidance request the guidance points to, not advice sought from a crowd. These words after "Dear"
 * address a crowd instead ("Dear all", "Dear colleagues"). Source: NHS e-Referral Service, Advice and
 * Guidance (NHS England); common UK letter-writing usage.
 */
export const LETTER_OPENING = 'dear';
export const CROWD_GREETINGS: ReadonlySet<string> = new Set(
  'all everyone everybody colleagues friends team both folks group members'.split(' '),
);
