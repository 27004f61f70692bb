import type { Analysis } from '../../analysis/analyse.js';
import { PerAnalysis } from '../../analysis/memo.js';
import { PERSON_NOUNS } from '../../data/discrimination.js';
import { CONDEMN_ATTACK, HUMAN_TARGETS, MEDICAL_ATTACK, PEST_CONTEXT } from '../../data/hate.js';
import { foldLeetTokens, sentenceOfTokens, quotedRanges } from '../../analysis/speech.js';
import { fastPaths } from '../../fast-path.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';

/** Shared lexicon ids (data/index.ts) and the short names this rule uses for them. */
const KINDS: ReadonlyArray<[string, string]> = [
  ['violence', 'violence'],
  ['call-to-act', 'call'],
  ['mobilise', 'mobilise'],
  ['praise', 'praise'],
  ['attack', 'attack'],
  ['dehumanising', 'dehum'],
  ['protected-group', 'group'],
  ['demeaning-predicate', 'pred'],
  ['counter-speech', 'counter'],
];

export type IncitementKind = 'call' | 'imperative' | 'phrase' | 'dehumanise' | 'glorify' | 'mobilise';

export interface Incitement {
  readonly start: number;
  readonly end: number;
  readonly kind: IncitementKind;
  /** Sentence index of the span's start. */
  readonly sentence: number;
  readonly confidence: number;
  readonly why: string[];
}

const DETERMINERS = new Set([
  'the',
  'that',
  'this',
  'those',
  'these',
  'all',
  'every',
  'each',
  'a',
  'an',
  'their',
  'his',
  'her',
  'our',
  'of',
  'em',
  'down',
  'up',
  'out',
  'whole',
  'lot',
  'bloody',
  'fucking',
  'damn',
  'few',
  'some',
  'any',
  'last',
  'local',
  'new',
]);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'noone',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "shouldn't",
  "won't",
  "wouldn't",
  "can't",
  'cannot',
  'nothing',
  "mustn't",
  'nor',
  'hardly',
  'without',
]);
const COPULA = new Set([
  'are',
  'is',
  "they're",
  "'re",
  'were',
  'was',
  'be',
  'being',
  'just',
  'all',
  'like',
  'nothing',
  'but',
  'bunch',
  'pack',
  'load',
  'lot',
  'of',
  'such',
  'complete',
  'absolute',
  'total',
  'filthy',
  'dirty',
  'disgusting',
  'bloody',
  'fucking',
  'real',
  'literally',
  'basically',
  'simply',
  'little',
  'nasty',
  'vile',
  "you're",
  'ur',
  'r',
  'these',
  'those',
  'them',
]);
const DEM_NOUNS = new Set([
  'vermin',
  'cockroaches',
  'savages',
  'subhuman',
  'subhumans',
  'scum',
  'filth',
  'animals',
  'leeches',
  'parasites',
  'rats',
]);
const GENERIC_GROUPS = new Set([
  'people',
  'they',
  "they're",
  'them',
  'these',
  'those',
  'lot',
  'immigrants',
  'migrants',
  'refugees',
  'foreigners',
  'managers',
  'politicians',
  'tories',
  'lefties',
  'protesters',
  'activists',
  'antivaxxers',
  'vaxxers',
  'mob',
  'kind',
  'sort',
  'type',
  'types',
  'men',
  'women',
  'folk',
  'folks',
]);

interface Cues {
  byKind: Map<string, LexiconHit[]>;
  groupAt: Map<number, LexiconHit>;
}

function collect(analysis: Analysis): Cues {
  const byKind = new Map<string, LexiconHit[]>(KINDS.map(([id, kind]) => [kind, [...analysis.hits(id)]]));
  const groupAt = new Map<number, LexiconHit>();
  for (const h of analysis.hits('protected-group')) {
    const prev = groupAt.get(h.tokenStart);
    if (!prev || h.tokenEnd > prev.tokenEnd) groupAt.set(h.tokenStart, h);
  }
  return { byKind, groupAt };
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.raw);

