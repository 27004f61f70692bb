import { GIVING_IN, SURVEIL_VERBS } from '../../data/taxonomy/acts.js';
import { FIRST_PERSON_SUBJECT, SECOND_PERSON, THIRD_PERSON_SINGULAR } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { composedHit } from './composed.js';

const SOURCE =
  'Acas, bullying and harassment at work (persistent criticism, overbearing supervision); Protection from Harassment Act 1997 (a course of conduct)';
const UNTIL = /^(until|till|til|untill)$/;
const EVERY = /^(every|each)$/;
/** Words that keep the watch going or promise it ("keeping a note", "I'll log", "going to record"). */
const ONGOING = /^(keep|keeping|kept|i'll|ill|will|gonna|going|start|starting|to)$/;
/** How far back the author may stand as the one keeping watch ("I am going to record…"). */
const AUTHOR_REACH = 4;

/** Where the author speaks earlier in the sentence ("I'll keep posting until…"), or -1. */
function authorBefore(tokens: readonly Token[], sentenceOf: readonly number[], at: number): number {
  for (let k = at - 1; k >= 0 && sentenceOf[k] === sentenceOf[at]; k--)
    if (FIRST_PERSON_SUBJECT.has((tokens[k] as Token).norm)) return k;
  return -1;
}

/** Is the author the subject of the verb at `at` ("I'm screenshotting", "we'll be logging")? */
function byAuthor(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - AUTHOR_REACH; k--)
    if (FIRST_PERSON_SUBJECT.has((tokens[k] as Token).norm)) return true;
  return false;
}
/** How far "every" may come after the verb of keeping watch ("noting down every single…"). */
const EVERY_REACH = 5;

/**
 * "I'm keeping a note of every day you leave early", "screenshotting every comment you make", "I'll
 * reply to every one of your posts until you admit it": a person kept under watch, or pressure kept up
 * until they give in. Needs the person in the sentence (you, he, she), so "we audit every prescription"
 * and "keep going until the bleeding stops" are left alone; so is supervision ("checking every referral you send"),
 * whose verbs are not verbs of keeping watch.
 */
export function persistentTargeting(tokens: readonly Token[], sentenceOf: readonly number[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  // Sentences that name a person (you, he, she), found once: each hit then asks in one look.
  const withPerson = new Set<number | undefined>();
  tokens.forEach((t, k) => {
    if (SECOND_PERSON.has(t.norm) || THIRD_PERSON_SINGULAR.has(t.norm)) withPerson.add(sentenceOf[k]);
  });
  const personIn = (s: number | undefined) => withPerson.has(s);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = (tokens[i] as Token).norm;
    const s = sentenceOf[i];
    let end = -1;
    let start = i;
    // Watch kept up, not a thing once noted: "I'm screenshotting every…", "keeping a note of every…", "I'll log every…".
    if (
      SURVEIL_VERBS.has(w) &&
      byAuthor(tokens, i) &&
      (w.endsWith('ing') || ONGOING.test(tokens[i - 1]?.norm ?? '') || ONGOING.test(tokens[i - 2]?.norm ?? ''))
    ) {
      // The hit runs to "every" and what it counts ("…every comment").
      for (let k = i + 1; k < tokens.length && k <= i + EVERY_REACH && sentenceOf[k] === s && end < 0; k++)
        if (EVERY.test((tokens[k] as Token).norm)) end = k + 2;
    } else if (UNTIL.test(w)) {
      const who = tokens[i + 1]?.norm ?? '';
      const verb = [i + 2, i + 3].find((k) => GIVING_IN.has(tokens[k]?.norm ?? ''));
      // Pressure the author keeps up: "I won't stop until you apologise", not "rest until you…".
      const kept = (SECOND_PERSON.has(who) || THIRD_PERSON_SINGULAR.has(who)) && verb !== undefined;
      // The hit starts at the author, so "won't stop until…" is read as the pressure, not as denying it.
      const author = kept ? authorBefore(tokens, sentenceOf, i) : -1;
      if (author >= 0 && verb !== undefined) {
        start = author;
        end = verb + 1;
      }
    }
    // The person watched may be named in the sentence before ("You left at 6 again. I'm noting every day.").
    if (end < 0 || !(personIn(s) || personIn((s ?? 0) - 1))) continue;
    out.push(
      composedHit(tokens, start, Math.min(end, tokens.length), 'act-harass', {
        phrase: 'keeping a note of every …',
        tags: ['harass', 'phrase', 'persistent'],
        source: SOURCE,
        note: 'A person kept under watch, or pressure kept up until they give in.',
      }),
    );
    i = end - 1;
  }
  return out;
}

/** Could the tokens hold persistent targeting? A cheap test before a full reading. */
export function mayPersist(tokens: readonly Token[]): boolean {
  return (
    tokens.some((t) => UNTIL.test(t.norm) || SURVEIL_VERBS.has(t.norm)) &&
    tokens.some((t) => EVERY.test(t.norm) || GIVING_IN.has(t.norm))
  );
}
