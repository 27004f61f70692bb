import {
  AUXILIARIES,
  COPULAS,
  DETERMINERS,
  FIRST_PERSON_SUBJECT,
  FUNCTION_WORDS,
  JOKE_WORDS,
  LINK_FILLERS,
  NEG_RAISING,
  NEGATION_BREAKERS,
  NEGATORS,
  OBJECT_MODIFIERS,
  RELATIVE_PRONOUNS,
  SECOND_PERSON,
  SWEEPING,
  THIRD_PARTIES,
  THIRD_PERSON_PLURAL,
  THIRD_PERSON_SINGULAR,
  TRANSFERRING_NEGATORS,
  WH_WORDS,
} from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import type { ClauseRange } from './clauses.js';
import type { Agent, Modality, Stance, Target } from './types.js';

/*
 * The readings the meaning layer makes around one act: its target, its agent, its modality, whether
 * it is negated and whose words it is. Each is a small function over tokens and lexicon hits, so
 * that every rule reads the same answer.
 */

/** The draft as the readers below see it. */
export interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentenceOf: readonly number[];
  readonly clauses: readonly ClauseRange[];
  readonly clauseOf: readonly number[];
  readonly targets: readonly Target[];
  readonly quoted: ReadonlyArray<readonly [number, number]>;
  readonly facts: readonly SentenceFacts[];
  readonly index: ReadingIndex;
  hits(lexicon: string): readonly LexiconHit[];
}

/**
 * Lookups by token, so every reading looks only at the words around an act: the engine stays linear on
 * long drafts (a 100,000-character draft of "you idiot you idiot…" reads in milliseconds).
 */
export interface ReadingIndex {
  /** The longest target starting at each token. */
  readonly startAt: ReadonlyArray<Target | undefined>;
  /** The longest target ending at each token (its last token). */
  readonly endAt: ReadonlyArray<Target | undefined>;
  /** 1 where a token lies inside a target other than the author. */
  readonly someoneAt: Uint8Array;
  /** The hit of a lexicon whose last token is `token`, if any. */
  endingAt(lexicon: string, token: number): LexiconHit | undefined;
  /** The hits of a lexicon in a sentence. */
  inSentence(lexicon: string, sentence: number): readonly LexiconHit[];
  /** The hits of a lexicon in a clause. */
  inClause(lexicon: string, clause: number): readonly LexiconHit[];
}

/** How far back a subject, or either way a nearby target, is looked for. */
const SUBJECT_REACH = 10;
const NEAR_REACH = 12;
/** The longest phrase a modality lexicon holds, in tokens (a bound for looking back). */
const MAX_PHRASE = 8;

/** Builds the token lookups for a reading. */
export function indexReading(
  tokens: number,
  targets: readonly Target[],
  hits: (lexicon: string) => readonly LexiconHit[],
  sentenceOf: readonly number[],
  clauseOf: readonly number[],
): ReadingIndex {
  const startAt = new Array<Target | undefined>(tokens);
  const endAt = new Array<Target | undefined>(tokens);
  const someoneAt = new Uint8Array(tokens);
  for (const t of targets) {
    if (t.kind !== 'self') someoneAt.fill(1, t.tokenStart, t.tokenEnd);
    const s = startAt[t.tokenStart];
    if (!s || t.tokenEnd > s.tokenEnd) startAt[t.tokenStart] = t;
    const e = endAt[t.tokenEnd - 1];
    if (!e || t.tokenStart < e.tokenStart) endAt[t.tokenEnd - 1] = t;
  }
  const ending = new Map<string, Map<number, LexiconHit>>();
  const bySentence = new Map<string, Map<number, LexiconHit[]>>();
  const byClause = new Map<string, Map<number, LexiconHit[]>>();
  const bucket = (into: Map<string, Map<number, LexiconHit[]>>, lexicon: string, key: (h: LexiconHit) => number) => {
    let m = into.get(lexicon);
    if (!m) {
      m = new Map();
      for (const h of hits(lexicon)) {
        const k = key(h);
        const list = m.get(k);
        if (list) list.push(h);
        else m.set(k, [h]);
      }
      into.set(lexicon, m);
    }
    return m;
  };
  return {
    startAt,
    endAt,
    someoneAt,
    endingAt(lexicon, token) {
      let m = ending.get(lexicon);
      if (!m) {
        m = new Map();
        for (const h of hits(lexicon)) if (!m.has(h.tokenEnd - 1)) m.set(h.tokenEnd - 1, h);
        ending.set(lexicon, m);
      }
      return m.get(token);
    },
    inSentence: (lexicon, sentence) =>
      bucket(bySentence, lexicon, (h) => sentenceOf[h.tokenStart] ?? 0).get(sentence) ?? NONE,
    inClause: (lexicon, clause) => bucket(byClause, lexicon, (h) => clauseOf[h.tokenStart] ?? 0).get(clause) ?? NONE,
  };
}
const NONE: readonly LexiconHit[] = [];

