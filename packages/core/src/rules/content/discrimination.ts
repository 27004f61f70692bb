import type { Analysis } from '../../analysis/analyse.js';
import { PerAnalysis } from '../../analysis/memo.js';
import {
  BURDEN,
  CHARACTERISTIC_NAMES,
  EXCLUSION,
  PERSON_NOUNS,
  WORK_NOUNS,
  type Characteristic,
} from '../../data/discrimination.js';
import { fastPaths } from '../../fast-path.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { LexiconHit } from '../../text/matcher.js';
import type { Token } from '../../text/tokens.js';
import { foldLeetTokens, quotedRanges, sentenceOfTokens } from '../../analysis/speech.js';
import { findIncitement } from './hate-incitement.js';

const CHARACTERISTICS = new Set<string>(Object.keys(CHARACTERISTIC_NAMES));
const characteristicOf = (h: LexiconHit): Characteristic | undefined =>
  h.entry.tags?.find((t) => CHARACTERISTICS.has(t)) as Characteristic | undefined;

/** Slurs in obscenity's dataset (analysis.profanity), which also sees through leet and look-alikes. */
const OBSCENITY_SLURS: Record<string, Characteristic> = {
  nigger: 'race',
  abo: 'race',
  abeed: 'race',
  africoon: 'race',
  arabush: 'race',
  boonga: 'race',
  chingchong: 'race',
  chink: 'race',
  kike: 'religion',
  dyke: 'sexual-orientation',
  fag: 'sexual-orientation',
  retard: 'disability',
  spastic: 'disability',
  tranny: 'gender-reassignment',
};
const OBSCENITY_NEEDS_DET = new Set(['chink', 'fag', 'dyke', 'abo']);

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'nor',
  'hardly',
  'rarely',
  'seldom',
  "won't",
  "can't",
  'cannot',
  "shouldn't",
  'nothing',
  'neither',
]);
const COPULAS = new Set([
  'are',
  'is',
  'were',
  'was',
  "'re",
  "they're",
  'all',
  'seem',
  'seems',
  'look',
  'looks',
  'just',
  'so',
  'being',
  'be',
  'get',
  'getting',
  'become',
  'becoming',
  'really',
  'always',
  'such',
  'r',
  'truly',
  'basically',
  'literally',
  'nothing',
  'but',
  'simply',
  'clearly',
  'obviously',
  'generally',
  'mostly',
  'usually',
  'often',
  'too',
  'very',
]);
const PRE_FILLERS = new Set([
  'the',
  'these',
  'those',
  'all',
  'bloody',
  'fucking',
  'damn',
  'of',
  'them',
  'with',
  'you',
  'our',
]);
const EMOTIVE_PRE = new Set([
  'hate',
  'despise',
  'detest',
  'loathe',
  "can't stand",
  'cannot stand',
  'sick of',
  'sick to death of',
  'fed up with',
  'fed up of',
  'had enough of',
]);
const AFTER_GROUP_VICTIM = new Set([
  'being',
  'getting',
  'having',
  'waiting',
  'treated',
  'told',
  'ignored',
  'left',
  'denied',
  'dying',
  'suffering',
  'struggling',
  'missing',
  'facing',
  'paying',
  'losing',
  'excluded',
  'abused',
  'harassed',
  'attacked',
  'bullied',
]);
const DETS = new Set([
  'a',
  'an',
  'you',
  'ya',
  'u',
  'ur',
  'your',
  'that',
  'this',
  'these',
  'those',
  'dirty',
  'filthy',
  'stupid',
  'fucking',
  'fuckin',
  'bloody',
  'little',
  'fat',
  'typical',
  'like',
  "you're",
  'youre',
  'ugly',
  'disgusting',
  'thick',
  'lazy',
  'such',
  'bunch',
  'absolute',
  'total',
  'massive',
  'some',
  'all',
]);
const HOMONYM_NEXT = new Set([
  'break',
  'breaks',
  'packet',
  'packets',
  'end',
  'ends',
  'ash',
  'of',
  'in',
  'at',
  'smoke',
  'smoker',
  'smoking',
  'was',
  'flooded',
  'wall',
  'path',
  'sapiens',
  'erectus',
  'habilis',
  'neanderthalensis',
]);
const SMOKING = new Set([
  'smoke',
  'smokes',
  'smoking',
  'smoked',
  'having',
  'have',
  'had',
  'light',
  'lit',
  'for',
  'quick',
  'roll',
  'rolled',
  'rolling',
  'cadge',
  'bum',
  'pack',
  'packet',
  'twenty',
  'ten',
  'spare',
]);
const SPASTIC_CLINICAL = new Set([
  'diplegia',
  'quadriplegia',
  'tetraplegia',
  'paraplegia',
  'hemiplegia',
  'cerebral',
  'paresis',
  'paraparesis',
  'gait',
  'colon',
  'dysphonia',
  'muscles',
  'muscle',
  'type',
  'form',
  'bladder',
  'cp',
  'hypertonia',
  'limb',
  'limbs',
]);
const SELF = new Set(["i'm", 'im', 'am', "we're", 'us', 'proud', 'fellow', 'myself', 'ourselves']);
const GENERALISERS = new Set([
  'all',
  'every',
  'typical',
  'these',
  'those',
  'always',
  'never',
  'just',
  'most',
  'them',
  'they',
]);
const COLOURS = new Set([
  'black',
  'white',
  'brown',
  'english',
  'young',
  'younger',
  'old',
  'older',
  'aged',
  'female',
  'male',
  'gay',
  'deaf',
  'blind',
  'foreign',
  'overseas',
  'ethnic',
  'irish',
  'welsh',
  'scottish',
]);
/** After a blaming predicate ("…are the reason"), a harm must follow for it to be blame rather than praise. */
const HARM_AFTER =
  /\b(?:not|no|can'?t|cannot|won'?t|don'?t|never|nothing|nobody|drown\w*|wait\w*|queues?|crisis|broken|fail\w*|struggl\w*|overwhelm\w*|short\w*|problems?|strain\w*|pressures?|costs?|debt|collaps\w*|ruin\w*|suffer\w*|worse|lost|lose|losing|stretched|burn\w*|sick|mess|chaos|crime|going under|sinking|bankrupt\w*)\b/;
/** A pronoun opening the next sentence that carries the group on ("…someone with autism? They can't cope."). */
const CARRY_PRONOUN = new Set(['they', "they're", 'theyre', 'she', "she's", 'he', "he's"]);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'nurse', 'sister', 'mx', 'cllr']);

