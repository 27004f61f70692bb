import type { Analysis } from '../../analysis/analyse.js';
import { disjoint, isCommunity, namedInOwnWords, spanOf } from '../../analysis/meaning/hostile.js';
import type { Act } from '../../analysis/meaning/types.js';
import {
  ATTACK_PRAISED_OTHERS,
  CARRIED_SUBJECTS,
  NOT_AN_ATTACK_AFTER,
  NOT_AN_ATTACK_BEFORE,
} from '../../data/taxonomy/acts.js';
import { PAST_TIME_WORDS, PERSON_NOUNS } from '../../data/taxonomy/grammar.js';
import { modelAlone, withModel } from '../../analysis/score.js';
import { IRREGULAR_FORMS } from '../../data/taxonomy/irregular-verbs.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { firstTokenAtOrAfter } from '../../text/tokens.js';

/*
 * content.hate-incitement: violence or harm urged, wished or promised against a community (a group by
 * a protected characteristic, a political camp, protesters, or a place of theirs), and praise of an
 * attack on people or of its perpetrator. All readings come from the meaning layer: the act and its
 * target, who is to do it (the author, others urged, someone in a report), whether it is negated,
 * and whether the words are reported, quoted to condemn or part of the news.
 */

type Kind = 'violence' | 'harm' | 'expel' | 'dehumanise' | 'glorify';

interface Found {
  start: number;
  end: number;
  kind: Kind;
  confidence: number;
  why: string[];
}

/** Violence or harm aimed at a group of people or a place of theirs, urged, wished or intended by the author. */
function urgedAgainstCommunity(act: Act): Kind | undefined {
  const t = act.target;
  if (
    !t ||
    (t.kind !== 'group' && t.kind !== 'place') ||
    act.negated ||
    (act.stance !== 'own' && act.stance !== 'quoted')
  )
    return undefined;
  const called =
    act.agent === 'author' || act.agent === 'urged' || act.modality.has('wish') || act.modality.has('call');
  switch (act.kind) {
    case 'violence':
      return called ? 'violence' : undefined;
    case 'harm':
      return act.modality.has('wish') || act.agent === 'urged' ? 'harm' : undefined;
    case 'exclusion':
      // Expelling a whole people, urged: "deport the lot of them", "send them all back".
      return called && act.sweeping && isCommunity(t) ? 'expel' : undefined;
    case 'dehumanise':
      // Vermin, parasites, a plague: the language that stirs up hatred of a people (Public Order Act 1986 Part 3).
      return isCommunity(t) && act.entry.tags?.[1] === 'noun' ? 'dehumanise' : undefined;
    default:
      return undefined;
  }
}

interface Attack {
  start: number;
  end: number;
  sentence: number;
  named: boolean;
  /** Writings or footage ("the manifesto"): an attack only beside a named one. */
  record: boolean;
}

/** The words strictly between two spans, as tokens' normal forms. */
function wordsBetween(a: Analysis, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = firstTokenAtOrAfter(a.tokens, from); i < a.tokens.length && a.tokens[i]!.end <= to; i++) {
    out.push(a.tokens[i]!.norm);
  }
  return out;
}

/** "not …", "no …", "not a …" right before: "deserves a medal, not a prison sentence". */
function wavedAway(before: readonly string[]): boolean {
  const no = (w: string | undefined) => w === 'not' || w === 'no';
  const [third, second, first] = [undefined, undefined, undefined, ...before].slice(-3);
  return no(first) || no(second) || (no(third) && (second === 'a' || second === 'an'));
}

/**
 * The news stance's words in each sentence (reporting, mourning, remembering: "thoughts with",
 * "horrific", "got life", "victims"), leaving out justice waved away ("deserves a medal, not a prison
 * sentence"); two a sentence are enough to answer `sympathyOrJustice`. Found once a draft.
 */
type NewsBySentence = ReadonlyMap<number, ReadonlyArray<{ start: number; end: number }>>;

function newsBySentence(a: Analysis): NewsBySentence {
  const out = new Map<number, Array<{ start: number; end: number }>>();
  for (const h of a.hits('stance-news')) {
    const s = a.sentenceAt(h.start);
    const seen = out.get(s) ?? [];
    if (seen.length >= 2 || wavedAway(wordsBetween(a, Math.max(0, h.start - 32), h.start).slice(-3))) continue;
    seen.push(h);
    out.set(s, seen);
  }
  return out;
}

