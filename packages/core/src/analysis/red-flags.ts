/*
 * Red flags in a received message: the emergencies (data/red-flag.ts) and crises said in lay words
 * (data/crisis.ts) that mean the reply must send the writer to 999, A&E, NHS 111 or, for suicidal
 * thoughts, the Samaritans. boundaries.urgent-symptoms reports them; boundaries.inbound-patient-request
 * reads them as a request for help.
 */
import {
  BEREAVEMENT,
  FICTION,
  FIGURATIVE_CAUSES,
  LETHALITY,
  PARTING_REASONS,
  RECURRED,
  RESOLVED,
  SET_OUT,
  STOCKPILING,
} from '../data/crisis.js';
import { CAUDA_EQUINA, INFANT } from '../data/red-flag-lay.js';
import { NEGATORS as SELF_NEGATING } from '../data/taxonomy/grammar.js';
import {
  NAMED_NOW,
  OVERDOSE_MEDICINES,
  OVERDOSE_MIN_COUNT,
  OVERDOSE_QUANTITIES,
  OVERDOSE_TAKE,
  RED_FLAG_PAIRS,
} from '../data/red-flag.js';
import { Phrases } from '../text/phrases.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { sentenceTokens } from './speech.js';

/** What each kind of red flag is, in plain words, for messages and the `why` trail. */
export const RED_FLAG_LABELS: Record<string, string> = {
  cardiac: 'a possible heart attack',
  breathing: 'serious difficulty breathing',
  stroke: 'a possible stroke',
  suicide: 'suicidal thoughts or self-harm',
  overdose: 'an overdose (possible self-harm)',
  sepsis: 'possible sepsis or meningitis',
  bleeding: 'heavy bleeding',
  anaphylaxis: 'a severe allergic reaction (anaphylaxis)',
  unresponsive: 'someone floppy, unresponsive or collapsed',
  seizure: 'a seizure',
  headache: 'a sudden, severe headache',
  poisoning: 'something swallowed that can poison or burn',
  contraception: 'a need for emergency contraception, which works best the sooner it is taken',
  pregnancy: 'bleeding, reduced movements or waters breaking in pregnancy',
  baby: 'a seriously unwell baby or young child',
  abdominal: 'severe abdominal pain or a sign of internal bleeding',
  confusion: 'sudden confusion, which can be sepsis or a stroke',
  spine: 'possible cauda equina syndrome (back pain with numbness or bladder change)',
  diabetes: 'a diabetic emergency (high ketones, very high or low sugar)',
  'head-injury': 'a head injury with warning signs',
  testicular: 'possible testicular torsion',
  psychosis: 'a mental health crisis (possible psychosis)',
  burn: 'a serious burn',
};

/** Kinds for which the reply also gives the Samaritans' number. */
export const SELF_HARM_KINDS = new Set(['suicide', 'overdose']);

export interface RedFlagHit {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
}