/** Does a human (or a building where people are) follow at token i, after determiners? */
function humanTargetAt(tokens: readonly Token[], cues: Cues, i: number, places: boolean): boolean {
  for (let j = i, seen = 0; j < tokens.length && seen < 4; j++, seen++) {
    const t = tokens[j] as Token;
    if (cues.groupAt.has(j)) return true;
    if (HUMAN_TARGETS.has(t.norm)) return places || !PLACE_WORDS.has(t.norm);
    if (PERSON_NOUNS.has(t.norm)) return true;
    if (DETERMINERS.has(t.norm)) continue;
    // A capitalised word mid-sentence after the verb: a person or a named place.
    return isCapitalised(t) && j > 0 && t.norm !== 'i';
  }
  return false;
}
const PLACE_WORDS = new Set([
  'boats',
  'hotel',
  'hotels',
  'house',
  'houses',
  'home',
  'homes',
  'mosque',
  'mosques',
  'synagogue',
  'synagogues',
  'church',
  'churches',
  'temple',
  'gurdwara',
  'camp',
  'camps',
  'centre',
  'clinic',
  'surgery',
  'office',
  'offices',
  'building',
  'shop',
  'shops',
  'school',
  'flat',
  'flats',
  'estate',
  'van',
  'car',
  'parliament',
  'headquarters',
  'hq',
]);

const negatedBefore = (tokens: readonly Token[], i: number, span = 2) => {
  for (let j = Math.max(0, i - span); j < i; j++) if (NEGATORS.has((tokens[j] as Token).norm)) return true;
  return false;
};

const CACHE = new PerAnalysis<Incitement[]>();

/** Every incitement cue in the draft: used by this rule and by content.discrimination (computed once per analysis). */
export function findIncitement(analysis: Analysis): Incitement[] {
  let found = CACHE.get(analysis);
  if (!found) CACHE.set(analysis, (found = scan(analysis)));
  return found;
}

/**
 * Every cue below starts from a hit of the hate, violence, dehumanising or mobilise lexicon, or an
 * attack with praise: a draft with none of them has nothing to find.
 */
function mayIncite(analysis: Analysis): boolean {
  return (
    analysis.hits('hate').length > 0 ||
    analysis.hits('violence').length > 0 ||
    analysis.hits('dehumanising').length > 0 ||
    analysis.hits('mobilise').length > 0 ||
    (analysis.hits('attack').length > 0 && analysis.hits('praise').length > 0)
  );
}

