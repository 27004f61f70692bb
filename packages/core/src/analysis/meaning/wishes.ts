import { MISFORTUNES, RECOVERY } from '../../data/taxonomy/acts.js';
import { POSSESSIVES } from '../../data/taxonomy/body.js';
import { NEGATORS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import type { Target } from './types.js';
import { composedHit } from './composed.js';

const SOURCE = 'Malicious Communications Act 1988 s.1; CPS guidance on communications offences (wishing harm)';
/** Verbs of hoping: the wish the misfortune is asked in. */
const HOPE = /^(hope|hopes|hoping|hoped|wish|wishing|pray|praying|prayed|manifesting)$/;
/** "can't wait for you to…", "cannot wait till he…": impatience for it, a wish too. */
const CANT = /^(can't|cant|cannot)$/;
/** Verbs of falling ill: with a condition after them, the illness is the misfortune ("hope he catches measles"). */
const CATCH = /^(get|gets|getting|catch|catches|catching|develop|develops|contract|contracts|have|has)$/;
/** How far after a verb of falling ill the condition may come ("gets the worst shingles", "catches a nasty dose of"). */
const CONDITION_REACH = 4;
/** How far after the wish the person may stand ("hope that new PM of ours…"). */
const SUBJECT_REACH = 4;
/** How far after the person the misfortune may come ("…who stitched us up on the deal gets the worst shingles"). */
const PREDICATE_REACH = 12;

/**
 * "Hope you catch every bug going", "hope his Tesla wraps itself round a lamppost", "hope the ICB
 * chief gets properly ill": a hope, a person (or what is theirs) as its subject, and a misfortune in
 * its words, read as harm wished on that person. A kind hope ("hope you feel better after the bug")
 * and a denied one ("hope you don't get flu") are left alone.
 */
export function wishedMisfortunes(
  tokens: readonly Token[],
  targets: readonly Target[],
  sentenceOf: readonly number[],
  /** Is token `at` a clinical condition (data/clinical.ts)? Caught or got, it is a misfortune. */
  conditionAt: (at: number) => boolean = () => false,
): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!hopeAt(tokens, i)) continue;
    const sentence = sentenceOf[i];
    const person = targets.find(
      (t) =>
        (t.kind === 'you' || t.kind === 'person' || t.kind === 'patient') &&
        t.tokenStart > i &&
        t.tokenStart <= i + SUBJECT_REACH &&
        sentenceOf[t.tokenStart] === sentence,
    );
    if (!person) continue;
    for (let j = person.tokenEnd; j < tokens.length && j <= person.tokenEnd + PREDICATE_REACH; j++) {
      if (sentenceOf[j] !== sentence) break;
      const w = (tokens[j] as Token).norm;
      if (NEGATORS.has(w) || RECOVERY.has(w)) break;
      const end = MISFORTUNES.has(w) ? j : caughtCondition(tokens, j, conditionAt);
      if (end < 0) continue;
      if (kindlyAfter(tokens, sentenceOf, end)) break;
      out.push(
        composedHit(tokens, person.tokenStart, end + 1, 'act-harm', {
          phrase: 'hope … ill',
          tags: ['harm', 'phrase'],
          source: SOURCE,
          note: 'Misfortune hoped for a person.',
        }),
      );
      i = end;
      break;
    }
  }
  return out;
}

function hopeAt(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).norm;
  return HOPE.test(w) || (w === 'wait' && CANT.test(tokens[i - 1]?.norm ?? ''));
}

/** A condition a few words after "get", "catch" or "develop", with no possessive between ("your asthma review"): its token, or -1. */
function caughtCondition(tokens: readonly Token[], at: number, conditionAt: (at: number) => boolean): number {
  if (!CATCH.test((tokens[at] as Token).norm)) return -1;
  for (let k = at + 1; k < tokens.length && k <= at + CONDITION_REACH; k++) {
    const w = (tokens[k] as Token).norm;
    if (POSSESSIVES.has(w) || RECOVERY.has(w) || NEGATORS.has(w)) return -1;
    if (conditionAt(k)) return k;
  }
  return -1;
}

/** "Hope your flu clears quickly": a recovery word just after the misfortune. */
function kindlyAfter(tokens: readonly Token[], sentenceOf: readonly number[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + 3 && sentenceOf[k] === sentenceOf[at]; k++)
    if (RECOVERY.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Could the tokens hold a wished misfortune? A cheap test before a full reading. */
export function mayWishMisfortune(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => hopeAt(tokens, i)) && tokens.some((t) => MISFORTUNES.has(t.norm) || CATCH.test(t.norm));
}
