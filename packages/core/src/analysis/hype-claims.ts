import {
  CURE_STEMS,
  EVERY_ONE,
  FREE_OF,
  HARMS,
  NO_EXCEPTION,
  PERMANENCE,
  RESULT_VERBS,
  TOTAL_RESULTS,
  TREATED,
  WORKS,
} from '../data/hype.js';
import { longestHits } from '../text/spans.js';
import { matchesOf } from '../text/prefilter.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { PerAnalysis } from './memo.js';
import { lineSpan, sentenceTokens, tokenLine } from './speech.js';

/*
 * The claims a health advert cannot stand behind, wherever the wording comes from. The hype lexicon
 * (data/hype.ts) lists the set phrases ("clinically proven", "money back"); this module adds the
 * shapes those phrases are instances of, so that a new wording of one is read the same way:
 *   - safety: a quantifier that admits no exception before a harm ("zero complications", "none of
 *     the side effects", "not a single bruise");
 *   - safety (universal): a result said to hold for everyone ("100% of women", "every single client",
 *     "never had a client it didn't work on", "the only thing that actually works");
 *   - outcome (permanence): a result said to last for ever ("gone for good", "erases it permanently",
 *     "never need a top-up again");
 *   - miracle: "magic" as praise of a product, "a facelift in a bottle";
 *   - cure: a cure verb with a condition after it in the sentence and no hedge before it ("reverses
 *     type 2", "heals arthritis"), from the health-claims lexicons.
 * Whether the author is advertising is not decided here (analysis/promotion.ts does that).
 */

export type HypeTag = 'guarantee' | 'safety' | 'cure' | 'miracle' | 'proven' | 'outcome';

export interface HypeClaim {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly tag: HypeTag;
  readonly weight: number;
  /** Read from a shape rather than listed: a cure here names its condition. */
  readonly shape: boolean;
}

const alt = (words: readonly string[]) => words.join('|');

/** Linear: each alternation is of fixed words and each gap is bounded. */
const NO_HARM = new RegExp(
  `\\b(?:${alt(NO_EXCEPTION)}) (?:[^ |]+ )?(?:${alt(HARMS)})\\b(?! (?:relief|killers?|medication|at all costs))`,
  'g',
);
const FOR_EVERYONE = new RegExp(
  `\\b(?:works?|worked) (?:for|on) (?:every ?one|everybody|(?:${alt(EVERY_ONE)}) (?:of )?(?:my |our |the )?(?:${alt(TREATED)}))\\b|\\b(?:100|every single|each and every|every one of) (?:of )?(?:our |my |the )?(?:${alt(TREATED)}) (?:[^ |]+ ){0,4}?(?:${alt(RESULT_VERBS)})\\b|\\bnever (?:had|seen|met|treated) (?:a|one|any) (?:${alt(TREATED)}) (?:it|that|this|who) (?:didn't|did not|hasn't|has not|wasn't|was not|isn't)\\b|\\bin (?:100|every single|every|all) (?:of )?(?:${alt(TREATED)})\\b|\\b100 (?:${alt(TOTAL_RESULTS)})\\b|\\bnot (?:a single|one) (?:[^ |]+ )?(?:has )?(?:failed|complained)\\b`,
  'g',
);
const ONLY_ONE = new RegExp(
  `\\bthe only (?:[^ |]+ ){0,4}?(?:that|which) (?:actually |really |truly |genuinely )?(?:${alt(WORKS)})\\b|\\bthe only (?:[^ |]+ ){0,3}?you(?:'ll| will)? (?:ever )?need\\b|\\bnothing else (?:works|will work|has worked)\\b|\\beverything else is a waste\\b`,
  'g',
);
/** Permanence beside a result: "results are permanent", "gone for good", "erases it permanently". */
const RESULT =
  '(?:results?|lasts?|last|lasting|erases?|erased|removes?|removed|reverses?|reversed|destroys?|destroyed|fix|fixes|fixed|cures?|cured|tightening|tightens?|clears?|cleared|regrows?|younger|smooth|smoother|plump|rid of|banish(?:es|ed)?|eliminates?|eliminated|stays?|lips|skin|fat|hair|wrinkles|scars|cellulite|weight|reset|resets)';
