import { matchesOf } from '../text/prefilter.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { negatedBefore } from './promotion.js';
import { isQuoted, lineSpan, sentenceTokens, tokenLine } from './speech.js';
import { APPEARANCE, LOSS_OF_REGARD, LOVED_ONES, SHAMED, TAKING } from '../data/pressure.js';

/*
 * Pressure in a draft, computed once: fear about health, shame about the body, urgency (deadlines,
 * scarcity, countdowns, a price about to rise) and words to readers already worried. Words come from
 * data/pressure.ts; the structures are read here:
 *   - "only 3 slots left", "48 hours left", "2 days to go": scarcity and countdowns;
 *   - "it could be melanoma": could/might/may be + a condition;
 *   - "bowel cancer kills 16,000 a year", "heart attacks strike without warning": a deadly framing
 *     (fear-claim) beside a condition in the same sentence.
 * Whether the pressure is aimed at a sale is for promotion.exploits-vulnerability to judge.
 */

export type PressureKind = 'fear' | 'shame' | 'urgency' | 'worry';

export interface PressureCue {
  readonly kind: PressureKind;
  readonly start: number;
  readonly end: number;
  /** Scarcity of a medicine itself ("last few doses", "only 3 pens left"). */
  readonly medicine?: boolean;
  /** A count of what is left to book or buy ("3 slots left", "only two spaces remaining"). */
  readonly scarce?: boolean;
}

/** Units a medicine is sold in: scarcity of these is scarcity of a medicine. */
const MEDICINE_UNITS = /\b(?:doses?|pens?|vials?|jabs?)\b/;

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a handful of|a couple of)';
const SCARCE_THINGS =
  '(?:slots?|spaces?|places?|appointments?|spots?|kits?|packs?|boxes|tests?|scans?|doses?|pens?|vials?|consultations?)';
/** "only 3 slots left", "only a few doses remaining". */
const SCARCITY = new RegExp(
  `\\bonly ${NUMBER} (?:[^ |]+ ){0,2}?${SCARCE_THINGS} (?:left|remaining|available)\\b|\\b${NUMBER} (?:[^ |]+ )?${SCARCE_THINGS} (?:left|remaining)\\b`,
  'g',
);
/** "48 hours left", "2 days to go", "ends in 3 days": a countdown. */
const COUNTDOWN = new RegExp(
  `\\b(?:only )?${NUMBER} (?:hours?|hrs?|days?|weeks?|sleeps) (?:left|to go|remaining)\\b|\\bends in ${NUMBER} (?:hours?|hrs?|days?)\\b`,
  'g',
);
/** "Last 2 lip slots", "last Botox slots": what is left, said as the last of it (not "her last 3 appointments"). */
const LAST_OF = new RegExp(
  `(?<!\\b(?:my|your|his|her|their|our|its) )\\blast (?:${NUMBER} )?(?:[^ |]+ ){0,2}?${SCARCE_THINGS}\\b`,
  'g',
);
/** "First 10 clients only", "first to message gets it": a race. */
const FIRST_ONLY =
  /\bfirst (?:\d+|five|ten|twenty) (?:[^ |]+ )?(?:clients|dms|customers|people|bookings|callers|messages|replies) only\b|\bfirst to (?:message|book|dm|reply|call)\b/g;
/** "Ends at 9am", "book by midnight", "nearly sold out", "flash sale": a clock or a shelf running out. */
const RUNNING_OUT =
  /\b(?:ends|closes|ending|book by|price back to normal)(?: at| on| by)? (?:midnight|tonight|\d{1,2}(?: ?(?:am|pm))?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:nearly|almost) (?:sold out|gone|full)\b|\bflash sale\b|\bbefore (?:they|it|these|those) (?:go|goes|sell out|sells out)\b|\b(?:stocks?|supplies) (?:nearly|almost|are) (?:gone|out)\b/g;

