import { defineLexicon, type LexiconEntry } from '../text/lexicon.js';

/**
 * Red-flag symptoms: wording in a message from a patient (or someone writing for them) that means
 * the reply has to send them to 999, A&E or NHS 111 now rather than wait for the practice.
 *
 * Every entry carries one tag naming the kind of emergency, which the rule reports and the advice
 * uses to choose the reply (suicidal thoughts and self-harm also get the Samaritans' number):
 *   cardiac       chest pain or tightness, heart attack
 *   breathing     can't breathe, struggling for breath, blue lips
 *   stroke        face drooping, arm weakness, slurred speech, sudden loss of vision
 *   suicide       suicidal thoughts, wanting to die, self-harm
 *   overdose      too many tablets taken, stockpiling tablets
 *   sepsis        mottled or blue skin, no urine, a rash that does not fade under a glass
 *   bleeding      heavy bleeding, bleeding that will not stop, coughing or vomiting blood
 *   anaphylaxis   swelling of lips or tongue, throat closing
 *   unresponsive  a person (often a child) who is floppy, will not wake or has collapsed
 *   seizure       fits and seizures
 *   headache      sudden severe ("thunderclap") headache
 *
 * Phrases may hold alternatives in brackets, "(pain|pains) in (my|his) chest", expanded below into
 * every combination; contractions are expanded too ("can't" also matches "cant", "cannot", "can not").
 */

const _S999 = 'NHS, "When to call 999" (nhs.uk)';
const HEART = 'NHS, "Heart attack: symptoms" (nhs.uk); NHS, "Chest pain" (nhs.uk)';
const BREATH = 'NHS, "When to call 999" (severe difficulty breathing) and "Shortness of breath" (nhs.uk)';
const STROKE = 'NHS, "Stroke: symptoms" (the FAST test) (nhs.uk)';
const SUICIDE = 'NHS, "Help for suicidal thoughts" (nhs.uk); NICE CKS, "Self-harm" and "Suicide risk"';
const OD = 'NHS, "Paracetamol overdose" and "When to go to A&E" (nhs.uk); NICE CKS, "Poisoning or overdose"';
const SEPSIS = 'NHS, "Sepsis: symptoms" (nhs.uk); UK Sepsis Trust red flags';
const MENINGITIS = 'NHS, "Meningitis: symptoms" (the glass test) (nhs.uk)';
const BLEED =
  'NHS, "When to call 999" (severe bleeding) and "When to go to A&E" (nhs.uk); NHS, "Vaginal bleeding in pregnancy"';
const ANA = 'NHS, "Anaphylaxis: symptoms" (nhs.uk)';
const UNRESP = 'NHS, "When to call 999" (unconscious, floppy or unresponsive child) (nhs.uk)';
const SEIZ = 'NHS, "When to call 999" (a fit or seizure) and "Epilepsy: what to do" (nhs.uk)';
const HEAD = 'NICE CKS, "Headache - assessment" (thunderclap headache); NHS, "Subarachnoid haemorrhage" (nhs.uk)';

const CONTRACTIONS: Record<string, readonly string[]> = {
  "can't": ["can't", 'cant', 'cannot', 'can not'],
  "won't": ["won't", 'wont', 'will not'],
  "don't": ["don't", 'dont', 'do not'],
  "doesn't": ["doesn't", 'doesnt', 'does not'],
  "hasn't": ["hasn't", 'hasnt', 'has not'],
  "haven't": ["haven't", 'havent', 'have not'],
  "isn't": ["isn't", 'isnt', 'is not'],
  "i'm": ["i'm", 'im', 'i am'],
  "i've": ["i've", 'ive', 'i have'],
  "he's": ["he's", 'he is', 'he has'],
  "she's": ["she's", 'she is', 'she has'],
};

/**
 * Every phrase a pattern stands for: bracketed alternatives (which may nest) and contractions
 * expanded. The pattern is parsed once into a sequence of choices and the phrases are built as one
 * product of them: re-scanning the whole pattern for each group, as a first version did, made the
 * lay-word lexicons cost a fifth of a second at start-up.
 */
export function expandPattern(pattern: string): string[] {
  let out: string[] = [''];
  for (const choice of choices(pattern)) {
    const next: string[] = [];
    for (const o of out) for (const c of choice) next.push(o && c ? `${o} ${c}` : o || c);
    out = next;
  }
  return out;
}

