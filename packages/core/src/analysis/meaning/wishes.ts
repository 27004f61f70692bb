import { MISFORTUNES, RECOVERY } from '../../data/taxonomy/acts.js';
import { NEGATORS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import type { Target } from './types.js';
import { composedHit } from './composed.js';

const SOURCE = 'Malicious Communications Act 1988 s.1; CPS guidance on communications offences (wishing harm)';
/** Verbs of hoping: the wish the misfortune is asked in. */
const HOPE = /^(hope|hopes|hoping|hoped|wish|wishing|pray|praying|prayed)$/;
/** How far after the wish the person may stand ("hope that new PM of ours…"). */
const SUBJECT_REACH = 4;
/** How far after the person the misfortune may come ("…catches every bug going"). */
const PREDICATE_REACH = 8;

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
): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HOPE.test((tokens[i] as Token).norm)) continue;
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
      if (!MISFORTUNES.has(w)) continue;
      if (kindlyAfter(tokens, sentenceOf, j)) break;
      out.push(
        composedHit(tokens, person.tokenStart, j + 1, 'act-harm', {
          phrase: 'hope … ill',
          tags: ['harm', 'phrase'],
          source: SOURCE,
          note: 'Misfortune hoped for a person.',
        }),
      );
      i = j;
      break;
    }
  }
  return out;
}

/** "Hope your flu clears quickly": a recovery word just after the misfortune. */
function kindlyAfter(tokens: readonly Token[], sentenceOf: readonly number[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + 3 && sentenceOf[k] === sentenceOf[at]; k++)
    if (RECOVERY.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Could the tokens hold a wished misfortune? A cheap test before a full reading. */
export function mayWishMisfortune(tokens: readonly Token[]): boolean {
  return tokens.some((t) => HOPE.test(t.norm)) && tokens.some((t) => MISFORTUNES.has(t.norm));
}
