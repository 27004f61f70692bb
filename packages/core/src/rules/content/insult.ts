import type { Analysis } from '../../analysis/analyse.js';
import { sentenceTokens, isReported, CONTRACTED_COPULA, type PersonCue, personCueAt } from '../../analysis/speech.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { findDiscrimination } from './discrimination.js';

/*
 * content.insult: name-calling, or a demeaning word aimed at a person or group.
 *
 * The insult lexicon (data/insult.ts) gives the words; this rule decides whether each is aimed at
 * someone. A name-calling noun ("idiot", "numpty") is a label for a person nearly whenever it is
 * used, so it fires unless the author is talking about themselves, quoting abuse they received, or
 * negating it. A demeaning adjective ("useless", "clueless") and a noun with an innocent sense
 * ("fool", "clown", "fraud") fire only with a person target: "you", a named person, he/she, a role
 * ("the registrar"), a group ("these managers", "the ICB"), or an exclamation ("what a ___").
 * "The new IT system is useless" is criticism of a thing, and stays clean.
 *
 * Person cues, quotation and reported speech come from analysis/speech.ts, shared with
 * content.harassment and content.threat, which face the same questions.
 */

const NEGATION = /^(not|never|no|isn't|aren't|wasn't|weren't|ain't|isnt|arent|wasnt|werent|hardly|nobody's)$/;

// ---------------------------------------------------------------------------------------------
// Structure

/** Words between a target and the insult that do not change who is meant. */
const MODIFIERS = new Set([
  'a',
  'an',
  'such',
  'so',
  'absolute',
  'absolutely',
  'complete',
  'completely',
  'total',
  'totally',
  'utter',
  'utterly',
  'bloody',
  'fucking',
  'effing',
  'flipping',
  'flaming',
  'bleeding',
  'sodding',
  'frigging',
  'freaking',
  'damn',
  'damned',
  'blooming',
  'bloomin',
  'blithering',
  'bumbling',
  'proper',
  'right',
  'real',
  'really',
  'very',
  'just',
  'quite',
  'pretty',
  'massive',
  'little',
  'great',
  'big',
  'old',
  'silly',
  'dangerous',
  'pompous',
  'smug',
  'sanctimonious',
  'overpaid',
  'typical',
  'entitled',
  'pretentious',
  'cocky',
  'condescending',
  'patronising',
  'miserable',
  'grumpy',
  'clearly',
  'obviously',
  'all',
  'both',
  'still',
  'actually',
  'genuinely',
  'honestly',
  'incredibly',
  'extremely',
  'unbelievably',
  'ridiculously',
  'such',
  'self',
  'righteous',
  'useless',
  'also',
  'always',
  'officially',
  'literally',
  'basically',
  'simply',
  'nothing',
  'but',
  'more',
  'than',
  'the',
  'biggest',
  'worst',
  'most',
  'hapless',
  'ignorant',
  'arrogant',
]);
const COPULA = new Set([
  'is',
  'are',
  'was',
  'were',
  "'s",
  'am',
  'be',
  'been',
  'being',
  'seem',
  'seems',
  'seemed',
  'look',
  'looks',
  'looked',
  'sound',
  'sounds',
  'sounded',
  'like',
  'become',
  'becomes',
  'became',
  'remain',
  'remains',
  'feel',
  'feels',
  'felt',
  'act',
  'acting',
]);
/** Words that end the subject search: a new clause or a verb of saying. */
const CLAUSE_BREAK = new Set([
  'and',
  'but',
  'because',
  'so',
  'if',
  'when',
  'says',
  'said',
  'think',
  'thinks',
  'thought',
  'reckon',
  'reckons',
  'believe',
  'believes',
  'know',
  'knows',
  'while',
  'whereas',
  'although',
  'though',
  'since',
  'until',
  'or',
]);
const GROUP_OF = new Set([
  'bunch',
  'load',
  'lot',
  'pair',
  'gang',
  'set',
  'band',
  'herd',
  'collection',
  'shower',
  'pack',
  'crew',
  'troop',
]);
const DEMONSTRATIVE_PLURAL = new Set(['these', 'those', 'them']);
const DEMONSTRATIVE_SINGULAR = new Set(['this', 'that']);
const EXCLAIM = new Set(['what', 'such']);
/** Nouns after an adjective that show it describes a thing, not a person ("thick skin", "lazy eye"). */
const INNOCENT_NEXT = new Set([
  'skin',
  'skinned',
  'fog',
  'cream',
  'hair',
  'sputum',
  'mucus',
  'secretions',
  'layer',
  'coat',
  'tissue',
  'breast',
  'breasts',
  'eye',
  'eyes',
  'light',
  'lights',
  'fallacy',
  'consolidation',
  'bone',
  'liquid',
  'smoke',
  'snow',
  'cloud',
  'clouds',
  'accent',
  'set',
  'soup',
  'slice',
  'end',
  'proof',
  "'s",
  'guide',
  'box',
]);

