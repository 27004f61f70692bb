import { GENERALISERS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import type { Target } from './types.js';
import { composedHit } from './composed.js';

const SOURCE =
  'Equality and Human Rights Commission, "Is Britain Fairer?" (stereotypes); HateCheck F2 (descriptions of a group as lesser)';
/** Words that deny an ability ("can't make a decision", "never able to", "incapable of"). */
const INABILITY = /^(can't|cant|cannot|couldn't|couldnt|unable|incapable|never)$/;
/** How far after the group the denial may come ("Typical woman, can't…"). */
const REACH = 6;

/**
 * "Typical woman, can't make a decision", "every Romanian carer I've met couldn't…": a group made
 * sweeping ("typical", "every", "all") and denied an ability in the same sentence, read as the group
 * called lesser. The group named plainly ("women can't always get appointments") is not made sweeping.
 */
export function sweepingInabilities(
  tokens: readonly Token[],
  targets: readonly Target[],
  sentenceOf: readonly number[],
): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (const t of targets) {
    if (t.kind !== 'group' || !swept(tokens, t)) continue;
    const sentence = sentenceOf[t.tokenStart];
    for (let j = t.tokenEnd; j < tokens.length && j <= t.tokenEnd + REACH && sentenceOf[j] === sentence; j++) {
      if (!INABILITY.test((tokens[j] as Token).norm)) continue;
      out.push(
        composedHit(tokens, j, Math.min(tokens.length, j + 2), 'act-inferiority', {
          phrase: 'typical … can’t',
          tags: ['inferiority', 'of-group'],
          source: SOURCE,
          note: 'A whole group said to lack an ability.',
        }),
      );
      break;
    }
  }
  return out;
}

/** "Typical X", "every X", "all X", or "X are all…". */
function swept(tokens: readonly Token[], t: Target): boolean {
  const before = tokens[t.tokenStart - 1]?.norm ?? '';
  const after = `${tokens[t.tokenEnd]?.norm ?? ''} ${tokens[t.tokenEnd + 1]?.norm ?? ''}`;
  return GENERALISERS.has(before) || /^(are|is) all$/.test(after);
}

/** Could the tokens hold a sweeping inability? A cheap test before a full reading. */
export function mayStereotype(tokens: readonly Token[]): boolean {
  return tokens.some((t) => GENERALISERS.has(t.norm)) && tokens.some((t) => INABILITY.test(t.norm));
}