/** A pattern as its sequence of choices: a word (with its contracted forms) or a bracketed group. */
function choices(pattern: string): string[][] {
  const out: string[][] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === ' ') {
      i++;
    } else if (ch === '(') {
      const close = matching(pattern, i);
      const alts = splitTop(pattern.slice(i + 1, close)).flatMap((alt) => expandPattern(alt.trim()));
      out.push(alts);
      i = close + 1;
    } else {
      let end = i;
      while (end < pattern.length && pattern[end] !== ' ' && pattern[end] !== '(') end++;
      const word = pattern.slice(i, end);
      out.push([...(CONTRACTIONS[word.toLowerCase()] ?? [word])]);
      i = end;
    }
  }
  return out;
}

/** The index of the bracket that closes the one at `open`. */
function matching(pattern: string, open: number): number {
  let depth = 0;
  for (let k = open; k < pattern.length; k++) {
    if (pattern[k] === '(') depth++;
    else if (pattern[k] === ')' && --depth === 0) return k;
  }
  throw new Error(`red-flag pattern: unclosed bracket in "${pattern}"`);
}

/** A group's alternatives: split on the bars that are not inside a nested group. */
function splitTop(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < inner.length; k++) {
    const ch = inner[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(inner.slice(from, k));
      from = k + 1;
    }
  }
  out.push(inner.slice(from));
  return out;
}

/**
 * Lexicon entries for patterns (expanded by expandPattern) that share their tags, source and note.
 * A phrase is listed once per tags: pass `listed` to share that across several calls (one lexicon
 * built from many kinds whose patterns may expand to the same phrase).
 */
export function patternEntries(
  tags: string | readonly string[],
  patterns: readonly string[],
  source: string,
  note: string,
  listed: Set<string> = new Set(),
): LexiconEntry[] {
  const tagList = typeof tags === 'string' ? [tags] : tags;
  const key = tagList.join(',');
  const entries: LexiconEntry[] = [];
  for (const p of patterns) {
    for (const phrase of expandPattern(p)) {
      if (listed.has(`${key} ${phrase}`)) continue;
      listed.add(`${key} ${phrase}`);
      entries.push({ phrase, tags: tagList, source, note });
    }
  }
  return entries;
}

const flags = (kind: string, patterns: readonly string[], source: string, note: string): LexiconEntry[] =>
  patternEntries(kind, patterns, source, note);

const WHOSE = '(my|his|her|their|the|your)';
const PEOPLE = '(he|she|i|they|mum|dad|husband|wife|partner|son|daughter|baby|grandad|grandma|nan)';

