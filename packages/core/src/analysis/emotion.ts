import { CRUDE_EMOJI, LAUGH_EMOJI } from '../data/banter.js';
import { ANGER_EMOJI, POSITIVE_WORDS } from '../data/emotion.js';
import type { LexiconHit } from '../text/matcher.js';
import { matchesOf } from '../text/prefilter.js';
import { longestHits } from '../text/spans.js';
import type { Token } from '../text/tokens.js';
import type { Analysis, TextSignals } from './analyse.js';
import { emotionalSense } from './emotion-sense.js';
import { nameCalling } from './meaning/hostile.js';
import { PerAnalysis } from './memo.js';
import { inQuotes } from './speech.js';

/*
 * The emotional temperature of a text, as a combination of signals (no library tells anger from calm
 * clinical bad news): words of anger, annoyance, exasperation or distress read in their emotional sense
 * (emotion-sense.ts), blame and sarcasm aimed at the reader, hostile words (insults, swearing, threats),
 * a target, intensity (capitals, shouted sentences, "!!!", absolutes) and, for a draft, the learned
 * model's reading. Each cue has a weight; a rule fires when they add up, never on capitals or "!!!" alone.
 */

export type CueKind =
  | 'anger'
  | 'outburst'
  | 'exasperation'
  | 'hostile'
  | 'distress'
  | 'crisis'
  | 'blame'
  | 'sarcasm'
  | 'insult'
  | 'profanity'
  | 'threat'
  | 'capitals'
  | 'shouted'
  | 'disguised'
  | 'exclamation'
  | 'absolute'
  | 'learned';