// A word that denies what follows ("no chest pain", "denies suicidal thoughts", "hasn't had any").
const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'denies',
  'denied',
  'deny',
  'denying',
  'without',
  'nor',
  'none',
  "isn't",
  'isnt',
  "wasn't",
  "hasn't",
  'hasnt',
  "haven't",
  'havent',
  "hadn't",
  "doesn't",
  'doesnt',
  "don't",
  'dont',
  "didn't",
  'didnt',
  "aren't",
  "weren't",
  "won't",
  "couldn't",
  "wouldn't",
  "shouldn't",
]);
// A negator followed by one of these is hedging, not denial ("not sure if it's chest pain").
const HEDGES = new Set(['sure', 'certain', 'know', 'care', 'mind', 'think', 'want', 'like']);
// Words that end the reach of a negation ("no fever but chest pain since lunch").
const CONTRAST = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'except',
  'whereas',
  'apart',
  'now',
  'until',
  'till',
  'then',
]);
const LIST = new Set(['or', 'nor', 'and']);
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', "i'm", "we're", "he's", "she's", "they're", 'im']);
// The symptom named as a topic, not suffered ("the chest pain pathway", "stroke awareness week").
const TOPIC_AFTER = new Set([
  'pathway',
  'pathways',
  'clinic',
  'clinics',
  'audit',
  'audits',
  'protocol',
  'protocols',
  'guideline',
  'guidelines',
  'guidance',
  'teaching',
  'training',
  'course',
  'webinar',
  'meeting',
  'talk',
  'session',
  'leaflet',
  'leaflets',
  'poster',
  'posters',
  'service',
  'services',
  'team',
  'awareness',
  'month',
  'week',
  'campaign',
  'charity',
  'infection',
  'x',
  'xray',
  'research',
  'study',
  'trial',
  'module',
  'lecture',
  'simulation',
  'scenario',
  'drill',
  'policy',
  'template',
  'tool',
  'update',
  'rate',
  'rates',
  'statistics',
  'stats',
  'figures',
  'prevention',
  'association',
  'foundation',
  'society',
  'section',
  'news',
  'refresher',
  'elearning',
  'learning',
  'referral',
  'referrals',
  'patient',
  'calls',
]);
// Laughter just after the words marks "I want to die lol" or "can't breathe 😂" as a figure of speech. Only for
// the kinds people use as figures every day: a swelling, a torsion, a missed pill or a poisoning is made light
// of while it happens ("lips massive 😂", "my nut is killing me lol").
const LAUGHTER_FIGURES = new Set(['suicide', 'breathing']);
const LAUGHTER = /\b(?:lol|lmao|lmfao|rofl|haha\w*|laughing|laughed)\b|\u{1F602}|\u{1F923}|\u{1F605}|\u{1F606}/iu;
const TAKE = new Set<string>(OVERDOSE_TAKE);
const MEDICINES = new Set<string>(OVERDOSE_MEDICINES);
const QUANTITIES = new Set<string>(OVERDOSE_QUANTITIES);
// Verbs of thinking: "about" after one introduces what is thought, not a topic.
const THINKING = new Set([
  'thinking',
  'think',
  'thought',
  'thoughts',
  'dreaming',
  'fantasising',
  'fantasizing',
  'obsessing',
]);
const TOPIC_BEFORE = new Set([
  'signs',
  'symptoms',
  'risk',
  'history',
  'awareness',
  'teaching',
  'training',
  'talk',
  'lecture',
  'course',
  'about',
  'recognising',
  'recognizing',
  'handle',
  'handling',
]);
// A clinician writing about a patient (a colleague's handover), not a patient writing in.
const CLINICIAN_DETERMINERS = new Set(['the', 'a', 'my', 'our', 'this', 'that', 'another', 'new', 'one', 'some']);
const PATIENT_WORDS = new Set(['patient', 'patients', 'pt', 'pts']);
const PAST = /\b(?:years?|months?) ago\b|(?<!the )\blast (?:year|month)\b|\bin (?:19|20)\d\d\b/i;

// Pairs indexed by their first word, so the scan costs one map lookup a token.
const PAIRS_BY_FIRST = new Map<string, Array<{ kind: string; within: number; then: Set<string> }>>();
for (const p of RED_FLAG_PAIRS) {
  for (const w of p.first) {
    const list = PAIRS_BY_FIRST.get(w) ?? [];
    list.push({ kind: p.kind, within: p.within, then: new Set(p.then) });
    PAIRS_BY_FIRST.set(w, list);
  }
}

function hasStopBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? ; and line breaks end the reach of a negation
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

// Words between a negator and the symptom that do not count towards its reach ("never had any thoughts of").
const FILLER = new Set([
  'any',
  'had',
  'have',
  'has',
  'been',
  'having',
  'ever',
  'thoughts',
  'thought',
  'feelings',
  'feeling',
  'of',
  'about',
  'a',
  'the',
  'signs',
  'real',
  'really',
]);