export default defineLexicon({
  id: 'red-flag',
  description: 'Red-flag symptoms that need 999, A&E or NHS 111 now.',
  entries: [
    ...flags(
      'cardiac',
      [
        'chest pain*',
        'chest tight*',
        'chest hurt*',
        'chest is (tight|hurting|heavy)',
        'chest feels (tight|heavy|crushed)',
        'chest (ache|aches|aching)',
        'tight chest',
        'heavy chest',
        'crushing chest',
        'crushing pain*',
        'squeezing pain*',
        'gripping pain*',
        `(pain|pains|tightness|pressure|heaviness|ache|squeezing) (in|across|on) ${WHOSE} chest`,
        `(pain|pains|tightness|pressure) in the (middle|centre|center) of ${WHOSE} chest`,
        `(pain|pains) (down|in|into|going into|going down|spreading to|spreading into|going up into) ${WHOSE} (left arm|jaw)`,
      ],
      HEART,
      'Chest pain or tightness, which may spread to the arm or jaw, can be a heart attack: the NHS says call 999.',
    ),
    // The name of an emergency, or its kit, rather than a sign of one: a red flag only when someone is said
    // to have it now or is feared to ("I think he's having a heart attack"), never in thanks, news, training
    // or a joke ("a heart attack on a plate 😂"). analysis/red-flags.ts reads the frame.
    ...patternEntries(
      ['cardiac', 'named'],
      ['heart attack'],
      HEART,
      'A heart attack named: an emergency when someone may be having one now.',
    ),
    ...patternEntries(
      ['sepsis', 'named'],
      ['sepsis', 'septic'],
      SEPSIS,
      'Sepsis named: an emergency when someone may have it now.',
    ),
    ...patternEntries(
      ['anaphylaxis', 'named'],
      ['anaphyla*', 'epipen*', 'epi pen'],
      ANA,
      'Anaphylaxis or an adrenaline pen named: an emergency when someone is reacting now.',
    ),
    ...flags(
      'breathing',
      [
        "can't breathe",
        "can't breath",
        "can't catch (my|his|her) breath",
        "can't get (my|his|her) breath",
        'unable to breathe',
        'struggling to breathe',
        'struggling to breath',
        'struggling for (breath|air)',
        'fighting for (breath|air)',
        'gasping for (breath|air)',
        'difficulty breathing',
        'severe breathlessness',
        'really (breathless|short of breath)',
        'very (breathless|short of breath)',
        '(blue|grey|gray) (lips|skin)',
        'choking',
      ],
      BREATH,
      'Severe difficulty breathing, gasping, choking or blue lips: the NHS says call 999.',
    ),
    ...flags(
      'stroke',
      [
        'slurred speech',
        'slurring (his|her|my|their) words',
        'speech is slurred',
        'speech slurred',
        'face droop*',
        'face has (dropped|drooped)',
        'face dropped',
        'face drooped',
        'face has gone droopy',
        'drooping face',
        "can't lift (his|her|my) arm",
        "can't lift (his|her|my) (arms|left arm|right arm)",
        'arm weakness',
        'sudden weakness',
        'sudden numbness',
        'suddenly (lost|losing) (my|his|her) (sight|vision)',
        "suddenly can't see",
        'having a stroke',
        "(i'm|he's|she's) having a stroke",
        // Speech trouble as people describe it (the S of FAST covers more than slurring).
        // ("can't talk properly" alone is left out: a toddler's speech or a sore throat says it too).
        "can't get (my|his|her|their) words out",
        'struggling to get (my|his|her|their) words out',
        'words (are|keep) coming out (wrong|jumbled|muddled)',
        '(mouth|smile) (is|has gone|has dropped|has drooped|looks) (lopsided|wonky|droopy)',
      ],
      STROKE,
      'Face drooping, arm weakness or slurred speech (FAST), or sudden loss of sight: the NHS says call 999.',
    ),
    ...flags(
      'suicide',
      [
        'suicid*',
        // Said by the person or of them by someone who writes in ("he's been talking about killing himself").
        '(kill|killing) (myself|himself|herself|themselves)',
        'end it all',
        'end my life',
        'ending my life',
        'end my own life',
        'want to end it',
        '(take|taking) (my|his|her|their) own life',
        "don't want to be here",
        "don't want to live",
        "don't want to be alive",
        "don't want to wake up",
        'want to die',
        'wanna die',
        'better off dead',
        'better off without me',
        'no reason to live',
        'no point in living',
        'no point living',
        "don't see the point",
        "can't go on",
        'self harm*',
        'cutting myself',
        'hurting myself',
        'hurt myself',
        'harm myself',
        'harming myself',
      ],
      SUICIDE,
      'Thoughts of suicide or self-harm need help now: 999 or A&E if in danger, and the Samaritans on 116 123.',
    ),
    ...flags(
      'overdose',
      [
        'overdose*',
        "od'd",
        'took too many',
        'taken too many',
        'took a load of',
        'taken a load of',
        'took a handful of',
        'taken a handful of',
        'took the whole (packet|box|bottle)',
        'took a whole (packet|box|bottle)',
        'took all (my|his|her) (tablets|pills)',
        'taken all (my|his|her) (tablets|pills)',
        'too many (tablets|pills|paracetamol|painkillers)',
        'saving up (my|his|her) (tablets|pills)',
        'stockpiling (my|his|her|) (tablets|pills|meds)',
        'how many would be too many',
        'how many would it take',
      ],
      OD,
      'Too many tablets taken, or tablets being saved up: A&E now, even if the person feels well.',
    ),
    ...flags(
      'sepsis',
      [
        'mottled',
        'blotchy skin',
        "(hasn't|haven't) (had a wee|had a pee|passed urine|weed|peed)",
        'not (had a wee|had a pee|passed urine|passed water|weed|peed)',
        'no urine',
        'not passing urine',
        'not weeing',
        "rash that (doesn't|won't) fade",
        "rash (doesn't|won't) fade",
        "(doesn't|won't) fade when",
        "(doesn't|don't|won't) (disappear|go away|fade) (when|under)",
        'non blanching',
      ],
      `${SEPSIS}; ${MENINGITIS}`,
      'Sepsis and meningitis signs: mottled or blue skin, no urine in a day, a rash that does not fade under a glass.',
    ),
    ...flags(
      'bleeding',
      [
        'bleeding heavily',
        'heavy bleeding',
        'heavily bleeding',
        'bleeding a lot',
        "won't stop bleeding",
        "bleeding won't stop",
        "can't stop the bleeding",
        "can't stop (it|him|her) bleeding",
        'losing a lot of blood',
        'lot of blood',
        'lots of blood',
        'pouring with blood',
        'blood everywhere',
        '(vomiting|vomited) blood',
        '(coughing|coughed|coughs|throwing|threw|bringing|brought) up (|some|a bit of|bits of|a little|a lot of|lots of|quite a lot of|fresh|bright red) blood',
        'soaked (through|two|2|three|3) pads',
        'haemorrhag*',
        'hemorrhag*',
      ],
      BLEED,
      'Heavy bleeding, bleeding that will not stop, coughing or vomiting blood: 999 or A&E.',
    ),
    ...flags(
      'anaphylaxis',
      [
        'throat (is closing|closing|closing up|feels tight|is tight|is swelling)',
        'throat tight*',
        'tight throat',
        'swollen (lips|tongue|throat)',
        'lips (are|have) (swollen|swelling)',
        'tongue (is|has) (swollen|swelling)',
        '(lips|tongue) swelling',
        '(lips|tongue) swelled',
        'lips swollen',
        'tongue swollen',
        'tongue swelled up',
        'lips swelled up',
      ],
      ANA,
      'Swelling of the lips, tongue or throat after an allergen is anaphylaxis: 999 and adrenaline if prescribed.',
    ),
    ...flags(
      'unresponsive',
      [
        'floppy',
        'unresponsive',
        'unconscious',
        "won't wake",
        "won't wake up",
        'will not wake',
        "can't wake",
        "can't wake (him|her|them)",
        'hard to wake',
        'difficult to wake',
        'not waking up',
        "won't come round",
        '(gone|went|is|was|going) limp',
        'lifeless',
        `${PEOPLE} (collapsed|has collapsed|just collapsed)`,
        'has collapsed',
      ],
      UNRESP,
      'Someone floppy, unresponsive, hard to wake or collapsed: the NHS says call 999.',
    ),
    ...flags(
      'seizure',
      [
        'seizure*',
        'convuls*',
        'having a fit',
        'had a fit',
        'first fit',
        "(he's|she's|baby's|is|was|started|keeps|been) fitting",
        "fit won't stop",
        'fitting for',
      ],
      SEIZ,
      'A seizure, especially a first one or one that will not stop: the NHS says call 999.',
    ),
    ...flags(
      'headache',
      [
        'worst headache',
        'worst ever headache',
        'worst head pain',
        'thunderclap',
        'sudden severe headache',
        'sudden headache',
        'headache came on suddenly',
        'headache that came on suddenly',
        'sudden (really|very|extremely|) (bad|severe|terrible|awful|horrendous) headache',
        'like being hit on the head',
        'like being kicked in the head',
      ],
      HEAD,
      'A sudden, severe headache, "the worst ever", can be a bleed on the brain: 999 or A&E now.',
    ),
  ],
});