type FindingKind = 'slur' | 'fixed' | 'generalisation' | 'exclusion' | 'incitement';

interface Found {
  start: number;
  end: number;
  kind: FindingKind;
  characteristic?: Characteristic;
  confidence: number;
  why: string[];
  quotedSlur?: boolean;
}

export interface DiscriminationContext {
  tokens: readonly Token[];
  sentOf: number[];
  groups: LexiconHit[];
  preds: LexiconHit[];
  counter: LexiconHit[];
}

/** Finds protected-group words that really name a group here ("Polish patients", not "nail polish"). */
function validGroups(tokens: readonly Token[], sentOf: number[], hits: readonly LexiconHit[]): LexiconHit[] {
  // Keep the longest hit at each start, and drop hits inside a longer one.
  const sorted = [...hits].sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const out: LexiconHit[] = [];
  for (const h of sorted) {
    if (out.some((o) => o.tokenStart <= h.tokenStart && o.tokenEnd >= h.tokenEnd)) continue;
    const tags = h.entry.tags ?? [];
    const first = tokens[h.tokenStart] as Token;
    const next = tokens[h.tokenEnd];
    const prev = tokens[h.tokenStart - 1];
    const sentenceStart = h.tokenStart === 0 || sentOf[h.tokenStart - 1] !== sentOf[h.tokenStart];
    const beforePerson = next !== undefined && PERSON_NOUNS.has(next.norm);
    if (prev && TITLES.has(prev.norm)) continue; // "Dr White", "Mrs Black"
    if (tags.includes('adj') || tags.includes('singular')) {
      const capitalised = /^\p{Lu}/u.test(first.raw) && !sentenceStart;
      if (!beforePerson && !(capitalised && !COLOURS.has(first.norm))) {
        // "every Romanian", "the Muslim": a capitalised nationality or faith after a determiner names a person.
        if (!(tags.includes('singular') && /^\p{Lu}/u.test(first.raw))) continue;
      }
    }
    out.push(h);
  }
  return out;
}