function negated(a: Analysis, tokenStart: number, kind: string): boolean {
  const tokens = a.tokens;
  // A red flag that carries its own negation ("can't wake her", "won't stop bleeding") opens a clause of
  // its own: a "not" before it ("she's not herself, can't wake her") does not deny it.
  if (SELF_NEGATING.has((tokens[tokenStart] as Token | undefined)?.norm ?? '')) return false;
  let reach = kind === 'suicide' ? 3 : 4;
  for (let k = tokenStart - 1, steps = 1, seen = 0; k >= 0 && steps <= reach && seen < 9; k--, seen++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (hasStopBetween(a.text, t.end, next.start)) return false;
    if (CONTRAST.has(t.norm)) return false;
    // A new subject starts a new clause: "not breathing properly and we can't wake him" denies nothing.
    if (SUBJECTS.has(t.norm)) return false;
    if (LIST.has(t.norm)) reach = Math.min(reach + 2, 7);
    if (NEGATORS.has(t.norm)) return !HEDGES.has(next.norm);
    if (!FILLER.has(t.norm)) steps++;
  }
  return false;
}

function asTopic(a: Analysis, tokenStart: number, tokenEnd: number): boolean {
  const after = a.tokens[tokenEnd];
  if (
    after &&
    TOPIC_AFTER.has(after.norm) &&
    !hasStopBetween(a.text, (a.tokens[tokenEnd - 1] as Token).end, after.start)
  )
    return true;
  for (let k = tokenStart - 1; k >= 0 && k >= tokenStart - 2; k--) {
    const t = a.tokens[k] as Token;
    if (hasStopBetween(a.text, t.end, (a.tokens[k + 1] as Token).start)) break;
    // "Thinking about stepping in front of a train" is the thought itself, not a talk about one.
    if (TOPIC_BEFORE.has(t.norm)) return !(t.norm === 'about' && THINKING.has(a.tokens[k - 1]?.norm ?? ''));
  }
  return false;
}

/** Sentence indexes in which a clinician writes about "the patient" (not "your patient"). */
function clinicianSentences(a: Analysis): Set<number> | undefined {
  let out: Set<number> | undefined;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (PATIENT_WORDS.has((t[i] as Token).norm) && CLINICIAN_DETERMINERS.has((t[i - 1] as Token).norm)) {
      (out ??= new Set()).add(a.sentenceAt((t[i] as Token).start));
    }
  }
  return out;
}

function keep(
  a: Analysis,
  found: RedFlagHit[],
  clinician: Set<number> | undefined,
  kind: string,
  start: number,
  end: number,
  tokenStart: number,
  tokenEnd: number,
  /** A crisis composed from several cues is its own evidence: "thinking about the shotgun" is not a topic. */
  composed = false,
): void {
  if (negated(a, tokenStart, kind) || (!composed && asTopic(a, tokenStart, tokenEnd))) return;
  const sentence = a.sentenceAt(start);
  if (clinician?.has(sentence)) return;
  const s = a.sentences[sentence];
  if (s) {
    const text = a.text.slice(s.start, s.end);
    // Only laughter right after the words makes them a joke: "lol" that opens a message is often nerves.
    if (LAUGHTER_FIGURES.has(kind) && LAUGHTER.test(a.text.slice(start, Math.min(s.end, end + 25)))) return;
    if (PAST.test(text) || resolved(text)) return;
    if (SELF_HARM_KINDS.has(kind) && BEREAVEMENT.test(text.toLowerCase())) return;
    if (fiction(a, tokenStart)) return;
  }
  if (figurative(a, tokenStart, tokenEnd) || (kind === 'suicide' && everydayComplement(a, tokenEnd))) return;
  found.push({ kind, start, end, tokenStart });
}

/** A self-harm episode told as over ("I used to cut myself") and not as back ("…and I've started again"). */
function resolved(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return RESOLVED.test(lower) && !RECURRED.test(lower);
}

/** A crisis in a film, a book or a soap's storyline is the plot, not the writer's. */
function fiction(a: Analysis, tokenStart: number): boolean {
  const [lo, hi] = sentenceTokens(a, tokenStart);
  for (let k = lo; k <= hi; k++) if (FICTION.has((a.tokens[k] as Token).norm)) return true;
  return false;
}

