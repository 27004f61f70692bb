import type { LexiconHit } from '../../text/matcher.js';
import {
  AUTHORITIES,
  CAREER_ASSETS,
  CONTEST_VERBS,
  CONTEST_WORDS,
  EVERYDAY_PURPOSES,
  INVITATIONS_HOME,
} from '../../data/taxonomy/acts.js';
import { BODY_PARTS, INJURY_VERBS, POSSESSIVES } from '../../data/taxonomy/body.js';
import {
  BLAME_HARMS,
  FIRST_PERSON_SUBJECT,
  FUNCTION_WORDS,
  NEGATORS,
  MISCONDUCT_NOUNS,
  STACKED_ADJECTIVES,
  PERSON_NOUNS,
  THING_HEADS,
  WHEREABOUTS_VERBS,
} from '../../data/taxonomy/grammar.js';
import { IRREGULAR_FORMS } from '../../data/taxonomy/irregular-verbs.js';
import { stem } from '../../text/stem.js';
import type { Token } from '../../text/tokens.js';
import { type ClauseRange, sentenceOfTokens, splitClauses } from './clauses.js';
import { composedHit } from './composed.js';
import { disclosures, mayDisclose, readOffers } from './disclosure.js';
import { mayThreatenByForm, ruinedAssets, threateningVisits, veiledExposures } from './threat-forms.js';
import { mayPersist, persistentTargeting } from './persistence.js';
import { mayPileOn, pileOns } from './pile-ons.js';
import { derogatorySimiles, maySimile } from './similes.js';
import { backhandedPraise, deniedVirtues, lowExpectations, mayStereotype, sweepingInabilities } from './stereotypes.js';
import { mayIssueUltimatum, ultimatums } from './ultimatums.js';
import { mayWishMisfortune, wishedMisfortunes } from './wishes.js';
import {
  agentOf,
  modalityAt,
  nearestInClause,
  negatedAt,
  norm,
  objectAfter,
  indexReading,
  sentenceFacts,
  type Reading,
  stanceOf,
  subjectOf,
  sweepingAt,
  targetWithin,
} from './read.js';
import { isCommunity, labelsSomeone } from './hostile.js';
import { findTargets } from './targets.js';
import { sentenceTopic } from './topic.js';
import type { Act, ActKind, Agent, Clause, Meaning, Target } from './types.js';

/** What the meaning layer reads from an analysis. */
export interface MeaningInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: ReadonlyArray<{ start: number; end: number }>;
  hits(lexicon: string): readonly LexiconHit[];
  readonly namedPeople: ReadonlyArray<{ start: number; end: number; name: string }>;
}

/** Act lexicons (data/taxonomy/acts.ts) and the act each one carries. */
export const ACT_LEXICONS: ReadonlyArray<readonly [string, ActKind]> = [
  ['act-violence', 'violence'],
  ['act-harm', 'harm'],
  ['act-exclusion', 'exclusion'],
  ['act-dehumanise', 'dehumanise'],
  ['act-contempt', 'contempt'],
  ['act-insult', 'insult'],
  ['insult', 'insult'],
  ['threat', 'intimidation'],
  ['harassment', 'harass'],
  ['act-idiom', 'idiom'],
  ['act-emotion', 'emotion'],
  ['act-conspiracy', 'conspiracy'],
  ['act-crime', 'crime'],
  ['act-inferiority', 'inferiority'],
  ['act-positive', 'positive'],
  ['act-glorify', 'glorify'],
  ['act-career', 'career'],
  ['act-intimidation', 'intimidation'],
  ['act-coercion', 'coercion'],
  ['act-harass', 'harass'],
  ['act-sexual', 'sexual'],
  ['act-patient', 'patient'],
];

// A quotation: text between matching quote marks (straight or curly; an apostrophe inside a word is not one).
const QUOTE_MARK = /["“”]|(?<![\p{L}\p{N}])['‘]|['’](?![\p{L}\p{N}])/gu;

function quotedRanges(text: string): Array<[number, number]> {
  const marks: number[] = [];
  for (const m of text.matchAll(QUOTE_MARK)) marks.push(m.index);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < marks.length; i += 2) out.push([marks[i] as number, marks[i + 1] as number]);
  return out;
}

const INJURY_SOURCE = 'Offences Against the Person Act 1861 ss.16, 47 (data/taxonomy/body.ts)';

/** "break your fingers", "smash his face": an injury verb, a possessive and a body part, as a violence hit. */
function injuries(tokens: readonly Token[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!INJURY_VERBS.has(stem(verb.norm)) && !INJURY_VERBS.has(verb.norm)) continue;
    let j = i + 1;
    if ((tokens[j] as Token).norm === 'every' || (tokens[j] as Token).norm === 'all') j++;
    const owner = tokens[j];
    const at = [j + 1, j + 2].find((k) => tokens[k] !== undefined && BODY_PARTS.has((tokens[k] as Token).norm));
    if (!owner || !POSSESSIVES.has(owner.norm) || at === undefined) continue;
    // "If you fall you'll break your wrist": the subject hurting their own body is an accident, not a blow.
    if (ownBody(tokens, i, owner.norm)) continue;
    const part = tokens[at] as Token;
    out.push(
      composedHit(tokens, i, at + 1, 'act-violence', {
        phrase: `${verb.norm} ${owner.norm} ${part.norm}`,
        tags: ['violence', 'phrase', 'person'],
        source: INJURY_SOURCE,
        note: 'An injury to a named part of the body.',
      }),
    );
  }
  return out;
}