export const norm = (r: Reading, i: number) => (r.tokens[i] as Token | undefined)?.norm ?? '';

/** A target kind that a hostile act can be aimed at (not the author). */
const aimable = (t: Target) => t.kind !== 'self';

/**
 * The target after an act (its object): the first target within a few tokens, skipping determiners
 * and fillers, inside the clause ("kill all the Muslims", "deport them", "hate those people").
 */
export function objectAfter(r: Reading, from: number, clauseEnd: number, reach = 5): Target | undefined {
  // Fillers may stand between ("kill every single one of them"), and up to two words of a compound noun
  // ("attacked that abortion clinic"); a function word or the end of the clause stops the search.
  let content = 0;
  for (let j = from; j < clauseEnd && j - from <= reach; j++) {
    const t = r.index.startAt[j];
    if (t) return t;
    const w = norm(r, j);
    // "hate that disabled people wait…", "love that a woman…": "that" opens a clause, and the verb's object is
    // what the clause says, not the people in it ("that" as a determiner takes one: "that man").
    if (j === from && w === 'that' && complementizer(r, j)) return undefined;
    if (
      LINK_FILLERS.has(w) ||
      DETERMINERS.has(w) ||
      OBJECT_MODIFIERS.has(w) ||
      /^(of|off|up|down|out|in|on|at|to|for|with|into|over)$/.test(w)
    )
      continue;
    if (FUNCTION_WORDS.has(w) || ++content > 2) return undefined;
  }
  return undefined;
}

/** Words a determiner "that" never stands before: a plural, an article, a pronoun or a name of its own. */
const AFTER_COMPLEMENTIZER =
  /^(a|an|the|this|these|those|my|our|your|his|her|their|its|i|we|you|he|she|they|it|people|men|women|children|folk)$/;

/** Is the "that" at token `at` a complementizer (it opens a clause) rather than a determiner? */
function complementizer(r: Reading, at: number): boolean {
  const next = norm(r, at + 1);
  if (AFTER_COMPLEMENTIZER.test(next)) return true;
  // "that disabled people wait": a group whose last word is plural.
  const t = r.index.startAt[at + 1];
  const last = t ? norm(r, t.tokenEnd - 1) : '';
  return (
    t !== undefined && t.kind === 'group' && (/[^s]s$/.test(last) || /^(people|men|women|children|folk)$/.test(last))
  );
}

/**
 * The target an act is said of (its subject): the nearest target before it in the clause, joined by
 * a copula, fillers or punctuation ("Muslims are vermin", "immigrants: vermin", "those people, all
 * scum"), or right after it as an attribute ("filthy immigrants", "scum like them").
 */
export function subjectOf(
  r: Reading,
  actStart: number,
  actEnd: number,
  clauseStart: number,
  clauseEnd: number,
  attributive = true,
): Target | undefined {
  // The nearest target ending before the act, within a few words, joined by a copula, fillers or punctuation.
  let before: Target | undefined;
  for (let j = actStart - 1; j >= clauseStart && j >= actStart - SUBJECT_REACH && !before; j--) {
    const t = r.index.endAt[j];
    if (t && t.tokenStart >= clauseStart) before = t;
  }
  if (before) {
    let linked = true;
    // A short modifier between is fine when a copula joins it to the act ("the protesters outside are vermin").
    let k = actStart - 1;
    while (k >= before.tokenEnd && LINK_FILLERS.has(norm(r, k))) k--;
    const copulaBefore = k >= before.tokenEnd && COPULAS.has(norm(r, k)) && k - before.tokenEnd <= 3;
    for (let j = before.tokenEnd; j < (copulaBefore ? before.tokenEnd : actStart) && linked; j++) {
      const w = norm(r, j);
      linked =
        COPULAS.has(w) ||
        LINK_FILLERS.has(w) ||
        NEGATORS.has(w) ||
        AUXILIARIES.has(w) ||
        w === 'like' ||
        w === 'as' ||
        /^(should|must|need|needs|ought|to|be|deserve|deserves|can|could|would|will|never|ever|even|only|nothing|worse|better|no|more|much|far|way)$/.test(
          w,
        );
    }
    if (linked) return before;
  }
  // An attribute right before its noun: "filthy immigrants", "vermin Muslims" (not a verb before its object).
  if (!attributive) return undefined;
  const t = actEnd < clauseEnd ? r.index.startAt[actEnd] : undefined;
  return t && t.kind !== 'you' && t.kind !== 'self' ? t : undefined;
}