/** Labels that also describe a situation ("what a joke", "what a disgrace"). */
const SITUATIONAL = new Set([
  'joke',
  'disgrace',
  'embarrassment',
  'liability',
  'fraud',
  'tool',
  'dinosaur',
  'dead',
  'deadwood',
]);

type Kind = 'noun' | 'weak-noun' | 'adjective' | 'put-down';

interface Decision {
  fire: boolean;
  target?: string;
  confidence: number;
}

function kindOf(hit: LexiconHit): Kind {
  const tags = hit.entry.tags ?? [];
  if (tags.includes('put-down')) return 'put-down';
  if (tags.includes('demeaning-adjective')) return 'adjective';
  if (tags.includes('needs-target')) return 'weak-noun';
  return 'noun';
}

const INSULT_TOKENS = new WeakMap<readonly LexiconHit[], { covered: Set<number>; nounAt: Set<number> }>();
function insultIndex(insults: readonly LexiconHit[]): { covered: Set<number>; nounAt: Set<number> } {
  let idx = INSULT_TOKENS.get(insults);
  if (!idx) {
    idx = { covered: new Set(), nounAt: new Set() };
    for (const h of insults) {
      const k = kindOf(h);
      if (k !== 'put-down') for (let j = h.tokenStart; j < h.tokenEnd; j++) idx.covered.add(j);
      if (k !== 'adjective') idx.nounAt.add(h.tokenStart);
    }
    INSULT_TOKENS.set(insults, idx);
  }
  return idx;
}

function isInsultTokenAt(insults: readonly LexiconHit[], j: number): boolean {
  return insultIndex(insults).covered.has(j);
}

/** True when another hit near index i covers this one and is longer (keep "benefit scroungers" over "scroungers"). */
export function isShadowed(hits: readonly LexiconHit[], i: number): boolean {
  const h = hits[i] as LexiconHit;
  for (let k = Math.max(0, i - 8); k < Math.min(hits.length, i + 9); k++) {
    const o = hits[k] as LexiconHit;
    if (k !== i && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start) return true;
  }
  return false;
}

function isProfane(a: Analysis, t: Token): boolean {
  return a.profanity.some((p) => t.start < p.end && t.end > p.start);
}

const MAX_MODIFIERS = 8;

/** Walk left from token `from` over modifiers; returns the index of the first other token (or lo-1). */
function skipModifiers(a: Analysis, insults: readonly LexiconHit[], from: number, lo: number): number {
  let j = from;
  // A bounded walk: a run of thousands of insults must not make each look back over all the others.
  while (j >= lo && from - j < MAX_MODIFIERS) {
    const t = a.tokens[j] as Token;
    if (MODIFIERS.has(t.norm) || isInsultTokenAt(insults, j) || isProfane(a, t)) j--;
    else break;
  }
  return j;
}

