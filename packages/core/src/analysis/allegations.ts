import {
  ABSENT_WORDS,
  ACCUSING_VERBS,
  ANSWERS_NO,
  ARRIVAL_VERBS,
  BODY_NOUNS,
  BULLYING_OBJECTS,
  CLAUSE_BREAK,
  DENIERS,
  DETERMINERS,
  DISHONEST_OBJECTS,
  DOER_PREPOSITIONS,
  DOING_WORDS,
  DECISION_NOUNS,
  DEFINITE_DETERMINERS,
  DOUBLE_CLAIMS,
  ENDORSERS,
  GENERIC_DETERMINERS,
  GLUE,
  HYPOTHETICAL,
  INNOCENT_NEXT,
  LABEL_WORDS,
  NEGATED_COPULAS,
  NAMING_VERBS,
  NEGATION_ENDS,
  NEUTRAL_SUBJECTS,
  NOT_A_NAME,
  NOT_AGENTS,
  OBJECT_PREPOSITIONS,
  ORG_SUFFIXES,
  PASSIVE_AUXILIARIES,
  PASSIVE_PARTICIPLES,
  PERSON_NOUNS,
  REFLEXIVE_OWNERS,
  RIGHT_AFTER,
  ROLE_ABBREVIATIONS,
  PLACE_PREPOSITIONS,
  POINTERS,
  SECOND_PERSON_LOTS,
  SHARED_SUBJECT,
  SUBJECT_ENDS,
  SUBSTANCES,
  TITLES,
  TOPIC_WORDS,
  VAGUE_PRONOUNS,
  VICTIM_MODIFIERS,
  VICTIMS,
  WORK_WORDS,
  WORKS_ON,
} from '../data/taxonomy/allegation-grammar.js';
import { FIRST_NAMES } from '../data/first-names.js';
import { FIRST_PERSON_SUBJECT } from '../data/taxonomy/grammar.js';
import type { LexiconHit } from '../text/matcher.js';
import { firstTokenAtOrAfter, type Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { composedHit } from './meaning/composed.js';
import { PerAnalysis } from './memo.js';
import { isQuoted, personCueAt, sentenceTokens } from './speech.js';
import type { ThreadEntry } from './thread.js';
import { type Frames, readFrames } from './allegation-frames.js';

/*
 * Allegations of wrongdoing said of someone identifiable, read once per draft for content.defamation.
 *
 * The allegation lexicon (data/allegation.ts) gives the accusing words, and three compositions add
 * what no phrase list can hold: a verb of harm with whoever was harmed ("harmed three patients"), a
 * claim for work with its denial ("claims for visits he never does"), and a state of intoxication in a
 * working setting ("came into work wasted"). For each, the reader walks left to the subject of the
 * clause: a named person or @handle, a capitalised name ("Brightwell Pharmacy"), a role or a body
 * ("the practice manager", "the Riverside partners"), "you", or he/she/they. An allegation about no one
 * in particular, about the author, negated, hypothetical or quoted is left alone; a fragment ("Fraud,
 * plain and simple.") takes its target from the sentence before.
 *
 * Insinuation (allegation-frames.ts) is read apart: a hint ("funny how…", "makes you wonder") beside an
 * identifiable person and a gain or loss of money or advantage states the wrong without its words.
 *
 * Framing changes confidence, not the decision, except where the law itself draws the line: a
 * judgement framed as opinion (honest opinion) and a report of a court or an official finding drop
 * below the standard threshold; a rumour or a repeated accusation still publishes it.
 */

export type TargetKind = 'named' | 'organisation' | 'role' | 'you' | 'pronoun' | 'group' | 'context';

export interface AllegationTarget {
  readonly kind: TargetKind;
  readonly label: string;
}

export interface Allegation {
  readonly start: number;
  readonly end: number;
  /** What wrong is alleged: a kind tag of data/allegation.ts, or 'insinuation'. */
  readonly kind: string;
  readonly target: AllegationTarget;
  readonly confidence: number;
  /** Passed on as rumour or as someone else's accusation. */
  readonly rumour: boolean;
  readonly why: readonly string[];
}

type Walk =
  | { target: AllegationTarget }
  | { stop: 'self' | 'generic' | 'neutral' | 'negated' | 'hypothetical' | 'none' };

const TITLE_CASE = /^\p{Lu}[\p{Ll}'’-]/u;
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?$/;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
const POSSESSIVE = /'s$/;
const FRAGMENT_END = /^\s?[,.;:!?–—-]/;
const QUESTION_END = /\?\s*$/;
const COMMA = /,/;
const PROGRESSIVE = /ing$/;
const CLAUSE_PUNCTUATION = /[,;:–—]/;
const DIGITS = /^\d/;
const AMOUNT_MARK = /^[%£$€]|^\d+(?:k|m|bn)$/;
const KIND_TAGS = ['fraud', 'theft', 'bribery', 'dishonesty', 'harm', 'incompetence', 'impairment', 'bullying'];

function tokenAt(a: Analysis, i: number): Token {
  return a.tokens[i] as Token;
}

/** "dr jones" typed in lower case: a title and a word after it name a person. */
function lowerCaseTitle(a: Analysis, j: number): AllegationTarget | undefined {
  const t = tokenAt(a, j);
  const prev = a.tokens[j - 1];
  if (!prev || !TITLES.has(prev.norm) || GLUE.has(t.norm) || !/^\p{L}{2,}$/u.test(t.norm)) return undefined;
  return { kind: 'named', label: a.text.slice(prev.start, t.end) };
}

const GROUP_TOKENS = new PerAnalysis<ReadonlySet<number>>();
const ROLE_TOKENS = new PerAnalysis<ReadonlySet<number>>();

/** The tokens some spans cover, worked out once per draft (the walks ask of many tokens). */
function covered(
  a: Analysis,
  memo: PerAnalysis<ReadonlySet<number>>,
  spans: () => readonly { tokenStart: number; tokenEnd: number }[],
): ReadonlySet<number> {
  let set = memo.get(a);
  if (!set) {
    const tokens = new Set<number>();
    for (const h of spans()) for (let k = h.tokenStart; k < h.tokenEnd; k++) tokens.add(k);
    memo.set(a, (set = tokens));
  }
  return set;
}

/** Token j is part of a group named by who its people are ("Romanians", "Muslims"). */
const inGroup = (a: Analysis, j: number) => covered(a, GROUP_TOKENS, () => a.hits('group')).has(j);

/** A capitalised name at token j ("Hillside", "Brightwell Pharmacy", "St Cuthbert's"). */
function capitalisedAt(a: Analysis, j: number, lo: number): AllegationTarget | undefined {
  const t = tokenAt(a, j);
  if (!TITLE_CASE.test(t.raw) || NOT_A_NAME.has(t.norm)) return lowerCaseTitle(a, j);
  // A nationality or a faith ("these Romanians", "South Asians") is a group of people, not a name.
  if (inGroup(a, j) || inGroup(a, j + 1)) return undefined;
  const next = a.tokens[j + 1];
  if (j === lo && !INNER_CAPITAL.test(t.raw) && !FIRST_NAMES.has(t.norm)) {
    // Sentence-initial capitals are ordinary words unless another name or an organisation word follows
    // ("Greywell ICB's"), or the word is a first name ("Karen on reception…") or has a capital inside it,
    // as brand names do ("SwiftCare").
    if (DETERMINERS.has(t.norm) || !next) return undefined;
    const nextWord = next.norm.replace(POSSESSIVE, '');
    if (!(ORG_SUFFIXES.has(nextWord) || (TITLE_CASE.test(next.raw) && !NOT_A_NAME.has(next.norm)))) return undefined;
  }
  let s = j;
  while (s - 1 >= lo && TITLE_CASE.test(tokenAt(a, s - 1).raw) && !NOT_A_NAME.has(tokenAt(a, s - 1).norm)) s--;
  const org = ORG_SUFFIXES.has(t.norm) || (next !== undefined && ORG_SUFFIXES.has(next.norm));
  return { kind: org ? 'organisation' : 'named', label: a.text.slice(tokenAt(a, s).start, t.end) };
}

/** Whether the name ending at token j is the subject: followed by a verb's glue, a comma, a place, or the allegation. */
function subjectPosition(a: Analysis, j: number, hitStart: number): boolean {
  const t = tokenAt(a, j);
  const next = a.tokens[j + 1];
  if (!next || j + 1 >= hitStart) return true;
  if (COMMA.test(a.text.slice(t.end, next.start))) return true;
  if (POSSESSIVE.test(t.norm) && !GLUE.has(next.norm)) return false;
  return (
    GLUE.has(next.norm) || PLACE_PREPOSITIONS.has(next.norm) || ORG_SUFFIXES.has(next.norm) || TITLE_CASE.test(next.raw)
  );
}

function roleTarget(a: Analysis, j: number, lo: number): AllegationTarget | 'generic' | undefined {
  const role = a.targets.roles.find((r) => j >= r.tokenStart && j < r.tokenEnd);
  if (!role) return undefined;
  const tags = role.entry.tags ?? [];
  const label = a.text.slice(role.start, role.end);
  const before = role.tokenStart - 1 >= lo ? tokenAt(a, role.tokenStart - 1) : undefined;
  const det = before?.norm ?? '';
  // "any locum": no one in particular; "a locum" may be the complement of a subject to its left
  // ("he's a locum who…"), so the walk goes on past it.
  if (GENERIC_DETERMINERS.has(det)) return 'generic';
  if (det === 'a' || det === 'an') return undefined;
  if (tags.includes('body')) return { kind: 'organisation', label };
  if (tags.includes('group')) {
    const after = a.tokens[role.tokenEnd];
    const afterNext = a.tokens[role.tokenEnd + 1];
    // "the receptionists", "the Riverside partners", "the nurses at Elm Tree": these people, not all.
    // At the start of a sentence a capital proves nothing, unless the role is capitalised too ("Brookfield Locums").
    const roleCapitalised = TITLE_CASE.test(tokenAt(a, role.tokenStart).raw);
    const named = before !== undefined && (role.tokenStart - 1 > lo || roleCapitalised) && TITLE_CASE.test(before.raw);
    if (
      DETERMINERS.has(det) ||
      named ||
      (after && PLACE_PREPOSITIONS.has(after.norm) && afterNext && TITLE_CASE.test(afterNext.raw))
    ) {
      return { kind: 'group', label: det ? a.text.slice(before?.start ?? role.start, role.end) : label };
    }
    return 'generic';
  }
  return { kind: 'role', label };
}

/**
 * Any identifiable target in tokens [lo, hi] (the sentence before a fragment, or around a hint). The
 * reader ("you") is the target only when no one else is named: in "I feel you ought to know that Dr
 * Wren…" or "between you and me, Rachel…" the allegation is about the third person.
 */
export function anyTarget(a: Analysis, lo: number, hi: number): AllegationTarget | undefined {
  let reader: AllegationTarget | undefined;
  for (let j = lo; j <= hi; j++) {
    const cue = personCueAt(a, j);
    if (cue?.kind === 'named') return { kind: 'named', label: cue.label };
    const role = roleTarget(a, j, lo);
    if (role && role !== 'generic') return role;
    if (cue?.kind === 'second') {
      reader ??= { kind: 'you', label: 'the person you are writing to' };
      continue;
    }
    if (cue?.kind === 'third' && !VAGUE_PRONOUNS.has(cue.label)) return { kind: 'pronoun', label: cue.label };
    const cap = capitalisedAt(a, j, lo);
    if (cap) return wholeName(a, cap, j, hi);
  }
  return reader;
}

/** A capitalised name read from its first word, taken to its last ("Mill" → "Mill Road", "Ruth" → "Ruth Tan"). */
function wholeName(a: Analysis, cap: AllegationTarget, j: number, hi: number): AllegationTarget {
  let k = j;
  while (k + 1 <= hi && TITLE_CASE.test(tokenAt(a, k + 1).raw) && !NOT_A_NAME.has(tokenAt(a, k + 1).norm)) k++;
  if (k === j) return cap;
  const start = tokenAt(a, j).end - cap.label.length;
  return { ...cap, label: a.text.slice(start, tokenAt(a, k).end) };
}

/** "the man", "this woman" after a sentence naming someone: that someone (undefined when no one is named before). */
function pointsBack(a: Analysis, j: number, lo: number): AllegationTarget | undefined {
  if (j <= lo || lo === 0) return undefined;
  if (
    !PERSON_NOUNS.has(tokenAt(a, j).norm.replace(POSSESSIVE, '')) ||
    !DEFINITE_DETERMINERS.has(tokenAt(a, j - 1).norm)
  )
    return undefined;
  const [plo, phi] = sentenceTokens(a, lo - 1);
  const before = anyTarget(a, plo, phi);
  return before && (before.kind === 'named' || before.kind === 'organisation') ? before : undefined;
}

/** "the out-of-hours provider", "that practice", "the baby unit": a body its readers can pick out. */
function definiteBody(a: Analysis, j: number, lo: number): AllegationTarget | undefined {
  if (!BODY_NOUNS.has(tokenAt(a, j).norm.replace(POSSESSIVE, ''))) return undefined;
  return definite(a, j, lo, 'organisation');
}

/**
 * "the auditor", "the panel members", "that radiologist": a person named by what they do, the noun formed as
 * agent nouns are (-er, -or, -ist, -ian, -ant, -ent), made definite. The role lexicon cannot list every job.
 */
function definiteAgent(a: Analysis, j: number, lo: number): AllegationTarget | undefined {
  const n = tokenAt(a, j).norm.replace(POSSESSIVE, '');
  if (!AGENT_NOUN.test(n) || NOT_AGENTS.has(n)) return undefined;
  // "these Romanians", "the Christians": a group of people by who they are, not someone picked out.
  if (inGroup(a, j)) return undefined;
  return definite(a, j, lo, 'role');
}

/** The noun at j with a definite determiner within a few words before it ("our out-of-hours provider"). */
function definite(a: Analysis, j: number, lo: number, kind: TargetKind): AllegationTarget | undefined {
  for (let k = j - 1; k >= lo && k >= j - 5; k--) {
    const d = tokenAt(a, k).norm;
    if (DETERMINERS.has(d) && d !== 'a' && d !== 'an')
      return { kind, label: a.text.slice(tokenAt(a, k).start, tokenAt(a, j).end) };
    if (GLUE.has(d) || GENERIC_DETERMINERS.has(d)) return undefined;
  }
  return undefined;
}

/** A coordinator or clause punctuation between a negation at j and the allegation: the negation stays in its clause. */
function negationEndsBefore(a: Analysis, j: number, hitStart: number): boolean {
  for (let k = j + 1; k < hitStart; k++) if (NEGATION_ENDS.has(tokenAt(a, k).norm)) return true;
  return CLAUSE_PUNCTUATION.test(a.text.slice(tokenAt(a, j).end, tokenAt(a, hitStart).start));
}

/** People just after a verb in -ing, with at most one word between ("placing doctors", "seeing private patients"). */
function objectOfVerb(a: Analysis, j: number, lo: number): boolean {
  for (let k = j - 1; k >= lo && k >= j - 2; k--) {
    const n = tokenAt(a, k).norm;
    if (GLUE.has(n)) return false;
    if (PROGRESSIVE.test(n) && n.length > 4) return true;
  }
  return false;
}

/** A plural possessive before a noun ("patients' brands"): the people own the thing, they are not the subject. */
function ownerOfNext(a: Analysis, j: number, hitStart: number): boolean {
  const t = tokenAt(a, j);
  return j + 1 < hitStart && a.text.startsWith("' ", t.end);
}

/** Walk left from the allegation to the subject of its clause. */
function subjectOf(a: Analysis, hitStart: number, lo: number): Walk {
  for (let j = hitStart - 1; j >= lo && j >= hitStart - 16; j--) {
    const n = tokenAt(a, j).norm;
    if (j >= hitStart - 5 && (NEGATED_COPULAS.has(n) || (DENIERS.has(n) && (j >= hitStart - 3 || !/n't$/.test(n))))) {
      if (!negationEndsBefore(a, j, hitStart)) return { stop: 'negated' };
      continue;
    }
    if (HYPOTHETICAL.has(n)) return { stop: 'hypothetical' };
    // "signing scripts while drunk": a clause break just before the allegation shares the subject.
    if (CLAUSE_BREAK.has(n) && !(j === hitStart - 1 && SHARED_SUBJECT.has(n))) return { stop: 'none' };
    if (n === 'and' || n === 'or') {
      // "X botched it and covered it up" shares X; "X is kind and the system is corrupt" does not.
      for (let k = j + 1; k < hitStart; k++) if (!GLUE.has(tokenAt(a, k).norm)) return { stop: 'none' };
      continue;
    }
    // "our PM", "the ANP": a role written short, after a determiner.
    if (ROLE_ABBREVIATIONS.has(n) && j > lo && DETERMINERS.has(tokenAt(a, j - 1).norm))
      return { target: { kind: 'role', label: a.text.slice(tokenAt(a, j - 1).start, tokenAt(a, j).end) } };
    const cue = personCueAt(a, j);
    // "I" and "we" are the author acting; "me" and "us" are only ever objects ("the inspector who visited us lied").
    if (cue?.kind === 'first' && FIRST_PERSON_SUBJECT.has(n)) return { stop: 'self' };
    if (cue?.kind === 'first') {
      // "accusing me of fiddling it": the author is the one said to have done it.
      if (j > lo && ACCUSING_VERBS.has(tokenAt(a, j - 1).norm)) return { stop: 'self' };
      continue;
    }
    // A name is the subject only where a verb or an apposition follows it ("Dr Frost's article on…" is not).
    if (cue?.kind === 'named' && subjectPosition(a, j, hitStart))
      return { target: { kind: 'named', label: cue.label } };
    if (cue?.kind === 'named') {
      // Skip the rest of the name ("Dr" of "Dr Frost's article").
      const t0 = tokenAt(a, j);
      const span = a.targets.namedPeople.find((p) => t0.start >= p.start && t0.end <= p.end);
      while (span && j - 1 >= lo && tokenAt(a, j - 1).start >= span.start) j--;
      continue;
    }
    if (cue?.kind === 'second') return { target: { kind: 'you', label: 'the person you are writing to' } };
    if (cue?.kind === 'third') return { target: { kind: 'pronoun', label: cue.label } };
    // People after a preposition or a verb are an object ("operates on patients drunk", "seeing private
    // patients in NHS time and pocketing…"), passed over; so are people owning a thing ("swapping patients' brands").
    if ((cue?.kind === 'generic' || cue?.kind === 'role') && j > lo && OBJECT_PREPOSITIONS.has(tokenAt(a, j - 1).norm))
      continue;
    const people =
      cue?.kind === 'generic' || cue?.kind === 'role' || covered(a, ROLE_TOKENS, () => a.targets.roles).has(j);
    if (people && (objectOfVerb(a, j, lo) || ownerOfNext(a, j, hitStart))) continue;
    // "Sick of covering for Dr Stannard. The man's been drunk at work": someone named before, pointed back at.
    const named = pointsBack(a, j, lo);
    if (named) return { target: { kind: 'context', label: targetPhrase(named) } };
    const role = roleTarget(a, j, lo);
    if (role === 'generic') return { stop: 'generic' };
    if (role) return { target: role };
    const body = definiteBody(a, j, lo) ?? definiteAgent(a, j, lo);
    if (body) return { target: body };
    if (cue?.kind === 'generic' && j > lo && SECOND_PERSON_LOTS.has(n) && tokenAt(a, j - 1).norm === 'you')
      return { target: { kind: 'you', label: 'the people you are writing to' } };
    if (cue?.kind === 'generic') return { stop: 'generic' };
    if (cue?.kind === 'neutral' && NEUTRAL_SUBJECTS.has(n) && j >= hitStart - 3) return { stop: 'neutral' };
    const cap = capitalisedAt(a, j, lo);
    // A name after "in", "at" or "near" is where it happened ("an attack in Manchester killed…"), not who did it.
    if (cap && j > lo && PLACE_PREPOSITIONS.has(tokenAt(a, j - 1).norm)) continue;
    if (cap && subjectPosition(a, j, hitStart)) return { target: cap };
  }
  return { stop: 'none' };
}

/** For a noun of wrongdoing: a target after it ("fraud at Hillside Surgery", "negligence by the trust"). */
function targetAfter(a: Analysis, hit: LexiconHit, hi: number, only?: string): AllegationTarget | undefined {
  for (let k = hit.tokenEnd; k <= hi && k < hit.tokenEnd + 3; k++) {
    const n = tokenAt(a, k).norm;
    if (only ? n === only : DOER_PREPOSITIONS.has(n)) return anyTarget(a, k + 1, Math.min(hi, k + 5));
  }
  return undefined;
}

/** An amount written as figures: "30%", "£200", "20k". */
function isAmount(a: Analysis, k: number): boolean {
  const t = tokenAt(a, k);
  if (!DIGITS.test(t.norm)) return false;
  return (
    AMOUNT_MARK.test(a.text.slice(t.end, t.end + 1)) ||
    AMOUNT_MARK.test(a.text.slice(t.start - 1, t.start)) ||
    AMOUNT_MARK.test(t.norm)
  );
}

/**
 * The dishonest object before a particle verb that ends its clause: a relative clause ("the deaths the trust
 * hushed up") or a passive ("the results are made up"); "made up of" is what something consists of.
 */
function frontedObject(a: Analysis, hit: LexiconHit, lo: number): boolean {
  if (tokenAt(a, hit.tokenEnd - 1).norm !== 'up' || a.tokens[hit.tokenEnd]?.norm === 'of') return false;
  for (let k = hit.tokenStart - 1; k >= lo && k >= hit.tokenStart - 10; k--)
    if (DISHONEST_OBJECTS.has(tokenAt(a, k).norm)) return true;
  return false;
}

/** Where an accusing word with an innocent sense becomes an accusation, the end of what makes it so. */
function requirementEnd(a: Analysis, hit: LexiconHit, tags: readonly string[], lo: number, hi: number): number | null {
  const reach = (n: number) => Math.min(hi, hit.tokenEnd + n - 1);
  if (tags.includes('needs-object')) {
    // "fiddling the figures", not "fiddling with the printer".
    for (let k = hit.tokenEnd; k <= reach(5); k++) {
      const n = tokenAt(a, k).norm;
      // An amount straight after a verb of taking ("skimming 30%"); "make up 40% of" is what something consists of.
      const amount = k === hit.tokenEnd && !hit.entry.phrase.endsWith(' up') && isAmount(a, k);
      if (DISHONEST_OBJECTS.has(n) || amount) {
        while (k < hi && DISHONEST_OBJECTS.has(tokenAt(a, k + 1).norm)) k++;
        return tokenAt(a, k).end;
      }
      // "nicking from the drug cupboard": taking from a place or from people.
      if (n === 'from' && tags.includes('theft') && k <= hit.tokenEnd + 1 && k < hi) return tokenAt(a, k + 1).end;
      if (DENIERS.has(n)) return null;
    }
    return frontedObject(a, hit, lo) ? hit.end : null;
  }
  if (tags.includes('needs-person')) {
    // "bullying the nurses", "harassed a trainee", not "a talk on bullying".
    for (let k = hit.tokenEnd; k <= reach(4); k++) {
      const cue = personCueAt(a, k);
      const n = tokenAt(a, k).norm;
      if (VICTIMS.has(n) || BULLYING_OBJECTS.has(n) || (cue && cue.kind !== 'neutral' && cue.kind !== 'first'))
        return tokenAt(a, k).end;
    }
    return null;
  }
  if (tags.includes('needs-unperformed')) {
    // "claims for visits he never does", "charging for checks that never happened".
    // "double-billing the PCN": a claim made twice is the allegation.
    const before = a.tokens[hit.tokenStart - 1];
    if (before && hit.tokenStart > lo && DOUBLE_CLAIMS.has(before.norm)) return hit.end;
    for (let k = hit.tokenEnd; k <= reach(10); k++) {
      const n = tokenAt(a, k).norm;
      if (ABSENT_WORDS.has(n)) return tokenAt(a, k).end;
      if (!DENIERS.has(n)) continue;
      for (let m = k + 1; m <= Math.min(hi, k + 2); m++)
        if (DOING_WORDS.has(tokenAt(a, m).norm)) return tokenAt(a, m).end;
    }
    return null;
  }
  if (tags.includes('needs-work') || tags.includes('needs-arrival')) {
    // A state of intoxication is an allegation about someone's practice where the sentence sets it at work;
    // the ambiguous words ("high", "wasted") only after a verb of arriving ("came into work wasted").
    let arrived = false;
    for (let k = hit.tokenStart - 1; k >= lo && k >= hit.tokenStart - 4; k--)
      if (ARRIVAL_VERBS.has(tokenAt(a, k).norm)) arrived = true;
    const next = a.tokens[hit.tokenEnd];
    const onSubstance = next?.norm === 'on' && SUBSTANCES.has(a.tokens[hit.tokenEnd + 1]?.norm ?? '');
    if (tags.includes('needs-arrival') && !arrived && !onSubstance) return null;
    if (onSubstance || tags.includes('needs-arrival')) return hit.end;
    for (let k = lo; k <= hi; k++) if (WORK_WORDS.has(tokenAt(a, k).norm)) return hit.end;
    return null;
  }
  return hit.end;
}

/** "called the liaison a liar", "calling my team liars": a label that reports someone else's word. */
function calledSo(a: Analysis, at: number, lo: number): boolean {
  for (let k = at - 1; k >= lo && k >= at - 5; k--) if (NAMING_VERBS.has(tokenAt(a, k).norm)) return true;
  return false;
}

/** A label that accuses as it names ("liar", "fraud", "crooks"): the insult lexicon marks these. */
const accuses = (h: LexiconHit) => (h.entry.tags ?? []).includes('allegation');

/** "Dr Reid is a liar", "the agency are crooks": a label that is an accusation, read as one. */
function labelHits(a: Analysis, lexical: readonly LexiconHit[]): LexiconHit[] {
  return a
    .hits('insult')
    .filter((h) => accuses(h) && !lexical.some((x) => x.start === h.start))
    .map((h) =>
      composedHit(a.tokens, h.tokenStart, h.tokenEnd, 'allegation', {
        phrase: h.entry.phrase,
        tags: ['act', 'label', 'dishonesty'],
        source: h.entry.source,
        note: 'A label that is also an accusation of dishonesty.',
      }),
    );
}

/** "harmed three patients", "killed one of his patients": a verb of harm and who was harmed, composed. */
function harmHits(a: Analysis): LexiconHit[] {
  const out: LexiconHit[] = [];
  const verbs = a.hits('allegation').filter((h) => (h.entry.tags ?? []).includes('harm-verb'));
  for (const v of verbs) {
    for (let k = v.tokenEnd; k < a.tokens.length && k < v.tokenEnd + 4; k++) {
      const n = tokenAt(a, k).norm;
      if (VICTIMS.has(n)) {
        out.push(
          composedHit(a.tokens, v.tokenStart, k + 1, 'allegation', {
            phrase: `${v.entry.phrase} … ${n}`,
            tags: ['act', 'harm'],
            source: v.entry.source,
            note: 'A verb of harm with the people harmed.',
          }),
        );
        break;
      }
      if (!VICTIM_MODIFIERS.has(n) && !/^\d+$/.test(n)) break;
    }
  }
  return out;
}

interface Judged {
  readonly end: number;
  readonly target: AllegationTarget;
  readonly confidence: number;
  readonly rumour: boolean;
  readonly why: string[];
}

const BASE: Record<TargetKind, number> = {
  named: 0.9,
  organisation: 0.9,
  role: 0.85,
  you: 0.85,
  group: 0.75,
  pronoun: 0.75,
  context: 0.8,
};

/** The allegation a hit makes, 'untargeted' when it reads as one but names no one, or undefined when set aside. */
function judge(a: Analysis, hit: LexiconHit, frames: Frames): Judged | 'untargeted' | undefined {
  const tags = hit.entry.tags ?? [];
  const [lo, hi] = sentenceTokens(a, hit.tokenStart);
  const first = tokenAt(a, hit.tokenStart);
  const next = a.tokens[hit.tokenEnd];
  const prev = hit.tokenStart - 1 >= lo ? tokenAt(a, hit.tokenStart - 1) : undefined;
  const innocent = INNOCENT_NEXT[first.norm];
  if (innocent && hit.tokenEnd === hit.tokenStart + 1 && next && hit.tokenEnd <= hi && innocent.has(next.norm))
    return undefined;
  if (isQuoted(a, hit.start, hit.end)) return undefined;
  // Part of a proper name ("the NHS Counter Fraud Authority", "the Serious Fraud Office").
  if (hit.tokenStart > lo && TITLE_CASE.test(first.raw)) return undefined;
  if (prev && TOPIC_WORDS.has(prev.norm) && tags.includes('noun')) return undefined;
  // "an article on falsified data": the wrong is what a work is about.
  const work = hit.tokenStart - 2 >= lo ? tokenAt(a, hit.tokenStart - 2) : undefined;
  if (prev && (prev.norm === 'on' || prev.norm === 'about') && work && WORKS_ON.has(work.norm)) return undefined;
  // A hypothetical or conditional clause ("if a GP falsified records…").
  for (let j = Math.max(lo, hit.tokenStart - 12); j < hit.tokenStart; j++)
    if (HYPOTHETICAL.has(tokenAt(a, j).norm)) return undefined;
  // "a waste of space", "you fraud": a label for the person, which content.insult reports as name-calling;
  // a label that is itself an accusation ("a fraud", "a liar", "crooks") accuses as well, though not someone
  // told so to their face or "they" at large, and not when it is someone else's word ("called him a liar").
  const label = a.hits('insult').find((h) => h.start === hit.start);
  if (label && prev && LABEL_WORDS.has(prev.norm) && !accuses(label)) return undefined;
  if (label && calledSo(a, hit.tokenStart, lo)) return undefined;

  const end = requirementEnd(a, hit, tags, lo, hi);
  if (end === null) return undefined;
  const si = a.sentenceAt(hit.start);
  // A denial ends the allegation, unless it is the allegation ("billing for visits that never happened").
  if (frames.has(si, 'denial') && !tags.includes('needs-unperformed')) return undefined;
  // Passive ("was bullied by…"): the subject is who suffered; the allegation is about the doer after "by".
  // Taking a bribe is as much the wrong as paying one: "the negotiators were bribed" accuses the negotiators.
  const passive =
    (tags.includes('needs-person') || PASSIVE_PARTICIPLES.has(first.norm)) &&
    !tags.includes('bribery') &&
    !PROGRESSIVE.test(first.norm) &&
    prev !== undefined &&
    PASSIVE_AUXILIARIES.has(prev.norm);
  // "misdiagnosed his own hay fever": done to oneself.
  if (next && REFLEXIVE_OWNERS.has(next.norm) && a.tokens[hit.tokenEnd + 1]?.norm === 'own') return undefined;
  // Someone else's accusation that the draft shows to be wrong ("a patient accused Dr X…; police found it").
  if (frames.near(si, 'reported') && frames.near(si, 'refuted')) return undefined;

  const why: string[] = [`allegation: ${hit.entry.phrase}`];
  const walk: Walk = passive ? { stop: 'none' } : subjectOf(a, hit.tokenStart, lo);
  let target: AllegationTarget | undefined;
  if (passive) target = targetAfter(a, hit, hi, 'by');
  else if ('target' in walk) target = walk.target;
  else if (walk.stop !== 'none' && walk.stop !== 'neutral') return undefined;
  if (!target && tags.includes('noun')) target = targetAfter(a, hit, hi);
  // A fragment ("Fraud, plain and simple.", "Drunk, apparently.") or "It's fraud." takes its target from the sentence before.
  const fragment =
    (hit.tokenStart - lo <= 1 && (hi - lo < 6 || FRAGMENT_END.test(a.text.slice(end, end + 2)))) ||
    ('stop' in walk && walk.stop === 'neutral' && tags.includes('noun'));
  if (!target && fragment && lo > 0) {
    const [plo, phi] = sentenceTokens(a, lo - 1);
    const before = anyTarget(a, plo, phi);
    if (before) target = { kind: 'context', label: targetPhrase(before) };
  }
  if (!target) return 'untargeted';
  if (tags.includes('label') && (target.kind === 'you' || VAGUE_PRONOUNS.has(target.label))) return undefined;

  let confidence = BASE[target.kind];
  why.push(`target: ${target.label}`);
  if (frames.before(si, 'opinion', hit.start)) {
    // Honest opinion covers a judgement framed as opinion, not a fact framed as belief.
    const evaluative = tags.includes('evaluative');
    confidence = evaluative ? 0.45 : confidence * 0.9;
    why.push(evaluative ? 'framed as opinion' : 'a fact framed as belief');
  }
  const rumour = frames.near(si, 'hedged') || frames.near(si, 'reported');
  if (rumour) {
    confidence *= 0.92;
    why.push('hedged rumour');
  }
  if (frames.has(si, 'sourced')) {
    confidence = Math.min(confidence, 0.4);
    why.push('cites a public source');
  }
  if (frames.near(si, 'proper-route')) {
    confidence *= 0.8;
    why.push('raised through a proper route');
  }
  const s = a.sentences[si];
  const asked = s !== undefined && QUESTION_END.test(a.text.slice(s.start, s.end));
  // A question the draft answers "No." is raised to refute it.
  if (asked && hi + 1 < a.tokens.length && ANSWERS_NO.has(tokenAt(a, hi + 1).norm)) return undefined;
  if (asked) {
    confidence *= 0.85;
    why.push('asked as a question');
  }
  return { end, target, confidence, rumour, why };
}

export function targetPhrase(t: AllegationTarget): string {
  switch (t.kind) {
    case 'you':
      return 'the person you are writing to';
    case 'context':
      return `${t.label} (named just before)`;
    case 'pronoun':
      return 'the person you are writing about';
    default:
      return t.label;
  }
}

/** Hints read per draft: enough for any real post, and a bound on a wall of them. */
const MAX_HINTS = 20;

/** A hint of wrongdoing beside someone identifiable and a gain or a loss of money or advantage. */
function insinuations(a: Analysis, frames: Frames, taken: ReadonlySet<number>): Allegation[] {
  const out: Allegation[] = [];
  const seen = new Set<number>(taken);
  for (const hint of frames.hints) {
    const si = a.sentenceAt(hint.start);
    if (seen.has(si) || taken.has(si - 1) || taken.has(si + 1) || out.length >= MAX_HINTS) continue;
    seen.add(si);
    if (frames.near(si, 'denial') || frames.near(si, 'proper-route')) continue;
    const [lo, hi] = frames.window(hint.tokenStart);
    const motive = frames.motiveIn(lo, hi);
    if (!motive) continue;
    const target = anyTarget(a, lo, hi);
    if (!target) continue;
    // A body gaining or losing money or results is policy ("the ICB got extra funding"); a person's gain,
    // an award won, money gone or a tie is the hint of impropriety.
    const person = target.kind !== 'organisation' && target.kind !== 'group';
    if (motive.how === 'gain' && motive.object !== 'award' && !person) continue;
    // One finding for a hint and its echo in the sentences around it ("…too good to be true. Draw your own conclusions.").
    seen.add(si - 1).add(si + 1);
    out.push({
      start: hint.start,
      end: hint.end,
      kind: 'insinuation',
      target,
      confidence: BASE[target.kind] * 0.85,
      rumour: false,
      why: [`insinuation: ${hint.entry.phrase}`, `motive: ${motive.words}`, `target: ${target.label}`],
    });
  }
  return out;
}

/**
 * The learned head's score from which it reads an allegation the lexicons do not know, in a sentence
 * that names someone identifiable: the head's own threshold (95% right on its hold-out), never below
 * this floor. On another writer's training drafts before they were trained on (defamation-copyright-2),
 * the floor alone took recall from 0.24 to 0.30 at precision 1.00 with no clean draft held; trained on
 * them, the head scores ordinary news of a named place above it, hence the threshold.
 */
const MODEL_FLOOR = 0.3;
const MODEL_HEAD = 'content.defamation';

/**
 * No accusing word or hint the lexicons know, but the draft reads as an allegation to the learned model ("the
 * pharmacy at Crossways is fiddling its claims", "he's been coming in over the limit"). Its strongest
 * sentence must name someone identifiable and carry no denial, opinion, attribution or proper route.
 */
function modelled(a: Analysis, frames: Frames, blocked: boolean): Allegation[] {
  // Accusing words the readings above set aside (a label, a topic, an innocent sense, a denial) are not
  // the model's to bring back: it reads words, not their frame. Words read as an allegation that only
  // found no one to tie it to ("The pharmacy at Crossways is fiddling…") are, and so is a hint ("funny
  // how…", "draw your own conclusions") whose wrong the insinuation reading could not name: the model
  // reads what is hinted at, and its target and frame tests below still apply.
  if (blocked) return [];
  const p = a.model.p(MODEL_HEAD);
  if (p < Math.max(MODEL_FLOOR, a.model.threshold(MODEL_HEAD))) return [];
  const s = a.model.strongestSentence(MODEL_HEAD);
  if (!s) return [];
  const si = a.sentenceAt(s.start);
  if (SET_ASIDE.some((tag) => frames.near(si, tag))) return [];
  const [lo, hi] = sentenceTokens(a, firstTokenAtOrAfter(a.tokens, s.start));
  if (hi < lo) return [];
  // A label ("Dr Reid is an idiot") is name-calling, content.insult's to report; one that accuses ("a liar") is read above.
  if (a.hits('insult').some((h) => h.tokenStart >= lo && h.tokenStart <= hi && !accuses(h))) return [];
  if (judgesDecision(a, lo, hi)) return [];
  // A sentence that carries the charge but not the name ("I have the emails to prove it", "They
  // routinely forge references") takes its target from the sentences before it.
  const own = anyTarget(a, lo, hi);
  const before = own && own.kind !== 'you' ? undefined : lo > 0 ? targetBefore(a, lo) : undefined;
  const target = own && own.kind !== 'you' ? own : before?.target;
  if (!target || target.kind === 'you') return [];
  // A one- or two-word close ("Avoid.", "Shameful.") is not where the charge is: the sentence naming the target is.
  const short = !own && hi - lo < 2 && before;
  if (short && SET_ASIDE.some((tag) => frames.near(a.sentenceAt(before.start), tag))) return [];
  return [
    {
      start: short ? before.start : s.start,
      end: short ? before.end : s.end,
      kind: 'wrongdoing',
      target,
      // A score of 0.3 shows at the standard sensitivity; the strict one sees the same, the relaxed one less.
      confidence: Math.min(0.9, 0.45 + p / 2),
      rumour: false,
      why: [`learned model: ${p.toFixed(2)}`, `target: ${target.label}`],
    },
  ];
}

/** The nearest sentence before token lo that names someone identifiable, with the target and its span. */
function targetBefore(a: Analysis, lo: number): { target: AllegationTarget; start: number; end: number } | undefined {
  for (let k = lo - 1; k >= 0; ) {
    const [plo, phi] = sentenceTokens(a, k);
    const target = anyTarget(a, plo, phi);
    if (target) return { target, start: tokenAt(a, plo).start, end: tokenAt(a, phi).end };
    k = plo - 1;
  }
  return undefined;
}

/** The sentence's subject, up to its first verb, is a decision ("The ICB's plan to merge… is a mistake"). */
function judgesDecision(a: Analysis, lo: number, hi: number): boolean {
  for (let k = lo; k <= hi; k++) {
    const n = tokenAt(a, k).norm;
    if (SUBJECT_ENDS.has(n)) return false;
    if (DECISION_NOUNS.has(n)) return true;
  }
  return false;
}

/** The message the draft replies to: the last one in its thread by someone else. */
function repliedTo(a: Analysis): ThreadEntry | undefined {
  const e = a.thread.entries;
  for (let i = e.length - 2; i >= 0; i--) if (!(e[i] as ThreadEntry).mine) return e[i];
  return undefined;
}

/** Where the draft's first sentence backs the message above ("This.", "Yep true, a mate confirmed it"). */
function endorsement(a: Analysis): [lo: number, hi: number] | undefined {
  if (a.tokens.length === 0) return undefined;
  const [lo, hi] = sentenceTokens(a, 0);
  if (hi - lo < 2 && [lo, hi].some((k) => POINTERS.has(tokenAt(a, k).norm))) return [lo, hi];
  // The sentence opens with it ("Yep, true"), or with one word before it ("Can confirm", "Ian's right").
  for (let k = lo; k <= Math.min(hi, lo + 1); k++) {
    const n = tokenAt(a, k).norm;
    if (!ENDORSERS.has(n)) continue;
    const prev = k > lo ? tokenAt(a, k - 1).norm : '';
    if (n === 'right' && !(RIGHT_AFTER.has(prev) || POSSESSIVE.test(prev))) continue;
    const denied = [k - 1, k - 2].some((m) => m >= lo && DENIERS.has(tokenAt(a, m).norm));
    if (!denied) return [lo, hi];
  }
  return undefined;
}

/**
 * A reply that backs an accusation made in the message it answers ("This. Every word is true about him."):
 * read only when the draft makes no allegation of its own.
 */
function endorsed(a: Analysis, frames: Frames): Allegation[] {
  if (!repliedTo(a)?.alleges) return [];
  const span = endorsement(a);
  if (!span || SET_ASIDE.some((tag) => frames.near(0, tag))) return [];
  const sentence = a.sentences[a.sentenceAt(tokenAt(a, span[0]).start)];
  const start = sentence?.start ?? tokenAt(a, span[0]).start;
  const end = sentence?.end ?? tokenAt(a, span[1]).end;
  return [
    {
      start,
      end,
      kind: 'endorsement',
      target: { kind: 'context', label: 'the message you are replying to' },
      confidence: 0.8,
      rumour: false,
      why: [`backs the message replied to: ${a.text.slice(start, end)}`],
    },
  ];
}

/** Frames that make a sentence something other than an allegation made by the author (rumour and opinion still count). */
const SET_ASIDE = ['denial', 'proper-route', 'sourced', 'reported', 'refuted'];

const CACHE = new PerAnalysis<readonly Allegation[]>();

/** Every allegation of the draft said of someone identifiable, at most one a sentence, in text order. */
export function readAllegations(a: Analysis): readonly Allegation[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const lexical = a.hits('allegation');
  const frames = readFrames(a);
  const out: Allegation[] = [];
  const done = new Set<number>();
  let blocked = false;
  const labels = labelHits(a, lexical);
  if (lexical.length > 0 || labels.length > 0) {
    const byStart = (x: LexiconHit, y: LexiconHit) => x.start - y.start || y.end - x.end;
    // Labels last: in "Dr Reid is a liar and has been inflating his list", the act is what is reported.
    const acts = [...lexical.filter((h) => !(h.entry.tags ?? []).includes('harm-verb')), ...harmHits(a)];
    const hits = [...acts.sort(byStart), ...labels];
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i] as LexiconHit;
      const si = a.sentenceAt(hit.start);
      // Of hits starting together ("drunk", "drunk on duty"), judge the longest (sorted first).
      if (done.has(si) || (i > 0 && (hits[i - 1] as LexiconHit).start === hit.start)) continue;
      const j = judge(a, hit, frames);
      // "high" in "the high street" is another word, not an accusation set aside: it leaves the model free.
      if (j === undefined && !(hit.entry.tags ?? []).includes('needs-arrival')) blocked = true;
      if (j === undefined || j === 'untargeted' || j.confidence <= 0) continue;
      done.add(si);
      const kind = (hit.entry.tags ?? []).find((t) => KIND_TAGS.includes(t)) ?? 'dishonesty';
      out.push({
        start: hit.start,
        end: j.end,
        kind,
        target: j.target,
        confidence: j.confidence,
        rumour: j.rumour,
        why: j.why,
      });
    }
  }
  out.push(...insinuations(a, frames, done));
  if (out.length === 0) out.push(...modelled(a, frames, blocked));
  if (out.length === 0) out.push(...endorsed(a, frames));
  out.sort((x, y) => x.start - y.start);
  CACHE.set(a, out);
  return out;
}
