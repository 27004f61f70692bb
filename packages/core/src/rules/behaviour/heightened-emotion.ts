import { type CueKind, EMOTION_WORD_KINDS, type EmotionCue, emotionOf, FIRE_AT } from '../../analysis/emotion.js';
import { readExchange } from '../../analysis/thread.js';
import { INTENSIFIERS, LINK_FILLERS } from '../../data/taxonomy/grammar.js';
import type { Analysis } from '../../analysis/analyse.js';
import { firstTokenAtOrAfter, type Token } from '../../text/tokens.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Mood } from '../../types.js';

/**
 * Heightened emotion: the draft's emotional reading (analysis/emotion.ts: emotion words in their
 * emotional sense, blame, sarcasm, hostile words, a target, intensity and the learned model) adds up
 * to FIRE_AT, or the author reports a mood. Never on capitals or "!!!" alone.
 */

const LEXICAL_FLOOR = 0.25;
/**
 * The learned model alone (no emotion word read) marks a draft as heated from this score: on drafts by
 * writers it never trained on, outbound drafts this high were nearly all angry or upset.
 */
const LEARNED_ALONE = 0.6;
const HEAD = 'behaviour.heightened-emotion';
/** Fewer words than this give the model too little to go on ("who's on duty?"). */
const LEARNED_MIN_WORDS = 6;
const CORE_FLOOR = 0.5;
/** Added when the draft is the latest turn of a rapid back-and-forth. */
const EXCHANGE_BONUS = 0.3;

/** Words that may stand beside a put-down in a sentence of its own ("Clown.", "Frankly pathetic."). */
const ALONE_WITH = new Set([...LINK_FILLERS, ...INTENSIFIERS]);

/**
 * An insult that is a sentence by itself: in a reply it is said to whoever the draft answers ("Blocked. Clown."),
 * though no one is named in it.
 */
function insultAlone(a: Analysis, cues: readonly EmotionCue[]): boolean {
  const seen = new Set<number>();
  return cues.some((c) => {
    const at = a.sentenceAt(c.start);
    const sentence = a.sentences[at];
    // Each sentence is walked once, however many insults it holds.
    if (c.kind !== 'insult' || !sentence || seen.has(at)) return false;
    seen.add(at);
    for (let k = firstTokenAtOrAfter(a.tokens, sentence.start); k < a.tokens.length; k++) {
      const t = a.tokens[k] as Token;
      if (t.start >= sentence.end) break;
      if (!(t.start >= c.start && t.end <= c.end) && !ALONE_WITH.has(t.norm)) return false;
    }
    return true;
  });
}

const quote = (text: string, c: { start: number; end: number }) => `'${text.slice(c.start, c.end)}'`;

/** The hottest phrase: the heaviest word cue, joined with cues right beside it ("bloody" + "idiot"). */
function hottest(text: string, cues: readonly EmotionCue[]): { start: number; end: number; kind: CueKind } | undefined {
  const words = cues.filter((c) => c.kind !== 'absolute' && c.kind !== 'exclamation' && c.kind !== 'learned');
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

/** The model reads the draft as heated where no word did: the finding sits on the sentence it scores highest. */
function learnedAlone(a: Analysis, text: string): RuleHit[] {
  const p = a.model.p(HEAD);
  if (p < LEARNED_ALONE || a.tokens.length < LEARNED_MIN_WORDS) return [];
  const s = a.model.strongestSentence(HEAD);
  return [
    {
      ...(s ? { start: s.start, end: s.end } : {}),
      message:
        `${s ? quote(text, s) : 'The wording'} reads as written in the heat of the moment, angry or upset. ` +
        'The guidance warns against posting in a heightened emotional state: a colleague, your employer or the GMC will read the words long after the feeling has passed. ' +
        `Reconsider sending it now: ${WAIT.charAt(0).toLowerCase()}${WAIT.slice(1)}`,
      confidence: Number(Math.min(0.85, 0.55 + (p - LEARNED_ALONE)).toFixed(3)),
      suggestions: [{ kind: 'advice', text: WAIT }],
      why: [`learned model: ${p.toFixed(2)}, with no emotion word read`],
    },
  ];
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
  // raised voice, an exclamation run or a shouted sentence; otherwise only a self-reported mood can fire.
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
      a.intensity.exclamationRuns.length > 0 ||
      a.intensity.shoutedSentences.length > 0 ||
      a.model.p(HEAD) >= LEARNED_ALONE
    );
  },
  detect({ draft, analysis }) {
    const reading = emotionOf(analysis);
    const exchange = readExchange(analysis.thread.entries);
    const score = reading.score + (exchange.rapid && reading.lexical > 0 ? EXCHANGE_BONUS : 0);
    const crisis = reading.cues.find((c) => c.kind === 'crisis');
    // A quick back-and-forth that the draft answers by calling the other side names has reached its hottest
    // point, however few the angry words (a spiral that ends in name-calling). A threat there is menace, which
    // the threat rule judges, more than lost temper.
    const retort = exchange.rapid && !reading.joking && (reading.namesCalled || insultAlone(analysis, reading.cues));
    const worded =
      crisis !== undefined ||
      retort ||
      ((reading.lexical >= LEXICAL_FLOOR || reading.raised) && reading.core >= CORE_FLOOR && score >= FIRE_AT);
    const mood = moodWords(draft.mood);
    const moodFires = draft.mood === 'angry' || draft.mood === 'upset' || (draft.mood === 'tired' && reading.core > 0);
    // The model may speak alone, but not over emotion words that were read and set aside ("not angry, just
    // tired"), nor where the heat is name-calling or a threat: the content rules judge those.
    // Swearing or an outburst beside joy is delight ("bollocks to that! Thank you everyone"): set aside too.
    const delight =
      reading.glad &&
      reading.cues.length > 0 &&
      reading.cues.every((c) => c.kind === 'profanity' || c.kind === 'outburst');
    const setAside =
      (analysis.hits('emotion').length > 0 && !reading.cues.some((c) => EMOTION_WORD_KINDS.has(c.kind))) || delight;
    const hostile = reading.cues.some((c) => c.kind === 'insult' || c.kind === 'threat');
    if (!worded && !moodFires) return reading.joking || setAside || hostile ? [] : learnedAlone(analysis, draft.text);

    const why = reading.cues
      .filter((c) => c.kind !== 'absolute' || reading.cues.length < 8)
      .map((c) =>
        c.kind === 'learned' ? `learned model: +${c.weight.toFixed(2)}` : `${c.kind}: ${quote(draft.text, c)}`,
      );
    if (reading.targeted) why.push('aimed at a person');
    if (exchange.rapid)
      why.push(`rapid exchange: ${exchange.mine} of your messages in ${exchange.minutes ?? 'a short'} minutes`);
    if (retort) why.push('the reply calls the other side names');
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