/** The subject of a copula at token c: the nearest person cue to its left within the clause. */
function subjectOf(a: Analysis, c: number, lo: number, strict: boolean): PersonCue | undefined {
  const own = personCueAt(a, c);
  if (own && CONTRACTED_COPULA.test((a.tokens[c] as Token).norm)) return own;
  // A short place phrase after the head noun ("the receptionist at Parkside is…"): look past it.
  let from = c - 1;
  if (strict) {
    for (let k = c - 1; k >= lo && k >= c - 3; k--) {
      if (PLACE_PREPOSITIONS.has((a.tokens[k] as Token).norm)) {
        from = k - 1;
        break;
      }
    }
  }
  for (let j = from; j >= lo && j >= from - (strict ? 2 : 11); j--) {
    const n = (a.tokens[j] as Token).norm;
    if (CLAUSE_BREAK.has(n)) return undefined;
    const cue = personCueAt(a, j);
    // "Patients from that estate are…": a demonstrative before a noun is a determiner, not the subject.
    if (cue?.kind === 'neutral' && j < c - 1 && /^(this|that|these|those)$/.test(n)) continue;
    if (cue) return cue;
    // For an adjective, only the head noun right before the verb (and adverbs) may be the subject.
    if (
      strict &&
      !/^(all|both|just|really|also|still|always|clearly|so|completely|totally|truly|actually|being|now|then|often|sometimes|generally|mostly)$/.test(
        n,
      )
    )
      return undefined;
  }
  return undefined;
}

const PLACE_PREPOSITIONS = new Set(['at', 'from', 'in', 'on']);

function _isGroupNoun(a: Analysis, j: number): boolean {
  return a.targets.roles.some(
    (r) => j >= r.tokenStart && j < r.tokenEnd && (r.entry.tags ?? []).some((t) => t === 'group' || t === 'body'),
  );
}