/** Subjects and the possessive that refers back to them ("you … your", "he … his"). */
const OWNER_OF: Readonly<Record<string, string>> = {
  you: 'your',
  "you'll": 'your',
  "you've": 'your',
  "you'd": 'your',
  he: 'his',
  "he'll": 'his',
  she: 'her',
  "she'll": 'her',
  they: 'their',
  "they'll": 'their',
};
/** How far back the subject of an injury verb may stand ("you might well break your…"). */
const SUBJECT_REACH = 3;

/** Is the injury verb at `verb` done by the owner of the body part (its subject, a few words back)? */
function ownBody(tokens: readonly Token[], verb: number, possessive: string): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - SUBJECT_REACH; k--)
    if (OWNER_OF[(tokens[k] as Token).norm] === possessive) return true;
  return false;
}

/** Is there a negator between the clause start and `at`? (A cheap test before the full reading.) */
function negatorBefore(tokens: readonly Token[], from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (NEGATORS.has((tokens[i] as Token).norm)) return true;
  return false;
}

const DENIED_SOURCE = 'Protection from Harassment Act 1997; Acas examples of bullying (threats about job security)';
const MAKE_SURE = /^(sure|ensure|ensures)$/;
const POSSESSIVE_OR_PLACE = /^(your|ur|his|her|their|this|that)$/;
const DENIAL =
  /^(doesn't|doesnt|won't|wont|never|isn't|isnt|not|fails|fail|finished|over|closed|ruined|done|blocked|refused|rejected)$/;

/** "I'll make sure your CCT doesn't happen", "…ensure this practice is finished": a promised denial, as a ruin hit. */
function deniedOutcomes(tokens: readonly Token[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!MAKE_SURE.test((tokens[i] as Token).norm)) continue;
    const owner = [i + 1, i + 2].find((k) => POSSESSIVE_OR_PLACE.test(tokens[k]?.norm ?? ''));
    // What is denied must be something a working life hangs on: "your CCT", not "your reliever".
    if (owner === undefined || ![owner + 1, owner + 2].some((k) => CAREER_ASSETS.has(tokens[k]?.norm ?? ''))) continue;
    for (let j = owner + 1; j < tokens.length && j <= owner + 8; j++) {
      if (!DENIAL.test((tokens[j] as Token).norm)) continue;
      const from = i > 0 && (tokens[i - 1] as Token).norm === 'make' ? i - 1 : i;
      out.push(
        composedHit(tokens, from, Math.min(tokens.length, j + 2), 'act-career', {
          phrase: 'make sure your … does not happen',
          tags: ['career', 'ruin'],
          source: DENIED_SOURCE,
          note: 'Promises the person will be denied their training, job or practice.',
        }),
      );
      break;
    }
  }
  return out;
}

const WHEREABOUTS_SOURCE =
  'Protection from Harassment Act 1997 s.4 (putting people in fear of violence); Acas examples of intimidation';

/** "I know where the new receptionist parks": knowing where to find a person, as an intimidation hit. */
function whereabouts(tokens: readonly Token[], targets: readonly Target[]): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const lead = (tokens[i] as Token).norm;
    if (!/^(knows?|here's|heres|here|that's|thats)$/.test(lead) || (tokens[i + 1] as Token).norm !== 'where') continue;
    for (let j = i + 2; j < tokens.length && j <= i + 8; j++) {
      if (!WHEREABOUTS_VERBS.has((tokens[j] as Token).norm)) continue;
      const person = targets.find((t) => t.tokenStart > i + 1 && t.tokenEnd <= j && t.kind !== 'self');
      if (!person) break;
      const from = i > 0 && /^(i|we)$/.test((tokens[i - 1] as Token).norm) ? i - 1 : i;
      out.push(
        composedHit(tokens, from, j + 1, 'act-intimidation', {
          phrase: 'know where … lives',
          tags: ['intimidation'],
          source: WHEREABOUTS_SOURCE,
          note: 'Knowing where a person lives, parks or works, said to or about them.',
        }),
      );
      break;
    }
  }
  return out;
}

const SLOGAN_SOURCE =
  'Public Order Act 1986 s.18 and HateCheck (Röttger et al. 2021) F: calls for exclusion; the "X out" chant of expulsion';

/**
 * "Roma out.", "Muslims out of our town": a group named and told "out" as a sentence of its own, the
 * chant of expulsion. Read as an exclusion urged on the group (the group is inside the hit).
 */
function expulsionSlogans(tokens: readonly Token[], targets: readonly Target[], sentenceOf: readonly number[]) {
  const out: LexiconHit[] = [];
  for (const t of targets) {
    if (t.kind !== 'group' && t.kind !== 'place') continue;
    const word = tokens[t.tokenEnd];
    if (word?.norm !== 'out') continue;
    const next = tokens[t.tokenEnd + 1];
    const ends = !next || sentenceOf[t.tokenEnd + 1] !== sentenceOf[t.tokenEnd] || /^(now|of)$/.test(next.norm);
    // The slogan is the whole sentence up to "out": "Get the Roma out" is a verb's, "Roma out" the chant's.
    const starts = t.tokenStart === 0 || sentenceOf[t.tokenStart - 1] !== sentenceOf[t.tokenStart];
    if (!ends || !starts) continue;
    out.push(
      composedHit(tokens, t.tokenStart, t.tokenEnd + 1, 'act-exclusion', {
        phrase: '… out',
        tags: ['exclusion', 'phrase', 'slogan'],
        source: SLOGAN_SOURCE,
        note: 'A group told "out": a call for its expulsion.',
      }),
    );
  }
  return out;
}