/** True when the group is the author describing themselves ("I'm a gay GP", "as a Muslim", "us trans people"). */
function selfReference(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1, k = 0; j >= 0 && k < 4; j--, k++) {
    const w = (tokens[j] as Token).norm;
    if (SELF_MARKERS.has(w)) return true;
    if (!SELF_FILLERS.has(w)) return false;
  }
  return false;
}
const SELF_MARKERS = new Set(["i'm", 'im', 'am', 'as', "we're", 'us', 'myself', 'fellow']);
const SELF_FILLERS = new Set([
  'a',
  'an',
  'proud',
  'openly',
  'also',
  'too',
  'another',
  'out',
  'and',
  'being',
  'born',
  'other',
]);

function restOfSentence(analysis: Analysis, from: number): string {
  const s = analysis.sentences[analysis.sentenceAt(from)];
  return s
    ? analysis.text
        .slice(from, s.end)
        .toLowerCase()
        .replace(/[\u2018\u2019`]/g, "'")
    : '';
}

function sentenceText(analysis: Analysis, s: number): string {
  const sent = analysis.sentences[s];
  return sent
    ? analysis.text
        .slice(sent.start, sent.end)
        .toLowerCase()
        .replace(/[\u2018\u2019`]/g, "'")
    : '';
}

const FOUND = new PerAnalysis<Found[]>();

/** Discriminatory passages in the draft, computed once per analysis (patient-disparagement reads them too). */
export function findDiscrimination(analysis: Analysis): readonly Found[] {
  let found = FOUND.get(analysis);
  if (!found) FOUND.set(analysis, (found = scanDiscrimination(analysis)));
  return found;
}

/**
 * Every finding below starts from a discrimination-lexicon hit (a slur, a fixed phrase, a context
 * group), a slur in obscenity's data, or a protected-group word: a draft with none of them has none.
 */
function mayDiscriminate(analysis: Analysis): boolean {
  return (
    analysis.hits('discrimination').length > 0 ||
    analysis.hits('protected-group').length > 0 ||
    analysis.profanity.some((m) => OBSCENITY_SLURS[m.word] !== undefined)
  );
}