export interface EmotionCue {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

export interface EmotionReading {
  /** Weighted sum of every cue (before thread context). */
  readonly score: number;
  /** Emotion-word and hostile-word weight: the cues that can carry a finding. */
  readonly lexical: number;
  /** Lexical weight plus intensity (capitals, exclamation runs). */
  readonly core: number;
  readonly cues: readonly EmotionCue[];
  /** A person is addressed or named (you, Dr X, @handle, the practice manager). */
  readonly targeted: boolean;
  /** Laughing markers or positive words damped the intensity cues. */
  readonly joking: boolean;
  readonly positive: boolean;
  /** Positive words with no anger, insult, threat or sarcasm read beside them: a glad draft. */
  readonly glad: boolean;
  /**
   * Raised voice with no angry word: capitals and an absolute with an exclamation run or a whole
   * sentence shouted ("WHY does nobody EVER answer?!", "WHY DOES NOBODY EVER READ THEIR EMAILS").
   */
  readonly raised: boolean;
  /**
   * An insult is given to someone other than the author (name-calling as the meaning layer reads it): known
   * for a draft (emotionOf), false for any other text.
   */
  readonly namesCalled: boolean;
}

const LAUGH_RE = new RegExp(`(?:${[...LAUGH_EMOJI, ...CRUDE_EMOJI].join('|')})`, 'u');
const ANGER_RE = new RegExp(ANGER_EMOJI.join('|'), 'gu');
/** Spaces, stars or dots inside a swear word: spelled out on purpose, not a look-alike letter. */
const SPELT_OUT = /[\s*.#@_-]/;
/** Angry emoji counted (a wall of them is no angrier than a few). */
const EMOJI_CAP = 3;
/** Kinds that say the author is angry (not merely loud or sad). */
const ANGRY = new Set<CueKind>(['anger', 'exasperation', 'hostile', 'blame', 'sarcasm', 'insult', 'threat']);

/** Lexicons mark context-only entries with a low weight; only real cues count. */
const strong = (h: LexiconHit) => (h.entry.weight ?? 1) >= 0.5;

function profanityWeight(strength: string | undefined): number {
  if (strength === 'strongest' || strength === 'strong') return 0.45;
  if (strength === 'mild') return 0.25;
  return 0.4;
}

/**
 * The emotion words in their emotional sense, outside quotation marks and fixed phrases ("you never
 * know"): the heaviest of overlapping hits, then the longest ("i'm furious" over "furious").
 */
function pickEmotion(s: TextSignals): EmotionCue[] {
  const emoji: EmotionCue[] = [];
  ANGER_RE.lastIndex = 0;
  for (const m of matchesOf(ANGER_RE, s.text)) {
    if (emoji.length >= EMOJI_CAP) break;
    emoji.push({ kind: 'anger', start: m.index, end: m.index + m[0].length, weight: emoji.length ? 0.15 : 0.5 });
  }
  const all = s.hits('emotion');
  const literal = all.filter((h) => h.entry.tags?.[0] === 'literal');
  const hits = all
    .filter(
      (h) =>
        h.entry.tags?.[0] !== 'literal' &&
        !literal.some((l) => h.start < l.end && h.end > l.start) &&
        emotionalSense(s.text, s.tokens, h) &&
        !inQuotes(s.text, h.start, h.end),
    )
    .sort((a, b) => (b.entry.weight ?? 1) - (a.entry.weight ?? 1) || b.end - b.start - (a.end - a.start));
  const kept: EmotionCue[] = emoji;
  for (const h of hits) {
    if (kept.some((k) => h.start < k.end && h.end > k.start)) continue;
    kept.push({
      kind: (h.entry.tags?.[0] ?? 'anger') as CueKind,
      start: h.start,
      end: h.end,
      weight: h.entry.weight ?? 1,
    });
  }
  return kept;
}

/** Short words that are shouted, not acronyms, when written in capitals ("WHY", "NOT", "ANY"). */
const SHOUTED_SHORT = new Set(
  'WHY NOT ANY ALL YOU NOW WHO HOW THE AND BUT YES OUT OFF ONE DID WAS ARE CAN GET SAY SEE DON WON ISN STOP NEVER EVER SO NO'.split(
    ' ',
  ),
);

/**
 * Shouted words outside headings: a line written wholly in capitals with no "!" and no one in it is a
 * heading or a notice, not a raised voice. Only the first few words matter to the score.
 */
function raisedVoice(s: TextSignals): Token[] {
  const { text, intensity } = s;
  const out: Token[] = [];
  let lineEnd = -1;
  let headline = false;
  for (const t of intensity.shouted) {
    if (out.length >= 5) break;
    if (!intensity.shouting && t.raw.length <= 3 && !SHOUTED_SHORT.has(t.raw)) continue;
    if (t.start > lineEnd) {
      const from = text.lastIndexOf('\n', t.start) + 1;
      const to = text.indexOf('\n', t.start);
      lineEnd = to === -1 ? text.length : to;
      const line = text.slice(from, lineEnd);
      headline =
        !/\p{Ll}/u.test(line) &&
        !line.includes('!') &&
        !intensity.shoutedSentences.some((x) => x.start < lineEnd && x.end > from);
    }
    if (!headline) out.push(t);
  }
  return out;
}

function capped(cues: readonly EmotionCue[], first: number, more: number, cap: number): number {
  return cues.length === 0 ? 0 : Math.min(cap, first + more * (cues.length - 1));
}

const cue =
  (kind: CueKind, weight: number) =>
  (x: { start: number; end: number }): EmotionCue => ({ kind, start: x.start, end: x.end, weight });

/** Reads the emotional temperature of a text: the draft (with its targets) or any text's signals. */
export function readEmotion(
  s: TextSignals,
  targets?: Analysis['targets'],
  extra: { calling?: readonly { start: number; end: number }[]; learned?: number } = {},
): EmotionReading {
  const emotion = pickEmotion(s);
  const calling = extra.calling ?? [];
  const called = (h: { start: number; end: number }) => calling.some((c) => h.start < c.end && h.end > c.start);
  const insults: EmotionCue[] = longestHits(s.hits('insult').filter(strong)).map((h) =>
    cue('insult', called(h) ? 0.4 : 0.35)(h),
  );
  const swearing = s.profanity
    .filter((p) => p.kind !== 'sexual' && !inQuotes(s.text, p.start, p.end))
    .map((p) => cue('profanity', profanityWeight(p.strength))(p));
  // Swearing spelled out to dodge a filter ("f u c k", "sh*t") is written for emphasis.
  const disguised = swearing.length
    ? s.profanity
        .filter((p) => p.disguised && p.kind !== 'sexual' && SPELT_OUT.test(s.text.slice(p.start, p.end)))
        .slice(0, 1)
        .map(cue('disguised', 0.3))
    : [];
  const threats = longestHits([...s.hits('threat'), ...s.hits('harassment')].filter(strong)).map(cue('threat', 0.3));
  const capitals = raisedVoice(s).map(cue('capitals', 0.2));
  const shouted = s.intensity.shoutedSentences.map(cue('shouted', 0.4));
  const exclaims = s.intensity.exclamationRuns.map(cue('exclamation', 0.3));
  const absolutes = s.intensity.absolutes.map(cue('absolute', 0.15));

  const joking = s.hits('banter').some((h) => h.entry.tags?.includes('laugh')) || LAUGH_RE.test(s.text);
  const positive = s.tokens.some((t) => POSITIVE_WORDS.has(t.norm));
  const sarcastic = emotion.some((c) => c.kind === 'sarcasm');

  const angry = emotion.some((c) => ANGRY.has(c.kind)) || insults.length > 0 || threats.length > 0;
  // Tiredness or tears beside joy ("exhausted but so proud", "cried at her leaving do, love you all") weigh half.
  const glad = positive && !angry && !sarcastic;
  const emotionWeight = Math.min(
    1.6,
    emotion.reduce(
      (sum, c) =>
        sum + ((glad || joking) && (c.kind === 'distress' || c.kind === 'outburst') ? c.weight / 2 : c.weight),
      0,
    ),
  );
  let hostile =
    Math.min(
      0.8,
      insults.reduce((m, c, i) => (i === 0 ? c.weight : m + 0.1), 0),
    ) +
    Math.min(
      0.7,
      swearing.reduce((m, c, i) => (i === 0 ? c.weight : m + 0.15), 0),
    ) +
    capped(threats, 0.3, 0, 0.3);
  // Swearing beside an insult ("bloody idiot") is hotter than either alone.
  if (
    insults.length &&
    swearing.length &&
    insults.some((i) => swearing.some((p) => Math.abs(i.start - p.end) <= 2 || Math.abs(p.start - i.end) <= 2))
  )
    hostile += 0.15;
  let intensity =
    Math.min(0.6, capitals.length * 0.2) +
    (s.intensity.shouting ? 0.1 : 0) +
    Math.min(0.6, shouted.length * 0.4) +
    (disguised[0]?.weight ?? 0) +
    capped(exclaims, 0.3, 0.15, 0.45);
  let sweeping = capped(absolutes, 0.15, 0.15, 0.3);

  const learned = extra.learned ?? 0;
  // "Amazing news!!!" and "who moved my otoscope 😂": capitals and exclamations are not anger here.
  if (joking) {
    hostile *= 0.5;
    intensity = 0;
    sweeping = 0;
  } else if (positive && !sarcastic && !emotion.some((c) => c.kind !== 'blame' && ANGRY.has(c.kind))) {
    intensity = 0;
    sweeping = 0;
  }
  // Blame said warmly ("you always go the extra mile, thank you") is not blame.
  const blameWeight = emotion.filter((c) => c.kind === 'blame').reduce((sum, c) => sum + c.weight, 0);
  const lexical =
    emotionWeight + hostile - (positive && !sarcastic && !angryBesidesBlame(emotion, insults) ? blameWeight : 0);
  const core = lexical + intensity + learned;
  const targeted = Boolean(
    targets && (targets.secondPerson.length || targets.namedPeople.length || targets.roles.length),
  );
  const target = targeted && (angry || swearing.length > 0) ? 0.15 : 0;
  const cues = [
    ...emotion,
    ...insults,
    ...swearing,
    ...threats,
    // Capitals and spelt-out swearing set aside as glad or joking ("F*CKING brilliant news!") are no cue of feeling.
    ...(intensity === 0 ? [] : [...capitals, ...shouted, ...disguised]),
    ...(intensity ? exclaims : []),
    ...(sweeping ? absolutes : []),
    ...(learned > 0 ? [{ kind: 'learned' as const, start: 0, end: 0, weight: learned }] : []),
  ];
  const loud = capitals.length >= 2 && exclaims.length > 0;
  const raised = intensity > 0 && sweeping > 0 && (loud || shouted.length > 0);
  // The classic angry jibe: a hostile word, aimed at someone, said loudly ("You absolute idiot!!!").
  const jibe = !joking && targeted && (insults.length > 0 || swearing.length > 0) && intensity > 0 ? 0.25 : 0;
  return {
    score: core + sweeping + target + jibe,
    lexical,
    core,
    cues,
    targeted,
    joking,
    positive,
    glad,
    raised,
    namesCalled: false,
  };
}

function angryBesidesBlame(emotion: readonly EmotionCue[], insults: readonly EmotionCue[]): boolean {
  return insults.length > 0 || emotion.some((c) => c.kind !== 'blame' && ANGRY.has(c.kind));
}

/** A draft reads as heightened when its cues add up to this (behaviour.heightened-emotion). */
export const FIRE_AT = 1;

/** The learned model's part: nothing below its midpoint, then up to LEARNED_MAX as it nears certainty. */
const LEARNED_FROM = 0.5;
const LEARNED_MAX = 0.5;
/** Cue kinds that come from emotion words (not hostile words, intensity or the model). */
export const EMOTION_WORD_KINDS: ReadonlySet<CueKind> = new Set<CueKind>([
  'anger',
  'outburst',
  'exasperation',
  'hostile',
  'distress',
  'crisis',
  'blame',
  'sarcasm',
]);
/** Kinds beside which the model may speak: feeling, not name-calling or threats (content rules judge those). */
const FEELING = new Set<CueKind>([...EMOTION_WORD_KINDS, 'shouted', 'capitals', 'disguised', 'exclamation']);

const perDraft = new PerAnalysis<EmotionReading>();

/**
 * The draft's emotional reading, once per draft: its own words and targets, name-calling as the meaning
 * layer reads it, and the learned model's heightened-emotion head where the words carry a cue of feeling
 * and the reading is near FIRE_AT (the model is not run on other drafts, which is most of them).
 */
export function emotionOf(a: Analysis): EmotionReading {
  const cached = perDraft.get(a);
  if (cached) return cached;
  const calling =
    a.hits('insult').length || a.hits('act-insult').length
      ? a.meaning.acts.filter((x) => x.kind === 'insult' && nameCalling(x, a.tokens))
      : [];
  const plain = readEmotion(a, a.targets);
  let reading = plain;
  // Only a reading near the line can be moved across it: elsewhere the model is not run, and name-calling
  // (which weighs a little more than an insult word said of a thing) need not be told apart.
  const near = plain.score >= FIRE_AT - LEARNED_MAX && plain.score < FIRE_AT;
  if (near && plain.cues.some((c) => FEELING.has(c.kind))) {
    const p = a.model.p('behaviour.heightened-emotion');
    const learned = p > LEARNED_FROM ? (LEARNED_MAX * (p - LEARNED_FROM)) / (1 - LEARNED_FROM) : 0;
    reading = readEmotion(a, a.targets, { calling, learned });
  }
  reading = { ...reading, namesCalled: calling.length > 0 };
  perDraft.set(a, reading);
  return reading;
}