function scan(analysis: Analysis): Incitement[] {
  if (fastPaths() && !mayIncite(analysis)) return [];
  const tokens = foldLeetTokens(analysis.tokens);
  if (tokens.length === 0) return [];
  const sentOf = sentenceOfTokens(analysis);
  const cues = collect(analysis);
  const get = (k: string) => cues.byKind.get(k) ?? [];
  const out: Incitement[] = [];
  const _sentHas = (kind: string, s: number) => get(kind).some((h) => sentOf[h.tokenStart] === s);
  const counterIn = (s: number) =>
    get('counter').some((h) => sentOf[h.tokenStart] === s && h.entry.tags?.includes('counter'));
  const quoted = quotedRanges(analysis.text);
  const inQuotes = (start: number) => quoted.some(([a, b]) => start > a && start < b);
  const push = (start: number, end: number, kind: IncitementKind, confidence: number, why: string[]) =>
    out.push({ start, end, kind, sentence: analysis.sentenceAt(start), confidence, why });

  // 1. Fixed phrases of the shared lexicon.
  for (const h of analysis.hits('hate')) {
    const s = sentOf[h.tokenStart] ?? -1;
    if (negatedBefore(tokens, h.tokenStart, 3) || inQuotes(h.start) || counterIn(s)) continue;
    if (h.entry.tags?.includes('dehumanise')) {
      // "like animals" etc.: only said of people, and not "treated like animals" (a complaint about care).
      const before = tokens.slice(Math.max(0, h.tokenStart - 3), h.tokenStart).map((t) => t.norm);
      if (before.some((w) => w === 'treated' || w === 'treat' || w === 'treating' || w === 'kept' || w === 'herded'))
        continue;
      const hasGroup =
        [...cues.groupAt.keys()].some((i) => sentOf[i] === s) ||
        tokens.some((t, i) => sentOf[i] === s && i < h.tokenStart && GENERIC_GROUPS.has(t.norm));
      if (!hasGroup) continue;
      push(h.start, h.end, 'dehumanise', 0.85, ['dehumanising phrase about a group']);
    } else {
      push(h.start, h.end, 'phrase', 0.9, ['call to violence']);
    }
  }

  // 2. A call ("someone should", "let's", "should all be") followed closely by a violent act on people.
  for (const v of get('violence')) {
    const s = sentOf[v.tokenStart] ?? -1;
    const passive = v.entry.tags?.includes('passive') ?? false;
    const places = v.entry.tags?.includes('place') ?? false;
    const call = get('call').find(
      (c) => sentOf[c.tokenStart] === s && c.tokenEnd <= v.tokenStart && v.tokenStart - c.tokenEnd <= 3,
    );
    const first =
      v.tokenStart === 0 ||
      sentOf[v.tokenStart - 1] !== s ||
      (v.tokenStart <= 2 &&
        tokens
          .slice(0, v.tokenStart)
          .every((t) => ['just', 'go', 'now', 'please', 'so', 'and', 'then'].includes(t.norm)));
    const next = tokens[v.tokenEnd];
    // A wish with a past-tense verb is a call too: "(about) time someone torched that mosque", "I wish someone shot him".
    const wish = call !== undefined && WISH_CALLS.has(call.entry.phrase) && v.tokenStart === call.tokenEnd;
    if (v.entry.tags?.includes('past') && !wish) continue;
    if (passive && !wish) {
      if (!call) continue;
      const beforeVerb = (tokens[v.tokenStart - 1] as Token).norm;
      if (
        !['be', 'get', 'getting', 'got', 'all', 'them', 'em', 'him', 'her', 'just'].includes(beforeVerb) &&
        !call.entry.phrase.endsWith('be')
      )
        continue;
      if (
        next &&
        sentOf[v.tokenEnd] === s &&
        ['down', 'off', 'through', 'over'].includes(next.norm) &&
        !v.entry.phrase.includes(' ')
      )
        continue;
      if (negatedBefore(tokens, call.tokenStart, 2) || call.entry.phrase.startsWith('no')) continue;
      // The subject: people, not pests or plans ("rats should be exterminated", "the bill should be killed off").
      const head = tokens[call.tokenStart - 1];
      if (!head || sentOf[call.tokenStart - 1] !== s || NONHUMAN_SUBJECTS.has(head.norm)) continue;
      push(call.start, v.end, 'call', v.entry.phrase === 'deported' ? 0.7 : 0.85, [
        'a call for violence against people',
        `"${v.entry.phrase}"`,
      ]);
      continue;
    }
    if (!call && !first) continue;
    if (call && (negatedBefore(tokens, call.tokenStart, 2) || /^(?:no|never)/.test(call.entry.phrase))) continue;
    if (
      places &&
      v.entry.phrase === 'burn' &&
      !(next && (next.norm === 'down' || next.norm === 'them' || next.norm === 'out'))
    )
      continue;
    const strongPlace = places && STRONG_PLACE.has(v.entry.phrase);
    let obj = v.tokenEnd;
    while (obj < tokens.length && DETERMINERS.has((tokens[obj] as Token).norm)) obj++;
    const objTok = tokens[obj];
    const placeHit = strongPlace && objTok !== undefined && sentOf[obj] === s && !NONHUMAN_SUBJECTS.has(objTok.norm);
    if (!placeHit && !humanTargetAt(tokens, cues, v.tokenEnd, places)) continue;
    if (counterIn(s) && inQuotes(v.start)) continue;
    const startTok = call ?? v;
    push(startTok.start, endOfTarget(tokens, cues, v.tokenEnd, s, sentOf), call ? 'call' : 'imperative', 0.85, [
      call ? `call to act ("${call.entry.phrase}")` : 'a command',
      `violent act ("${v.entry.phrase}")`,
    ]);
  }

  // 3. Dehumanising nouns said of people ("the travellers are vermin", "these cockroaches").
  for (const d of get('dehum')) {
    const s = sentOf[d.tokenStart] ?? -1;
    const after = tokens[d.tokenEnd];
    if (after && sentOf[d.tokenEnd] === s && PEST_CONTEXT.has(after.norm) && after.norm !== 'and') continue;
    if (negatedBefore(tokens, d.tokenStart, 3) || counterIn(s) || inQuotes(d.start)) continue;
    const prev = tokens[d.tokenStart - 1];
    let subject: number | undefined;
    if (
      prev &&
      sentOf[d.tokenStart - 1] === s &&
      ['these', 'those', 'you', 'filthy', 'dirty'].includes(prev.norm) &&
      DEM_NOUNS.has(d.entry.phrase)
    ) {
      subject = d.tokenStart - 1;
    } else {
      // A group, then only linking words, then the noun.
      for (let j = d.tokenStart - 1, gap = 0; j >= 0 && sentOf[j] === s && gap < 8; j--, gap++) {
        const g = [...cues.groupAt.values()].find((h) => h.tokenEnd === j + 1);
        const t = tokens[j] as Token;
        if (g) {
          subject = g.tokenStart;
          break;
        }
        if (GENERIC_GROUPS.has(t.norm) && t.norm !== 'them' && t.norm !== 'these' && t.norm !== 'those') {
          subject = j;
          break;
        }
        if (!COPULA.has(t.norm) && !DETERMINERS.has(t.norm) && gap > 3) break;
      }
      if (subject !== undefined) {
        const between = tokens.slice(subject + 1, d.tokenStart).map((t) => t.norm);
        if (
          !between.some(
            (w) => w === 'are' || w === 'is' || w === "they're" || w === 'like' || w === 'were' || w === 'r',
          )
        )
          subject = undefined;
      }
    }
    if (subject === undefined) continue;
    push((tokens[subject] as Token).start, d.end, 'dehumanise', 0.8, [
      'a group likened to vermin, animals or disease',
      `"${d.entry.phrase}"`,
    ]);
  }

  // 4. Glorifying an attack: praise and a (non-medical) attack in the same or the next sentence.
  const attacks = get('attack').filter((a) => {
    const prev = tokens[a.tokenStart - 1];
    return (
      !(prev && MEDICAL_ATTACK.has(prev.norm)) &&
      !(a.entry.phrase.startsWith('attack') && tokens[a.tokenEnd]?.norm === 'of')
    );
  });
  if (attacks.length) {
    for (const p of get('praise')) {
      const s = sentOf[p.tokenStart] ?? -1;
      const a = attacks.find((x) => Math.abs((sentOf[x.tokenStart] ?? -9) - s) <= 1);
      if (!a) continue;
      if (negatedBefore(tokens, p.tokenStart, 3) || inQuotes(p.start)) continue;
      const sa = sentOf[a.tokenStart] ?? -1;
      const condemned = tokens.some((t, i) => (sentOf[i] === s || sentOf[i] === sa) && CONDEMN_ATTACK.has(t.norm));
      if (condemned) continue;
      const lo = Math.min(a.start, p.start);
      const hi = Math.max(a.end, p.end);
      // Report the sentence span from the first cue to the last, if they share a sentence; else the praise.
      push(sa === s ? lo : p.start, sa === s ? hi : p.end, 'glorify', 0.8, [
        'praise for an attack or attacker',
        `"${p.entry.phrase}"`,
        `"${a.entry.phrase}"`,
      ]);
      break;
    }
  }

  // 5. Mobilising calls beside hostility to a group ("time to fight back", "take to the streets").
  const mobilise = get('mobilise');
  if (mobilise.length) {
    const hostileGroup =
      out.length > 0 ||
      analysis.hits('discrimination').some((h) => h.entry.tags?.includes('slur') || h.entry.tags?.includes('fixed')) ||
      get('pred').some(
        (p) =>
          p.entry.tags?.includes('post') &&
          !inQuotes(p.start) &&
          !counterIn(sentOf[p.tokenStart] ?? -1) &&
          [...cues.groupAt.values()].some(
            (g) =>
              g.tokenEnd <= p.tokenStart &&
              p.tokenStart - g.tokenEnd <= 6 &&
              sentOf[g.tokenStart] === sentOf[p.tokenStart],
          ),
      );
    const distinct = new Set(mobilise.map((m) => m.entry.phrase));
    const groupPresent = cues.groupAt.size > 0;
    if (hostileGroup || (distinct.size >= 2 && groupPresent)) {
      for (const m of mobilise) {
        if (negatedBefore(tokens, m.tokenStart, 2)) continue;
        if (out.some((o) => o.start <= m.start && o.end >= m.end)) continue;
        push(m.start, m.end, 'mobilise', 0.7, ['a call to act beside hostility to a group', `"${m.entry.phrase}"`]);
      }
    }
  }
  return out;
}