function scanDiscrimination(analysis: Analysis): Found[] {
  if (fastPaths() && !mayDiscriminate(analysis)) return [];
  const tokens = foldLeetTokens(analysis.tokens);
  if (tokens.length === 0) return [];
  const sentOf = sentenceOfTokens(analysis);
  const groups = validGroups(tokens, sentOf, analysis.hits('protected-group'));
  const preds = analysis.hits('demeaning-predicate');
  const counter = analysis.hits('counter-speech');
  const quoted = quotedRanges(analysis.text);
  const inQuotes = (start: number) => quoted.some(([a, b]) => start > a && start < b);
  const condemned = (s: number) => counter.some((c) => sentOf[c.tokenStart] === s && c.entry.tags?.includes('counter'));
  const reportedBefore = (s: number, i: number) =>
    counter.some((c) => sentOf[c.tokenStart] === s && c.entry.tags?.includes('report') && c.tokenStart < i);
  const shared = analysis.hits('discrimination');
  const disclaimer = shared.some((h) => h.entry.tags?.includes('disclaimer'));
  const out: Found[] = [];

  // 1. Slurs: they fire alone, with guards for homonyms, clinical use and reclaimed self-reference.
  const slurSpans: Array<{
    start: number;
    end: number;
    tokenStart: number;
    tokenEnd: number;
    c: Characteristic | undefined;
    needsDet: boolean;
    clinical: boolean;
    word: string;
  }> = [];
  for (const h of shared) {
    const tags = h.entry.tags ?? [];
    if (!tags.includes('slur')) continue;
    slurSpans.push({
      start: h.start,
      end: h.end,
      tokenStart: h.tokenStart,
      tokenEnd: h.tokenEnd,
      c: characteristicOf(h),
      needsDet: tags.includes('needs-det'),
      clinical: tags.includes('clinical'),
      word: h.entry.phrase,
    });
  }
  for (const m of analysis.profanity) {
    const c = OBSCENITY_SLURS[m.word];
    if (!c || slurSpans.some((s) => m.start < s.end && m.end > s.start)) continue;
    const ti = tokens.findIndex((t) => t.end > m.start);
    const te = tokens.findIndex((t) => t.start >= m.end);
    slurSpans.push({
      start: m.start,
      end: m.end,
      tokenStart: Math.max(ti, 0),
      tokenEnd: te < 0 ? tokens.length : te,
      c,
      needsDet: OBSCENITY_NEEDS_DET.has(m.word),
      clinical: m.word === 'spastic',
      word: m.word,
    });
  }
  for (const sl of slurSpans) {
    const prev = tokens[sl.tokenStart - 1];
    const prev2 = tokens[sl.tokenStart - 2];
    const next = tokens[sl.tokenEnd];
    const s = sentOf[sl.tokenStart] ?? -1;
    if (sl.clinical && next && SPASTIC_CLINICAL.has(next.norm)) continue;
    if (sl.word.startsWith('retard') && prev && ['growth', 'psychomotor', 'flame', 'fire'].includes(prev.norm))
      continue;
    if (sl.needsDet) {
      if (next && HOMONYM_NEXT.has(next.norm)) continue;
      const smoking = tokens
        .slice(Math.max(0, sl.tokenStart - 3), sl.tokenStart)
        .some((t) => SMOKING.has(t.norm) || t.kind === 'number');
      if (smoking && /^fag/.test(sl.word)) continue;
      const detBefore = prev !== undefined && DETS.has(prev.norm) && sentOf[sl.tokenStart - 1] === s;
      const swearBefore =
        prev !== undefined && analysis.profanity.some((p) => p.start >= prev.start && p.end <= prev.end);
      const generalised = preds.some(
        (p) => p.tokenStart >= sl.tokenEnd && p.tokenStart - sl.tokenEnd <= 3 && p.entry.tags?.includes('post'),
      );
      if (!detBefore && !swearBefore && !generalised) continue;
    }
    // Reclaimed in self-reference: "I'm a proud dyke", "us queers".
    if (
      prev &&
      (SELF.has(prev.norm) || (prev2 && SELF.has(prev2.norm) && (prev.norm === 'a' || prev.norm === 'proud')))
    )
      continue;
    const quotedCounter =
      (inQuotes(sl.start) || reportedBefore(s, sl.tokenStart)) && (condemned(s) || reportedBefore(s, sl.tokenStart));
    out.push({
      start: sl.start,
      end: sl.end,
      kind: 'slur',
      ...(sl.c ? { characteristic: sl.c } : {}),
      confidence: quotedCounter ? 0.4 : sl.needsDet ? 0.8 : 0.95,
      why: ['slur', ...(quotedCounter ? ['quoted to condemn it'] : [])],
      quotedSlur: quotedCounter,
    });
  }

  // 2. Fixed demeaning phrases ("trans women aren't real women", "go back where you came from").
  for (const h of shared) {
    if (!h.entry.tags?.includes('fixed')) continue;
    const s = sentOf[h.tokenStart] ?? -1;
    if (inQuotes(h.start) || condemned(s) || reportedBefore(s, h.tokenStart)) continue;
    const prev = tokens[h.tokenStart - 1];
    if (prev && NEGATORS.has(prev.norm)) continue;
    out.push({
      start: h.start,
      end: h.end,
      kind: 'fixed',
      ...(characteristicOf(h) ? { characteristic: characteristicOf(h) as Characteristic } : {}),
      confidence: (h.entry.weight ?? 1) >= 0.8 ? 0.85 : 0.65,
      why: ['demeaning stock phrase'],
    });
  }

  // 3. A group and a demeaning predicate in one sentence ("Polish patients always exaggerate").
  const insults = analysis.hits('insult');
  const swearTokens = new Set<number>();
  for (const p of analysis.profanity) {
    const i = tokens.findIndex((t) => t.start <= p.start && t.end >= p.end);
    if (i >= 0) swearTokens.add(i);
  }
  const doneSentences = new Set<number>();
  for (const g of groups) {
    const s = sentOf[g.tokenStart] ?? -1;
    if (doneSentences.has(s) || g.entry.tags?.includes('place')) continue;
    if (selfReference(tokens, g.tokenStart) || condemned(s) || reportedBefore(s, g.tokenStart) || inQuotes(g.start))
      continue;
    const prevTok = tokens[g.tokenStart - 1];
    if (
      prevTok &&
      sentOf[g.tokenStart - 1] === s &&
      [
        'for',
        'to',
        'with',
        'among',
        'amongst',
        'against',
        'towards',
        'toward',
        'about',
        'at',
        'by',
        'on',
        'from',
        'between',
        'like',
      ].includes(prevTok.norm)
    ) {
      // A group as the object of a preposition is seldom the subject of a put-down ("vaccines for pregnant women").
      if (
        !preds.some(
          (p) => p.entry.tags?.includes('pre') && p.tokenEnd <= g.tokenStart && g.tokenStart - p.tokenEnd <= 2,
        )
      )
        continue;
    }
    const notAll = tokens
      .slice(Math.max(0, g.tokenStart - 3), g.tokenStart)
      .some((t, k, arr) => t.norm === 'not' && arr[k + 1]?.norm === 'all');
    if (notAll) continue;
    let best: { p: { start: number; end: number }; conf: number; why: string } | undefined;
    const consider = (start: number, end: number, conf: number, why: string) => {
      if (!best || conf > best.conf) best = { p: { start, end }, conf, why };
    };
    for (const p of preds) {
      if (sentOf[p.tokenStart] !== s || inQuotes(p.start)) continue;
      const tags = p.entry.tags ?? [];
      if (tags.includes('pre')) {
        if (p.tokenEnd > g.tokenStart || g.tokenStart - p.tokenEnd > 2) continue;
        if (!tokens.slice(p.tokenEnd, g.tokenStart).every((t) => PRE_FILLERS.has(t.norm))) continue;
        const emotive = EMOTIVE_PRE.has(p.entry.phrase);
        if (emotive) {
          const after = tokens[g.tokenEnd];
          if (after && sentOf[g.tokenEnd] === s && AFTER_GROUP_VICTIM.has(after.norm)) continue;
          const before = tokens[p.tokenStart - 1];
          if (before && ['who', 'that', 'to', 'people', 'anyone', 'men', 'those'].includes(before.norm)) continue;
        }
        consider(p.start, g.end, emotive ? 0.7 : 0.8, `"${p.entry.phrase}" before a group`);
        continue;
      }
      if (p.tokenStart < g.tokenEnd) continue;
      const gap = tokens.slice(g.tokenEnd, p.tokenStart);
      const neg = tags.includes('neg');
      const verb = tags.includes('verb');
      const limit = verb ? 10 : 6;
      if (gap.length > limit) continue;
      if (!neg && gap.some((t) => NEGATORS.has(t.norm))) continue;
      if (!verb && !neg && gap.length > 0 && !gap.some((t) => COPULAS.has(t.norm))) continue;
      // Another group between: the predicate belongs to it.
      if (groups.some((o) => o !== g && o.tokenStart >= g.tokenEnd && o.tokenEnd <= p.tokenStart)) continue;
      if (tags.includes('blame') && !HARM_AFTER.test(restOfSentence(analysis, p.end))) continue;
      const generalised = tokens.slice(Math.max(0, g.tokenStart - 2), p.tokenEnd).some((t) => GENERALISERS.has(t.norm));
      consider(g.start, p.end, generalised ? 0.9 : 0.8, `"${p.entry.phrase}" said of a group`);
    }
    // The group carried into the next sentence by a pronoun: "Why are we employing someone with autism? They can't cope."
    const nextStart = tokens.findIndex((_t, i) => i >= g.tokenEnd && sentOf[i] === s + 1);
    const pron = nextStart >= 0 ? tokens[nextStart] : undefined;
    if (!best && pron && CARRY_PRONOUN.has(pron.norm) && !condemned(s + 1)) {
      for (const p of preds) {
        const tags = p.entry.tags ?? [];
        if (sentOf[p.tokenStart] !== s + 1 || tags.includes('pre') || tags.includes('blame') || inQuotes(p.start))
          continue;
        const gap = tokens.slice(nextStart + 1, p.tokenStart);
        if (p.tokenStart <= nextStart || gap.length > 3) continue;
        if (!tags.includes('neg') && gap.some((t) => NEGATORS.has(t.norm))) continue;
        if (!tags.includes('verb') && !tags.includes('neg') && gap.length > 0 && !gap.some((t) => COPULAS.has(t.norm)))
          continue;
        consider(g.start, p.end, 0.75, `"${p.entry.phrase}" said of a group (carried by "${pron.norm}")`);
      }
    }
    // Insults (shared insult lexicon) and swearing as predicates: "women are idiots", "fucking immigrants".
    for (const h of insults) {
      if (sentOf[h.tokenStart] !== s || inQuotes(h.start)) continue;
      if (h.tokenStart >= g.tokenEnd) {
        const gap = tokens.slice(g.tokenEnd, h.tokenStart);
        if (gap.length <= 4 && gap.some((t) => COPULAS.has(t.norm)) && !gap.some((t) => NEGATORS.has(t.norm)))
          consider(g.start, h.end, 0.8, 'an insult said of a group');
      } else if (h.tokenEnd <= g.tokenStart && g.tokenStart - h.tokenEnd <= 1) {
        consider(h.start, g.end, 0.75, 'an insult before a group');
      }
    }
    const before = g.tokenStart - 1;
    if (swearTokens.has(before) && sentOf[before] === s)
      consider((tokens[before] as Token).start, g.end, 0.75, 'swearing at a group');
    if (best) {
      const b = best as { p: { start: number; end: number }; conf: number; why: string };
      doneSentences.add(s);
      out.push({
        start: b.p.start,
        end: b.p.end,
        kind: 'generalisation',
        ...(characteristicOf(g) ? { characteristic: characteristicOf(g) as Characteristic } : {}),
        confidence: Math.min(0.95, b.conf + (disclaimer ? 0.05 : 0)),
        why: [b.why, ...(disclaimer ? ['"I\'m not racist but" disclaimer'] : [])],
      });
    }
  }

  // 4. Exclusion from work or care for a protected characteristic ("don't hire her, she's pregnant").
  const contextGroups = [...groups, ...shared.filter((h) => h.entry.tags?.includes('fixed-context'))];
  for (let s = 0; s < analysis.sentences.length; s++) {
    if (doneSentences.has(s)) continue;
    const text = sentenceText(analysis, s);
    const excl = EXCLUSION.exec(text);
    const burden = BURDEN.exec(text);
    if (!excl && !burden) continue;
    const win = (i: number) => {
      const t = sentOf[i] ?? -9;
      return t >= s - 1 && t <= s + 1;
    };
    const g = contextGroups.find(
      (h) => win(h.tokenStart) && !selfReference(tokens, h.tokenStart) && !h.entry.tags?.includes('place'),
    );
    if (!g) continue;
    const work = tokens.some((t, i) => win(i) && WORK_NOUNS.has(t.norm));
    if (!work) continue;
    if ([s - 1, s, s + 1].some((x) => condemned(x))) continue;
    const sent = analysis.sentences[s] as { start: number; end: number };
    out.push({
      start: sent.start,
      end: sent.end,
      kind: 'exclusion',
      ...(characteristicOf(g) ? { characteristic: characteristicOf(g) as Characteristic } : {}),
      confidence: excl && burden ? 0.85 : 0.7,
      why: [
        excl ? 'excludes from work or care' : 'treats a protected characteristic as a burden',
        `group: "${g.entry.phrase}"`,
      ],
    });
    doneSentences.add(s);
  }

  // 5. Incitement aimed at a protected group is also discrimination.
  for (const inc of findIncitement(analysis)) {
    if (inc.kind === 'glorify') continue;
    const g = groups.find((h) => sentOf[h.tokenStart] === inc.sentence);
    if (!g || doneSentences.has(inc.sentence)) continue;
    doneSentences.add(inc.sentence);
    const lo = Math.min(g.start, inc.start);
    const hi = Math.max(g.end, inc.end);
    out.push({
      start: lo,
      end: hi,
      kind: 'incitement',
      ...(characteristicOf(g) ? { characteristic: characteristicOf(g) as Characteristic } : {}),
      confidence: 0.85,
      why: ['hostility or violence aimed at a protected group', `group: "${g.entry.phrase}"`],
    });
  }
  return out;
}

