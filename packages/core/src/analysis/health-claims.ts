import {
  ADVICE_OPENERS,
  BACK_LINKS,
  CONDITION_PEOPLE,
  DECREASE,
  EFFECT_LIMITS as LIMITS,
  HEALTH_EVIDENCE,
  HIDDEN_THINGS,
  type HealthEvidence,
  SURFACES,
} from '../data/knowledge/health-claims.js';
import { firstHitFrom, type LexiconHit } from '../text/matcher.js';
import type { Token } from '../text/tokens.js';
import type { Analysis } from './analyse.js';
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
/** How far before a predicate its subject may stand ("masks, honestly, are useless"). */
const SUBJECT_REACH = 4;
/** How far after a relation of advice its object may come ("wouldn't let my kids have the jab"). */
const OBJECT_REACH = 5;
/** How far after "hide" the thing hidden may come ("hiding the real cure"). */
const HIDDEN_REACH = 5;
/** Words that make a claim conditional ("masks are useless if worn under the nose"): advice, not a myth. */
const CONDITIONAL = new Set(['if', 'unless', 'until', 'when', 'while', 'whilst', 'because', 'during']);
/** Words that stand for a thing named earlier ("I wouldn't let my kids have it"). */
const PRO_FORMS = new Set(['it', 'them', 'one', 'that', 'this']);
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
const NEGATOR = /^(?:no|not|never|don't|doesn't|dont|doesnt|didn't|won't|wouldn't|cannot|can't)$/;

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

/** Advice to the reader or the author's own voice: the relation opens its sentence or follows "you", "I", "just"… */
function adviceOrOwn(a: Analysis, rel: LexiconHit, lo: number): boolean {
  let start = lo;
  while (start < rel.tokenStart && start < lo + 3 && ADVICE_OPENERS.has(norm(a, start))) start++;
  if (rel.tokenStart === start) return true;
  for (let j = rel.tokenStart - 1; j >= lo && j >= rel.tokenStart - 3; j--) {
    const w = norm(a, j);
    if (ADVICE_LEAD.has(w) || FIRST_PERSON.has(w) || /^(?:i|we)'/.test(w)) return true;
  }
  return false;
}

/** The claim spanning its parts (the relation first), and any token after them that it reaches ("…the cure"). */
function claim(row: HealthEvidence, a: Analysis, parts: readonly LexiconHit[], reachTo = -1): ComposedClaim {
  const first = parts.reduce((x, y) => (y.tokenStart < x.tokenStart ? y : x));
  const last = parts.reduce((x, y) => (y.tokenEnd > x.tokenEnd ? y : x));
  const rel = parts[0] as LexiconHit;
  let ownNegation = false;
  for (let j = rel.tokenStart; j < rel.tokenEnd; j++) if (NEGATOR.test(norm(a, j))) ownNegation = true;
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

/** "Doesn't work for everyone", "isn't 100% effective": an honest limit, not a denial. */
function qualified(a: Analysis, at: number): boolean {
  const next = norm(a, at);
  return (
    LIMITS.has(next) ||
    (next === 'for' && LIMITS.has(norm(a, at + 1))) ||
    (next === 'in' && LIMITS.has(norm(a, at + 1)))
  );
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
        const remedy = within(parts.agents, lo, hi).some((h) => tagged(h, ['remedy']));
        // Stopping a medicine is everyday deprescribing ("stop the indapamide, refer to falls clinic");
        // it is a claim when something else is said to take its place. A named treatment (insulin, an
        // inhaler, chemotherapy, a vaccine) dropped on advice to the reader is a claim by itself.
        const everyday = tagged(object, ['medicine', 'medication']);
        if (remedy || (!everyday && adviceOrOwn(a, rel, lo))) return claim(row, a, [rel, object]);
        break;
      }
      case 'useless': {
        if (tagged(rel, ['alone'])) return claim(row, a, [rel]);
        const subject = agents.find(
          (h) => tagged(h, row.agents) && h.tokenEnd <= rel.tokenStart && h.tokenEnd >= rel.tokenStart - SUBJECT_REACH,
        );
        if (subject && !conditionalAfter(a, rel.tokenEnd, hi) && !qualified(a, rel.tokenEnd))
          return claim(row, a, [rel, subject]);
        break;
      }
      case 'hoax': {
        if (tagged(rel, ['alone'])) return claim(row, a, [rel]);
        const subject = conditions.find(
          (h) =>
            tagged(h, row.conditions) && h.tokenEnd <= rel.tokenStart && h.tokenEnd >= rel.tokenStart - SUBJECT_REACH,
        );
        if (subject) return claim(row, a, [rel, subject]);
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
        if (pro >= 0 && namedBefore(a, parts.agents, row.agents, rel.tokenStart)) return claim(row, a, [rel]);
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

function proFormAfter(a: Analysis, rel: LexiconHit, hi: number): number {
  for (let j = rel.tokenEnd; j <= hi && j < rel.tokenEnd + OBJECT_REACH; j++) if (PRO_FORMS.has(norm(a, j))) return j;
  return -1;
}

/** Was an agent of these classes named in this sentence or the one before? */
function namedBefore(a: Analysis, agents: readonly LexiconHit[], classes: readonly string[], at: number): boolean {
  const [lo] = sentenceTokens(a, at);
  const [prev] = lo > 0 ? sentenceTokens(a, lo - 1) : [lo];
  return within(agents, prev, at).some((h) => tagged(h, classes));
}

/** Two lists of hits, each in token order, as one list in token order. */
function byStart(x: readonly LexiconHit[], y: readonly LexiconHit[]): readonly LexiconHit[] {
  if (y.length === 0) return x;
  return [...x, ...y].sort((p, q) => p.tokenStart - q.tokenStart);
}

const CACHE = new PerAnalysis<readonly ComposedClaim[]>();

/** The health claims a draft's sentences make, by meaning (cached per analysis). */
export function composedClaims(a: Analysis): readonly ComposedClaim[] {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const relations = a.hits('health-relation');
  const out: ComposedClaim[] = [];
  if (relations.length > 0) {
    // Medicines and conditions named anywhere in the clinical vocabulary (data/clinical.ts) join the
    // agents and conditions a claim can bind: "off the levothyroxine", "cleared my psoriasis".
    const clinical = a.hits('clinical');
    const parts: Parts = {
      agents: byStart(
        a.hits('health-agent'),
        clinical.filter((h) => tagged(h, ['medicine'])),
      ),
      conditions: byStart(
        a.hits('health-condition'),
        clinical.filter((h) => tagged(h, ['condition', 'symptom'])),
      ),
    };
    // One claim a sentence is enough to report it ("the vaccine causes miscarriages, so avoid it").
    let covered = -1;
    for (const rel of relations) {
      if (rel.tokenStart <= covered) continue;
      const found = readRelation(a, rel, parts);
      if (!found) continue;
      out.push(found);
      covered = Math.max(found.tokenEnd - 1, sentenceTokens(a, rel.tokenStart)[1]);
    }
  }
  CACHE.set(a, out);
  return out;
}