/** "Wanted to die of embarrassment", "nearly had a heart attack when…": a figure of speech. */
function figurative(a: Analysis, tokenStart: number, tokenEnd: number): boolean {
  if (a.tokens[tokenEnd]?.norm === 'of' && FIGURATIVE_CAUSES.has(a.tokens[tokenEnd + 1]?.norm ?? '')) return true;
  for (let k = tokenStart - 1; k >= 0 && k >= tokenStart - 3; k--) {
    if (/^(?:nearly|almost|practically)$/.test((a.tokens[k] as Token).norm)) return true;
  }
  return false;
}

/**
 * "Can't go on waiting three weeks", "such a burden asking again", "could kill myself for forgetting": a
 * despairing phrase governed by an everyday activity (a gerund, or "for" and one) is about that activity.
 * Living, being and feeling are not everyday here ("can't go on living like this").
 */
function everydayComplement(a: Analysis, tokenEnd: number): boolean {
  const gerund = (t: Token | undefined) => !!t && /^[a-z]{3,}ing$/.test(t.norm) && !LIFE_GERUNDS.has(t.norm);
  const next = a.tokens[tokenEnd];
  if (!next || hasStopBetween(a.text, (a.tokens[tokenEnd - 1] as Token).end, next.start)) return false;
  return gerund(next) || ((next.norm === 'for' || next.norm === 'over') && gerund(a.tokens[tokenEnd + 1]));
}
const LIFE_GERUNDS = new Set([
  'living',
  'existing',
  'being',
  'feeling',
  'breathing',
  'waking',
  'thinking',
  'nothing',
  'anything',
  'everything',
  'something',
  'going',
]);

/** An ordinary reason for a goodbye anywhere in the message (moving away, a new practice). */
function partingExplained(a: Analysis): boolean {
  return PARTING.test(a.text.toLowerCase());
}
const PARTING = new RegExp(`\\b(?:${PARTING_REASONS.join('|')})`);

const AGE_UNITS = new Map<string, number>(INFANT.ages.flatMap((g) => g.units.map((u) => [u, g.max] as const)));
const TEMPERATURE = new Set<string>(INFANT.temperature);
const FEEDING = new Set<string>(INFANT.feeding);
const INFANT_WORDS = new Set<string>(INFANT.words);

/**
 * A baby under three months ("6 week old", "newborn") and, in the same message, a fever of 38 or
 * more or a feed refused: the age and the feature together are the red flag, reported on the feature.
 */
function infantRedFeature(
  a: Analysis,
): { start: number; end: number; tokenStart: number; tokenEnd: number } | undefined {
  const t = a.tokens;
  let young = false;
  for (let i = 0; i < t.length && !young; i++) {
    const w = (t[i] as Token).norm;
    if (INFANT_WORDS.has(w)) young = true;
    const max = AGE_UNITS.get(t[i + 1]?.norm ?? '');
    if (max !== undefined && /^\d+$/.test(w) && Number(w) <= max) young = true;
    const glued = /^(\d+)([a-z]+)$/.exec(w);
    if (glued && Number(glued[1]) <= (AGE_UNITS.get(glued[2] as string) ?? -1)) young = true;
  }
  if (!young) return undefined;
  const fever = feverReading(a);
  if (fever) return fever;
  for (let i = 0; i < t.length; i++) {
    const w = (t[i] as Token).norm;
    if (FEEDING.has(w) && i > 0 && NEGATORS.has((t[i - 1] as Token).norm)) return span(t, i - 1, i);
  }
  return undefined;
}

/** A temperature of 38 or more written beside a word for it ("temp 38.6", "39 degrees"): a fever. */
function feverReading(a: Analysis): { start: number; end: number; tokenStart: number; tokenEnd: number } | undefined {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!TEMPERATURE.has((t[i] as Token).norm)) continue;
    for (let j = Math.max(0, i - 3); j < t.length && j <= i + 4; j++) {
      const n = Number.parseFloat((t[j] as Token).norm);
      if (n >= INFANT.feverAt && n < 45) return span(t, Math.min(i, j), Math.max(i, j));
    }
  }
  return undefined;
}

function span(t: readonly Token[], from: number, to: number) {
  return { start: (t[from] as Token).start, end: (t[to] as Token).end, tokenStart: from, tokenEnd: to + 1 };
}

