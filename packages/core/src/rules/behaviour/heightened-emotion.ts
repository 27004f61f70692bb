import type { Analysis, TextSignals } from '../../analysis/analyse.js';
import { inQuotes } from '../../analysis/speech.js';
import type { ThreadEntry } from '../../analysis/thread.js';
import { CRUDE_EMOJI, LAUGH_EMOJI } from '../../data/banter.js';
import { POSITIVE_WORDS } from '../../data/emotion.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import { longestHits } from '../../text/spans.js';
import type { Token } from '../../text/tokens.js';
import type { Mood } from '../../types.js';

/**
 * Heightened emotion, from our own cues (no library tells anger from calm clinical bad news):
 * words of anger, exasperation or distress, hostile words (insults, swearing, threats), a target
 * (you, a named person, a role), and intensity (shouted capitals, "!!!", absolutes). Each cue has a
 * weight; the draft is flagged when the weights add up, and never on capitals or "!!!" alone.
 */

export type CueKind =
  | 'anger'
  | 'exasperation'
  | 'hostile'
  | 'distress'
  | 'crisis'
  | 'insult'
  | 'profanity'
  | 'threat'
  | 'capitals'
  | 'exclamation'
  | 'absolute';

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
  /**
   * Raised voice with no angry word: capitals, an exclamation run and an absolute together
   * ("WHY does nobody EVER answer?!"). Enough to carry a finding without an emotion word.
   */
  readonly raised: boolean;
}

/** Flagged when the cues add up to this. */
export const FIRE_AT = 1;
const LEXICAL_FLOOR = 0.25;
const CORE_FLOOR = 0.5;
/** Added when the draft is the latest turn of a rapid back-and-forth. */
const EXCHANGE_BONUS = 0.3;
const TARGET_BONUS = 0.15;
const JIBE_BONUS = 0.25;

const _EMOTION_KINDS = new Set<CueKind>(['anger', 'exasperation', 'hostile', 'distress', 'crisis']);
const LAUGH_RE = new RegExp(`(?:${[...LAUGH_EMOJI, ...CRUDE_EMOJI].join('|')})`, 'u');

function profanityWeight(strength: string | undefined): number {
  if (strength === 'strongest' || strength === 'strong') return 0.45;
  if (strength === 'mild') return 0.25;
  return 0.4;
}

/**
 * Keeps the heaviest of overlapping emotion hits, then the longest ("i'm furious" over "furious").
 * Words inside quotation marks are someone else's ("a patient said they were 'absolutely furious'").
 */
