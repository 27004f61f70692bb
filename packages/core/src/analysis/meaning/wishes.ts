import {
  DESERVE,
  GLAD_TO_SEE,
  LOSE_VERBS,
  LOSSES,
  MISFORTUNE_KINDS,
  MISFORTUNES,
  RECOVERY,
} from '../../data/taxonomy/acts.js';
import { POSSESSIVES } from '../../data/taxonomy/body.js';
import { NEGATORS, PERSON_NOUNS } from '../../data/taxonomy/grammar.js';
import { wordSet } from '../../text/lexicon.js';
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
/** How far after the wish the person may stand ("hope the anti-vax influencer who…", "hope the flight's a nightmare and you…"). */
const SUBJECT_REACH = 6;
/** How far before "deserve" the person may stand ("people like you who scream at receptionists deserve…"). */
const DESERVER_REACH = 10;
const BODY = wordSet(MISFORTUNE_KINDS.body);
const KINDS = new Set([
  ...BODY,
  ...wordSet(MISFORTUNE_KINDS.livelihood),
  ...wordSet(MISFORTUNE_KINDS.suffering),
  ...wordSet(MISFORTUNE_KINDS.destruction),
]);
/** Before a word of bodily harm, these make it a noun of something else ("some great snaps"). */
const NOUN_SENSE = /^(some|great|nice|lovely|good|few|holiday|quick|cold)$/;
const CLOSING = /^(shut|shuts|shutting|close|closes|closed|closing)$/;
const FALLING = /^(fall|falls|fell|falling|fallen|come|comes|coming)$/;
/** Who a wish may be about besides a recognised person: "whoever slashed my tyres", "anyone who…". */
const SOMEONE = /^(whoever|whomever|anyone|anybody|everyone|everybody|somebody|someone)$/;
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
  /** The draft's text, to see where a colon or semicolon closes what the hope is about. */
  text = '',
): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const frame = wishAt(tokens, i);
    if (!frame) continue;
    const sentence = sentenceOf[i];
    const person =
      frame === 'deserve' ? deserver(tokens, targets, sentenceOf, i) : subjectAfter(tokens, targets, sentenceOf, i);
    if (!person) continue;
    // "I hope it's OK to ask: a patient of mine gets a rash…": the hope ended at the colon.
    const hopeEnd = (tokens[i] as Token).end;
    const personStart = (tokens[person.tokenStart] as Token).start;
    if (frame === 'hope' && personStart > hopeEnd && /[:;]/.test(text.slice(hopeEnd, personStart))) continue;
    const from = frame === 'deserve' ? i + 1 : person.tokenEnd;
    for (let j = from; j < tokens.length && j <= from + PREDICATE_REACH; j++) {
      if (sentenceOf[j] !== sentence) break;
      const w = (tokens[j] as Token).norm;
      if (NEGATORS.has(w) || RECOVERY.has(w)) break;
      const found = misfortuneAt(tokens, j);
      const end = found >= 0 ? found : caughtCondition(tokens, j, conditionAt);
      if (end < 0) continue;
      if (kindlyAfter(tokens, sentenceOf, end)) break;
      out.push(
        composedHit(tokens, person.tokenStart, end + 1, 'act-harm', {
          phrase: 'hope … ill',
          tags: ['harm', 'phrase', 'wished'],
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

/**
 * The frame of a wish at token i: a hope ("hope", "praying", "can't wait"), delight to see it ("I'd
 * love to see…"), justice invoked ("if there's any justice…"), fingers crossed, all with the person after; or deserving,
 * with the person before ("people like you deserve to…").
 */
function wishAt(tokens: readonly Token[], i: number): 'hope' | 'deserve' | undefined {
  const w = (tokens[i] as Token).norm;
  if (hopeAt(tokens, i)) return 'hope';
  if (DESERVE.has(w)) return 'deserve';
  if (w === 'see' && tokens[i - 1]?.norm === 'to' && GLAD_TO_SEE.has(tokens[i - 2]?.norm ?? '')) return 'hope';
  if (w === 'justice' && tokens[i - 1]?.norm === 'any') return 'hope';
  if (w === 'crossed' && tokens[i - 1]?.norm === 'fingers') return 'hope';
  return undefined;
}

type Span = { tokenStart: number; tokenEnd: number };

/** The person a hope is about: a recognised person, "you" or a patient just after it, or someone named by a role or as "whoever". */
function subjectAfter(
  tokens: readonly Token[],
  targets: readonly Target[],
  sentenceOf: readonly number[],
  i: number,
): Span | undefined {
  const sentence = sentenceOf[i];
  const person = targets.find(
    (t) =>
      (t.kind === 'you' || t.kind === 'person' || t.kind === 'patient') &&
      t.tokenStart > i &&
      t.tokenStart <= i + SUBJECT_REACH &&
      sentenceOf[t.tokenStart] === sentence,
  );
  if (person) return person;
  for (let k = i + 1; k < tokens.length && k <= i + SUBJECT_REACH && sentenceOf[k] === sentence; k++) {
    const w = (tokens[k] as Token).norm;
    // "whoever", a person noun, or any noun a relative "who" follows ("the thief who took…").
    if (SOMEONE.test(w) || PERSON_NOUNS.has(w) || tokens[k + 1]?.norm === 'who')
      return { tokenStart: k, tokenEnd: k + 1 };
  }
  return undefined;
}

/** The person who "deserves" it, before the word in its sentence ("people like you … deserve to"). */
function deserver(
  tokens: readonly Token[],
  targets: readonly Target[],
  sentenceOf: readonly number[],
  i: number,
): Span | undefined {
  // The earliest person in reach is the one who deserves it ("anyone who spits at a receptionist deserves…").
  let first: Span | undefined = targets.find(
    (t) =>
      (t.kind === 'you' || t.kind === 'person' || t.kind === 'patient') &&
      t.tokenEnd <= i &&
      t.tokenStart >= i - DESERVER_REACH &&
      sentenceOf[t.tokenStart] === sentenceOf[i],
  );
  for (let k = Math.max(0, i - DESERVER_REACH); k < i && k < (first?.tokenStart ?? i); k++)
    if (sentenceOf[k] === sentenceOf[i] && SOMEONE.test((tokens[k] as Token).norm))
      first = { tokenStart: k, tokenEnd: k + 1 };
  return first;
}

/** A misfortune at token j (a listed one, one of its kinds not in a noun sense, or a loss of what matters): its last token, or -1. */
function misfortuneAt(tokens: readonly Token[], j: number): number {
  const w = (tokens[j] as Token).norm;
  if (MISFORTUNES.has(w)) return j;
  // "gets shut down", "closes down", "falls apart"
  const next = tokens[j + 1]?.norm;
  if ((next === 'down' && CLOSING.test(w)) || (next === 'apart' && FALLING.test(w))) return j + 1;
  if (KINDS.has(w)) return BODY.has(w) && NOUN_SENSE.test(tokens[j - 1]?.norm ?? '') ? -1 : j;
  if (!LOSE_VERBS.has(w)) return -1;
  for (let k = j + 1; k < tokens.length && k <= j + 3; k++) if (LOSSES.has((tokens[k] as Token).norm)) return k;
  return -1;
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
  return (
    tokens.some((_, i) => wishAt(tokens, i) !== undefined) &&
    tokens.some((t) => MISFORTUNES.has(t.norm) || KINDS.has(t.norm) || LOSE_VERBS.has(t.norm) || CATCH.test(t.norm))
  );
}