/** The sentence at `offset` reports, mourns or remembers, in words outside `[from, to)` themselves. */
function sympathyOrJustice(a: Analysis, news: NewsBySentence, offset: number, from = offset, to = offset): boolean {
  return (news.get(a.sentenceAt(offset)) ?? []).some((h) => h.end <= from || h.start >= to);
}

/**
 * Praise of an attack or an attacker, in the author's voice: in the same sentence, or in the next
 * when that one opens by carrying it ("…the Christchurch shooter. He was a hero") or is the praise
 * alone ("…saved more lives than any doctor. Hero."). Not praise given to someone between them ("well done to the staff who treated the Southport victims"), not a sentence of
 * sympathy or of the attacker punished, and not a recommendation to read something unless it is an
 * attacker's record beside a named attack.
 */
function glorification(a: Analysis, attacks: readonly Attack[], news: NewsBySentence): Found[] {
  const out: Found[] = [];
  const sorted = [...attacks].sort((x, y) => x.start - y.start);
  const namedSentences = new Set(attacks.filter((x) => x.named).map((x) => x.sentence));
  for (const act of a.meaning.acts) {
    if (act.kind !== 'glorify' || act.negated || act.stance !== 'own' || act.modality.has('question')) continue;
    const s = a.sentenceAt(act.start);
    const sentence = a.sentences[s];
    const opening = sentence ? a.tokens[firstTokenAtOrAfter(a.tokens, sentence.start)]?.norm : undefined;
    // A sentence of praise alone ("Hero.", "Legend, honestly.") says it of what came just before.
    const alone =
      !!sentence && firstTokenAtOrAfter(a.tokens, sentence.end) - firstTokenAtOrAfter(a.tokens, sentence.start) <= 3;
    const carried = alone || (!!opening && CARRIED_SUBJECTS.has(opening));
    if (sympathyOrJustice(a, news, act.start, act.start, act.end)) continue;
    const share = act.entry.tags?.includes('share') ?? false;
    // Praise is beside an attack: the nearest one named before it, or after it.
    const next = firstAttackAtOrAfter(sorted, act.end);
    // Before it, the widest of the names that overlap there ("Christchurch shooter" over "shooter").
    let before = next - 1;
    for (let k = next - 2; k >= 0 && sorted[k]!.end > sorted[before]!.start; k--) before = k;
    const beside = [sorted[before], sorted[next]].filter((x): x is Attack => x !== undefined);
    const attack = beside.find((x) => {
      const here = x.sentence === s || (x.sentence === s - 1 && carried);
      if (!here || !(x.end <= act.start || x.start >= act.end)) return false;
      if (x.record && ![x.sentence - 1, x.sentence, x.sentence + 1].some((n) => namedSentences.has(n))) return false;
      if (share && !x.record && !x.named) return false;
      if (x.sentence !== s) return true;
      const between = x.end <= act.start ? wordsBetween(a, x.end, act.start) : wordsBetween(a, act.end, x.start);
      // Someone between them is praised instead, unless they are the attacker: "the lad who punched…".
      return !between.some(
        (w, i) =>
          (ATTACK_PRAISED_OTHERS.has(w) || PERSON_NOUNS.has(w)) &&
          !(x.start >= act.end && (between[i + 1] === 'who' || between[i + 1] === 'that') && i + 2 >= between.length),
      );
    });
    if (!attack) continue;
    out.push({
      start: Math.min(act.start, attack.start),
      end: Math.max(act.end, attack.end),
      kind: 'glorify',
      confidence: attack.named ? 0.9 : 0.8,
      why: [`praise ("${act.entry.phrase}") of an attack or attacker`],
    });
  }
  return out;
}