/** The target inside a set phrase ("break your nose" → you; "report him" → him). */
export function targetWithin(r: Reading, from: number, to: number): Target | undefined {
  for (let j = from; j < to; j++) {
    const t = r.index.startAt[j];
    if (t && t.tokenEnd <= to && aimable(t)) return t;
  }
  return undefined;
}

/** The nearest aimable target in the same clause, either side. */
export function nearestInClause(
  r: Reading,
  at: number,
  clauseStart: number,
  clauseEnd: number,
  kinds?: ReadonlySet<string>,
): Target | undefined {
  const fits = (t: Target | undefined) => t !== undefined && aimable(t) && (!kinds || kinds.has(t.kind));
  for (let d = 0; d <= NEAR_REACH; d++) {
    const before = at - d >= clauseStart ? r.index.startAt[at - d] : undefined;
    if (fits(before)) return before;
    const after = at + d < clauseEnd ? r.index.startAt[at + d] : undefined;
    if (fits(after)) return after;
  }
  return undefined;
}

/** A hit of a lexicon that ends within `gap` tokens before `at` in the clause. */
function hitBefore(r: Reading, lexicon: string, at: number, clauseStart: number, gap: number): LexiconHit | undefined {
  for (let j = at - 1; j >= clauseStart && j >= at - gap - MAX_PHRASE; j--) {
    const h = r.index.endingAt(lexicon, j);
    if (h && at - h.tokenEnd <= gap && h.tokenStart >= clauseStart) return h;
  }
  return undefined;
}

/** Who does a verbal act: the author, others urged to, someone else, or nobody said. */
export function agentOf(r: Reading, at: number, clauseStart: number): { agent: Agent; cue?: string } {
  if (hitBefore(r, 'mod-call', at, clauseStart, 3)) return { agent: 'urged', cue: 'a call to act' };
  if (hitBefore(r, 'mod-intent', at, clauseStart, 3)) return { agent: 'author', cue: 'the author says they will' };
  // Walk back over adverbs and auxiliaries to the subject.
  for (let j = at - 1; j >= clauseStart; j--) {
    const w = norm(r, j);
    if (FIRST_PERSON_SUBJECT.has(w)) return { agent: 'author' };
    if (SECOND_PERSON.has(w) && (w === 'you' || w === 'u')) return { agent: 'other', cue: 'the reader does it' };
    if (THIRD_PERSON_SINGULAR.has(w) || THIRD_PERSON_PLURAL.has(w) || RELATIVE_PRONOUNS.has(w) || THIRD_PARTIES.has(w))
      return { agent: 'other' };
    if (r.index.someoneAt[j] === 1) return { agent: 'other' };
    if (
      AUXILIARIES.has(w) ||
      /^(just|really|actually|literally|genuinely|seriously|honestly|all|also|even|then|now|still|so|would|could|might|gonna|wanna|going|to|never|ever|always|totally|absolutely|definitely|probably|almost|soon|[a-z]+ly)$/.test(
        w,
      ) ||
      NEGATORS.has(w)
    )
      continue;
    break;
  }
  // Nothing before it in the clause but a softener: an imperative ("kill them all", "just deport them").
  let k = at - 1;
  while (k >= clauseStart && /^(just|go|and|now|please|so|then|simply|pls|plz)$/.test(norm(r, k))) k--;
  if (k < clauseStart) return { agent: 'urged', cue: 'an imperative' };
  return { agent: 'none' };
}

/**
 * Negated by a negator before it in the clause (not "not only", "no wonder", "nothing but", "can't wait"), or
 * by a negated verb of opinion or saying just before where the reading starts ("I don't think…", "I'd never say
 * that…", "it's not true that…").
 */