function message(f: Found, excerpt: string): string {
  const what = f.characteristic ? CHARACTERISTIC_NAMES[f.characteristic] : 'a protected characteristic';
  switch (f.kind) {
    case 'slur':
      return f.quotedSlur
        ? `Consider not spelling out "${excerpt}" even when you quote it to condemn it: readers see the word before the point (guidance: Content). Write "a racist slur" or "the word" instead.`
        : `Don't send this as it stands: "${excerpt}" is a slur about ${what}. Patients, colleagues, your employer and the GMC would all read it as discriminatory (guidance: Content). Remove it.`;
    case 'exclusion':
      return `Don't send this as it stands: it proposes treating someone differently at work or in care because of ${what}, which the Equality Act 2010 forbids, and an employer, the GMC or a tribunal judge could rely on it (guidance: Content). Base the decision on the job or the clinical need only.`;
    case 'incitement':
      return `Don't send this as it stands: "${excerpt}" aims hostility at people for their ${what}. Every reader, the police included, would object (guidance: Content). Delete it.`;
    default:
      return `Don't send this as it stands: "${excerpt}" demeans people for their ${what}, a protected characteristic under the Equality Act 2010. Patients, colleagues, your employer and the GMC would read it as discriminatory (guidance: Content). Talk about the specific issue, not the group.`;
  }
}