const alt = (words: readonly string[]) => words.join('|');
/** Someone the reader loves, and what they are said to think of the reader or suffer for them. */
const REGARD = new RegExp(
  `\\b(?:${alt(LOVED_ONES)})(?:'s| is| has| will| are)? (?:[^ |]+ ){0,4}?(?:${alt(LOSS_OF_REGARD)})\\b`,
  'g',
);
/** A condition or a wait taking the reader's life away: "don't let it steal another day", "menopause is stealing your job". */
const TAKES = new RegExp(
  `\\b(?:don't|do not|dont) let (?:[^ |]+ ){0,3}?(?:${alt(TAKING)})\\b|\\b(?:is|are) (?:quietly |slowly |silently )?(?:${alt(TAKING)}) (?:your|you)\\b|\\bor risk (?:[^ |]+ ){0,2}?(?:damage|losing|loss|blindness|death|cancer|stroke)\\b|\\b(?:won't|will not|wont) be you\\b|\\bis yours next\\b|\\bhow (?:will|would|could) you live with yourself\\b|\\byou(?:'re| are) failing (?:them|your)\\b`,
  'g',
);
/** "Don't be the girl nobody…", "don't be that friend": a taunt by comparison. */
const DONT_BE = /\b(?:don't|do not|dont) be (?:the|that) (?:[^ |]+ )?(?:one|girl|guy|friend|mum|bride|person|lad)\b/g;
const YOU = new Set(['you', 'your', "you're", 'youre', 'u', 'ur', 'yourself', "you've", "you'll"]);
const APPEARANCE_WORDS = new Set(APPEARANCE);
const SHAMED_SINGLE = new Set(SHAMED.filter((w) => !w.includes(' ')));
const SHAMED_PHRASES = new RegExp(`\\b(?:${alt(SHAMED.filter((w) => w.includes(' ')))})\\b`);

const COULD_BE = new Set(['could', 'might', 'may']);
const TOO_LATE_NEGATED = new Set(['never', 'not', "isn't", 'isnt', 'no']);

const CACHE = new PerAnalysis<readonly PressureCue[]>();

/** The pressure cues of a draft, in text order. */
export function pressureOf(a: Analysis): readonly PressureCue[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const cues: PressureCue[] = [];
  const conditions = a.hits('clinical').filter((h) => h.entry.tags?.includes('condition'));
  // Conditions in any inflection ("heart attacks", "strokes") from the health-claims knowledge too.
  const conditionSentences = new Set(
    [...conditions, ...a.hits('health-condition').filter((h) => h.entry.tags?.includes('serious'))].map((h) =>
      a.sentenceAt(h.start),
    ),
  );
  for (const h of a.hits('pressure')) {
    const tag = h.entry.tags?.[0] ?? 'urgency';
    if (tag === 'fear-claim') {
      // "Kills", "deadly": fear only when said of a disease in the same sentence.
      if (conditionSentences.has(a.sentenceAt(h.start)) && !negatedBefore(a, h.tokenStart, 2))
        cues.push({ kind: 'fear', start: h.start, end: h.end });
      continue;
    }
    const kind = tag as PressureKind;
    if (kind === 'fear' && /too late/i.test(a.text.slice(h.start, h.end))) {
      const before = a.tokens[h.tokenStart - 1] as Token | undefined;
      const before2 = a.tokens[h.tokenStart - 2] as Token | undefined;
      if ((before && TOO_LATE_NEGATED.has(before.norm)) || (before2 && TOO_LATE_NEGATED.has(before2.norm))) continue;
    } else if (
      kind !== 'urgency' &&
      negatedBefore(a, h.tokenStart, 2) &&
      !/^(don't|dont)$/.test((a.tokens[h.tokenStart - 1] as Token | undefined)?.norm ?? '')
    )
      continue;
    cues.push({ kind, start: h.start, end: h.end, medicine: h.entry.tags?.includes('medicine') === true });
  }
  const line = tokenLine(a);
  for (const [re, kind] of [
    [LAST_OF, 'urgency'],
    [FIRST_ONLY, 'urgency'],
    [RUNNING_OUT, 'urgency'],
    [REGARD, 'shame'],
    [TAKES, 'fear'],
    [DONT_BE, 'shame'],
  ] as const)
    for (const m of matchesOf(re, line.text)) {
      const s = lineSpan(a, line, m.index, m[0].length);
      if (s && !/\blast minute\b/.test(m[0])) cues.push({ kind, start: s.start, end: s.end, scarce: re === LAST_OF });
    }
  // The sentence-wide reading adds only where no listed or shaped shame stands ("still hiding your" is the better span).
  for (const c of appearanceShame(a))
    if (!cues.some((o) => o.kind === 'shame' && o.start < c.end && o.end > c.start)) cues.push(c);
  for (const re of [SCARCITY, COUNTDOWN])
    for (const m of matchesOf(re, line.text)) {
      const s = lineSpan(a, line, m.index, m[0].length);
      if (s)
        cues.push({
          kind: 'urgency',
          start: s.start,
          end: s.end,
          medicine: MEDICINE_UNITS.test(m[0]),
          scarce: re === SCARCITY,
        });
    }
  // "It could be early dementia", "that mole might be melanoma".
  for (const h of conditions) {
    const [lo] = sentenceTokens(a, h.tokenStart);
    for (let j = h.tokenStart - 1; j >= lo && j >= h.tokenStart - 3; j--) {
      const t = a.tokens[j] as Token;
      if (COULD_BE.has(t.norm) && (a.tokens[j + 1] as Token).norm === 'be') {
        cues.push({ kind: 'fear', start: t.start, end: h.end });
        break;
      }
    }
  }
  // Pressure in quotation marks is named, not applied ("thank you for not doing the 'only 2 slots left!!' thing").
  const applied = cues.filter((c) => !isQuoted(a, c.start, c.end)).sort((x, y) => x.start - y.start);
  CACHE.set(a, applied);
  return applied;
}

/**
 * A sentence to the reader ("you", "your") that names a part of their appearance and how they feel
 * about it or are seen in it: "still hiding your arms?", "when did you last like your profile?",
 * "your jeans don't fit". The span runs from the first of the three words to the last.
 */
function appearanceShame(a: Analysis): PressureCue[] {
  const out: PressureCue[] = [];
  const t = a.tokens;
  let i = 0;
  while (i < t.length) {
    const [lo, hi] = sentenceTokens(a, i);
    let you = -1;
    let body = -1;
    let shamed = -1;
    for (let k = lo; k <= hi; k++) {
      const w = (t[k] as Token).norm;
      if (you < 0 && YOU.has(w)) you = k;
      if (body < 0 && APPEARANCE_WORDS.has(w)) body = k;
      if (shamed < 0 && SHAMED_SINGLE.has(w)) shamed = k;
    }
    if (shamed < 0 && you >= 0 && body >= 0) {
      const words = t
        .slice(lo, hi + 1)
        .map((x) => x.norm)
        .join(' ');
      if (SHAMED_PHRASES.test(words)) shamed = body;
    }
    if (you >= 0 && body >= 0 && shamed >= 0) {
      const first = Math.min(you, body, shamed);
      const last = Math.max(you, body, shamed);
      out.push({ kind: 'shame', start: (t[first] as Token).start, end: (t[last] as Token).end });
    }
    i = hi + 1;
  }
  return out;
}