function decide(a: Analysis, insults: readonly LexiconHit[], hit: LexiconHit, prior: Map<number, Decision>): Decision {
  const kind = kindOf(hit);
  const tags = hit.entry.tags ?? [];
  const no: Decision = { fire: false, confidence: 0 };
  const [lo, hi] = sentenceTokens(a, hit.tokenStart);
  const first = a.tokens[hit.tokenStart] as Token;
  const next = hit.tokenEnd <= hi ? (a.tokens[hit.tokenEnd] as Token | undefined) : undefined;
  const plural = /s$/.test((a.tokens[hit.tokenEnd - 1] as Token).norm) || tags.includes('dehumanising');

  if (isReported(a, hit.tokenStart, hit.start, hit.end)) return no;
  if (next && INNOCENT_NEXT.has(next.norm)) return no;
  if (first.norm === 'idiot' && next?.norm === "idiot's") return no;

  if (kind === 'put-down') {
    for (let j = hit.tokenStart - 1; j >= lo && j >= hit.tokenStart - 3; j--) {
      const cue = personCueAt(a, j);
      if (cue?.kind === 'first') return no;
      if (NEGATION.test((a.tokens[j] as Token).norm)) return no;
    }
    return { fire: true, confidence: 0.8 * (hit.entry.weight ?? 1) };
  }

  const p = skipModifiers(a, insults, hit.tokenStart - 1, lo);
  const pt = p >= lo ? (a.tokens[p] as Token) : undefined;
  const pn = pt?.norm ?? '';

  // Negated ("he's not an idiot", "you're no fool") or an idiom of advice ("don't be daft").
  if (NEGATION.test(pn) || /n't$/.test(pn)) return no;
  for (let j = p + 1; j < hit.tokenStart; j++) if (NEGATION.test((a.tokens[j] as Token).norm)) return no;

  // Coordinated with an insult already judged ("a liar and a fraud").
  if ((pn === 'and' || pn === 'or') && p - 1 >= lo) {
    const q = skipModifiers(a, insults, p - 1, lo);
    for (let endTok = q + 2; endTok <= p; endTok++) {
      const d = prior.get(endTok);
      if (d?.fire) return { ...d };
    }
  }

  // Exclamation: "what a moron", "such an idiot" (but not "what an idiot I was").
  if (EXCLAIM.has(pn) && kind !== 'adjective' && !(pn === 'what' && SITUATIONAL.has(first.norm))) {
    // "what an idiot I was" is about the author; "what an idiot, I've had enough" is not.
    const joined = next !== undefined && /^\s*$/.test(a.text.slice(hit.end, next.start));
    const after = next && joined ? personCueAt(a, hit.tokenEnd) : undefined;
    if (after?.kind === 'first') return no;
    if (kind === 'weak-noun' && pn === 'such') {
      const s = subjectOf(a, p, lo, false);
      if (!s || s.kind === 'first' || s.kind === 'neutral') return no;
      return { fire: true, target: s.label, confidence: 0.7 };
    }
    return { fire: true, target: 'an exclamation', confidence: kind === 'noun' ? 0.85 : 0.7 };
  }

  // "how useless you are", "how thick he is"
  if (pn === 'how' && kind === 'adjective') {
    const after = next ? personCueAt(a, hit.tokenEnd) : undefined;
    if (after && after.kind !== 'first' && after.kind !== 'neutral')
      return { fire: true, target: after.label, confidence: 0.8 };
    return no;
  }

  const cue = pt ? personCueAt(a, p) : undefined;
  const isCopula =
    pt !== undefined && (COPULA.has(pn) || (CONTRACTED_COPULA.test(pn) && cue !== undefined) || pn === 'youre');

  // Vocative: "you idiot", "you absolute numpty", "you useless lot".
  if (cue?.kind === 'second' && !isCopula) return { fire: true, target: 'you', confidence: 0.9 };

  if (isCopula && pt) {
    if (pn === 'am') return no;
    if (pn === 'be' || pn === 'being') {
      const prev = (a.tokens[p - 1] as Token | undefined)?.norm ?? '';
      if (/^(don't|dont|never|not|to|stop|for)$/.test(prev)) return no;
    }
    const subject = subjectOf(a, p, lo, kind === 'adjective');
    if (!subject) {
      if (kind === 'noun') return { fire: true, confidence: 0.6 };
      if (tags.includes('dehumanising') && plural) {
        // "the travellers on the rec are vermin": a plural noun subject called vermin.
        for (let j = p - 1; j >= lo && j >= p - 8; j--)
          if (/s$/.test((a.tokens[j] as Token).norm) && (a.tokens[j] as Token).norm.length > 3)
            return { fire: true, target: 'a group of people', confidence: 0.65 };
      }
      return no;
    }
    if (subject.kind === 'first' || subject.kind === 'neutral') return no;
    if (tags.includes('not-he-she') && subject.kind === 'third') return no;
    const conf = kind === 'noun' ? 0.9 : kind === 'weak-noun' ? 0.8 : subject.kind === 'third' ? 0.75 : 0.85;
    return { fire: true, target: subject.label, confidence: conf };
  }

  // Group or demonstrative: "these clowns", "that idiot", "a bunch of muppets".
  if (pt && kind !== 'adjective' && !tags.includes('dehumanising')) {
    if (DEMONSTRATIVE_PLURAL.has(pn) && plural) return { fire: true, target: 'a group', confidence: 0.85 };
    if (DEMONSTRATIVE_SINGULAR.has(pn) && kind === 'noun') return { fire: true, target: 'a person', confidence: 0.85 };
    if (pn === 'of' && p - 1 >= lo && GROUP_OF.has((a.tokens[p - 1] as Token).norm))
      return { fire: true, target: 'a group', confidence: 0.85 };
  }

  // Adjective before a person: "useless manager", "incompetent locums", "clueless idiots".
  if (kind === 'adjective' && next) {
    let k = hit.tokenEnd;
    const nounAt = insultIndex(insults).nounAt;
    while (
      k <= hi &&
      k < hit.tokenEnd + 3 &&
      (MODIFIERS.has((a.tokens[k] as Token).norm) || isInsultTokenAt(insults, k)) &&
      !nounAt.has(k)
    )
      k++;
    if (k <= hi) {
      const c = personCueAt(a, k);
      const insultNoun = nounAt.has(k);
      if (
        insultNoun ||
        (c && c.kind !== 'first' && c.kind !== 'neutral' && c.kind !== 'second' && c.kind !== 'third')
      ) {
        const mine = pt && /^(my|our)$/.test(pn);
        if (!mine) return { fire: true, target: c?.label ?? 'a person', confidence: 0.8 };
      }
    }
    return no;
  }

  if (kind === 'noun') {
    // Self-deprecation: "I felt like an idiot", "idiot me".
    for (let j = hit.tokenStart - 1; j >= lo && j >= hit.tokenStart - 4; j--) {
      const c = personCueAt(a, j);
      if (c?.kind === 'first' && !plural) return no;
      if (c && c.kind !== 'neutral') break;
    }
    const after = next ? personCueAt(a, hit.tokenEnd) : undefined;
    if (after?.kind === 'first' && !plural) return no;
    return { fire: true, confidence: 0.7 };
  }
  return no;
}

/** "shower of sh*te": the noun is harmless, the swear word after it makes the put-down. */
function showerOf(a: Analysis): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + 2 < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.norm !== 'shower' || (a.tokens[i + 1] as Token).norm !== 'of') continue;
    const n = a.tokens[i + 2] as Token;
    const prof = a.profanity.find((p) => p.start <= n.start && p.end > n.start);
    if (prof) out.push({ start: t.start, end: prof.end });
  }
  return out;
}