const FOREVER = new RegExp(
  `\\b${RESULT} (?:[^ |]+ ){0,3}?(?:${alt(PERMANENCE)})\\b|\\b(?:${alt(PERMANENCE)}) (?:[^ |]+ ){0,2}?${RESULT}\\b|\\bnever (?:need|needs|have to|has to|get) (?:[^ |]+ ){0,4}?again\\b|\\bno more top ups?\\b`,
  'g',
);
/** "Magic" as praise of a product: "this peel is MAGIC", "magic in a bottle". */
const MAGIC =
  /\b(?:is|are|was|were|it's|its|literally|pure|honestly|absolute) (?:[^ |]+ )?magic(?:al)?\b|\bin a (?:bottle|jar|tube|syringe|pen|pill)\b/g;
/** "Symptom-free", "scar free": the tokeniser splits the hyphen, so the compound is two tokens. */
const FREE = new RegExp(`\\b(?:${alt(FREE_OF)}) free\\b`, 'g');

const SHAPES: readonly [RegExp, HypeTag, number][] = [
  [NO_HARM, 'safety', 1],
  [FOR_EVERYONE, 'safety', 1],
  [ONLY_ONE, 'safety', 0.9],
  [FOREVER, 'outcome', 1],
  // "It's been magical", "was f***ing magic": praise of anything, so it counts only in an advert.
  [MAGIC, 'outcome', 0.9],
  [FREE, 'safety', 0.9],
];

/** Words before a claim that make it a help or a tendency, not a promise ("can help clear", "often symptom-free"). */
const HEDGES = new Set([
  'can',
  'may',
  'might',
  'could',
  'help',
  'helps',
  'helped',
  'helping',
  'often',
  'sometimes',
  'usually',
  'mostly',
  'generally',
  'typically',
  'most',
  'many',
  'some',
  'rarely',
]);

/** A hedge among the three words before a shape. */
function hedged(a: Analysis, tokenStart: number): boolean {
  for (let j = Math.max(0, tokenStart - 3); j < tokenStart; j++)
    if (HEDGES.has((a.tokens[j] as Token).norm)) return true;
  return false;
}

/** Of the health-claims cure relations, those that promise an end to the condition (not "treating", "works for"). */
const CURE_VERB = new RegExp(`^(?:${alt(CURE_STEMS)})`, 'i');

const CACHE = new PerAnalysis<readonly HypeClaim[]>();

/** The hype claims of a draft in text order: the listed phrases, and the shapes where no phrase stands (cached). */
export function hypeClaims(a: Analysis): readonly HypeClaim[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const out: HypeClaim[] = a.hits('hype').map((h) => ({
    ...h,
    tag: (h.entry.tags?.[0] ?? 'outcome') as HypeTag,
    weight: h.entry.weight ?? 1,
    shape: false,
  }));
  // A listed cure word that names its condition ("cures type 2") is the shape's reading, not a bare "cure".
  const cured = cures(a);
  const listed = longestHits(out).map((h) =>
    h.tag === 'cure' && cured.some((c) => c.start >= h.start && c.start < h.end) ? { ...h, shape: true } : h,
  );
  // A shape adds only where no listed phrase already stands: the phrase's span and softer wording are the better fit.
  const shapes: HypeClaim[] = [];
  const line = tokenLine(a);
  for (const [re, tag, weight] of SHAPES)
    for (const m of matchesOf(re, line.text)) {
      const s = lineSpan(a, line, m.index, m[0].length);
      if (s && !hedged(a, s.tokenStart)) shapes.push({ ...s, tag, weight, shape: true });
    }
  shapes.push(...cured);
  const free = longestHits(shapes).filter((h) => !listed.some((l) => l.start < h.end && l.end > h.start));
  const result = [...listed, ...free].sort((x, y) => x.start - y.start);
  CACHE.set(a, result);
  return result;
}

/** A cure relation with a condition after it in its sentence, not hedged: "heals arthritis", "reversed my type 2". */
function cures(a: Analysis): HypeClaim[] {
  const conditions = [
    ...a.hits('health-condition'),
    ...a.hits('clinical').filter((h) => h.entry.tags?.includes('condition')),
  ];
  if (conditions.length === 0) return [];
  const out: HypeClaim[] = [];
  for (const rel of a.hits('health-relation')) {
    if (!rel.entry.tags?.includes('cure') || !CURE_VERB.test(a.text.slice(rel.start, rel.end))) continue;
    const [, hi] = sentenceTokens(a, rel.tokenStart);
    const before = (a.tokens[rel.tokenStart - 1] as Token | undefined)?.norm ?? '';
    if (HEDGES.has(before)) continue;
    const condition = conditions.find(
      (c) => c.tokenStart >= rel.tokenEnd && c.tokenStart <= Math.min(hi, rel.tokenEnd + 4),
    );
    // The span is the verb: "cures" can be softened to "helps with" and the condition kept.
    if (condition)
      out.push({
        start: rel.start,
        end: rel.end,
        tokenStart: rel.tokenStart,
        tokenEnd: rel.tokenEnd,
        tag: 'cure',
        weight: 0.9,
        shape: true,
      });
  }
  return out;
}
