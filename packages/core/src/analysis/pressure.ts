import { matchesOf } from '../text/prefilter.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { negatedBefore } from './promotion.js';
import { lineSpan, sentenceTokens, tokenLine } from './speech.js';

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
  cues.sort((x, y) => x.start - y.start);
  CACHE.set(a, cues);
  return cues;
}