function pickEmotion(s: TextSignals): EmotionCue[] {
  const hits = s
    .hits('emotion')
    .filter((h) => !inQuotes(s.text, h.start, h.end))
    .sort((a, b) => (b.entry.weight ?? 1) - (a.entry.weight ?? 1) || b.end - b.start - (a.end - a.start));
  const kept: EmotionCue[] = [];
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

/** Lexicons mark context-only entries with a low weight; only real cues count. */
const strong = (h: LexiconHit) => (h.entry.weight ?? 1) >= 0.5;

/**
 * Shouted words outside headings: a line written wholly in capitals with no "!" is a heading or a
 * notice ("GP SURGERIES FACE WINTER CRISIS", "URGENT: CLINIC CANCELLED"), not a raised voice.
 * One pass over the lines and the (sorted) words; only the first few words matter to the score.
 */
/** Short words that are shouted, not acronyms, when written in capitals ("WHY", "NOT", "ANY"). */
const SHOUTED_SHORT = new Set([
  'WHY',
  'NOT',
  'ANY',
  'ALL',
  'YOU',
  'NOW',
  'WHO',
  'HOW',
  'THE',
  'AND',
  'BUT',
  'YES',
  'OUT',
  'OFF',
  'ONE',
  'DID',
  'WAS',
  'ARE',
  'CAN',
  'GET',
  'SAY',
  'SEE',
  'DON',
  'WON',
  'ISN',
  'STOP',
  'NEVER',
  'EVER',
  'SO',
  'NO',
]);

function raisedVoice(text: string, shouted: readonly Token[], shouting: boolean): Token[] {
  const out: Token[] = [];
  let lineEnd = -1;
  let headline = false;
  for (const t of shouted) {
    if (out.length >= 5) break;
    if (!shouting && t.raw.length <= 3 && !SHOUTED_SHORT.has(t.raw)) continue;
    if (t.start > lineEnd) {
      const from = text.lastIndexOf('\n', t.start) + 1;
      const to = text.indexOf('\n', t.start);
      lineEnd = to === -1 ? text.length : to;
      const line = text.slice(from, lineEnd);
      headline = !/\p{Ll}/u.test(line) && !line.includes('!');
    }
    if (!headline) out.push(t);
  }
  return out;
}

function capped(cues: readonly EmotionCue[], first: number, more: number, cap: number): number {
  return cues.length === 0 ? 0 : Math.min(cap, first + more * (cues.length - 1));
}

/** Reads the emotional temperature of a text: the draft (with its targets) or any text's signals. */
export function readEmotion(s: TextSignals, targets?: Analysis['targets']): EmotionReading {
  const emotion = pickEmotion(s);
  const insults: EmotionCue[] = longestHits(s.hits('insult').filter(strong)).map((h) => ({
    kind: 'insult' as const,
    start: h.start,
    end: h.end,
    weight: 0.35,
  }));
  const swearing: EmotionCue[] = s.profanity
    .filter((p) => (p as { kind?: string }).kind !== 'sexual')
    .map((p) => ({
      kind: 'profanity' as const,
      start: p.start,
      end: p.end,
      weight: profanityWeight((p as { strength?: string }).strength),
    }));
  const threats: EmotionCue[] = longestHits([...s.hits('threat'), ...s.hits('harassment')].filter(strong)).map((h) => ({
    kind: 'threat' as const,
    start: h.start,
    end: h.end,
    weight: 0.3,
  }));
  const capitals: EmotionCue[] = raisedVoice(s.text, s.intensity.shouted, s.intensity.shouting).map((t) => ({
    kind: 'capitals' as const,
    start: t.start,
    end: t.end,
    weight: 0.2,
  }));
  const exclaims: EmotionCue[] = s.intensity.exclamationRuns.map((r) => ({
    kind: 'exclamation' as const,
    start: r.start,
    end: r.end,
    weight: 0.3,
  }));
  const absolutes: EmotionCue[] = s.intensity.absolutes.map((h) => ({
    kind: 'absolute' as const,
    start: h.start,
    end: h.end,
    weight: 0.15,
  }));

  const joking = s.hits('banter').some((h) => h.entry.tags?.includes('laugh')) || LAUGH_RE.test(s.text);
  const positive = s.tokens.some((t) => POSITIVE_WORDS.has(t.norm));

  const emotionWeight = Math.min(
    1.6,
    emotion.reduce((sum, c) => sum + c.weight, 0),
  );
  let hostile =
    capped(insults, 0.35, 0.1, 0.5) +
    Math.min(
      0.6,
      swearing.reduce((m, c, i) => (i === 0 ? c.weight : m + 0.1), 0),
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
    Math.min(0.6, capitals.length * 0.2) + (s.intensity.shouting ? 0.1 : 0) + capped(exclaims, 0.3, 0.15, 0.45);
  let sweeping = capped(absolutes, 0.15, 0.15, 0.3);

  const angry = emotion.some((c) => c.kind !== 'distress') || insults.length > 0 || threats.length > 0;
  // "Amazing news!!!" and "who moved my otoscope 😂": capitals and exclamations are not anger here.
  if (joking) {
    hostile *= 0.5;
    intensity = 0;
    sweeping = 0;
  } else if (positive && !angry) {
    intensity = 0;
    sweeping = 0;
  }

  const lexical = emotionWeight + hostile;
  const core = lexical + intensity;
  const targeted = Boolean(
    targets && (targets.secondPerson.length || targets.namedPeople.length || targets.roles.length),
  );
  const target = targeted && (angry || swearing.length > 0) ? TARGET_BONUS : 0;
  const cues = [
    ...emotion,
    ...insults,
    ...swearing,
    ...threats,
    ...(joking ? [] : capitals),
    ...(intensity ? exclaims : []),
    ...(sweeping ? absolutes : []),
  ];
  const raised = intensity > 0 && capitals.length >= 2 && exclaims.length > 0 && sweeping > 0;
  // The classic angry jibe: a hostile word, aimed at someone, said loudly ("You absolute idiot!!!").
  const jibe = !joking && targeted && (insults.length > 0 || swearing.length > 0) && intensity > 0 ? JIBE_BONUS : 0;
  return { score: core + sweeping + target + jibe, lexical, core, cues, targeted, joking, positive, raised };
}

/** The back-and-forth the draft ends, read from the thread (the draft is the last entry). */
export interface Exchange {
  /** Entries within the last hour before the draft (all recent entries when times are missing). */
  readonly window: readonly ThreadEntry[];
  /** My messages in the window, the draft included. */
  readonly mine: number;
  /** Changes of speaker between me and someone else in the window. */
  readonly turns: number;
  /** Minutes from my third-last message to the draft, when times are known. */
  readonly minutes?: number;
  /** Three or more of my messages within 30 minutes, alternating with someone else. */
  readonly rapid: boolean;
  /** The other person I am replying to most in the window. */
  readonly partner?: string;
}

const WINDOW_MS = 60 * 60_000;
const RAPID_MS = 30 * 60_000;

export function readExchange(entries: readonly ThreadEntry[]): Exchange {
  const draft = entries[entries.length - 1];
  if (!draft || entries.length < 4)
    return { window: entries, mine: entries.filter((e) => e.mine).length, turns: 0, rapid: false };
  const timed = draft.at !== undefined && entries.every((e) => e.at !== undefined);
  const window = timed
    ? entries.filter(
        (e) => (draft.at as number) - (e.at as number) <= WINDOW_MS && (e.at as number) <= (draft.at as number),
      )
    : entries.slice(-8);
  const mineAt = window.filter((e) => e.mine);
  let turns = 0;
  for (let i = 1; i < window.length; i++)
    if ((window[i] as ThreadEntry).mine !== (window[i - 1] as ThreadEntry).mine) turns++;
  const counts = new Map<string, number>();
  for (const e of window) if (!e.mine) counts.set(e.author, (counts.get(e.author) ?? 0) + 1);
  const partner = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const third = mineAt[mineAt.length - 3];
  const minutes = timed && third ? Math.round(((draft.at as number) - (third.at as number)) / 60_000) : undefined;
  const rapid = mineAt.length >= 3 && turns >= 3 && (timed ? (minutes as number) * 60_000 <= RAPID_MS : turns >= 4);
  return {
    window,
    mine: mineAt.length,
    turns,
    rapid,
    ...(minutes === undefined ? {} : { minutes }),
    ...(partner ? { partner } : {}),
  };
}

const quote = (text: string, c: { start: number; end: number }) => `'${text.slice(c.start, c.end)}'`;

/** The hottest phrase: the heaviest word cue, joined with cues right beside it ("bloody" + "idiot"). */
function hottest(text: string, cues: readonly EmotionCue[]): { start: number; end: number; kind: CueKind } | undefined {
  const words = cues.filter((c) => c.kind !== 'absolute' && c.kind !== 'exclamation');
  const pool = words.some((c) => c.kind !== 'capitals') ? words.filter((c) => c.kind !== 'capitals') : words;
  const best = [...pool].sort((a, b) => b.weight - a.weight || a.start - b.start)[0];
  if (!best) return undefined;
  let { start, end } = best;
  for (let grown = true; grown; ) {
    grown = false;
    for (const c of pool) {
      const gap = c.start >= end ? text.slice(end, c.start) : c.end <= start ? text.slice(c.end, start) : '';
      if ((c.start >= end || c.end <= start) && gap.length <= 2 && /^[\s,'-]*$/.test(gap)) {
        start = Math.min(start, c.start);
        end = Math.max(end, c.end);
        grown = true;
      }
    }
  }
  return { start, end, kind: best.kind };
}

const WAIT =
  'Wait an hour, then re-read it and, if it still needs saying, write it then in the words you would use on a calm day.';
const SUPPORT =
  'NHS Practitioner Health offers doctors free, confidential support, and talking to someone you trust before posting can help.';
const CRISIS =
  'If you feel unsafe or are thinking of harming yourself, call 999 or Samaritans on 116 123 now; NHS Practitioner Health offers doctors confidential help.';

function moodWords(mood: Mood | undefined): string | undefined {
  return mood === 'angry' ? 'angry' : mood === 'upset' ? 'upset' : mood === 'tired' ? 'tired' : undefined;
}

export default defineRule({
  id: 'behaviour.heightened-emotion',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: ['colleague', 'employer', 'gmc'],
  description: 'Anger or distress in the wording, or a self-reported mood.',
  rationale:
    'The guidance names posting while upset, angry or provoked as one of the commonest ways doctors come to grief online ' +
    '("Avoiding the pitfalls of social media use"): feeling crowds out judgement, and the words stay long after the mood has gone. ' +
    'A colleague, an employer or the GMC reads a furious or despairing message as the author at their least professional. ' +
    'Pause looks for anger, exasperation and distress in the wording (or a mood the author reports) and suggests waiting before sending.',
  examples: {
    flagged: [
      'I am absolutely furious. This is the third time this month your team has cancelled our meeting.',
      'I am SO sick of being blamed for everything. Nobody listens!!!',
      { text: 'Long day. Signing off for the evening.', mood: 'upset' },
    ],
    clean: [
      'Mrs Hale died peacefully overnight with her family around her. Thank you to the district nurses.',
      'Amazing news!!! Our practice won an award!!!',
      'URGENT: clinic cancelled this afternoon. NHS 111 is available.',
    ],
  },
  // Worded emotion needs an emotion word, a hostile word (insult, swearing, threat, harassment) or, for a
  // raised voice, an exclamation run; otherwise only a self-reported mood can fire.
  gate({ draft, analysis: a }) {
    return (
      draft.mood === 'angry' ||
      draft.mood === 'upset' ||
      draft.mood === 'tired' ||
      a.hits('emotion').length > 0 ||
      a.hits('insult').length > 0 ||
      a.profanity.length > 0 ||
      a.hits('threat').length > 0 ||
      a.hits('harassment').length > 0 ||
      a.intensity.exclamationRuns.length > 0
    );
  },
  detect({ draft, analysis }) {
    const reading = readEmotion(analysis, analysis.targets);
    const exchange = readExchange(analysis.thread.entries);
    const score = reading.score + (exchange.rapid && reading.lexical > 0 ? EXCHANGE_BONUS : 0);
    const crisis = reading.cues.find((c) => c.kind === 'crisis');
    const worded =
      crisis !== undefined ||
      ((reading.lexical >= LEXICAL_FLOOR || reading.raised) && reading.core >= CORE_FLOOR && score >= FIRE_AT);
    const mood = moodWords(draft.mood);
    const moodFires = draft.mood === 'angry' || draft.mood === 'upset' || (draft.mood === 'tired' && reading.core > 0);
    if (!worded && !moodFires) return [];

    const why = reading.cues
      .filter((c) => c.kind !== 'absolute' || reading.cues.length < 8)
      .map((c) => `${c.kind}: ${quote(draft.text, c)}`);
    if (reading.targeted) why.push('aimed at a person');
    if (exchange.rapid)
      why.push(`rapid exchange: ${exchange.mine} of your messages in ${exchange.minutes ?? 'a short'} minutes`);
    if (mood) why.push(`mood reported: ${mood}`);

    const distress = crisis ?? reading.cues.find((c) => c.kind === 'distress');
    const distressLed =
      distress !== undefined &&
      !reading.cues.some((c) => c.kind === 'anger' || c.kind === 'hostile' || c.kind === 'insult');
    const after = crisis ? CRISIS : distressLed || draft.mood === 'upset' ? `${WAIT} ${SUPPORT}` : WAIT;
    const suggestions = [{ kind: 'advice' as const, text: after }];

    if (!worded) {
      const feeling = draft.mood === 'tired' ? 'tired, and the wording is already a little heated' : mood;
      return [
        {
          message: `You said you are feeling ${feeling}. The guidance advises against posting or messaging in a heightened emotional state, and a colleague, your employer or the GMC would judge the words, not the day you had. Reconsider sending it now: ${after.charAt(0).toLowerCase()}${after.slice(1)}`,
          confidence: draft.mood === 'tired' ? 0.7 : 0.9,
          suggestions,
          why,
        },
      ];
    }

    const span = crisis ?? hottest(draft.text, reading.cues);
    const phrase = span ? quote(draft.text, span) : 'The wording';
    const moodNote = mood && draft.mood !== 'calm' ? ` (and you said you are feeling ${mood})` : '';
    const what = crisis
      ? `${phrase} sounds like you are going through something very hard${moodNote}.`
      : distressLed
        ? `${phrase} reads as written under real strain${moodNote}.`
        : `${phrase} reads as written in anger${reading.targeted ? ' at a person' : ''}${moodNote}.`;
    const whyItMatters = crisis
      ? 'Your wellbeing comes before any post.'
      : 'The guidance warns against posting in a heightened emotional state: a colleague, your employer or the GMC will read the words long after the feeling has passed.';
    const hit: RuleHit = {
      ...(span ? { start: span.start, end: span.end } : {}),
      message: `${what} ${whyItMatters} Reconsider sending it now: ${after.charAt(0).toLowerCase()}${after.slice(1)}`,
      confidence: crisis
        ? 0.9
        : Math.max(0.55, Math.min(0.95, 0.55 + 0.25 * (score - FIRE_AT) + (mood && draft.mood !== 'calm' ? 0.1 : 0))),
      suggestions,
      why,
    };
    return [hit];
  },
});