/**
 * Which kinds of crisis cue make a pair. A means, an act or a finality is strong; despair, a supply
 * of tablets and a goodbye are weak and count only beside a strong cue (or a supply beside despair); a time counts beside an act or a finality ("tonight" with "my last night").
 */
function pairs(kinds: ReadonlySet<string>): boolean {
  const strong = ['means', 'act', 'finality'].filter((k) => kinds.has(k)).length;
  const weak = ['despair', 'supply', 'parting', 'missing'].filter((k) => kinds.has(k)).length;
  if (strong >= 2 || (strong === 1 && weak >= 1)) return true;
  if (kinds.has('supply') && kinds.has('despair')) return true;
  // A goodbye, then silence: "sent me a goodbye text and isn't answering".
  if (kinds.has('missing') && (kinds.has('parting') || kinds.has('supply') || kinds.has('despair'))) return true;
  // A time counts beside an act or a finality; beside a means alone it is everyday ("the rope swing tomorrow").
  if (kinds.has('means') && kinds.has('tonight')) return true;
  return (kinds.has('act') || kinds.has('finality')) && (kinds.has('time') || kinds.has('tonight'));
}

function firstPersonBefore(a: Analysis, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 2; k--)
    if (/^(?:i|i'm|im|we|we're)$/.test((a.tokens[k] as Token).norm)) return true;
  return false;
}

/** The cue a finding is reported on: a means, an act or a finality before a supply, despair or a goodbye, and those before a time. */
function cueRank(kind: string): number {
  if (kind === 'means' || kind === 'act' || kind === 'finality') return 2;
  return kind === 'time' || kind === 'tonight' ? 0 : 1;
}

/**
 * A suicidal crisis told by its parts: two kinds of cue (data/crisis.ts CRISIS_CUES) in one message,
 * each not denied ("I'm not going to do it tonight"). Reported on the strongest cue.
 */
function composedCrisis(a: Analysis): { start: number; end: number; tokenStart: number; tokenEnd: number } | undefined {
  const hits = a.hits('crisis-cue');
  if (hits.length < 2) return undefined;
  const lower = a.text.toLowerCase();
  if (resolved(lower) || BEREAVEMENT.test(lower)) return undefined;
  const kinds = new Set<string>();
  let lead: (typeof hits)[number] | undefined;
  for (const h of hits) {
    const k = h.entry.tags?.[1] ?? '';
    if (negated(a, h.tokenStart, 'suicide')) continue;
    // "I'm not answering emails" is the writer's own choice, not someone gone quiet.
    if (k === 'missing' && firstPersonBefore(a, h.tokenStart)) continue;
    kinds.add(k);
    if (!lead || cueRank(k) > cueRank(lead.entry.tags?.[1] ?? '')) lead = h;
  }
  const setOut = setOutSupply(a);
  if (setOut) {
    kinds.add('means');
    if (!lead || cueRank(lead.entry.tags?.[1] ?? '') < 2) return pairs(kinds) ? { ...setOut } : undefined;
  }
  if (!lead || !pairs(kinds)) return undefined;
  if (ordinaryParting(a)) return undefined;
  return { start: lead.start, end: lead.end, tokenStart: lead.tokenStart, tokenEnd: lead.tokenEnd };
}

const CONCERN = new Set<string>(NAMED_NOW.concern);
const HAVING = new Set<string>(NAMED_NOW.having);

/** A named emergency ("sepsis", "heart attack") that someone has now or is feared to have, and not said laughing. */
function namedNow(a: Analysis, tokenStart: number): boolean {
  const [lo, hi] = sentenceTokens(a, tokenStart);
  const s = a.sentences[a.sentenceAt((a.tokens[tokenStart] as Token).start)];
  const text = s ? a.text.slice(s.start, s.end) : '';
  if (LAUGHTER.test(text)) return false;
  if (text.includes('?')) return true;
  for (let k = lo; k <= hi; k++) if (CONCERN.has((a.tokens[k] as Token).norm)) return true;
  for (let k = tokenStart - 1; k >= lo && k >= tokenStart - NAMED_NOW.reach; k--)
    if (HAVING.has((a.tokens[k] as Token).norm)) return true;
  return false;
}

