import {
  ADVICE_OPENERS,
  BACK_LINKS,
  CONDITION_PEOPLE,
  DECREASE,
  DOSE_LIMITS,
  EFFECT_LIMITS as LIMITS,
  POPULATION_LIMITS,
  SEASONS,
  HEALTH_EVIDENCE,
  HIDDEN_THINGS,
  type HealthEvidence,
  MEDICINE_ADVICE_VERBS,
  NOT_REMEDY_BEFORE,
  PREPARATION_HEADS,
  SURFACES,
} from '../data/knowledge/health-claims.js';
import { isGenericMedicineName } from '../data/knowledge/drug-stems.js';
import { NEGATORS } from '../data/taxonomy/grammar.js';
import { firstHitFrom, type LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
import { medicinesOf } from './medicines.js';
import { PerAnalysis } from './memo.js';
import { FIRST_PERSON, sentenceTokens } from './speech.js';

/*
 * Health claims read by meaning: an agent (a vaccine, a remedy, a treatment…), a relation (cures,
 * causes, replaces, is useless, is a hoax…) and a condition bound in one sentence, looked up in the
 * evidence table (data/knowledge/health-claims.ts). "Three weeks of oregano oil and the UTI was
 * gone", "the jab is behind all these cancers" and "covid was no worse than a bad cold" are found
 * without any of them being listed. Whether the author is making the claim or debunking, quoting or
 * asking about it is the rule's question (rules/content/clinical-misinformation.ts).
 */

export interface ComposedClaim {
  readonly evidence: HealthEvidence;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** The relation holds its own negation ("don't work", "no more insulin"), which is not a denial. */
  readonly ownNegation: boolean;
}

/** Tokens from the first to the last part of a claim (an agent, its relation and a condition). */
const REACH = 12;
/**
 * How far back a pronoun's antecedent, a replaced treatment's remedy or a harm's disease is looked
 * for, in tokens: a window, so that a draft that is one long sentence is still read in linear time.
 */
const LOOK_BACK = 60;
/** How far before a predicate its subject may stand ("masks, honestly, are useless"). */
const SUBJECT_REACH = 4;
/** A blanket claim reaches further back for its subject ("sunscreen on babies under two is toxic"). */
const TOXIC_SUBJECT_REACH = 6;
/** How far after a relation of advice its object may come ("wouldn't let my kids have the jab"). */
const OBJECT_REACH = 5;
/** How far after "hide" the thing hidden may come ("hiding the real cure"). */
const HIDDEN_REACH = 5;
/** Words that make a claim conditional ("masks are useless if worn under the nose"): advice, not a myth. */
const CONDITIONAL = new Set(['if', 'unless', 'until', 'when', 'while', 'whilst', 'because', 'during']);
/** Punctuation after which an imperative may open a clause: a colon, a dash, a bullet or a line break. */
const CLAUSE_OPENING = /[:\u2013\u2014\u2022\n]|\s-\s/;
/** Words that stand for a thing named earlier ("I wouldn't let my kids have it"). */
const PRO_FORMS = new Set(['it', 'them', 'one', 'that', 'this']);
/** Subjects that stand for a thing named earlier ("Bloody statins. They're poison."). */
const PRO_SUBJECTS = new Set([
  'it',
  "it's",
  'its',
  'they',
  "they're",
  'theyre',
  'these',
  'those',
  'this',
  'that',
  "that's",
]);
/** Shorthand for "leads to" between two words: "paracetamol in pregnancy = autism", "jab -> shingles". */
const ARROW = /^\s*(?:=+>?|-+>|\u2192|\u21d2)\s*$/;
/** How many sentences apart an insinuation's treatment and harm may be named. */
const INSINUATION_REACH = 1;
/** Before an imperative or a piece of advice to the reader ("just ditch the inhaler", "you don't need insulin"). */
const ADVICE_LEAD = new Set([
  'you',
  'just',
  'so',
  'then',
  'and',
  'please',
  'can',
  'could',
  'should',
  'to',
  'why',
  'not',
]);

const BY_RELATION = new Map<string, HealthEvidence[]>();
for (const row of HEALTH_EVIDENCE) {
  const list = BY_RELATION.get(row.relation) ?? [];
  list.push(row);
  BY_RELATION.set(row.relation, list);
}

interface Parts {
  readonly agents: readonly LexiconHit[];
  readonly conditions: readonly LexiconHit[];
}

function tagged(hit: LexiconHit, tags: readonly string[]): boolean {
  return (hit.entry.tags ?? []).some((t) => tags.includes(t));
}

/** The hits starting in [from, to]. */
function within(hits: readonly LexiconHit[], from: number, to: number): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (let k = firstHitFrom(hits, from); k < hits.length && (hits[k] as LexiconHit).tokenStart <= to; k++)
    out.push(hits[k] as LexiconHit);
  return out;
}