/**
 * Red flags spread over a few words ("lips look a bit blue", "coughing up quite a lot of blood"):
 * a word of `first` followed within `within` words by a word of `then`, in the same sentence.
 * Words ending in `*` are stems.
 */
export interface RedFlagPair {
  readonly kind: string;
  readonly first: readonly string[];
  readonly then: readonly string[];
  readonly within: number;
  readonly source: string;
  readonly note: string;
}

export const RED_FLAG_PAIRS: readonly RedFlagPair[] = [
  {
    kind: 'breathing',
    first: ['lips', 'lip', 'face', 'skin', 'tongue'],
    then: ['blue', 'grey', 'gray', 'purple'],
    within: 4,
    source: BREATH,
    note: 'Blue or grey lips or skin: not enough oxygen.',
  },
  {
    kind: 'stroke',
    first: ['face'],
    then: ['dropped', 'drooped', 'droopy', 'drooping', 'fallen', 'lopsided'],
    within: 4,
    source: STROKE,
    note: 'F of FAST: the face has dropped on one side.',
  },
  {
    kind: 'stroke',
    first: ['mouth', 'smile'],
    then: ['dropped', 'drooped', 'droopy', 'drooping', 'fallen', 'lopsided', 'wonky'],
    within: 4,
    source: STROKE,
    note: 'F of FAST: one side of the mouth or smile has dropped.',
  },
  {
    kind: 'stroke',
    first: ['speech', 'words', 'talking'],
    then: ['slurred', 'slurring', 'garbled', 'jumbled'],
    within: 5,
    source: STROKE,
    note: 'S of FAST: slurred or jumbled speech.',
  },
  {
    kind: 'bleeding',
    first: ['bleeding', 'bleed', 'bled'],
    then: ['heavily', 'loads', 'everywhere', 'soaked', 'soaking'],
    within: 3,
    source: BLEED,
    note: 'Heavy bleeding.',
  },
  {
    kind: 'anaphylaxis',
    first: ['lips', 'lip', 'tongue'],
    then: ['swollen', 'swelling', 'swelled', 'puffed', 'puffy', 'huge'],
    within: 4,
    source: ANA,
    note: 'Swelling of the lips or tongue.',
  },
  {
    kind: 'anaphylaxis',
    first: ['throat'],
    then: ['closing', 'tight', 'tightening'],
    within: 4,
    source: ANA,
    note: 'The throat closing or tightening.',
  },
  {
    kind: 'sepsis',
    first: ['confused', 'confusion', 'drowsy'],
    then: ['hot', 'fever', 'temperature', 'shivering', 'shaking', 'rigors'],
    within: 8,
    source: SEPSIS,
    note: 'New confusion with fever or shivering: possible sepsis.',
  },
  {
    kind: 'sepsis',
    first: ['hot', 'fever', 'temperature', 'shivering', 'shaking', 'rigors'],
    then: ['confused', 'confusion', 'drowsy'],
    within: 8,
    source: SEPSIS,
    note: 'Fever or shivering with new confusion: possible sepsis.',
  },
  {
    kind: 'cardiac',
    first: ['pain', 'pains', 'tight', 'tightness', 'pressure', 'heaviness', 'crushing', 'squeezing'],
    then: ['chest'],
    within: 8,
    source: HEART,
    note: 'Pain or tightness described around the chest.',
  },
  {
    kind: 'headache',
    first: ['headache'],
    then: ['suddenly', 'exploded', 'exploding'],
    within: 5,
    source: HEAD,
    note: 'A headache that came on suddenly or is the worst ever.',
  },
  {
    kind: 'headache',
    first: ['sudden', 'suddenly'],
    then: ['headache'],
    within: 4,
    source: HEAD,
    note: 'A headache that came on suddenly.',
  },
];