export default defineRule({
  id: 'content.discrimination',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'],
  description: 'Demeaning people for a protected characteristic, slurs and sweeping generalisations.',
  rationale:
    "The Content section of the guidance names discrimination among the legal pitfalls of posting, and reminds us that a doctor's words carry the weight of the profession. " +
    "A slur, a sweeping claim about people of one sex, age, faith, race, orientation or disability, or a suggestion to treat a colleague or patient worse because of one of the nine protected characteristics of the Equality Act 2010 can lose a patient's trust, breach an employer's duties and bring a GMC referral. " +
    'The rule needs a group and a put-down together, so clinical facts about groups, identity statements and posts that challenge prejudice stay clean.',
  examples: {
    flagged: [
      "Typical woman, can't make a decision without crying about it.",
      'Muslims are all the same, they never integrate.',
      "Don't hire women of childbearing age, they'll be off on maternity leave in a year.",
      'Stop being such a retard about the rota.',
    ],
    clean: [
      'Women over 50 are invited for breast screening every three years.',
      'South Asian people have a higher risk of type 2 diabetes: ask us about a check.',
      "I'm a gay GP and proud to be part of Pride month in Leeds.",
      'Racism in the NHS must end. Our EDI training for all staff starts next month.',
    ],
  },
  detect({ analysis }) {
    const found = [...findDiscrimination(analysis)].sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: RuleHit[] = [];
    const taken: Array<[number, number]> = [];
    for (const f of found) {
      if (taken.some(([s, e]) => f.start < e && f.end > s)) continue;
      taken.push([f.start, f.end]);
      const excerpt = analysis.text.slice(f.start, f.end);
      hits.push({
        start: f.start,
        end: f.end,
        message: message(f, excerpt),
        confidence: f.confidence,
        why: f.why,
        suggestions:
          f.kind === 'slur' && !f.quotedSlur
            ? [{ kind: 'replace', start: f.start, end: f.end, text: '[removed]' }]
            : [
                {
                  kind: 'advice',
                  text: 'Rewrite without the generalisation: describe the specific behaviour or issue, not a group of people.',
                },
              ],
      });
    }
    return hits;
  },
});
