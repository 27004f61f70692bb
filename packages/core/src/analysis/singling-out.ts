import {
  CARE_WORKERS,
  CLAIMS_AS_PATIENT,
  GENERAL_HEALTH_WORDS,
  FAME_VERBS,
  INJURIES,
  LOCAL_OWNERS,
  LOCAL_PLACES,
  NEWS_EVENTS,
  NEWS_OUTLETS,
  NOT_ANCHORS,
  NOT_PLACES,
  ONE_A_PLACE_ROLES,
  PERSON_NOUNS,
  PLACE_ROLES,
  SERVICE_WORDS,
  SUPERLATIVES,
} from '../data/singling-out.js';
import { bare, Phrases } from '../text/phrases.js';
import { FIRST_NAMES } from '../data/first-names.js';
import type { Token } from '../text/tokens.js';
import type { Draft } from '../types.js';
import type { Analysis } from './analyse.js';
import { careEncounters } from './care-encounter.js';
import { readShorthand } from './clinical-shorthand.js';
import { PerAnalysis } from './memo.js';

/*
 * A patient singled out by a description rather than a name: a role one place has one of ("the
 * landlord of the Red Lion", "our local MP"), someone the area knows for an event ("the lad from the
 * crash on the A614", "the girl who won X Factor Junior", "the oldest man in Wensleydale"), or a reply
 * under a news report that claims the person in it as a patient ("he's one of ours"). With their health
 * beside it, the description does what a name would: everyone who knows the place knows who it is.
 * Phrases come from data/singling-out.ts; the reading is by tokens, each looked at once.
 */

export interface SinglingOut {
  readonly start: number;
  readonly end: number;
  /** What singles the person out, for the message. */
  readonly what: string;
  /** The health detail beside it. */
  readonly health: { start: number; end: number };
}

const HEALTH_TAGS = ['condition', 'symptom', 'test', 'medicine'];
const LINKS = new Set(['of', 'at', 'from', 'in', 'on', 'for', 'outside', 'near']);
/** Words that open what a definite description says about its person: "who lives…", "with the parrot…". */
const TIES = new Set([
  ...LINKS,
  'who',
  'that',
  "who'd",
  "who's",
  'whose',
  'with',
  'w',
  'above',
  'by',
  'behind',
  'opposite',
]);
/** Words after which a name is a place's: "lives above the chippy on Fore St", "parks by the Co-op". */
const PLACE_LINKS = new Set([...LINKS, 'above', 'by', 'behind', 'opposite', 'into', 'to']);
/** Initials and shorthand in capitals ("AF", "NFN", "USS"): no place. */
const ACRONYM = /^[A-Z]{2,}$/;
/** How far past its person a description may reach for its anchor, in tokens. */
const ANCHOR_REACH = 9;
const DETERMINERS = new Set(['the', 'our', 'a', 'an', 'this', 'that']);
const OWNERS_BEFORE_PLACE = new Set(['the', 'our', 'local', 'their', 'his', 'her']);
const WHO = new Set(['who', 'that', "who'd", "who's", 'whose']);
const RUNS = new Set(['runs', 'ran', 'run', 'owns', 'owned', 'manages', 'managed', 'keeps', 'kept']);
const CAPITAL = /^\p{Lu}/u;
const PARTICIPLES = new Set([
  'killed',
  'injured',
  'hurt',
  'airlifted',
  'rescued',
  'stabbed',
  'attacked',
  'trapped',
  'born',
  'arrested',
]);
const RELATIVE = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'partner',
  'mum',
  'dad',
  'mother',
  'father',
  'kid',
  'kids',
]);
const AGED = /^\d{1,3}(?:yo|y\/o|yrs?)?$/;

const ROLES = new Phrases(PLACE_ROLES);
const ONE_A_PLACE = new Phrases(ONE_A_PLACE_ROLES);
const OWNERS = new Phrases(LOCAL_OWNERS);
const PLACES = new Phrases(LOCAL_PLACES);
const EVENTS = new Phrases(NEWS_EVENTS);
const PEOPLE = new Phrases(PERSON_NOUNS);
const FAME = new Phrases(FAME_VERBS);
const SUPER = new Phrases(SUPERLATIVES);
const CLAIMS = new Phrases(CLAIMS_AS_PATIENT);
const INJURY = new Phrases(INJURIES);
const WORKERS = new Phrases(CARE_WORKERS);
const MINE = new Set(['my', 'our']);

const READ = new PerAnalysis<SinglingOut | null>();