/** The index of the first attack (sorted by start) starting at or after `offset`. */
function firstAttackAtOrAfter(sorted: readonly Attack[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Attacks named in the draft, leaving out an illness or an everyday sense of the word ("asthma attack", "killing me"). */
function attacksIn(a: Analysis): Attack[] {
  const word = (i: number) => a.tokens[i]?.norm ?? '';
  const index = (offset: number) => firstTokenAtOrAfter(a.tokens, offset);
  return [
    ...a
      .hits('act-attack-event')
      .filter((h) => {
        if (h.entry.tags?.includes('named')) return true;
        const first = index(h.start);
        const after = index(h.end);
        return !NOT_AN_ATTACK_BEFORE.has(word(first - 1)) && !NOT_AN_ATTACK_AFTER.has(word(after));
      })
      .map((h) => ({
        start: h.start,
        end: h.end,
        sentence: a.sentenceAt(h.start),
        named: h.entry.tags?.includes('named') ?? false,
        record: h.entry.tags?.includes('record') ?? false,
      })),
    // Violence reported as done by someone ("whoever stabbed that MP").
    ...a.meaning.acts
      .filter((x) => x.kind === 'violence' && x.agent === 'other' && x.target !== undefined && x.target.kind !== 'self')
      .map((x) => ({ start: x.start, end: x.end, sentence: a.sentenceAt(x.start), named: false, record: false })),
  ];
}

/** A year, read as a date ("in 2017"). */
const YEAR = /^(1[89]|20)\d\d$/;
/** How many words either side of the act the date may stand. */
const DATE_REACH = 20;

/**
 * Violence named in a sentence that dates it in the past, with no wish, call or intent: news of an
 * event ("an attack in Manchester killed 22 people in 2017"), not a call for one.
 */
function datedReport(a: Analysis, x: Act): boolean {
  if (x.modality.size > 0 || x.kind === 'glorify') return false;
  const sentence = a.sentences[a.sentenceAt(x.start)];
  if (!sentence) return false;
  // Words near the act only, so a wall of text with no full stop stays linear.
  const from = Math.max(0, x.tokenStart - DATE_REACH);
  const to = Math.min(a.tokens.length, x.tokenEnd + DATE_REACH);
  for (let k = from; k < to; k++) {
    const t = a.tokens[k];
    if (t && t.start >= sentence.start && t.end <= sentence.end && (YEAR.test(t.norm) || PAST_TIME_WORDS.has(t.norm)))
      return true;
  }
  return false;
}

const PERPETRATOR_RELATIVES = new Set(['whoever', 'who', 'that', 'whomever']);

/**
 * "The Nazis gassed millions": violence that someone else did, told with no wish, call or intent and no
 * praise, is history or news, not a call the model may complete.
 */
function toldOfOthers(a: Analysis, x: Act): boolean {
  if (x.kind === 'glorify' || x.modality.size > 0 || x.agent === 'author' || x.agent === 'urged') return false;
  // "Whoever stabbed that doctor did the world a favour": the act describes the attacker, and what the
  // sentence says of them (praise, here) is what the model reads.
  if (PERPETRATOR_RELATIVES.has(a.tokens[x.tokenStart - 1]?.norm ?? '')) return false;
  const verb = x.written.split(' ')[0] ?? '';
  return x.agent === 'other' || verb.endsWith('ed') || IRREGULAR_FORMS[verb] !== undefined;
}

/** Violence, harm or an attack spoken of in the author's own words and not dated news: the part the model completes. */
function violenceNamed(a: Analysis, news: NewsBySentence): Array<{ start: number; end: number; why: string }> {
  // An attack named as an event and mourned or condemned ("the Southport attack was horrific") calls for nothing.
  const events = [...a.hits('act-attack-event')].sort((x, y) => x.start - y.start);
  const namesEvent = (x: Act) => {
    // The one that may overlap is the last to start before the act's end.
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (events[mid]!.start < x.end) lo = mid + 1;
      else hi = mid;
    }
    const h = events[lo - 1];
    return !!h && h.end > x.start;
  };
  return a.meaning.acts
    .filter(
      (x) =>
        (x.kind === 'glorify' || x.kind === 'violence' || x.kind === 'harm') &&
        !(x.kind === 'glorify' && sympathyOrJustice(a, news, x.start, x.start, x.end)) &&
        !(x.kind !== 'glorify' && namesEvent(x) && sympathyOrJustice(a, news, x.start)) &&
        !datedReport(a, x) &&
        !toldOfOthers(a, x) &&
        x.stance === 'own' &&
        !x.negated,
    )
    .map((x) => ({ start: x.start, end: x.end, why: `${x.kind}: "${x.entry.phrase}"` }));
}

const MESSAGES: Record<Kind, (x: string) => string> = {
  violence: (x) =>
    `Don't send this as it stands: "${x}" calls for violence against people for who they are or what they stand for. Police and a judge could treat it as incitement, and the GMC as a serious conduct matter (guidance: Content). Delete it; if you are angry about an issue, say what should change instead.`,
  harm: (x) =>
    `Don't send this as it stands: "${x}" wishes harm on a whole group of people. Every reader, the police included, would read it as stirring up hatred (guidance: Content). Delete it.`,
  expel: (x) =>
    `Don't send this as it stands: "${x}" calls for a whole people to be driven out. The police, a judge and the GMC would read it as stirring up hatred (guidance: Content). Delete it; argue about policy without targeting people for who they are.`,
  dehumanise: (x) =>
    `Don't send this as it stands: "${x}" likens a whole people to vermin, animals or disease, the language that stirs up hatred. Every reader, and the police, would object (guidance: Content). Remove the comparison and speak about the issue, not the people.`,
  glorify: (x) =>
    `Don't send this as it stands: "${x}" praises an attack or its perpetrator. Glorifying violence can be a criminal offence and the GMC would see it as a serious concern (guidance: Content). Delete it.`,
};

export default defineRule({
  id: 'content.hate-incitement',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'colleague', 'employer', 'nhs-england', 'gmc', 'police', 'judge'],
  description: 'Incitement to hatred, violence or terrorism, and glorifying attacks.',
  rationale:
    'The Content section of the guidance warns that posts which could be read as incitement to a hate crime or to terrorism draw scrutiny. ' +
    'Urging or wishing violence on people for their faith, race, politics or protest, or praising an attack and its perpetrator, can be an offence under the Public Order Act 1986 and the Terrorism Act 2006, whatever the author meant, and no regulator will read it as a joke. ' +
    'News of an attack, sympathy for its victims, and posts that quote hatred in order to condemn it are not incitement.',
  examples: {
    flagged: [
      'Someone should burn down that mosque.',
      'Whoever stabbed that MP is a hero.',
      'Immigrants should all be shot.',
      'I hope every one of those protesters gets run over.',
    ],
    clean: [
      'Thoughts with everyone affected by the attack in Leeds last night. Our staff are here if you need to talk.',
      'Soap and water kills norovirus better than alcohol gel.',
      'Threadworms are parasites that spread easily in families: treat the whole household.',
      'Chest pain could be a heart attack: call 999.',
      'Two men were arrested after a mosque was attacked in Bolton; police are treating it as a hate crime.',
    ],
  },
  gate: ({ analysis: a }) =>
    a.meaning.acts.some((x) => x.kind === 'violence') ||
    a.hits('act-violence').length +
      a.hits('act-harm').length +
      a.hits('act-glorify').length +
      a.hits('act-dehumanise').length +
      a.hits('act-exclusion').length >
      0 ||
    modelAlone(a, 'content.hate-incitement', () => a.meaning.targets.some(isCommunity)),
  detect({ analysis: a }) {
    const found: Found[] = [];
    for (const act of a.meaning.acts) {
      const kind = urgedAgainstCommunity(act);
      if (!kind) continue;
      found.push({
        ...spanOf(act),
        kind,
        confidence: act.stance === 'quoted' ? 0.7 : act.agent === 'urged' || act.modality.has('call') ? 0.9 : 0.85,
        why: [
          `${act.kind} aimed at ${act.target?.label}`,
          ...act.cues,
          ...(act.modality.has('joke') ? ['joke marker: does not remove it'] : []),
        ],
      });
    }
    const attacks = attacksIn(a);
    const news = newsBySentence(a);
    if (attacks.length > 0) found.push(...glorification(a, attacks, news));
    const hits = disjoint(found).map(
      (f): RuleHit => ({
        start: f.start,
        end: f.end,
        message: MESSAGES[f.kind](a.text.slice(f.start, f.end)),
        confidence: f.confidence,
        why: f.why,
        suggestions: [
          {
            kind: 'advice',
            text: 'Delete it. If there is a real concern behind it, say what should change, without urging harm on anyone.',
          },
        ],
      }),
    );
    return withModel(
      a,
      'content.hate-incitement',
      hits,
      (excerpt) => ({
        message: MESSAGES.violence(excerpt),
        suggestions: [
          {
            kind: 'advice',
            text: 'Delete it. If there is a real concern behind it, say what should change, without urging harm on anyone.',
          },
        ],
      }),
      [...violenceNamed(a, news), ...namedInOwnWords(a.meaning, isCommunity)],
    );
  },
});