const LETHAL = new Phrases(LETHALITY);
const SET_OUT_PHRASES = new Phrases(SET_OUT);
const STOCKPILE = new Set(STOCKPILING);

const MEDICINE_TOKENS = new PerAnalysis<Set<number>>();

/** Token indexes of medicines: the common words for tablets and any medicine the clinical lexicon knows (once a draft). */
function medicineTokens(a: Analysis): Set<number> {
  const cached = MEDICINE_TOKENS.get(a);
  if (cached) return cached;
  const out = new Set<number>();
  a.tokens.forEach((t, i) => {
    if (MEDICINES.has(t.norm)) out.add(i);
  });
  for (const h of a.hits('clinical'))
    if (h.entry.tags?.[0] === 'medicine') for (let i = h.tokenStart; i < h.tokenEnd; i++) out.add(i);
  MEDICINE_TOKENS.set(a, out);
  return out;
}

/** A medicine within `reach` tokens after (or, with `both`, before) token i, in the same sentence. */
function medicineNear(a: Analysis, medicines: Set<number>, i: number, reach: number, both: boolean): boolean {
  const [lo, hi] = sentenceTokens(a, i);
  for (let j = Math.max(lo, both ? i - reach : i); j <= Math.min(hi, i + reach); j++) if (medicines.has(j)) return true;
  return false;
}

/**
 * Overdose cues built on any medicine: a question or statement of how much would be lethal ("how many
 * sertraline would make you not wake up"), and a medicine being gathered ("saving my zopiclone").
 */
function medicineMeans(a: Analysis, found: RedFlagHit[], clinician: () => Set<number> | undefined): void {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const lethal = LETHAL.at(t, i);
    const n = lethal || (STOCKPILE.has((t[i] as Token).norm) ? 1 : 0);
    if (n === 0) continue;
    const medicines = medicineTokens(a);
    if (medicines.size === 0) return;
    if (!medicineNear(a, medicines, i, lethal ? 12 : 4, lethal > 0)) continue;
    keep(a, found, clinician(), 'overdose', (t[i] as Token).start, (t[i + n - 1] as Token).end, i, i + n);
  }
}

/** A medicine set out to hand ("pills are counted out", "all my tablets in front of me"), as a span. */
function setOutSupply(a: Analysis): { start: number; end: number; tokenStart: number; tokenEnd: number } | undefined {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = SET_OUT_PHRASES.at(t, i);
    if (n === 0) continue;
    if (medicineNear(a, medicineTokens(a), i, 5, true) && !negated(a, i, 'suicide')) return span(t, i, i + n - 1);
  }
  return undefined;
}

const SADDLE = new Phrases(CAUDA_EQUINA.region);
const SEAT = new Phrases(CAUDA_EQUINA.seat);
const FEELING_LOST = new Phrases(CAUDA_EQUINA.loss);
const BLADDER_CHANGE = new Phrases(CAUDA_EQUINA.bladder);
const BACK = new Set<string>(CAUDA_EQUINA.back);

/**
 * Cauda equina by its parts: feeling lost in the saddle area (a region and a loss within a few words, in one
 * sentence), or a bladder or bowel change in a message that speaks of the back. Reported on the loss or change.
 */
function caudaEquina(a: Analysis): { start: number; end: number; tokenStart: number; tokenEnd: number } | undefined {
  const t = a.tokens;
  let back: boolean | undefined;
  const aboutBack = () => (back ??= t.some((x) => BACK.has(x.norm)));
  for (let i = 0; i < t.length; i++) {
    const change = BLADDER_CHANGE.at(t, i);
    if (change > 0 && aboutBack()) return span(t, i, i + change - 1);
    const loss = FEELING_LOST.at(t, i);
    if (loss === 0) continue;
    const [lo, hi] = sentenceTokens(a, i);
    for (let j = Math.max(lo, i - CAUDA_EQUINA.reach); j <= Math.min(hi, i + loss + CAUDA_EQUINA.reach); j++)
      if (SADDLE.at(t, j) > 0 || (SEAT.at(t, j) > 0 && aboutBack())) return span(t, i, i + loss - 1);
  }
  return undefined;
}