/** The first description in the draft that singles a patient out, with their health beside it. */
export function singlingOut(draft: Draft, a: Analysis): SinglingOut | undefined {
  let read = READ.get(a);
  if (read === undefined) {
    read = find(draft, a) ?? null;
    READ.set(a, read);
  }
  return read ?? undefined;
}

interface Described {
  start: number;
  end: number;
  what: string;
}

type Span = { start: number; end: number };
/** Health beside a description; `care` when it is an encounter or act of care rather than a condition. */
type Health = Span & { care?: boolean };

function find(draft: Draft, a: Analysis): SinglingOut | undefined {
  const health = healthBySentence(a);
  // A reply under a news report claiming its subject as a patient: being their patient is the disclosure.
  const news = underNews(draft, a);
  if (news) return { ...news, health: [...health.values()][0]?.[0] ?? { start: news.start, end: news.end } };
  if (health.size === 0) return undefined;
  // Health outside the description itself: "our local MND nurse" names the nurse's work, not their health.
  // For a health or care worker, care given ("the nurse… who looked after my mum") is their work too.
  const outside = (s: number, d: Described, work = false) =>
    health.get(s)?.find((h) => (h.end <= d.start || h.start >= d.end) && !(work && h.care));
  const t = a.tokens;
  const jobs = occupations(a);
  for (let i = 0; i < t.length; i++) {
    const d = describedAt(a, i, jobs);
    if (!d) continue;
    const s = a.sentenceAt(d.start);
    // A health or care worker stands beside health words at work ("the vet at Greenbank does behaviour
    // clinics" after a dog's anxiety): only health in their own sentence can be theirs.
    const h = careWorker(a, d) ? outside(s, d, true) : (outside(s, d) ?? outside(s + 1, d) ?? outside(s - 1, d));
    if (h) return { ...d, health: h };
  }
  return undefined;
}

/** Whether a description names a health or care worker by their job. */
function careWorker(a: Analysis, d: Described): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length && (t[i] as Token).start < d.end; i++)
    if ((t[i] as Token).start >= d.start && WORKERS.at(t, i) > 0) return true;
  return false;
}

/**
 * Health in each sentence: a condition, symptom, test or medicine, clinical shorthand, or an episode of care.
 * Left out: a condition naming a service ("the flu clinic", "blood pressure checks"), medicine as a field
 * or in general ("British medicine", "kosher medicines"), and the author's own or their family's health
 * ("my dying dad", "my dad's cancer"), which is not the described person's.
 */