const STRONG_PLACE = new Set([
  'torch',
  'burn down',
  'firebomb',
  'petrol bomb',
  'bomb',
  'blow up',
  'set fire to',
  'set alight',
  'torched',
  'burned down',
  'burnt down',
  'firebombed',
  'petrol bombed',
  'blew up',
]);
const WISH_CALLS = new Set(['time someone', 'about time someone', 'i wish someone', 'hope someone', 'i hope someone']);
const NONHUMAN_SUBJECTS = new Set([
  'rats',
  'mice',
  'pests',
  'wasps',
  'weeds',
  'insects',
  'vermin',
  'dogs',
  'dog',
  'cats',
  'bill',
  'policy',
  'idea',
  'plan',
  'proposal',
  'scheme',
  'myth',
  'it',
  'this',
  'that',
  'which',
  'virus',
  'notes',
  'records',
  'bug',
  'bacteria',
  'infection',
  'tumour',
  'cancer',
  'form',
  'forms',
  'system',
  'website',
  'app',
  'meeting',
  'contract',
  'qof',
  'target',
  'targets',
]);

function endOfTarget(tokens: readonly Token[], cues: Cues, i: number, s: number, sentOf: number[]): number {
  for (let j = i, seen = 0; j < tokens.length && seen < 4 && sentOf[j] === s; j++, seen++) {
    const t = tokens[j] as Token;
    const g = cues.groupAt.get(j);
    if (g) return g.end;
    if (!DETERMINERS.has(t.norm)) return t.end;
  }
  return (tokens[Math.max(0, i - 1)] as Token).end;
}

