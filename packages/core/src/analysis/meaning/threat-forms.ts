import { CAREER_ASSETS, FIND_OUT_VERBS, RUIN_VERBS } from '../../data/taxonomy/acts.js';
import { POSSESSIVES } from '../../data/taxonomy/body.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { composedHit } from './composed.js';
import type { Target } from './types.js';

const RUIN_SOURCE = 'Protection from Harassment Act 1997; Acas guidance on bullying (threats about job security)';
const SHAME_SOURCE = 'CPS guidance on blackmail and malicious communications (veiled threats of exposure)';

/**
 * "destroy your business", "I'll end his career", "wreck her training": a verb of wrecking with a
 * person's career asset as its object, read as ruin promised (the author as agent decides the threat).
 */
export function ruinedAssets(tokens: readonly Token[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!RUIN_VERBS.has((tokens[i] as Token).norm) || !POSSESSIVES.has((tokens[i + 1] as Token).norm)) continue;
    // "your business", "your whole practice", "your training post".
    const asset = [i + 2, i + 3].find((k) => CAREER_ASSETS.has(tokens[k]?.norm ?? ''));
    if (asset === undefined) continue;
    out.push(
      composedHit(tokens, i, asset + 1, 'act-career', {
        phrase: 'destroy your …',
        tags: ['career', 'ruin'],
        source: RUIN_SOURCE,
        note: 'A person’s job, practice or name promised to be wrecked.',
      }),
    );
  }
  return out;
}

/**
 * "Would be a shame if your partners found out…", "shame if the NMC heard about it": exposure hinted
 * at as a pity, the veiled form of a threat. Needs someone who would find out between "if" and the verb.
 */
export function veiledExposures(tokens: readonly Token[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'shame' || (tokens[i + 1] as Token).norm !== 'if') continue;
    for (let j = i + 3; j < tokens.length && j <= i + 6; j++) {
      if (!FIND_OUT_VERBS.has((tokens[j] as Token).norm)) continue;
      out.push(
        composedHit(tokens, i, j + 1, 'act-intimidation', {
          phrase: 'a shame if … found out',
          tags: ['intimidation'],
          source: SHAME_SOURCE,
          note: 'Exposure hinted at as a pity.',
        }),
      );
      break;
    }
  }
  return out;
}

const PAY = /^(pay|paying|paid|pays)$/;
const PREPOSITIONS = new Set(['on', 'for', 'during', 'after', 'before', 'from', 'with', 'of', 'in', 'at', 'to', 'by']);
/** How many words may stand between "pay" and "a visit" ("pay the mosque on Cecil St a visit"). */
const VISIT_REACH = 7;

/**
 * "Pay the mosque on Cecil St a visit", "someone should pay that GP a little visit": a visit paid to
 * someone or their place, the stock veiled threat, with whoever or wherever it is inside the phrase.
 */
export function threateningVisits(tokens: readonly Token[], targets: readonly Target[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PAY.test((tokens[i] as Token).norm)) continue;
    for (let j = i + 2; j + 1 < tokens.length && j <= i + VISIT_REACH; j++) {
      const visit = (tokens[j + 1] as Token).norm === 'visit' ? j + 1 : tokens[j + 2]?.norm === 'visit' ? j + 2 : -1;
      if ((tokens[j] as Token).norm !== 'a' || visit < 0) continue;
      // "…on a visit to the bank" is a trip; the visit must be paid to someone named between.
      const paidTo = targets.some((t) => t.kind !== 'self' && t.tokenStart > i && t.tokenEnd <= j);
      if (PREPOSITIONS.has((tokens[j - 1] as Token).norm) || !paidTo) break;
      out.push(
        composedHit(tokens, i, visit + 1, 'act-intimidation', {
          phrase: 'pay … a visit',
          tags: ['intimidation', 'visit'],
          source: SHAME_SOURCE,
          note: 'A visit paid to someone or their place: the stock veiled threat.',
        }),
      );
      break;
    }
  }
  return out;
}

/** Could the tokens hold any of these? A cheap test before a full reading. */
export function mayThreatenByForm(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      RUIN_VERBS.has(t.norm) || (t.norm === 'shame' && tokens[i + 1]?.norm === 'if') || (t.norm === 'visit' && i > 2),
  );
}