/** Cue kinds that say only that someone is going: with an ordinary reason, a farewell. */
const PARTING_ONLY = new Set(['finality', 'parting', 'time', 'tonight']);

/**
 * "Retiring after 32 years: I won't be around after Friday, goodbye": last words with an ordinary reason for
 * them in the message, and no crisis cue of a means, an act, despair or a supply, are a parting.
 */
export function ordinaryParting(a: Analysis): boolean {
  const cues = a.hits('crisis-cue');
  return cues.length > 0 && cues.every((h) => PARTING_ONLY.has(h.entry.tags?.[1] ?? '')) && partingExplained(a);
}

const CACHE = new PerAnalysis<RedFlagHit[]>();

/**
 * Red flags in the text that are neither denied ("no chest pain") nor named as a topic ("the chest
 * pain pathway"), nor in a clinician's note about a patient, nor told as past history ("in 2019").
 * Shared with the inbound-request rule; computed once per analysis.
 */
export function findRedFlags(a: Analysis): RedFlagHit[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const found: RedFlagHit[] = [];
  const lexicon = a.hits('red-flag');
  const tokens = a.tokens;
  // Sentences in which a clinician writes about "the patient": read once, and only if something is found.
  let clinicianRead = false;
  let clinicianSet: Set<number> | undefined;
  const clinician = () => {
    if (!clinicianRead) {
      clinicianSet = clinicianSentences(a);
      clinicianRead = true;
    }
    return clinicianSet;
  };
  for (const h of lexicon) {
    if (h.entry.tags?.[1] === 'named' && !namedNow(a, h.tokenStart)) continue;
    keep(a, found, clinician(), h.entry.tags?.[0] ?? 'red-flag', h.start, h.end, h.tokenStart, h.tokenEnd);
  }
  let parting: boolean | undefined;
  for (const h of [...a.hits('crisis'), ...a.hits('red-flag-lay')]) {
    if (h.entry.tags?.includes('farewell') && (parting ??= partingExplained(a))) continue;
    keep(a, found, clinician(), h.entry.tags?.[0] ?? 'red-flag', h.start, h.end, h.tokenStart, h.tokenEnd);
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const pairs = PAIRS_BY_FIRST.get(first.norm);
    if (!pairs) continue;
    for (const p of pairs) {
      for (let j = i + 1; j < tokens.length && j - i <= p.within; j++) {
        const then = tokens[j] as Token;
        if (hasStopBetween(a.text, (tokens[j - 1] as Token).end, then.start)) break;
        if (p.then.has(then.norm)) {
          keep(a, found, clinician(), p.kind, first.start, then.end, i, j + 1);
          break;
        }
      }
    }
  }
  // "took 16 paracetamol", "swallowed a handful of pills"
  for (let i = 0; i < tokens.length; i++) {
    if (!TAKE.has((tokens[i] as Token).norm)) continue;
    let many = false;
    for (let j = i + 1; j < tokens.length && j - i <= 6; j++) {
      const t = tokens[j] as Token;
      if (hasStopBetween(a.text, (tokens[j - 1] as Token).end, t.start)) break;
      if (QUANTITIES.has(t.norm) || (t.kind === 'number' && Number(t.norm) >= OVERDOSE_MIN_COUNT)) many = true;
      else if (MEDICINES.has(t.norm)) {
        if (many) {
          keep(a, found, clinician(), 'overdose', (tokens[i] as Token).start, t.end, i, j + 1);
        }
        break;
      }
    }
  }
  medicineMeans(a, found, clinician);
  const crisis = composedCrisis(a);
  if (crisis) {
    keep(a, found, clinician(), 'suicide', crisis.start, crisis.end, crisis.tokenStart, crisis.tokenEnd, true);
  }
  const spine = caudaEquina(a);
  if (spine) {
    keep(a, found, clinician(), 'spine', spine.start, spine.end, spine.tokenStart, spine.tokenEnd);
  }
  const infant = infantRedFeature(a);
  if (infant) {
    keep(a, found, clinician(), 'baby', infant.start, infant.end, infant.tokenStart, infant.tokenEnd);
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  CACHE.set(a, found);
  return found;
}