/**
 * Tablets taken in a quantity that is an overdose: "took 16 paracetamol", "swallowed a handful of
 * pills". A verb of taking, then within a few words a medicine, with a number of at least
 * OVERDOSE_MIN_COUNT or a word of quantity between them.
 */
export const OVERDOSE_TAKE = ['took', 'taken', 'swallowed', 'downed', 'necked', 'had'] as const;
export const OVERDOSE_MEDICINES = [
  'paracetamol',
  'tablets',
  'pills',
  'painkillers',
  'codamol',
  'ibuprofen',
  'aspirin',
  'antidepressants',
  'sleeping',
  'meds',
  'sertraline',
  'citalopram',
  'amitriptyline',
  'diazepam',
  'zopiclone',
  'tramadol',
  'codeine',
  'insulin',
] as const;
export const OVERDOSE_QUANTITIES = [
  'load',
  'loads',
  'lot',
  'lots',
  'handful',
  'handfuls',
  'packet',
  'packets',
  'box',
  'boxes',
  'bottle',
  'whole',
  'all',
  'strip',
  'strips',
] as const;
export const OVERDOSE_MIN_COUNT = 8;
export const OVERDOSE_SOURCE = OD;

/**
 * The frame that makes a named emergency (tagged `named`) someone's now: a fear or a question in its
 * sentence ("I think", "could it be…?"), or someone having it or its kit being used just before it
 * ("he's having", "she has", "used my EpiPen"). Without one the name is a topic, a memory or a figure.
 */
export const NAMED_NOW = {
  concern: [
    'think',
    'thinks',
    'worried',
    'worry',
    'worrying',
    'scared',
    'afraid',
    'frightened',
    'could',
    'might',
    'may',
    'maybe',
    'possibly',
    'suspect',
    'looks',
    'sounds',
    'feels',
  ],
  having: ["he's", "she's", "i'm", 'im', 'having', 'has', 'have', 'got', 'is', 'used', 'use', 'using', 'jabbed'],
  /** How many words before the name a `having` word may stand. */
  reach: 3,
} as const;