function describe(text: string): string {
  return `'${text}'`;
}

export default defineRule({
  id: 'content.insult',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['colleague', 'employer', 'gmc', 'judge'],
  description: 'Name-calling or demeaning a person or group.',
  rationale:
    'The Content section of the guidance warns that written words lose the tone that makes a jibe friendly, and uses a ' +
    'colleague called a "bloody idiot" in a group chat as its own example. Name-calling reads as unprofessional to ' +
    'colleagues and employers, can be cited by the GMC as evidence about conduct, and may be weighed by a judge in a ' +
    'harassment or defamation claim. Criticism of a policy, a system or a decision is fair comment; a label for the person is not.',
  examples: {
    flagged: [
      'Dr Patel is an idiot and everyone knows it.',
      'What a moron. Read the guidance before you post.',
      'The practice manager is completely clueless about the rota.',
      'Where does the ICB find these muppets?',
    ],
    clean: [
      'The new IT system is useless and crashes every morning.',
      'I felt like an idiot for forgetting my keys.',
      'A patient called our receptionist an idiot today. Abuse of staff is never acceptable.',
      'Thick fog on the A61 this morning, leave extra time.',
      "Don't be a hero: take the day off if you're ill.",
    ],
  },
  // Every finding is an insult-lexicon word, a discrimination slur (a discrimination-lexicon hit or a
  // slur in obscenity's data, so a profanity match) or "shower of" + swearing.
  gate({ analysis: a }) {
    return a.hits('insult').length > 0 || a.hits('discrimination').length > 0 || a.profanity.length > 0;
  },
  detect({ analysis: a }) {
    // A slur that content.discrimination confirms ("a total poof") is also name-calling when it labels a person.
    const slurs = findDiscrimination(a).filter((f) => f.kind === 'slur' && !f.quotedSlur);
    const slurHits =
      slurs.length === 0
        ? []
        : a
            .hits('discrimination')
            .filter((h) => h.entry.tags?.includes('slur') && slurs.some((f) => f.start === h.start && f.end === h.end));
    const insults =
      slurHits.length === 0
        ? a.hits('insult')
        : [...a.hits('insult'), ...slurHits].sort((x, y) => x.start - y.start || y.end - x.end);
    const out: RuleHit[] = [];
    const prior = new Map<number, Decision>();
    const fired: Array<{ hit: LexiconHit; d: Decision }> = [];
    for (let i = 0; i < insults.length; i++) {
      const hit = insults[i] as LexiconHit;
      // Keep the longest of overlapping hits ("benefit scroungers" over "scroungers").
      if (isShadowed(insults, i)) continue;
      const d = decide(a, insults, hit, prior);
      prior.set(hit.tokenEnd, d);
      if (d.fire && d.confidence > 0) fired.push({ hit, d });
    }
    // Merge adjacent insult words ("clueless idiots", "pathetic excuse for a human being") and take
    // intensifiers in front ("bloody idiot", "absolute numpty") into the span.
    const spans: Array<{
      start: number;
      end: number;
      tokenStart: number;
      tokenEnd: number;
      d: Decision;
      words: LexiconHit[];
    }> = [];
    for (const { hit, d } of fired) {
      const last = spans[spans.length - 1];
      if (last && hit.tokenStart <= last.tokenEnd) {
        last.end = Math.max(last.end, hit.end);
        last.tokenEnd = Math.max(last.tokenEnd, hit.tokenEnd);
        last.d = last.d.confidence >= d.confidence ? last.d : d;
        last.words.push(hit);
        continue;
      }
      let s = hit.tokenStart;
      while (
        s - 1 >= 0 &&
        /^(absolute|utter|complete|total|bloody|blithering|bumbling|flaming|sodding|effing|flipping|dangerous|pathetic)$/.test(
          (a.tokens[s - 1] as Token).norm,
        )
      )
        s--;
      spans.push({
        start: (a.tokens[s] as Token).start,
        end: hit.end,
        tokenStart: s,
        tokenEnd: hit.tokenEnd,
        d,
        words: [hit],
      });
    }
    for (const sh of showerOf(a)) {
      const overlap = spans.find((s) => s.start < sh.end && s.end > sh.start);
      if (overlap) overlap.end = Math.max(overlap.end, sh.end);
      else {
        spans.push({
          start: sh.start,
          end: sh.end,
          tokenStart: -1,
          tokenEnd: -1,
          d: { fire: true, confidence: 0.75 },
          words: [],
        });
      }
    }
    spans.sort((x, y) => x.start - y.start);
    for (const s of spans) {
      const excerpt = a.text.slice(s.start, s.end);
      const target = s.d.target;
      // "What a moron!" has no named target: say nothing about who it is aimed at.
      const aimed =
        target && target !== 'an exclamation'
          ? ` aimed at ${target === 'you' ? 'the person you are writing to' : target}`
          : '';
      const why = [
        'insult word',
        ...(target ? [`target: ${target}`] : []),
        ...s.words.map((w) => (w.entry.tags ?? [])[0] ?? 'insult'),
      ];
      const adjOnly = s.words.length === 1 && kindOf(s.words[0] as LexiconHit) === 'adjective';
      const nextTok = s.tokenEnd >= 0 ? (a.tokens[s.tokenEnd] as Token | undefined) : undefined;
      const suggestions: RuleHit['suggestions'] = [];
      if (adjOnly && nextTok && nextTok.start === s.end + 1) {
        // Attributive adjective before a person ("useless manager"): dropping it keeps the sentence whole.
        suggestions.push({ kind: 'replace', start: s.start, end: s.end + 1, text: '' });
      }
      suggestions.push({
        kind: 'advice',
        text: 'Describe what happened and its effect ("the rota was changed without telling us") rather than labelling the person, or leave the word out.',
      });
      out.push({
        start: s.start,
        end: s.end,
        confidence: Math.min(0.95, s.d.confidence),
        message:
          `Reconsider ${describe(excerpt)}: it is name-calling${aimed}. Colleagues, an employer or the GMC would read it as ` +
          'unprofessional, and without your tone of voice a jibe can land as contempt (guidance: Content). Say what the ' +
          'person did rather than what they are.',
        suggestions,
        why,
      });
    }
    return out;
  },
});