export function negatedAt(r: Reading, at: number, clauseStart: number, reach = 6): boolean {
  for (let j = at - 1; j >= clauseStart && j >= at - reach; j--) {
    const w = norm(r, j);
    if (!NEGATORS.has(w)) continue;
    if (NEGATION_BREAKERS.has(norm(r, j + 1)) && j + 1 < at) continue;
    // A negation does not reach past "to" into a new verb ("shouldn't be allowed to clog up…").
    for (let k = j + 1; k < at; k++) if (norm(r, k) === 'to') return false;
    return true;
  }
  return transferredNegation(r, clauseStart);
}

/** How far before a clause a negated verb of opinion may stand ("I honestly don't think that…"). */
const TRANSFER_REACH = 4;

/** A negated verb of opinion or saying ending just before `at`, in its sentence (NEG_RAISING). */
function transferredNegation(r: Reading, at: number): boolean {
  const sentence = r.sentenceOf[at];
  for (let j = at - 1; j >= 0 && j >= at - TRANSFER_REACH && r.sentenceOf[j] === sentence; j--) {
    if (!NEG_RAISING.has(norm(r, j))) continue;
    // The negator right before the verb, or one word before ("don't really think", "isn't actually true").
    for (let k = j - 1; k >= 0 && k >= j - 2; k--) if (TRANSFERRING_NEGATORS.has(norm(r, k))) return true;
    return false;
  }
  return false;
}

/** What holds for a whole sentence: computed once per sentence, read by every act in it. */
export interface SentenceFacts {
  readonly condition: boolean;
  readonly question: boolean;
  readonly joke: boolean;
}

/** Conditions (this sentence or the one before), questions and joke markers, per sentence. */
export function sentenceFacts(r: Omit<Reading, 'facts' | 'index'>, sentences: number): SentenceFacts[] {
  const first = new Array<number>(sentences).fill(-1);
  const last = new Array<number>(sentences).fill(-1);
  const joke = new Array<boolean>(sentences).fill(false);
  for (let i = 0; i < r.tokens.length; i++) {
    const s = r.sentenceOf[i] ?? 0;
    if (first[s] === -1) first[s] = i;
    last[s] = i;
    if (JOKE_WORDS.has(norm(r as Reading, i))) joke[s] = true;
  }
  const conditionIn = new Array<boolean>(sentences).fill(false);
  for (const h of r.hits('mod-condition')) conditionIn[r.sentenceOf[h.tokenStart] ?? 0] = true;
  return first.map((f, s) => {
    const l = last[s] as number;
    const after = l < 0 ? '' : r.text.slice((r.tokens[l] as Token).end, (r.tokens[l] as Token).end + 3);
    const opener = f < 0 ? '' : norm(r as Reading, f);
    return {
      condition: (conditionIn[s] ?? false) || (s > 0 && (conditionIn[s - 1] ?? false)),
      // A question: the sentence ends with "?" or opens with a question word.
      question: after.includes('?') || (WH_WORDS.has(opener) && opener !== 'what'),
      joke: joke[s] ?? false,
    };
  });
}

/** The modalities of the clause holding `at` (wish, call, intent before it) and of its sentence. */
export function modalityAt(r: Reading, at: number, clause: ClauseRange): Set<Modality> {
  const out = new Set<Modality>();
  const k = r.clauseOf[clause.tokenStart] ?? 0;
  const before = (h: LexiconHit) => h.tokenEnd <= at;
  // "May" and "let" wish only as the clause's first word ("May he rot"), not in "you may feel sick".
  const wishes = (h: LexiconHit) =>
    before(h) && (!h.entry.tags?.includes('optative') || h.tokenStart === clause.tokenStart);
  if (r.index.inClause('mod-wish', k).some(wishes)) out.add('wish');
  if (r.index.inClause('mod-call', k).some(before)) out.add('call');
  if (r.index.inClause('mod-intent', k).some(before)) out.add('intent');
  const facts = r.facts[clause.sentence];
  if (facts?.condition) out.add('condition');
  if (facts?.question) out.add('question');
  if (facts?.joke) out.add('joke');
  return out;
}