function healthBySentence(a: Analysis): Map<number, Health[]> {
  const out = new Map<number, Health[]>();
  const add = (start: number, end: number, care = false) => {
    const s = a.sentenceAt(start);
    const list = out.get(s) ?? [];
    list.push({ start, end, care });
    out.set(s, list);
  };
  const t = a.tokens;
  for (const h of a.hits('clinical')) {
    if (SERVICE_WORDS.has(t[h.tokenEnd]?.norm ?? '') || GENERAL_HEALTH_WORDS.has(h.entry.phrase)) continue;
    const before = t[h.tokenStart - 1];
    const owner = before && /['’]s$/.test(before.raw) ? t[h.tokenStart - 2] : before;
    if (MINE.has(owner?.norm ?? '')) continue;
    if (h.entry.tags?.some((g) => HEALTH_TAGS.includes(g))) add(h.start, h.end);
  }
  for (let i = 0; i < t.length; i++) {
    const n = INJURY.at(t, i);
    if (n > 0) add((t[i] as Token).start, (t[i + n - 1] as Token).end);
  }
  for (const h of a.hits('quasi-identifier')) if (h.entry.tags?.[0] === 'rare-condition') add(h.start, h.end);
  for (const c of readShorthand(a).cues) if (c.kind !== 'age-sex' && c.kind !== 'presence') add(c.start, c.end);
  for (const c of careEncounters(a)) if (!c.weak) add(c.start, c.end, true);
  return out;
}

function span(a: Analysis, from: number, to: number): Described {
  const start = (a.tokens[from] as Token).start;
  const end = (a.tokens[to - 1] as Token).end;
  return { start, end, what: a.text.slice(start, end) };
}

/** A named or local place from token i: "the Red Lion", "St Aidan's primary", "our local hospital", "Kettlewell". */
function placeAt(a: Analysis, i: number): number {
  const t = a.tokens;
  let j = i;
  while (j < t.length && j - i < 2 && OWNERS_BEFORE_PLACE.has((t[j] as Token).norm)) j++;
  const local = PLACES.at(t, j);
  if (local > 0) return j + local;
  let k = j;
  // A capitalised run names a place unless it is the calendar ("on Weds") or health ("for his STI screen").
  while (
    k < t.length &&
    k - j < 4 &&
    CAPITAL.test((t[k] as Token).raw) &&
    !NOT_PLACES.has((t[k] as Token).norm) &&
    !clinicalAt(a, k)
  )
    k++;
  if (k === j) return i;
  const after = PLACES.at(t, k); // "Elmhurst care home", "St Aidan's primary"
  return k + after;
}

function clinicalAt(a: Analysis, k: number): boolean {
  return a
    .hits('clinical')
    .some((h) => h.tokenStart <= k && h.tokenEnd > k && h.entry.tags?.some((g) => HEALTH_TAGS.includes(g)));
}

/** "pharmacists", "HCAs", "the doctors at…": a plural role is a group, never one person. */
function plural(t: Token | undefined): boolean {
  return t !== undefined && t.norm.length >= 3 && /[^s'’]s$/.test(t.norm);
}

/** Occupations from the quasi-identifier lexicon, by the token they start at, with their length. */
function occupations(a: Analysis): Map<number, number> {
  const out = new Map<number, number>();
  for (const h of a.hits('quasi-identifier'))
    if (h.entry.tags?.[0] === 'occupation') out.set(h.tokenStart, h.tokenEnd - h.tokenStart);
  return out;
}

/** A description that singles someone out, starting at token i. */
function describedAt(a: Analysis, i: number, jobs: Map<number, number>): Described | undefined {
  const t = a.tokens;
  const tok = t[i] as Token;
  // "Bramley Athletic's number 9", "the Rovers' keeper": a named side's player.
  if (/['’]s$/.test(tok.raw) && CAPITAL.test(tok.raw) && i > 0 && CAPITAL.test((t[i - 1] as Token).raw)) {
    const role = ROLES.at(t, i + 1);
    if (role > 0) return span(a, i - 1, i + 1 + role);
  }
  // A listed role, or any occupation when definite ("the new vet in Ambleside", "the dinner lady at Holy Trinity").
  const job =
    t[i - 1] && hasDeterminerBefore(t, i) && !/^(?:a|an)$/.test((t[i - 1] as Token).norm) ? (jobs.get(i) ?? 0) : 0;
  const role = ROLES.at(t, i) || job;
  if (role > 0 && !plural(t[i + role - 1])) {
    // Words like "new", "first-team", "Olympic" may stand between the owner and the role.
    for (let back = 0; back <= 2 && i - back >= 0; back++) {
      const owner = OWNERS.before(t, i - back);
      if (owner > 0) return span(a, i - back - owner, i + role);
    }
    const next = t[i + role];
    if (next && LINKS.has(next.norm)) {
      const end = placeAt(a, i + role + 1);
      // "the manager at Elmhurst care home"; "keeper at our local League Two club" needs no article.
      if (end > i + role + 1 && (hasDeterminerBefore(t, i) || t[i + role + 1]?.norm === 'our')) return span(a, i, end);
    }
    const last = t[i + role - 1] as Token;
    // "the butcher's wife": the relative of a role one place has one of.
    if (/['’]s$/.test(last.raw) && RELATIVE.has(next?.norm ?? '') && hasDeterminerBefore(t, i))
      return span(a, i, i + role + 1);
    if (ONE_A_PLACE.at(t, i) > 0 && hasDeterminerBefore(t, i)) return span(a, i, i + role);
  }
  const person = PEOPLE.at(t, i);
  if (person > 0 || AGED.test(tok.norm)) {
    const len = person > 0 ? person : 1;
    const end = i + len;
    // "the chap who runs the post office in Kettlewell", "the girl who won X Factor", "lad who fell off the pier"
    for (let w = end; w <= end + 2 && w < t.length; w++) {
      if (!WHO.has((t[w] as Token).norm)) continue;
      const verb = w + 1;
      if (RUNS.has(t[verb]?.norm ?? '')) {
        const place = placeAt(a, verb + 1);
        if (place > verb + 1) return span(a, i, place);
      }
      const fame = FAME.at(t, verb);
      if (fame > 0) return span(a, i, Math.min(t.length, verb + fame + 3));
    }
    // "the lady who lives above the chippy on Fore St", "the man in the red Transit who parks by the Co-op",
    // "the woman from Grimsby who won a million": a definite person tied to a named or local place or a
    // known event by whatever they do there.
    if (tok.norm !== 'one' && definiteBefore(t, i) && TIES.has(t[end]?.norm ?? '')) {
      const anchor = anchorAfter(a, end);
      if (anchor > 0) return span(a, i, anchor);
    }
    // "the boy injured in the bonfire incident", "the twins born at 24 weeks at the Lister"
    if (hasDeterminerBefore(t, i) && PARTICIPLES.has(t[end]?.norm ?? '') && LINKS.has(t[end + 1]?.norm ?? ''))
      return span(a, i, Math.min(t.length, end + 4));
    // "the lad from the crash on the A614", "the lady from the fire at Marino's chippy", "the guy from the Co-op"
    if (hasDeterminerBefore(t, i) && t[end]?.norm === 'from') {
      let k = end + 1;
      if (t[k]?.norm === 'the') k++;
      while (k < end + 5 && k < t.length && EVENTS.at(t, k) === 0 && /^[a-z-]+$/.test((t[k] as Token).raw)) k++;
      const event = EVENTS.at(t, k);
      if (event > 0) return span(a, i, k + event);
      const place = placeAt(a, end + 1);
      if (place > end + 1 && t[end + 1]?.norm === 'the') return span(a, i, place);
    }
  }
  // "the oldest man in Wensleydale", "the oldest twins in Skipton"
  const sup = SUPER.at(t, i);
  if (sup > 0 && t[i - 1]?.norm === 'the') {
    const at = i + sup + (t[i + sup]?.norm === 'ever' ? 1 : 0);
    const p = PEOPLE.at(t, at) || ROLES.at(t, at) || (jobs.get(at) ?? 0);
    const link = t[at + p];
    if (p > 0 && link && LINKS.has(link.norm) && CAPITAL.test(t[at + p + 1]?.raw ?? ''))
      return span(a, i - 1, at + p + 2);
  }
  return undefined;
}

/**
 * The end (token index) of the first thing after token `from`, in its sentence and within reach, that
 * ties a description to one place or story: a named place or business ("Fore St", "the Co-op in
 * Tarporley"), one a community has one of ("the chippy"), or an event ("the crash"); 0 if none.
 */
function anchorAfter(a: Analysis, from: number): number {
  const t = a.tokens;
  const sentence = a.sentenceAt((t[from] as Token).start);
  for (let k = from + 1; k < t.length && k <= from + ANCHOR_REACH; k++) {
    const tok = t[k] as Token;
    if (a.sentenceAt(tok.start) !== sentence) return 0;
    const event = EVENTS.at(t, k);
    if (event > 0) return k + event;
    if (OWNERS_BEFORE_PLACE.has(t[k - 1]?.norm ?? '')) {
      const local = PLACES.at(t, k);
      if (local > 0) return k + local;
    }
    // A name where a place goes ("on Fore St", "by the Co-op"); not initials ("in 4, new AF"), nor a first name.
    const placed =
      PLACE_LINKS.has(t[k - 1]?.norm ?? '') || (t[k - 1]?.norm === 'the' && PLACE_LINKS.has(t[k - 2]?.norm ?? ''));
    if (
      placed &&
      CAPITAL.test(tok.raw) &&
      !ACRONYM.test(tok.raw) &&
      !NOT_ANCHORS.has(bare(tok)) &&
      !FIRST_NAMES.has(tok.norm) &&
      !NOT_PLACES.has(tok.norm) &&
      !clinicalAt(a, k)
    ) {
      const end = placeAt(a, k);
      if (end > k) return end;
    }
  }
  return 0;
}

/** Whether the nearest determiner before token i (within three) is a definite one: "the lady", "our lad". */
function definiteBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const n = (t[k] as Token).norm;
    if (DETERMINERS.has(n)) return n !== 'a' && n !== 'an';
  }
  return false;
}

function hasDeterminerBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (DETERMINERS.has((t[k] as Token).norm)) return true;
  return false;
}

/** A reply under a news report that claims the person in it: "He's one of ours", "I'm his GP". */
function underNews(draft: Draft, a: Analysis): Described | undefined {
  if (draft.channel !== 'reply' && draft.channel !== 'comment') return undefined;
  const news = draft.thread.some((m) =>
    m.author
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => NEWS_OUTLETS.has(w)),
  );
  if (!news) return undefined;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = CLAIMS.at(t, i);
    if (n > 0) return span(a, i, i + n);
  }
  return undefined;
}