/** A violence verb with a sporting sense in a sentence (or the one before) about a contest. */
function inContest(tokens: readonly Token[], sentenceOf: readonly number[], h: LexiconHit): boolean {
  if (!CONTEST_VERBS.has((tokens[h.tokenStart] as Token).norm)) return false;
  const s = sentenceOf[h.tokenStart] ?? 0;
  return tokens.some((t, i) => {
    const at = sentenceOf[i] ?? 0;
    return (at === s || at === s - 1) && CONTEST_WORDS.has(t.norm);
  });
}

/** How far after an invitation its purpose may be said ("back to mine after for a quick cuppa"). */
const PURPOSE_REACH = 5;

/** An invitation home with an everyday purpose after it in its sentence ("back to mine for a cuppa"). */
function hospitable(tokens: readonly Token[], sentenceOf: readonly number[], h: LexiconHit): boolean {
  if (!INVITATIONS_HOME.has(h.entry.phrase)) return false;
  for (let k = h.tokenEnd; k < tokens.length && k < h.tokenEnd + PURPOSE_REACH; k++) {
    if (sentenceOf[k] !== sentenceOf[h.tokenStart]) return false;
    if (EVERYDAY_PURPOSES.has((tokens[k] as Token).norm)) return true;
  }
  return false;
}