/** True when [start, end) lies inside one of the quotations. */
export function isQuoted(quoted: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // Quotations are sorted and disjoint: find the last one opening before `start`.
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quoted[mid] as readonly [number, number])[0] < start) lo = mid + 1;
    else hi = mid;
  }
  const q = quoted[lo - 1];
  return q !== undefined && end <= q[1];
}

/** Words that open a clause addressed to the reader. */
const ADDRESS = new Set(['you', 'ya', 'u', "you're", 'youre', 'ur']);

/**
 * Whose words the act is: countered (quoted or framed as said, beside a condemnation; or beside words
 * that name the prejudice), reported (framed as someone else's), quoted (in quotation marks, with no
 * frame), news (an event reported or mourned), or the author's own.
 */
export function stanceOf(
  r: Reading,
  act: { start: number; end: number; tokenStart: number; tokenEnd: number },
  agent: Agent,
  clause: ClauseRange,
): Stance {
  const s = clause.sentence;
  const near = (h: LexiconHit, width: number) => {
    const hs = r.sentenceOf[h.tokenStart] ?? -9;
    return Math.abs(hs - s) <= width && (h.tokenEnd <= act.tokenStart || h.tokenStart >= act.tokenEnd);
  };
  const quoted = isQuoted(r.quoted, act.start, act.end);
  const around = (lexicon: string, width: number) => {
    const out: LexiconHit[] = [];
    for (let k = s - width; k <= s + width; k++)
      for (const h of r.index.inSentence(lexicon, k)) if (near(h, width)) out.push(h);
    return out;
  };
  const frames = around('stance-frame', 1);
  // A frame introduces what follows it closely ("he said…", "people who think…"), or a quotation near it.
  // A clause turned to the reader ("…, you absolute clown") is the author's, whatever frame the clause
  // before it carried ("Stop calling me a shill, you absolute clown").
  const vocative = ADDRESS.has(r.tokens[clause.tokenStart]?.norm ?? '');
  const framed =
    frames.some(
      (h) =>
        (r.sentenceOf[h.tokenStart] ?? -9) === s &&
        h.tokenEnd <= act.tokenStart &&
        act.tokenStart - h.tokenEnd <= 8 &&
        !(vocative && h.tokenEnd <= clause.tokenStart),
    ) ||
    (quoted && frames.length > 0);
  const names = taggedAround(r, 'stance-counter', 'names', s).some((h) => near(h, quoted || framed ? 1 : 0));
  const judges = () => taggedAround(r, 'stance-counter', 'judgement', s).some((h) => near(h, 1));
  if (names || ((quoted || framed) && judges())) return 'countered';
  if (framed) return 'reported';
  if (quoted) return 'quoted';
  if (agent === 'other' && around('stance-news', 1).length > 0) return 'news';
  return 'own';
}

/**
 * A lexicon's hits with a tag in a sentence and the ones either side, worked out once per reading and
 * sentence: every act of a long sentence asks, and one scan each would be quadratic.
 */
const TAGGED = new WeakMap<Reading, Map<string, readonly LexiconHit[]>>();
function taggedAround(r: Reading, lexicon: string, tag: string, sentence: number): readonly LexiconHit[] {
  let cache = TAGGED.get(r);
  if (!cache) TAGGED.set(r, (cache = new Map()));
  const key = `${lexicon}\u0000${tag}\u0000${sentence}`;
  let found = cache.get(key);
  if (!found) {
    const out: LexiconHit[] = [];
    for (let k = sentence - 1; k <= sentence + 1; k++)
      for (const h of r.index.inSentence(lexicon, k)) if (h.entry.tags?.includes(tag)) out.push(h);
    cache.set(key, (found = out));
  }
  return found;
}

/** Sweeping: the act is said of all of a group ("all", "every", "typical", "they always", "never"). */
export function sweepingAt(r: Reading, from: number, to: number): boolean {
  for (let j = Math.max(0, from - 2); j < to + 2 && j < r.tokens.length; j++) {
    if (sweeps(r.tokens, j)) return true;
  }
  return false;
}

/** A sweeping word at token i, unless denied just before it ("not all", "can't always", "not every"). */
export function sweeps(tokens: readonly Token[], i: number): boolean {
  if (!SWEEPING.has(tokens[i]?.norm ?? '')) return false;
  return !NEGATORS.has(tokens[i - 1]?.norm ?? '') && !NEGATORS.has(tokens[i - 2]?.norm ?? '');
}
