import { LOW_EXPECTATION, PRAISED_QUALITIES, VIRTUES } from '../../data/taxonomy/acts.js';
import { GENERALISERS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import { Phrases } from '../../text/phrases.js';
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

/** Words that deny a whole group before it is named ("no X", "never met a X", "not one X", "none of the X"). */
const DENYING_BEFORE = /^(no|never met a|never met an|not one|not a single|none of the|not one of the)$/;
/** The same said back of a group named before ("…and not one of them could…"). */
const DENYING_AFTER = /^(not one of them|none of them|not a single one|not one of em|not one)$/;
/** Words that turn a denial round ("anything but", "less than", "except", "not" again). */
const TURNS = /^(but|except|than|less|without|not|never|no|other)$/;
/** How far after the group "not one of them" may come ("Polish builders for years and not one of them…"). */
const AFTER_REACH = 16;
/** How far the virtue denied may come after the group or the denial ("no X I've ever employed has been honest"). */
const VIRTUE_REACH = 10;

/**
 * "Not one of them could write a decent letter", "no X I've ever employed has been honest", "never met
 * an X who could be trusted": a whole group denied competence or honesty (VIRTUES), read as the group
 * called lesser. A group merely counted ("none of the nurses could make it") is left alone: the virtue
 * must be named.
 */
export function deniedVirtues(
  tokens: readonly Token[],
  targets: readonly Target[],
  sentenceOf: readonly number[],
): LexiconHit[] {
  const out: LexiconHit[] = [];
  const words = (from: number, n: number) =>
    tokens
      .slice(Math.max(0, from), from + n)
      .map((t) => t.norm)
      .join(' ');
  for (const t of targets) {
    if (t.kind !== 'group' || t.viaPronoun) continue;
    const sentence = sentenceOf[t.tokenStart];
    // The denial starts the hit, so it is read as part of the act, not as negating it.
    const marker = [1, 3, 4].find((n) => DENYING_BEFORE.test(words(t.tokenStart - n, n)));
    const start = marker === undefined ? t.tokenStart : t.tokenStart - marker;
    let from = marker === undefined ? -1 : t.tokenEnd;
    // Or said back of the group in its sentence or the next: "…Nigerian-trained docs, and not one of them could…".
    const last = Math.min(tokens.length, t.tokenEnd + AFTER_REACH);
    for (let j = t.tokenEnd; from < 0 && j < last && (sentenceOf[j] ?? 0) <= (sentence ?? 0) + 1; j++) {
      for (const n of [4, 3, 1]) if (DENYING_AFTER.test(words(j, n))) from = j + n;
    }
    if (from < 0) continue;
    for (let k = from; k < tokens.length && k <= from + VIRTUE_REACH && sentenceOf[k] === sentenceOf[from]; k++) {
      // "Not one was anything but competent", "none less than honest": the denial is itself denied.
      if (TURNS.test((tokens[k] as Token).norm)) break;
      if (!VIRTUES.has((tokens[k] as Token).norm)) continue;
      out.push(
        composedHit(tokens, start, k + 1, 'act-inferiority', {
          phrase: 'not one of them could …',
          // The group is inside the hit: a phrase carries its own target.
          tags: ['inferiority', 'phrase'],
          source: SOURCE,
          note: 'A whole group denied competence or honesty.',
        }),
      );
      break;
    }
  }
  return out;
}

/** How far the group may come after "for" or "given" ("for someone who trained in Pakistan"). */
const FOR_REACH = 6;
/** Words that mark the praise as a surprise (the put-down is in the surprise). */
const SURPRISE = /^(surprisingly|surprised|surprising|shockingly|amazingly|actually|considering|given|despite)$/;

/**
 * "Very articulate for a Pakistani girl", "surprisingly tidy for someone who trained in Pakistan",
 * "quite sharp, surprised tbh given she's from Romania": a quality praised as if unexpected of a
 * group (a protected one, a national origin), read as the group called lesser. Age is left out: "very
 * fit for an 80-year-old" is how clinicians describe patients.
 */
export function backhandedPraise(
  tokens: readonly Token[],
  /** The target starting at each token (ReadingIndex.startAt). */
  startAt: ReadonlyArray<Target | undefined>,
  sentenceOf: readonly number[],
): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PRAISED_QUALITIES.has((tokens[i] as Token).norm)) continue;
    const s = sentenceOf[i];
    // The group after "for" or a word of surprise, in the same sentence.
    for (let j = i + 1; j < tokens.length && j <= i + 4 && sentenceOf[j] === s; j++) {
      const w = (tokens[j] as Token).norm;
      // "for a …", "for someone who…": one person of the group; "care for disabled patients" serves a group.
      const forOne = w === 'for' && /^(a|an|someone|somebody|one)$/.test(tokens[j + 1]?.norm ?? '');
      if (!forOne && !SURPRISE.test(w)) continue;
      let group: Target | undefined;
      for (let k = j + 1; k < tokens.length && k <= j + FOR_REACH && sentenceOf[k] === s && !group; k++) {
        const t = startAt[k];
        if (t && (t.kind === 'group' || t.kind === 'place') && t.group && t.group !== 'age' && t.group !== 'social')
          group = t.viaPronoun ? undefined : t;
      }
      if (!group) continue;
      out.push(
        composedHit(tokens, i, group.tokenEnd, 'act-inferiority', {
          phrase: 'very articulate for a …',
          tags: ['inferiority', 'phrase', 'backhanded'],
          source: 'HateCheck F5 (derogation by implication); EHRC on stereotypes',
          note: 'A quality praised as if unexpected of a group.',
        }),
      );
      i = group.tokenEnd;
      break;
    }
  }
  return out;
}