const MESSAGES: Record<IncitementKind, (x: string) => string> = {
  call: (x) =>
    `Don't send this as it stands: "${x}" calls for violence against people. Police and a judge could treat it as incitement, and the GMC as a serious conduct matter (guidance: Content). Delete it; if you are angry about an issue, say what should change instead.`,
  imperative: (x) =>
    `Don't send this as it stands: "${x}" urges violence against people. It could be treated as incitement by the police and the GMC (guidance: Content). Delete it.`,
  phrase: (x) =>
    `Don't send this as it stands: "${x}" is a call to violence or to drive people out. The police, a judge and the GMC would read it as incitement (guidance: Content). Delete it.`,
  dehumanise: (x) =>
    `Don't send this as it stands: "${x}" likens people to vermin, animals or disease, the language that stirs up hatred. Every reader, and the police, would object (guidance: Content). Remove the comparison and speak about the issue, not the people.`,
  glorify: (x) =>
    `Don't send this as it stands: "${x}" praises an attack or its perpetrator. Glorifying violence can be a criminal offence and the GMC would see it as a serious concern (guidance: Content). Delete it.`,
  mobilise: (x) =>
    `Don't send this as it stands: "${x}" urges people to act against a group you have just demeaned, which reads as incitement to hatred (guidance: Content). Delete the call and the generalisation.`,
};

export default defineRule({
  id: 'content.hate-incitement',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'],
  description: 'Incitement to hatred, violence or terrorism, or glorifying attacks.',
  rationale:
    'The Content section of the guidance warns that anything which could be read as stirring up a hate crime or terrorism draws scrutiny, and it is the one kind of post that can move straight from the GMC to the police. ' +
    'This rule looks for calls to violence or expulsion aimed at people, comparisons of people to vermin or disease, and praise for attacks or attackers, while leaving news reports, condemnation and clinical talk of killing viruses or treating parasites alone. ' +
    'Every one of the seven readers would object, and a judge most of all.',
  examples: {
    flagged: [
      'Someone should burn down that mosque.',
      'The protesters outside the clinic are vermin.',
      'Whoever stabbed that MP is a hero.',
    ],
    clean: [
      'Thoughts with everyone affected by the attack in Leeds last night. Our staff are here if you need to talk.',
      'Soap and water kills norovirus better than alcohol gel.',
      'Threadworms are parasites that spread easily in families: treat the whole household.',
      'Chest pain could be a heart attack: call 999.',
    ],
  },
  detect({ analysis }) {
    const hits: RuleHit[] = [];
    const seen: Array<[number, number]> = [];
    for (const f of [...findIncitement(analysis)].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (seen.some(([s, e]) => f.start < e && f.end > s)) continue;
      seen.push([f.start, f.end]);
      const excerpt = analysis.text.slice(f.start, f.end);
      hits.push({
        start: f.start,
        end: f.end,
        message: MESSAGES[f.kind](excerpt),
        confidence: f.confidence,
        why: f.why,
        suggestions: [
          {
            kind: 'advice',
            text: 'Delete this. If the issue matters to you, write about what should change, without targeting people.',
          },
        ],
      });
    }
    return hits;
  },
});