/** Keeps the longest hit where hits of one lexicon overlap ("make me sick" over "sick"). */
function longest(hits: readonly LexiconHit[]): LexiconHit[] {
  if (hits.length < 2) return [...hits];
  // Longest first, then keep each hit that overlaps none kept: "shower of shite" wins over "absolute shower".
  const byLength = [...hits].sort(
    (a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart,
  );
  const taken = new Set<number>();
  const out: LexiconHit[] = [];
  for (const h of byLength) {
    let free = true;
    for (let i = h.tokenStart; i < h.tokenEnd && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = h.tokenStart; i < h.tokenEnd; i++) taken.add(i);
    out.push(h);
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * The form of a hit. For verbs it comes from the word as written, not the entry: stemming folds
 * "deport", "deported" and "deporting" onto one entry, and "should all be deported" must read as a
 * participle whichever entry matched.
 */
function formOf(h: LexiconHit, tokens: readonly Token[]): string {
  const f = h.entry.tags?.[1] ?? h.entry.tags?.[0] ?? '';
  if (f !== 'verb' && f !== 'pp' && f !== 'ing') return f;
  const last = (tokens[h.tokenEnd - 1] as Token).norm;
  const first = (tokens[h.tokenStart] as Token).norm;
  if (/ing$/.test(first)) return 'ing';
  if (
    /(ed|en|wn)$/.test(first) ||
    /(ed|en|wn)$/.test(last) ||
    (IRREGULAR_FORMS[first] !== undefined && IRREGULAR_FORMS[first] !== first)
  )
    return 'pp';
  return 'verb';
}

/** Words between a modal and "be" ("should all be", "need to be", "deserve to be"). */
const MODAL_GAP = /^(all|just|really|simply|to|of|them|the|lot|be)$/;
const NORMATIVE =
  /^(should|shall|must|need|needs|ought|deserve|deserves|want|wants|wanted|gotta|has|have|got|let|may)$/;
const FUTURE = /^(will|gonna|going|'ll|ll)$/;

/**
 * How a past participle is put: "should (all) be shot" urges it; "will be shot" promises it; "were
 * shot", "got shot", "being shot" report it. Undefined when no form of "be" or "get" comes before it
 * (then it is a past-tense verb).
 */
function passiveReading(r: Reading, at: number, clauseStart: number): { agent: Agent; cue?: string } | undefined {
  let j = at - 1;
  while (
    j >= clauseStart &&
    /^(all|just|really|simply|quickly|publicly|immediately|finally|properly|then|also|and)$/.test(
      (r.tokens[j] as Token).norm,
    )
  )
    j--;
  const aux = j >= clauseStart ? (r.tokens[j] as Token).norm : '';
  if (/^(was|were|been|got|gets|getting|being|is|are|'s|'re|am)$/.test(aux)) return { agent: 'other' };
  if (aux !== 'be' && aux !== 'get') {
    // "want them shot", "need them deported": a modal and an object before the participle.
    const prev = j >= clauseStart + 1 ? (r.tokens[j - 1] as Token).norm : '';
    if (/^(them|em|him|her|it|all)$/.test(aux) && /^(want|wants|need|needs|like|love)$/.test(prev))
      return { agent: 'urged', cue: `"${prev} ${aux} …"` };
    return undefined;
  }
  for (let k = j - 1; k >= clauseStart && k >= j - 4; k--) {
    const w = (r.tokens[k] as Token).norm;
    if (NORMATIVE.test(w)) return { agent: 'urged', cue: `"${w} … be"` };
    if (FUTURE.test(w) || /'ll$/.test(w)) return { agent: 'author', cue: 'said as what will happen' };
    if (!MODAL_GAP.test(w) && !r.targets.some((t) => k >= t.tokenStart && k < t.tokenEnd)) break;
  }
  return { agent: 'none' };
}

/** The first target of the clause, before `at`: its subject, as near as word order tells. */
function clauseSubject(r: Reading, at: number, clauseStart: number): Target | undefined {
  for (let j = clauseStart; j < at && j < clauseStart + 4; j++) {
    const t = r.index.startAt[j];
    if (t) return t.kind === 'self' ? undefined : t;
  }
  return undefined;
}

/** The nearest person, group, place or patient ending before `at` in the clause, within a dozen words. */
function nearestBefore(r: Reading, at: number, clauseStart: number): Target | undefined {
  for (let j = at - 1; j >= clauseStart && j >= at - 12; j--) {
    const t = r.index.endAt[j];
    if (t && t.kind !== 'self' && t.tokenStart >= clauseStart) return t;
  }
  return undefined;
}

/** The word after an adjective is a noun that is not a person: the adjective describes that thing. */
function attributiveToThing(r: Reading, after: number, clauseEnd: number): boolean {
  // Past more describing words to the head noun: "a pathetic little thief", "a sad old man".
  while (after + 1 < clauseEnd && STACKED_ADJECTIVES.has((r.tokens[after] as Token).norm)) after++;
  if (after >= clauseEnd) return false;
  const next = r.tokens[after] as Token;
  if (next.kind !== 'word' || FUNCTION_WORDS.has(next.norm) || PERSON_NOUNS.has(next.norm)) return false;
  if (MISCONDUCT_NOUNS.has(next.norm)) return false;
  if (r.index.startAt[after]) return false;
  // Punctuation between ("useless, and…") means it is not attributive.
  return r.text.slice((r.tokens[after - 1] as Token).end, next.start).trim() === '';
}

/**
 * A singular noun right before the person it modifies names a kind, not a likeness: "cancer patients",
 * "pig farmers", "virus ward staff". Said of people, the likening needs a copula or "like" ("they're a cancer").
 */
function nounModifier(r: Reading, h: LexiconHit): boolean {
  if (!h.entry.tags?.includes('noun') || h.entry.phrase.endsWith('s')) return false;
  const next = r.tokens[h.tokenEnd];
  if (!next || !r.index.startAt[h.tokenEnd]) return false;
  return r.text.slice((r.tokens[h.tokenEnd - 1] as Token).end, next.start).trim() === '';
}

/** Verbs whose object is a thing had or caught, not a likening: "get cancer", "have rats", "died of cancer". */
const HAD =
  /^(get|gets|got|getting|gotten|have|has|had|having|develop|develops|developed|developing|catch|catches|caught|catching|diagnosed|treated|with|of|from|for|against)$/;

/** A likening noun used literally, as what someone gets, has or is treated for ("less likely to get cancer screening"). */
function literalThing(r: Reading, h: LexiconHit): boolean {
  let j = h.tokenStart - 1;
  while (j >= 0 && /^(a|an|the|some|any|bowel|breast|lung|skin|prostate)$/.test(r.tokens[j]?.norm ?? '')) j--;
  return HAD.test(r.tokens[j]?.norm ?? '');
}

/** Words that join "I" to a name it calls itself ("I felt like an idiot", "I'm such a numpty"). */
const SELF_LINK =
  /^(am|was|felt|feel|feeling|look|looked|looking|sound|sounded|like|such|a|an|total|absolute|complete|bit|of|proper|right|bloody|so|really|been|being|utter)$/;

/** A name the author gives themself: "I" joined to it only by a copula, seeming and intensifiers, or "what a … I was". */
function selfDirected(r: Reading, h: LexiconHit): boolean {
  let j = h.tokenStart - 1;
  while (j >= 0 && j > h.tokenStart - 7 && SELF_LINK.test((r.tokens[j] as Token).norm)) j--;
  if (j >= 0 && j < h.tokenStart - 1 && FIRST_PERSON_SUBJECT.has((r.tokens[j] as Token).norm)) return true;
  const after = r.tokens[h.tokenEnd]?.norm ?? '';
  const then = r.tokens[h.tokenEnd + 1]?.norm ?? '';
  return (after === 'i' && /^(was|am|is|have|'ve)$/.test(then)) || after === "i'm" || after === 'im';
}

/** How many tokens either side of a report the person reported is looked for. */
const RECIPIENT_WINDOW = 16;

/** Acts that, finding no subject, are read as said of the group their sentence is about (topic.ts). */
const TOPIC_KINDS: ReadonlySet<ActKind> = new Set(['dehumanise', 'crime', 'contempt', 'inferiority', 'insult']);

function bind(
  r: Reading,
  h: LexiconHit,
  kind: ActKind,
  clause: ClauseRange,
): { target?: Target; agent: Agent; cues: string[] } {
  const f = formOf(h, r.tokens);
  const cues: string[] = [];
  const { tokenStart: cs, tokenEnd: ce } = clause;
  if (f === 'pp') {
    const passive = passiveReading(r, h.tokenStart, cs);
    if (passive) {
      // The subject may sit before a coordinated predicate: "X are vermin and should all be deported".
      const target = subjectOf(r, h.tokenStart, h.tokenEnd, cs, ce) ?? nearestBefore(r, h.tokenStart, cs);
      if (passive.cue) cues.push(passive.cue);
      return { ...(target ? { target } : {}), agent: passive.agent, cues };
    }
    // No "be" before it: a past-tense verb ("whoever punched that GP"), read as a verb.
    const target = objectAfter(r, h.tokenEnd, ce);
    const { agent, cue } = agentOf(r, h.tokenStart, cs);
    if (cue) cues.push(cue);
    return { ...(target ? { target } : {}), agent, cues };
  }
  if (f === 'stereotype' || f === 'blame') {
    // Said of the clause's subject, however long ("Women GPs going part-time the minute they have kids is why…").
    const target = subjectOf(r, h.tokenStart, h.tokenEnd, cs, ce, false) ?? clauseSubject(r, h.tokenStart, cs);
    return { ...(target ? { target } : {}), agent: 'none', cues };
  }
  if (kind === 'conspiracy') {
    // The group accused is the subject ("X control the media"); the institution comes after.
    const target = subjectOf(r, h.tokenStart, h.tokenEnd, cs, ce) ?? nearestBefore(r, h.tokenStart, cs);
    return { ...(target ? { target } : {}), agent: 'none', cues };
  }
  if (kind === 'exclusion' && f === 'phrase') {
    // "X don't belong here", "X shouldn't be allowed to…": said of the subject; else "don't hire X".
    const target =
      subjectOf(r, h.tokenStart, h.tokenEnd, cs, ce) ??
      targetWithin(r, h.tokenStart, h.tokenEnd) ??
      objectAfter(r, h.tokenEnd, ce, 3);
    const { agent, cue } = agentOf(r, h.tokenStart, cs);
    if (cue) cues.push(cue);
    return { ...(target ? { target } : {}), agent, cues };
  }
  if (h.entry.tags?.includes('of-group')) {
    // Said of the group named before it in the sentence ("Typical woman, can't…").
    const sentence = r.sentenceOf[h.tokenStart];
    const group = r.targets.filter(
      (t) => t.kind === 'group' && t.tokenEnd <= h.tokenStart && r.sentenceOf[t.tokenStart] === sentence,
    );
    const target = group[group.length - 1];
    return { ...(target ? { target } : {}), agent: 'none', cues };
  }
  if (h.entry.tags?.includes('recipient')) {
    // The body named is who hears of it, not the target: the person is beside it in the sentence
    // ("…about your prescribing", "Withdraw your complaint or I write to…"), nearest first.
    // Inside the hit only an owner counts ("your employer"); help offered "for you" aims at no one.
    const sentence = r.sentenceOf[h.tokenStart];
    const word = (k: number) => r.tokens[k]?.norm ?? '';
    // Targets starting near the hit (a window, so a wall of text costs no more per hit than a line).
    const near: Target[] = [];
    const last = Math.min(r.tokens.length - 1, h.tokenEnd + RECIPIENT_WINDOW);
    for (let k = Math.max(0, h.tokenStart - RECIPIENT_WINDOW); k <= last; k++) {
      const t = r.index.startAt[k];
      if (t) near.push(t);
    }
    const outside = near.filter(
      (t) =>
        (t.kind === 'you' || t.kind === 'person') &&
        !AUTHORITIES.has(word(t.tokenEnd - 1)) &&
        r.sentenceOf[t.tokenStart] === sentence &&
        (t.tokenEnd <= h.tokenStart || t.tokenStart >= h.tokenEnd
          ? word(t.tokenStart - 1) !== 'for'
          : POSSESSIVES.has(word(t.tokenStart))),
    );
    const gap = (t: Target) => (t.tokenStart >= h.tokenEnd ? t.tokenStart - h.tokenEnd : h.tokenStart - t.tokenEnd);
    const target = outside.sort((x, y) => gap(x) - gap(y))[0];
    const { agent, cue } = agentOf(r, h.tokenStart, cs);
    if (cue) cues.push(cue);
    return { ...(target ? { target } : {}), agent, cues };
  }
  if (f === 'phrase' || kind === 'career' || kind === 'intimidation' || kind === 'harass' || kind === 'coercion') {
    const target =
      targetWithin(r, h.tokenStart, h.tokenEnd) ??
      objectAfter(r, h.tokenEnd, ce, 3) ??
      nearestInClause(r, h.tokenStart, cs, ce);
    const { agent, cue } = agentOf(r, h.tokenStart, cs);
    if (cue) cues.push(cue);
    return { ...(target ? { target } : {}), agent, cues };
  }
  if (f === 'verb' || f === 'ing') {
    // The object after the verb, or inside a phrasal verb ("round them all up").
    const target = objectAfter(r, h.tokenEnd, ce) ?? targetWithin(r, h.tokenStart + 1, h.tokenEnd);
    const { agent, cue } = f === 'ing' ? { agent: 'none' as Agent, cue: undefined } : agentOf(r, h.tokenStart, cs);
    if (cue) cues.push(cue);
    return { ...(target ? { target } : {}), agent, cues };
  }
  if (kind === 'positive') {
    // "I don't trust X" (object) or "X are not human" / "X can't be trusted" (subject).
    const object = objectAfter(r, h.tokenEnd, ce, 3);
    const target = object ?? subjectOf(r, h.tokenStart, h.tokenEnd, cs, ce);
    const { agent } = object ? agentOf(r, h.tokenStart, cs) : { agent: 'none' as Agent };
    return { ...(target ? { target } : {}), agent, cues };
  }
  // An adjective before a word that is not a person ("a lazy eye", "thick fog") describes that thing, and
  // so does a label before a moment or an act ("numpty move", "idiot o'clock").
  if ((f === 'adj' || h.entry.tags?.includes('demeaning-adjective')) && attributiveToThing(r, h.tokenEnd, ce))
    return { agent: 'none', cues };
  if (THING_HEADS.has(r.tokens[h.tokenEnd]?.norm ?? '') && attributiveToThing(r, h.tokenEnd, ce))
    return { agent: 'none', cues };
  // Nouns, adjectives, stimuli, harms: said of a subject.
  // The author calling themself names: "I felt like an idiot", "what a numpty I was".
  if ((kind === 'insult' || kind === 'contempt') && selfDirected(r, h)) {
    const self = r.targets.find((t) => t.kind === 'self' && t.tokenStart >= cs && t.tokenStart < ce);
    if (self) return { target: self, agent: 'none', cues: [...cues, 'said of the author'] };
  }
  // A group word right before the label is what it labels ("migrant plague", "Polish scum").
  const before = h.tokenStart > 0 ? r.index.endAt[h.tokenStart - 1] : undefined;
  const modifier = before && (before.kind === 'group' || before.kind === 'place') ? before : undefined;
  if (modifier && (kind === 'dehumanise' || kind === 'insult')) return { target: modifier, agent: 'none', cues };
  let target = subjectOf(r, h.tokenStart, h.tokenEnd, cs, ce);
  // A name or a remark with no subject: whoever is named just before it, or addressed right after ("what a moron, Dr Smith").
  const adjective = f === 'adj' || h.entry.tags?.includes('demeaning-adjective');
  // A likening noun reaches out only when it labels someone ("these animals at the mosque"), not pests ("a rat infestation").
  const likens = kind === 'dehumanise' && labelsSomeone(r.tokens, h.tokenStart);
  if (!target && !adjective && (kind === 'insult' || kind === 'sexual' || kind === 'patient' || likens))
    target = nearestInClause(r, h.tokenStart, cs, Math.min(ce, h.tokenEnd + 2));
  // Still no one: a charge or label is said of the group its sentence is about ("Asylum seekers commit more crime").
  if (!target && TOPIC_KINDS.has(kind)) {
    target = sentenceTopic(r, h, kind);
    if (target) cues.push('said of the group the sentence is about');
  }
  return { ...(target ? { target } : {}), agent: 'none', cues };
}

/** An act from a hit, what `bind` found for it, and how the caller read its negation, sweep and cues. */
function actOf(
  r: Reading,
  h: LexiconHit,
  kind: ActKind,
  clause: number,
  bound: { target?: Target; agent: Agent },
  read: { negated: boolean; sweeping: boolean; cues: string[] },
): Act {
  const range = r.clauses[clause] as ClauseRange;
  return {
    kind,
    entry: h.entry,
    start: h.start,
    end: h.end,
    tokenStart: h.tokenStart,
    tokenEnd: h.tokenEnd,
    clause,
    ...(bound.target ? { target: bound.target } : {}),
    agent: bound.agent,
    // A composed wish ("people like you deserve to catch…") is a wish whatever comes before it; so is harm
    // told to someone as the clause's first words, a curse ("Die in a fire, Graham", "just drop dead").
    modality:
      h.entry.tags?.includes('wished') || (kind === 'harm' && cursed(r, h.tokenStart, range.tokenStart))
        ? modalityAt(r, h.tokenStart, range).add('wish')
        : modalityAt(r, h.tokenStart, range),
    stance: stanceOf(r, h, bound.agent, range),
    ...read,
    written: r.text.slice(h.start, h.end).toLowerCase(),
  };
}

/** Harm opening its clause as a command, after at most a softener ("go", "just", "please"): a curse. */
function cursed(r: Reading, at: number, clauseStart: number): boolean {
  if (at - clauseStart > 2) return false;
  for (let k = clauseStart; k < at; k++)
    if (!/^(go|just|please|now|then|and|so|pls|plz)$/.test(norm(r, k))) return false;
  return true;
}

/**
 * Reads every clause of a draft: its targets, and each act with what it is aimed at, who does it,
 * how it is put, whether it is negated and whose words it is. Computed once per draft (analysis
 * memoises it) and shared by every rule.
 */
export function readMeaning(input: MeaningInput): Meaning {
  if (anyAct(input)) return readClauses(input);
  // No act can come of this draft: say so without reading its clauses, and read them only if asked.
  let full: Meaning | undefined;
  const read = () => (full ??= readClauses(input));
  let targets: readonly Target[] | undefined;
  return {
    clauses: [],
    acts: [],
    // Targets alone (the learned model asks for them on every draft) need no clause reading.
    get targets() {
      targets ??=
        full?.targets ??
        findTargets({
          text: input.text,
          tokens: input.tokens,
          sentenceOf: sentenceOfTokens(input.tokens, input.sentences),
          hits: (id) => input.hits(id),
          namedPeople: input.namedPeople,
        });
      return targets;
    },
    get quoted() {
      return read().quoted;
    },
    stanceAt: (span) => read().stanceAt(span),
    negatedAt: (span) => read().negatedAt(span),
  };
}

/**
 * Could the draft hold an act? Praise counts only denied and a plain control verb only beside an
 * institution (see readClauses), so drafts with nothing else are settled without a full reading.
 */
function anyAct(input: MeaningInput): boolean {
  for (const [lexicon] of ACT_LEXICONS) {
    const hits = input.hits(lexicon);
    if (hits.length === 0) continue;
    if (lexicon === 'act-positive') {
      if (input.tokens.some((t) => NEGATORS.has(t.norm))) return true;
    } else if (lexicon === 'act-conspiracy') {
      const institution = hits.some((h) => h.entry.tags?.includes('institution'));
      if (hits.some((h) => h.entry.tags?.includes('verb') || (institution && h.entry.tags?.includes('weak'))))
        return true;
    } else return true;
  }
  return (
    injuries(input.tokens).length > 0 ||
    deniedOutcomes(input.tokens).length > 0 ||
    mayDisclose(input.tokens) ||
    mayWishMisfortune(input.tokens) ||
    mayStereotype(input.tokens) ||
    mayThreatenByForm(input.tokens) ||
    mayIssueUltimatum(input.tokens) ||
    maySimile(input.tokens) ||
    mayPersist(input.tokens) ||
    mayPileOn(input.tokens) ||
    ((input.hits('group').length > 0 || input.hits('group-place').length > 0) &&
      input.tokens.some((t) => t.norm === 'out')) ||
    input.tokens.some(
      (t, i) => t.norm === 'where' && /^(knows?|here's|heres|here|that's|thats)$/.test(input.tokens[i - 1]?.norm ?? ''),
    )
  );
}

/** "No Muslim I know is a terrorist": "no" as the subject's determiner (not "No, …") denies what is said of it. */
function deniedSubject(r: Reading, target: Target): boolean {
  const before = r.tokens[target.tokenStart - 1];
  return before?.norm === 'no' && /^\s+$/.test(r.text.slice(before.end, (r.tokens[target.tokenStart] as Token).start));
}

/** Is token `at` inside one of these hits? (Marked once, so each question is one look.) */
function coveredBy(hits: readonly LexiconHit[], tokens: number): (at: number) => boolean {
  const covered = new Uint8Array(tokens);
  for (const h of hits) covered.fill(1, h.tokenStart, h.tokenEnd);
  return (at) => covered[at] === 1;
}

function readClauses(input: MeaningInput): Meaning {
  const { text, tokens } = input;
  const sentenceOf = sentenceOfTokens(tokens, input.sentences as ReadonlyArray<{ start: number; end: number }>);
  const ranges = splitClauses(text, tokens, sentenceOf);
  const clauseOf = new Array<number>(tokens.length);
  ranges.forEach((c, k) => {
    for (let i = c.tokenStart; i < c.tokenEnd; i++) clauseOf[i] = k;
  });
  const targets = findTargets({
    text,
    tokens,
    sentenceOf,
    hits: (id) => input.hits(id),
    namedPeople: input.namedPeople,
  });
  const base = {
    text,
    tokens,
    sentenceOf,
    clauses: ranges,
    clauseOf,
    targets,
    quoted: quotedRanges(text),
    hits: (id: string) => input.hits(id),
  };
  const index = indexReading(tokens.length, targets, (id) => input.hits(id), sentenceOf, clauseOf);
  const r: Reading = { ...base, index, facts: sentenceFacts(base, input.sentences.length + 1) };
  const patients = targets.some((t) => t.kind === 'patient');

  const institutions = input.hits('act-conspiracy').filter((h) => h.entry.tags?.includes('institution'));
  const institutionNear = (h: LexiconHit) =>
    institutions.some((i) => sentenceOf[i.tokenStart] === sentenceOf[h.tokenStart]);
  const clinicalSentences = new Set(
    [...input.hits('clinical'), ...input.hits('patient-ref'), ...input.hits('sexual')]
      .filter((h) => h.lexicon !== 'sexual' || h.entry.tags?.includes('clinical-context'))
      .map((h) => sentenceOf[h.tokenStart]),
  );
  const acts: Act[] = [];
  const offers = readOffers(tokens, sentenceOf);
  // Violence to a part of someone's body ("break your fingers"), and knowing where someone lives or parks.
  // Each with the cue it shows in a finding's `why`.
  for (const [h, kind, cue] of [
    ...injuries(tokens).map((x) => [x, 'violence', 'an injury to a part of the body'] as const),
    ...whereabouts(tokens, targets).map((x) => [x, 'intimidation', 'knows where the person can be found'] as const),
    ...deniedOutcomes(tokens).map((x) => [x, 'career', 'promises the person will be denied something'] as const),
    ...disclosures(tokens, sentenceOf, offers).map(
      (x) => [x, 'career', 'takes it to a body with power over them'] as const,
    ),
    ...ruinedAssets(tokens).map((x) => [x, 'career', 'promises to wreck their job or name'] as const),
    ...veiledExposures(tokens).map((x) => [x, 'intimidation', 'hints at exposure as a pity'] as const),
    ...ultimatums(tokens, sentenceOf, offers, coveredBy(input.hits('act-violence'), tokens.length)).map((x) =>
      x.lexicon === 'act-coercion'
        ? ([x, 'coercion', 'trades something granted at work for a favour'] as const)
        : ([x, 'intimidation', 'a demand with an adverse consequence'] as const),
    ),
    ...threateningVisits(tokens, targets).map((x) => [x, 'intimidation', 'a visit paid to them'] as const),
    ...wishedMisfortunes(tokens, targets, sentenceOf, coveredBy(input.hits('clinical'), tokens.length), text).map(
      (x) => [x, 'harm', 'a misfortune hoped for'] as const,
    ),
    ...sweepingInabilities(tokens, targets, sentenceOf).map(
      (x) => [x, 'inferiority', 'a whole group said to lack an ability'] as const,
    ),
    ...pileOns(tokens, index.startAt, sentenceOf).map((x) =>
      x.entry.tags?.includes('abandon')
        ? ([x, 'harass', 'leaves the person to struggle, or waits for them to give up'] as const)
        : ([x, 'harass', 'calls on others against one person'] as const),
    ),
    ...persistentTargeting(tokens, sentenceOf).map(
      (x) => [x, 'harass', 'keeps the person under watch or under pressure'] as const,
    ),
    ...derogatorySimiles(tokens).map((x) => [x, 'insult', "likens the person's qualities to a thing's"] as const),
    ...lowExpectations(tokens, targets, sentenceOf).map(
      (x) => [x, 'inferiority', 'someone of a group said to have beaten what was expected of them'] as const,
    ),
    ...backhandedPraise(tokens, index.startAt, sentenceOf).map(
      (x) => [x, 'inferiority', 'a quality praised as if unexpected of the group'] as const,
    ),
    ...deniedVirtues(tokens, targets, sentenceOf).map(
      (x) => [x, 'inferiority', 'a whole group denied competence or honesty'] as const,
    ),
    ...expulsionSlogans(tokens, targets, sentenceOf).map((x) => [x, 'exclusion', 'a group told "out"'] as const),
  ]) {
    const k = clauseOf[h.tokenStart] ?? 0;
    const clause = ranges[k] as ClauseRange;
    const bound = bind(r, h, kind, clause);
    acts.push(
      actOf(r, h, kind, k, bound, {
        // A person left to struggle is denied only by "don't let…" itself: "nobody cover for him, let him sink" is not.
        negated: negatedAt(r, h.tokenStart, clause.tokenStart, h.entry.tags?.includes('abandon') ? 2 : undefined),
        sweeping: false,
        cues: [...bound.cues, cue],
      }),
    );
  }
  for (const [lexicon, kind] of ACT_LEXICONS) {
    for (const h of longest(input.hits(lexicon))) {
      // Institutions complete a conspiracy trope; they are not acts themselves, and a plain verb
      // ("run", "control") is a trope only with one of them in its sentence.
      if (
        kind === 'conspiracy' &&
        (h.entry.tags?.includes('institution') || (h.entry.tags?.includes('weak') && !institutionNear(h)))
      )
        continue;
      // "We'll beat them" in a sentence about a match is winning, not violence.
      if (kind === 'violence' && inContest(tokens, sentenceOf, h)) continue;
      if (kind === 'sexual' && hospitable(tokens, sentenceOf, h)) continue;
      // Reporting offered as help ("if you'd like, I can write to your employer") threatens no one.
      if (kind === 'career' && h.entry.tags?.includes('report') && offers.at(h.tokenStart)) continue;
      const k = clauseOf[h.tokenStart] ?? 0;
      const clause = ranges[k] as ClauseRange;
      // Praise counts only denied ("aren't human"), and weak ridicule only about a patient: skip the rest early.
      if (kind === 'positive' && !negatorBefore(tokens, clause.tokenStart, h.tokenStart)) continue;
      if (kind === 'patient' && !patients && h.entry.tags?.includes('weak')) continue;
      if (kind === 'dehumanise' && (nounModifier(r, h) || literalThing(r, h))) continue;
      // A body word in a sentence about care is anatomy ("examine the vulva", "a breast lump"), not a sexual act.
      if (kind === 'sexual' && h.entry.tags?.includes('body') && clinicalSentences.has(sentenceOf[h.tokenStart] ?? -1))
        continue;
      const bound = bind(r, h, kind, clause);
      const { target } = bound;
      // The invasion metaphor dehumanises a people ("migrants flooding our towns"), not a caseload ("patients flooding A&E").
      if (h.entry.tags?.includes('invasion') && !(target && isCommunity(target))) continue;
      acts.push(
        actOf(r, h, kind, k, bound, {
          negated: negatedAt(
            r,
            h.tokenStart,
            target && target.tokenEnd <= h.tokenStart
              ? Math.max(clause.tokenStart, target.tokenStart - (deniedSubject(r, target) ? 1 : 0))
              : clause.tokenStart,
          ),
          sweeping: sweepingAt(r, target ? Math.min(target.tokenStart, h.tokenStart) : h.tokenStart, h.tokenEnd),
          cues: bound.cues,
        }),
      );
    }
  }
  // Fixed expressions whose words only look hostile ("shoot you an email", "killing it") cancel the acts inside them.
  // Blame is a put-down only with a harm after it in its sentence ("…is why we are drowning"), not praise
  // ("older patients are the reason we do this job").
  const harmAfter = (x: Act) => {
    for (let i = x.tokenEnd; i < tokens.length && sentenceOf[i] === sentenceOf[x.tokenStart]; i++) {
      const w = (tokens[i] as Token).norm;
      if (NEGATORS.has(w) || BLAME_HARMS.has(w)) return true;
    }
    return false;
  };
  for (let k = acts.length - 1; k >= 0; k--) {
    const x = acts[k] as Act;
    if (x.entry.tags?.[1] === 'blame' && !harmAfter(x)) acts.splice(k, 1);
  }
  const idioms = acts.filter((x) => x.kind === 'idiom');
  // Praise denied inside words that condemn ("we will not tolerate…", "not acceptable") is the condemnation itself.
  const condemning = input.hits('stance-counter').filter((h) => h.entry.tags?.includes('names'));
  const inside = (x: Act, spans: ReadonlyArray<{ start: number; end: number }>) =>
    spans.some((i) => x.start >= i.start && x.end <= i.end);
  const kept =
    idioms.length === 0 && condemning.length === 0
      ? acts
      : acts.filter(
          (x) => x.kind !== 'idiom' && !inside(x, idioms) && !(x.kind === 'positive' && inside(x, condemning)),
        );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const inClause = ranges.map((): Target[] => []);
  for (const t of targets) inClause[clauseOf[t.tokenStart] ?? 0]?.push(t);
  const clauses: Clause[] = ranges.map((c, k) => ({
    ...c,
    start: (tokens[c.tokenStart] as Token).start,
    end: (tokens[c.tokenEnd - 1] as Token).end,
    targets: inClause[k] ?? [],
  }));
  const clauseAt = (span: { tokenStart: number }) => ranges[clauseOf[span.tokenStart] ?? 0] as ClauseRange;
  return {
    clauses,
    acts: kept,
    targets,
    quoted: r.quoted,
    stanceAt: (span) => stanceOf(r, span, 'none', clauseAt(span)),
    negatedAt: (span) => negatedAt(r, span.tokenStart, clauseAt(span).tokenStart, 3),
  };
}