function norm(a: Analysis, i: number): string {
  return (a.tokens[i] as Token | undefined)?.norm ?? '';
}

/** Is a conditional ("if", "unless") among the few tokens after `at`, inside its sentence? */
function conditionalAfter(a: Analysis, at: number, hi: number): boolean {
  for (let j = at; j <= hi && j < at + 5; j++) if (CONDITIONAL.has(norm(a, j))) return true;
  return false;
}

/**
 * Advice to the reader or the author's own voice: the relation opens its sentence or a clause after a
 * colon or a dash ("For the family chat: do NOT let nan have the jab"), or follows "you", "I", "just"…
 */
function adviceOrOwn(a: Analysis, rel: LexiconHit, lo: number): boolean {
  let start = lo;
  while (start < rel.tokenStart && start < lo + 3 && ADVICE_OPENERS.has(norm(a, start))) start++;
  if (rel.tokenStart === start) return true;
  let open = rel.tokenStart;
  while (open > lo && open > rel.tokenStart - 3 && ADVICE_OPENERS.has(norm(a, open - 1))) open--;
  if (
    open > lo &&
    CLAUSE_OPENING.test(a.text.slice((a.tokens[open - 1] as Token).end, (a.tokens[open] as Token).start))
  )
    return true;
  for (let j = rel.tokenStart - 1; j >= lo && j >= rel.tokenStart - 3; j--) {
    const w = norm(a, j);
    if (ADVICE_LEAD.has(w) || FIRST_PERSON.has(w) || /^(?:i|we)'/.test(w)) return true;
  }
  return false;
}

/**
 * The author's own bout of an illness ("my covid was no worse than a bad cold", "…just a cold for me"):
 * an account of one case, not a claim about the disease.
 */
function ownEpisode(a: Analysis, condition: LexiconHit, rel: LexiconHit): boolean {
  if (norm(a, condition.tokenStart - 1) === 'my') return true;
  return norm(a, rel.tokenEnd) === 'for' && norm(a, rel.tokenEnd + 1) === 'me';
}

/** The claim spanning its parts (the relation first), and any token after them that it reaches ("…the cure"). */
function claim(row: HealthEvidence, a: Analysis, parts: readonly LexiconHit[], reachTo = -1): ComposedClaim {
  const first = parts.reduce((x, y) => (y.tokenStart < x.tokenStart ? y : x));
  const last = parts.reduce((x, y) => (y.tokenEnd > x.tokenEnd ? y : x));
  const rel = parts[0] as LexiconHit;
  let ownNegation = false;
  for (let j = rel.tokenStart; j < rel.tokenEnd; j++) if (NEGATORS.has(norm(a, j))) ownNegation = true;
  const tail = reachTo >= last.tokenEnd ? (a.tokens[reachTo] as Token) : undefined;
  return {
    evidence: row,
    tokenStart: first.tokenStart,
    tokenEnd: tail ? reachTo + 1 : last.tokenEnd,
    start: first.start,
    end: tail ? tail.end : last.end,
    ownNegation,
  };
}

/**
 * Does the claim read in this order? The agent acts on the condition ("oregano oil cleared the UTI",
 * "the jab causes autism"); or the condition comes first and a word links it back to the agent
 * ("cancers caused by the jab", "diabetes reversed with fasting"); or, for a cure, the condition's
 * outcome is told after both ("oregano oil and the UTI was gone"). "Covid is causing fewer
 * vaccinations" has its agent as the object, and is not a claim about the vaccine.
 */
function ordered(a: Analysis, rel: LexiconHit, agent: LexiconHit, cond: LexiconHit): boolean {
  if (agent.tokenEnd <= rel.tokenStart && rel.tokenEnd <= cond.tokenStart) return true;
  if (cond.tokenEnd <= rel.tokenStart && rel.tokenEnd <= agent.tokenStart) {
    if (timeline(a, rel)) return !decrease(a, cond.tokenStart, agent.tokenEnd);
    for (let j = rel.tokenEnd; j < agent.tokenStart; j++) if (BACK_LINKS.has(norm(a, j))) return true;
    return false;
  }
  return agent.tokenEnd <= cond.tokenStart && cond.tokenEnd <= rel.tokenStart && outcome(a, rel);
}

/** A relation that is itself a link in time ("since", "weeks after"): the condition followed the agent. */
function timeline(a: Analysis, rel: LexiconHit): boolean {
  for (let j = rel.tokenStart; j < rel.tokenEnd; j++) if (BACK_LINKS.has(norm(a, j))) return true;
  return false;
}

/** "Deaths have fallen since the vaccine": a fall near a timeline credits the agent. */
function decrease(a: Analysis, from: number, to: number): boolean {
  for (let j = Math.max(0, from - 3); j < to + 4 && j < a.tokens.length; j++) if (DECREASE.has(norm(a, j))) return true;
  return false;
}

/** A cure told as an outcome: "gone", "cleared", "reversed", "in remission", "free of". */
function outcome(a: Analysis, rel: LexiconHit): boolean {
  const raw = (a.tokens[rel.tokenStart] as Token).norm;
  return relationOf(rel) === 'cure' && /(?:ed|gone|went|free|in)$/.test(raw);
}

/**
 * "Doesn't work for everyone", "isn't 100% effective", "isn't needed right now", "…this winter": an
 * honest limit of who or when, not a denial; so is one said of a part of the population before it
 * ("for most healthy under-65s a booster isn't needed").
 */
function qualified(a: Analysis, at: number, from = at): boolean {
  const next = norm(a, at);
  const after = norm(a, at + 1);
  if (LIMITS.has(next) || ((next === 'for' || next === 'in') && LIMITS.has(after))) return true;
  if ((next === 'right' && after === 'now') || next === 'yet' || (next === 'this' && SEASONS.has(after))) return true;
  const [lo] = sentenceTokens(a, from);
  for (let j = Math.max(lo, from - 8); j < from; j++) {
    if (norm(a, j) === 'for' && POPULATION_LIMITS.has(norm(a, j + 1))) return true;
  }
  return false;
}

/** "Kills the virus on surfaces": disinfection, not treatment. */
function onSurfaces(a: Analysis, at: number): boolean {
  return norm(a, at) === 'on' && SURFACES.has(norm(a, at + 1));
}

/** "Flu-like symptoms": a condition used to describe something else is not the condition. */
function describes(a: Analysis, cond: LexiconHit): boolean {
  const next = norm(a, cond.tokenEnd);
  return (
    /^(?:like|type|symptoms|season|clinic|clinics|jab|jabs|vaccine|vaccines)$/.test(next) || CONDITION_PEOPLE.has(next)
  );
}

/** One relation hit read against the agents and conditions of its sentence. */
function readRelation(a: Analysis, rel: LexiconHit, parts: Parts): ComposedClaim | undefined {
  const [lo, hi] = sentenceTokens(a, rel.tokenStart);
  const from = Math.max(lo, rel.tokenStart - REACH);
  const to = Math.min(hi, rel.tokenEnd + REACH);
  const agents = within(parts.agents, from, to).filter((h) => h.tokenEnd <= hi + 1);
  const conditions = within(parts.conditions, from, to).filter((h) => h.tokenEnd <= hi + 1 && !describes(a, h));
  for (const row of BY_RELATION.get(relationOf(rel)) ?? []) {
    switch (row.relation) {
      case 'cure':
      case 'cause': {
        if (row.relation === 'cause' && DECREASE.has(norm(a, rel.tokenStart - 1))) break;
        for (const agent of agents) {
          if (!tagged(agent, row.agents) || overlaps(agent, rel)) continue;
          const cond = conditions.find(
            (h) => tagged(h, row.conditions) && !overlaps(h, rel) && !overlaps(h, agent) && ordered(a, rel, agent, h),
          );
          if (cond && span(rel, agent, cond) <= REACH && !onSurfaces(a, cond.tokenEnd))
            return claim(row, a, [rel, agent, cond]);
        }
        break;
      }
      case 'replace': {
        const object = agents.find(
          (h) => tagged(h, row.agents) && h.tokenStart >= rel.tokenEnd && h.tokenStart <= rel.tokenEnd + 2,
        );
        if (!object || conditionalAfter(a, object.tokenEnd, hi)) break;
        // The remedy may be named in the sentence before or after ("Forget aciclovir. Dab on tea tree oil.").
        const [plo] = lo > 0 ? sentenceTokens(a, lo - 1) : [lo];
        const nhi = hi + 1 < a.tokens.length ? sentenceTokens(a, hi + 1)[1] : hi;
        const remedy = within(
          parts.agents,
          Math.max(plo, rel.tokenStart - LOOK_BACK),
          Math.min(nhi, rel.tokenEnd + LOOK_BACK),
        ).some((h) => tagged(h, ['remedy']));
        // Stopping a medicine is everyday deprescribing ("stop the indapamide, refer to falls clinic");
        // it is a claim when something else is said to take its place. A named treatment (insulin, an
        // inhaler, chemotherapy, a vaccine) dropped on advice to the reader is a claim by itself.
        const everyday = tagged(object, ['medicine', 'medication']);
        if (remedy || (!everyday && adviceOrOwn(a, rel, lo))) return claim(row, a, [rel, object]);
        break;
      }
      case 'useless':
      case 'toxic':
      case 'profit': {
        if (tagged(rel, ['alone'])) return claim(row, a, [rel]);
        if (conditionalAfter(a, rel.tokenEnd, hi)) break;
        if (row.relation === 'useless' ? qualified(a, rel.tokenEnd, rel.tokenStart) : doseLimited(a, rel.tokenEnd, hi))
          break;
        const reach = row.relation === 'useless' ? SUBJECT_REACH : TOXIC_SUBJECT_REACH;
        const subject = agents.find(
          (h) => tagged(h, row.agents) && h.tokenEnd <= rel.tokenStart && h.tokenEnd >= rel.tokenStart - reach,
        );
        if (subject) return claim(row, a, [rel, subject]);
        // "Bloody statins. … They're poison.": a pronoun standing for a treatment named just before.
        if (proSubjectBefore(a, rel, lo) && namedBefore(a, parts.agents, row.agents, rel.tokenStart, 2))
          return claim(row, a, [rel]);
        break;
      }
      case 'hoax': {
        if (tagged(rel, ['alone'])) return claim(row, a, [rel]);
        const subject = conditions.find(
          (h) =>
            tagged(h, row.conditions) && h.tokenEnd <= rel.tokenStart && h.tokenEnd >= rel.tokenStart - SUBJECT_REACH,
        );
        if (subject && !ownEpisode(a, subject, rel)) return claim(row, a, [rel, subject]);
        break;
      }
      case 'hide': {
        const subject = agents.find(
          (h) =>
            tagged(h, row.agents) && h.tokenEnd <= rel.tokenStart && h.tokenEnd >= rel.tokenStart - SUBJECT_REACH - 2,
        );
        if (!subject) break;
        for (let j = rel.tokenEnd; j <= hi && j < rel.tokenEnd + HIDDEN_REACH; j++) {
          if (HIDDEN_THINGS.has(norm(a, j))) return claim(row, a, [rel, subject], j);
        }
        break;
      }
      case 'refuse': {
        if (!adviceOrOwn(a, rel, lo) || conditionalAfter(a, rel.tokenEnd, hi)) break;
        const object = agents.find(
          (h) => tagged(h, row.agents) && h.tokenStart >= rel.tokenEnd && h.tokenStart <= rel.tokenEnd + OBJECT_REACH,
        );
        if (object) return claim(row, a, [rel, object]);
        // "…the MMR. As a doctor I wouldn't let my kids have it": the vaccine named just before.
        const pro = proFormAfter(a, rel, hi);
        if (pro >= 0 && namedBefore(a, parts.agents, row.agents, rel.tokenStart, 2)) return claim(row, a, [rel]);
        break;
      }
    }
  }
  return undefined;
}

function relationOf(rel: LexiconHit): string {
  return (rel.entry.tags ?? [])[0] ?? '';
}

function overlaps(x: LexiconHit, y: LexiconHit): boolean {
  return x.tokenStart < y.tokenEnd && y.tokenStart < x.tokenEnd;
}

function span(...hits: LexiconHit[]): number {
  return Math.max(...hits.map((h) => h.tokenEnd)) - Math.min(...hits.map((h) => h.tokenStart));
}

/** "poisonous in overdose", "toxic to dogs": a dose or a species that makes the claim true. */
function doseLimited(a: Analysis, at: number, hi: number): boolean {
  for (let j = at; j <= hi && j < at + 4; j++) if (DOSE_LIMITS.has(norm(a, j))) return true;
  return false;
}

/** A pronoun subject just before the relation ("they're poison", "it's a money spinner"). */
function proSubjectBefore(a: Analysis, rel: LexiconHit, lo: number): boolean {
  for (let j = rel.tokenStart - 1; j >= lo && j >= rel.tokenStart - 3; j--)
    if (PRO_SUBJECTS.has(norm(a, j))) return true;
  return false;
}

function proFormAfter(a: Analysis, rel: LexiconHit, hi: number): number {
  for (let j = rel.tokenEnd; j <= hi && j < rel.tokenEnd + OBJECT_REACH; j++) if (PRO_FORMS.has(norm(a, j))) return j;
  return -1;
}

/** Was an agent of these classes named in this sentence or the `back` sentences before it? */
function namedBefore(
  a: Analysis,
  agents: readonly LexiconHit[],
  classes: readonly string[],
  at: number,
  back = 1,
): boolean {
  let [from] = sentenceTokens(a, at);
  for (let k = 0; k < back && from > 0; k++) [from] = sentenceTokens(a, from - 1);
  return within(agents, Math.max(from, at - LOOK_BACK), at).some((h) => tagged(h, classes));
}

/** Two lists of hits, each in token order, as one list in token order. */
function byStart(x: readonly LexiconHit[], y: readonly LexiconHit[]): readonly LexiconHit[] {
  if (y.length === 0) return x;
  return [...x, ...y].sort((p, q) => p.tokenStart - q.tokenStart);
}

/** Entries for the hits this module makes itself, naming where they come from. */
const MEDICINE_NAME = {
  phrase: '(a medicine)',
  tags: ['medicine'],
  source: 'WHO INN stems (data/knowledge/drug-stems.ts); data/medicine.ts',
  note: 'A medicine named by its generic name, brand or maker.',
} as const;
const PREPARATION = {
  phrase: '(a preparation)',
  tags: ['remedy'],
  source: 'data/knowledge/health-claims.ts, PREPARATION_HEADS',
  note: 'A juice, tea, oil, extract or other preparation of something that is not a medicine.',
} as const;
const PRESCRIBE_VERB = {
  phrase: '(advises a medicine)',
  tags: ['prescribe'],
  source: 'data/knowledge/health-claims.ts, MEDICINE_ADVICE_VERBS',
  note: 'A verb advising or offering a medicine.',
} as const;
const ARROW_CAUSE = {
  phrase: '=',
  tags: ['cause'],
  source: 'Common shorthand: "=" or an arrow for "leads to"',
  note: 'Shorthand for a cause.',
} as const;

function made(a: Analysis, entry: LexiconHit['entry'], lexicon: string, from: number, to: number): LexiconHit {
  return {
    lexicon,
    entry,
    start: (a.tokens[from] as Token).start,
    end: (a.tokens[to - 1] as Token).end,
    tokenStart: from,
    tokenEnd: to,
  };
}

/**
 * Agents no lexicon lists: a medicine by its INN stem or in the medicines table ("allopurinol",
 * "Paxlovid"), and a preparation of something that is not a medicine ("celery juice", "a garlic clove").
 */
function unlistedAgents(a: Analysis): LexiconHit[] {
  const out: LexiconHit[] = [];
  for (const m of medicinesOf(a))
    if (m.via === 'name') out.push(made(a, MEDICINE_NAME, 'health-agent', m.tokenStart, m.tokenEnd));
  a.tokens.forEach((t, i) => {
    if (t.kind === 'word' && isGenericMedicineName(t.norm)) out.push(made(a, MEDICINE_NAME, 'health-agent', i, i + 1));
    if (i === 0 || !PREPARATION_HEADS.has(t.norm)) return;
    const before = a.tokens[i - 1] as Token;
    if (
      before.kind !== 'word' ||
      NOT_REMEDY_BEFORE.has(before.norm) ||
      a.sentenceAt(before.start) !== a.sentenceAt(t.start)
    )
      return;
    if (/\S/.test(a.text.slice(before.end, t.start).replace(/-/g, ''))) return;
    out.push(made(a, PREPARATION, 'health-agent', i - 1, i + 1));
  });
  return out;
}

/** Zero-width cause relations where "=" or an arrow joins two words ("paracetamol in pregnancy = autism"). */
function arrows(a: Analysis): LexiconHit[] {
  const out: LexiconHit[] = [];
  if (!/[=>\u2192\u21d2]/.test(a.text)) return out;
  for (let i = 1; i < a.tokens.length; i++) {
    const prev = a.tokens[i - 1] as Token;
    const cur = a.tokens[i] as Token;
    if (cur.start - prev.end > 8 || !ARROW.test(a.text.slice(prev.end, cur.start))) continue;
    out.push({
      lexicon: 'health-relation',
      entry: ARROW_CAUSE,
      start: prev.end,
      end: cur.start,
      tokenStart: i,
      tokenEnd: i,
    });
  }
  return out;
}

/** "Measles, which causes brain damage": the harm is put down to a disease, not to a treatment. */
function causedByDisease(a: Analysis, harm: LexiconHit, parts: Parts): boolean {
  const lo = Math.max(sentenceTokens(a, harm.tokenStart)[0], harm.tokenStart - REACH);
  const disease = within(parts.conditions, lo, harm.tokenStart - 1).find(
    (h) => h.tokenEnd <= harm.tokenStart && tagged(h, ['outbreak', 'viral', 'serious']) && !overlaps(h, harm),
  );
  if (!disease) return false;
  return within(a.hits('health-relation'), disease.tokenEnd, harm.tokenStart - 1).some(
    (r) => relationOf(r) === 'cause',
  );
}

/**
 * A harm hinted at rather than said: insinuating rhetoric ("draw your own conclusions", "look at the
 * timeline") in a draft that names a treatment and a harm within a sentence of each other.
 */
function insinuated(a: Analysis, parts: Parts): ComposedClaim | undefined {
  if (a.hits('health-insinuation').length === 0) return undefined;
  for (const row of BY_RELATION.get('insinuate') ?? []) {
    // The sentences naming an agent of the row's classes, found once.
    const named = new Set(parts.agents.filter((h) => tagged(h, row.agents)).map((h) => a.sentenceAt(h.start)));
    if (named.size === 0) continue;
    for (const cond of parts.conditions) {
      if (!tagged(cond, row.conditions) || describes(a, cond) || causedByDisease(a, cond, parts)) continue;
      const at = a.sentenceAt(cond.start);
      let near = false;
      for (let d = -INSINUATION_REACH; d <= INSINUATION_REACH; d++) near ||= named.has(at + d);
      if (!near) continue;
      // The harm is what the draft hints at, so it is the words reported (and read for a denial).
      return {
        evidence: row,
        tokenStart: cond.tokenStart,
        tokenEnd: cond.tokenEnd,
        start: cond.start,
        end: cond.end,
        ownNegation: false,
      };
    }
  }
  return undefined;
}

/** Modals of possibility before a verb: a capability, not advice. */
const POSSIBILITY = new Set(['can', 'could', 'may', 'might']);
/** How far before a medicine a verb advising it may stand ("ask your GP for amoxicillin"). */
const ADVICE_VERB_REACH = 8;
const PRESCRIBE = HEALTH_EVIDENCE.find((row) => row.relation === 'prescribe') as HealthEvidence;

/** How far back from a comma the "if" or "when" of a conditional clause may stand ("if you do catch flu, ask…"). */
const CONDITION_CLAUSE_REACH = 8;

/** Does a clause open at token j: its sentence's start, after a colon, a dash or a bullet, or after "if …," ? */
function clauseOpensAt(a: Analysis, j: number, lo: number): boolean {
  if (j === lo) return true;
  const gap = a.text.slice((a.tokens[j - 1] as Token).end, (a.tokens[j] as Token).start);
  if (CLAUSE_OPENING.test(gap)) return true;
  if (!gap.includes(',')) return false;
  for (let k = j - 1; k >= lo && k >= j - CONDITION_CLAUSE_REACH; k--) if (CONDITIONAL.has(norm(a, k))) return true;
  return false;
}

/**
 * Antibiotics advised or offered for a viral illness, in the author's voice: "at the first sign of a
 * cold ask for antibiotics", "Feeling a cold coming on? I'll sort you a course of azithromycin", "just
 * give the ones with a cough amoxicillin". The illness may be named in the sentence before ("Got the
 * flu? I swear by…"). Not where the advice is denied ("don't ask for antibiotics for a cold"), made
 * conditional ("take them if it's bacterial") or the medicine is done without ("better without antibiotics").
 */
function antibioticAdvice(a: Analysis, parts: Parts): ComposedClaim | undefined {
  for (const agent of parts.agents) {
    if (!tagged(agent, PRESCRIBE.agents)) continue;
    const [lo, hi] = sentenceTokens(a, agent.tokenStart);
    if (conditionalAfter(a, agent.tokenEnd, hi)) continue;
    let verb = -1;
    for (let j = agent.tokenStart - 1; j >= lo && j >= agent.tokenStart - ADVICE_VERB_REACH; j--) {
      if (NEGATORS.has(norm(a, j))) break;
      if (MEDICINE_ADVICE_VERBS.has(norm(a, j))) verb = j;
    }
    if (verb < 0 || NEGATORS.has(norm(a, verb - 1)) || NEGATORS.has(norm(a, verb - 2))) continue;
    // "Our service can prescribe amoxicillin": what someone is able to do, not advice to do it.
    if (POSSIBILITY.has(norm(a, verb - 1))) continue;
    const verbHit = made(a, PRESCRIBE_VERB, 'health-relation', verb, verb + 1);
    if (!clauseOpensAt(a, verb, lo) && !adviceOrOwn(a, verbHit, lo)) continue;
    const plo = lo > 0 ? sentenceTokens(a, lo - 1)[0] : lo;
    const illness = within(parts.conditions, plo, hi).find(
      (h) => tagged(h, PRESCRIBE.conditions) && !describes(a, h) && !NEGATORS.has(norm(a, h.tokenStart - 1)),
    );
    // An illness named before the advice ("Got the flu?", "if you catch flu, ask…") stays out of the
    // claim's span, which is the advice itself: that question or condition frames the advice, not the claim.
    if (illness) return claim(PRESCRIBE, a, illness.tokenStart > verb ? [verbHit, agent, illness] : [verbHit, agent]);
  }
  return undefined;
}

const CACHE = new PerAnalysis<readonly ComposedClaim[]>();
const PARTS = new PerAnalysis<Parts>();
const RELATIONS = new PerAnalysis<readonly LexiconHit[]>();

/** The relations a claim can use: the lexicon's, and "=" or an arrow between two words. */
function relationsOf(a: Analysis): readonly LexiconHit[] {
  let found = RELATIONS.get(a);
  if (!found) RELATIONS.set(a, (found = byStart(a.hits('health-relation'), arrows(a))));
  return found;
}

/**
 * The agents and conditions a claim can bind (cached per analysis): the knowledge base's, medicines
 * and conditions named anywhere in the clinical vocabulary (data/clinical.ts: "off the levothyroxine",
 * "cleared my psoriasis"), and agents no list names.
 */
function partsOf(a: Analysis): Parts {
  const cached = PARTS.get(a);
  if (cached) return cached;
  const clinical = a.hits('clinical');
  const parts: Parts = {
    agents: byStart(
      byStart(
        a.hits('health-agent'),
        clinical.filter((h) => tagged(h, ['medicine'])),
      ),
      unlistedAgents(a),
    ),
    conditions: byStart(
      a.hits('health-condition'),
      clinical.filter((h) => tagged(h, ['condition', 'symptom'])),
    ),
  };
  PARTS.set(a, parts);
  return parts;
}

/** A sentence shaped like a health claim: it names an agent and says something of it. */
export interface ClaimShape {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The agent, as written ("the jab", "celery juice"), and its class ("vaccine", "remedy"…). */
  readonly agent: string;
  readonly agentClass: string;
  /** One past the agent's last token. */
  readonly agentEnd: number;
  /** Something is said of the agent in its sentence (a relation) or hinted in the draft; else it is only named. */
  readonly said: boolean;
  /** The kind of relation said of it ("cure", "cause"…), or "" where none is. */
  readonly relation: string;
  /**
   * The relation is limited in a way the claim readings set aside: made conditional ("stop your statins
   * if…"), held to a dose or a species ("poisonous to dogs"), qualified ("doesn't work for everyone") or
   * hedged as a possible side effect ("the jab can give you a sore arm").
   */
  readonly setAside: boolean;
}

/** Before a cause, a hedge that makes it a possible side effect rather than a claim. */
const HEDGES = new Set(['can', 'may', 'might', 'could', 'sometimes', 'occasionally', 'rarely']);

/** Is this relation limited the way readRelation sets a claim aside? */
function limited(a: Analysis, rel: LexiconHit, hi: number): boolean {
  const kind = relationOf(rel);
  if (conditionalAfter(a, rel.tokenEnd, hi)) return true;
  if (kind === 'useless') return qualified(a, rel.tokenEnd, rel.tokenStart);
  if (kind === 'toxic') return doseLimited(a, rel.tokenEnd, hi);
  return kind === 'cause' && HEDGES.has(norm(a, rel.tokenStart - 1));
}

/**
 * Sentences with the shape of a claim whatever the evidence table holds: each first agent of a
 * sentence (a vaccine, a medicine, a remedy, a protective measure), and whether something is said of
 * it (a relation of any kind in its sentence, or an insinuation in the draft). The learned model
 * (content.clinical-misinformation's head) decides whether one of them is a myth; this only says
 * where a claim could be.
 */
export function claimShapes(a: Analysis): readonly ClaimShape[] {
  const relations = relationsOf(a);
  const hinted = a.hits('health-insinuation').length > 0;
  const out: ClaimShape[] = [];
  let covered = -1;
  for (const agent of partsOf(a).agents) {
    if (agent.tokenStart <= covered) continue;
    const [lo, hi] = sentenceTokens(a, agent.tokenStart);
    const related = within(relations, lo, hi).find((r) => !overlaps(r, agent));
    const [first, last] =
      !related || agent.tokenStart < related.tokenStart ? [agent, related ?? agent] : [related, agent];
    out.push({
      start: first.start,
      end: last.end,
      tokenStart: first.tokenStart,
      tokenEnd: last.tokenEnd,
      agent: a.text.slice(agent.start, agent.end),
      agentClass: classOf(agent),
      agentEnd: agent.tokenEnd,
      said: related !== undefined || hinted,
      relation: related ? relationOf(related) : '',
      setAside: related !== undefined && limited(a, related, hi),
    });
    covered = hi;
  }
  return out;
}

/** The health claims a draft's sentences make, by meaning (cached per analysis). */
export function composedClaims(a: Analysis): readonly ComposedClaim[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const relations = relationsOf(a);
  const out: ComposedClaim[] = [];
  if (relations.length > 0 || a.hits('health-insinuation').length > 0) {
    const parts = partsOf(a);
    // One claim a sentence is enough to report it ("the vaccine causes miscarriages, so avoid it").
    let covered = -1;
    for (const rel of relations) {
      if (rel.tokenStart <= covered) continue;
      const found = readRelation(a, rel, parts);
      if (!found) continue;
      out.push(found);
      covered = Math.max(found.tokenEnd - 1, sentenceTokens(a, rel.tokenStart)[1]);
    }
    const hinted = out.length === 0 ? insinuated(a, parts) : undefined;
    if (hinted) out.push(hinted);
  }
  // Advice to take antibiotics needs no listed relation: the verbs are everyday words.
  if (out.length === 0 && a.hits('health-agent').some((h) => tagged(h, PRESCRIBE.agents))) {
    const advised = antibioticAdvice(a, partsOf(a));
    if (advised) out.push(advised);
  }
  CACHE.set(a, out);
  return out;
}

/**
 * The health parts of a draft as features for the learned model: the classes of agent named, the
 * kinds of relation, each pairing of an agent class or a condition class with a relation in one
 * sentence, an insinuation, and the claims read by meaning. With these the model can learn that "a
 * remedy with a cure relation" is a myth's shape whatever the remedy and the words are.
 */
export function healthFeatures(a: Analysis): string[] {
  const relations = relationsOf(a);
  const hinted = a.hits('health-insinuation').length > 0;
  const parts = partsOf(a);
  if (relations.length === 0 && !hinted && parts.agents.length === 0) return [];
  const out = new Set<string>();
  if (hinted) out.add('@hc:hint');
  for (const agent of parts.agents) out.add(`@hc:a:${classOf(agent)}`);
  // Each sentence's classes are gathered once, then paired with the kinds of relation in it.
  let k = 0;
  while (k < relations.length) {
    const [lo, hi] = sentenceTokens(a, (relations[k] as LexiconHit).tokenStart);
    const kinds = new Set<string>();
    for (; k < relations.length && (relations[k] as LexiconHit).tokenStart <= hi; k++)
      kinds.add(relationOf(relations[k] as LexiconHit));
    const agents = new Set(within(parts.agents, lo, hi).map(classOf));
    const conditions = new Set(within(parts.conditions, lo, hi).map(classOf));
    for (const kind of kinds) {
      out.add(`@hc:r:${kind}`);
      for (const c of agents) out.add(`@hc:${c}:${kind}`);
      for (const c of conditions) out.add(`@hc:${kind}:${c}`);
    }
  }
  for (const c of composedClaims(a)) out.add(`@hc:claim:${c.evidence.relation}`);
  return [...out];
}

function classOf(hit: LexiconHit): string {
  return (hit.entry.tags ?? [])[0] ?? '';
}