/** How far from the person a mark of low expectation may stand in their sentence. */
const EXPECTATION_REACH = 14;
const STRONG_EXPECTATIONS = new Phrases(LOW_EXPECTATION.filter((m) => !m.withPraise).map((m) => m.words));
const EXPECTATIONS_WITH_PRAISE = new Phrases(LOW_EXPECTATION.filter((m) => m.withPraise).map((m) => m.words));

/** The mark of low expectation starting at token `at`: its length in tokens (0 if none), and whether it needs praise. */
function expectationAt(tokens: readonly Token[], at: number): { length: number; withPraise: boolean } {
  const strong = STRONG_EXPECTATIONS.at(tokens, at);
  return strong > 0
    ? { length: strong, withPraise: false }
    : { length: EXPECTATIONS_WITH_PRAISE.at(tokens, at), withPraise: true };
}

/**
 * "Polish cleaner actually did a good job for once", "She's Black and got a distinction? Must have had help":
 * someone named by a protected characteristic (not age: "not bad for 90" is how clinicians speak) and, in
 * the same sentence, a mark that what they did beat what was expected of them (LOW_EXPECTATION).
 */
export function lowExpectations(
  tokens: readonly Token[],
  targets: readonly Target[],
  sentenceOf: readonly number[],
): LexiconHit[] {
  const out: LexiconHit[] = [];
  let praised: Set<number | undefined> | undefined;
  for (const t of targets) {
    if (t.kind !== 'group' || !t.group || t.group === 'age' || t.group === 'social' || t.viaPronoun) continue;
    const s = sentenceOf[t.tokenStart];
    const from = Math.max(0, t.tokenStart - EXPECTATION_REACH);
    for (let j = from; j < tokens.length && j <= t.tokenEnd + EXPECTATION_REACH; j++) {
      if (sentenceOf[j] !== s) {
        if (j > t.tokenStart) break;
        continue;
      }
      const { length: n, withPraise } = expectationAt(tokens, j);
      if (n === 0) continue;
      if (withPraise && !(praised ??= praisingSentences(tokens, sentenceOf)).has(s)) break;
      out.push(
        composedHit(tokens, Math.min(t.tokenStart, j), Math.max(t.tokenEnd, j + n), 'act-inferiority', {
          phrase: '… for once',
          tags: ['inferiority', 'phrase', 'backhanded'],
          source: 'HateCheck F5 (derogation by implication); EHRC on stereotypes',
          note: 'Someone of a group said to have done better than expected.',
        }),
      );
      break;
    }
  }
  return out;
}

/** The sentences in which a quality is praised. */
function praisingSentences(tokens: readonly Token[], sentenceOf: readonly number[]): Set<number | undefined> {
  const out = new Set<number | undefined>();
  for (const [k, t] of tokens.entries()) if (PRAISED_QUALITIES.has(t.norm)) out.add(sentenceOf[k]);
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
  const denial = tokens.some((t) => GENERALISERS.has(t.norm) || t.norm === 'none' || t.norm === 'never');
  return (
    (denial && tokens.some((t) => INABILITY.test(t.norm) || VIRTUES.has(t.norm))) ||
    tokens.some(
      (t, i) =>
        (PRAISED_QUALITIES.has(t.norm) &&
          tokens.slice(i + 1, i + 5).some((x) => x.norm === 'for' || SURPRISE.test(x.norm))) ||
        expectationAt(tokens, i).length > 0,
    )
  );
}
