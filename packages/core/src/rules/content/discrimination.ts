import { type Characteristic, CHARACTERISTIC_NAMES } from '../../data/discrimination.js';
import { POSITIVE_WORDS } from '../../data/emotion.js';
import { COPULAS, HEDGES, NEGATABLE_SWEEPS, NEGATORS, PEOPLE_AT_LARGE } from '../../data/taxonomy/grammar.js';
import {
  HOSTILE_KINDS,
  PROTECTED,
  calledFor,
  disjoint,
  isProtected,
  ownAndAffirmed,
  selfDescribed,
  spanOf,
} from '../../analysis/meaning/hostile.js';
import { identityHostility } from '../../analysis/meaning/identity.js';
import { codedGroups, insinuations } from '../../analysis/meaning/insinuation.js';
import type { Act, ActKind, GroupClass, Target } from '../../analysis/meaning/types.js';
import type { Analysis } from '../../analysis/analyse.js';
import { findSlurs } from '../../analysis/signals/slurs.js';
import { PerAnalysis } from '../../analysis/memo.js';
import { modelAlone, type PartialReading, withModel } from '../../analysis/score.js';
import { defineRule, type RuleHit } from '../../rule.js';

/*
 * content.discrimination: a group defined by a protected characteristic, and something hostile said
 * of it or done to it, in the author's own voice. Every reading comes from the meaning layer: the group
 * (analysis/meaning/targets.ts), the act bound to it and whether it is negated, asked, reported or
 * countered (analysis/meaning/read.ts). Slurs come from analysis/signals/slurs.ts.
 */

/** Acts that demean a group when said of it, with how sure each is and what it is. */
const DEMEANING: Partial<Record<ActKind, { confidence: number; what: string }>> = {
  dehumanise: { confidence: 0.9, what: 'likens people to vermin, disease or animals for their' },
  insult: { confidence: 0.85, what: 'calls people names for their' },
  contempt: { confidence: 0.8, what: 'demeans people for their' },
  crime: { confidence: 0.8, what: 'pins crime or dirt on people for their' },
  inferiority: { confidence: 0.8, what: 'calls people lesser or unfit for their' },
  exclusion: { confidence: 0.85, what: 'would exclude or expel people for their' },
  emotion: { confidence: 0.85, what: 'voices hatred of people for their' },
  conspiracy: { confidence: 0.8, what: 'repeats a conspiracy trope about people for their' },
  violence: { confidence: 0.9, what: 'calls for violence against people for their' },
  harm: { confidence: 0.85, what: 'wishes harm on people for their' },
  positive: { confidence: 0.75, what: 'denies respect or worth to people for their' },
  // Derision of patients, aimed at patients named by a characteristic ("deaf patients are a waste of a slot"):
  // its lexicon holds weak words too, so the model may overrule it.
  patient: { confidence: 0.7, what: 'derides patients for their' },
};

interface Found {
  start: number;
  end: number;
  confidence: number;
  characteristic?: Characteristic;
  what: string;
  why: string[];
  slur?: boolean;
}

/** Is this act, as the clause puts it, hostile to the group it is aimed at? */
function hostile(act: Act, tokens: Parameters<typeof selfDescribed>[0]): boolean {
  const t = act.target;
  if (!t || !isProtected(t) || selfDescribed(tokens, t)) return false;
  if (act.stance !== 'own' && act.stance !== 'quoted') return false;
  const form = act.entry.tags?.[1];
  switch (act.kind) {
    case 'positive':
      // Denied respect, trust or worth ("I don't respect…", "…are not human").
      return act.negated;
    case 'violence':
    case 'harm':
      return !act.negated && calledFor(act);
    case 'emotion':
      // The author's hatred ("I hate…", "…disgust me"), not someone else's ("people who hate…").
      return !act.negated && (act.agent === 'author' || act.agent === 'none' || form === 'stimulus');
    case 'exclusion':
      return !act.negated && act.agent !== 'other';
    case 'conspiracy':
      return !act.negated;
    default:
      return ownAndAffirmed(act) && DEMEANING[act.kind] !== undefined;
  }
}

/** Read once per draft: the gate asks for them, and the findings then use them. */
const INSINUATIONS = new PerAnalysis<ReturnType<typeof insinuations>>();
const CODED = new PerAnalysis<ReturnType<typeof codedGroups>>();
const IDENTITY = new PerAnalysis<ReturnType<typeof identityHostility>>();
const insinuationsOf = (a: Analysis) => INSINUATIONS.of(a, () => insinuations(a.tokens));
const codedOf = (a: Analysis) => CODED.of(a, () => codedGroups(a.tokens));
const identityOf = (a: Analysis) =>
  IDENTITY.of(a, () => identityHostility(a.text, a.tokens, a.hits('group'), a.meaning.quoted));

/** A group named by a protected characteristic, plainly or in code, in a sentence or either one beside it. */
function namedNear(
  a: Analysis,
  sentence: number,
): { words: string; characteristic: Characteristic; start: number } | undefined {
  const near = (offset: number) => Math.abs(a.sentenceAt(offset) - sentence) <= 1;
  const plain = a.hits('group').find((h) => {
    const c = h.entry.tags?.[0] as GroupClass | undefined;
    return c !== undefined && PROTECTED.has(c) && near(h.start);
  });
  if (plain)
    return { words: plain.entry.phrase, characteristic: plain.entry.tags?.[0] as Characteristic, start: plain.start };
  const coded = codedOf(a).find((g) => near(g.start));
  return (
    coded && { words: a.text.slice(coded.start, coded.end), characteristic: coded.characteristic, start: coded.start }
  );
}

const characteristicOf = (tags: readonly string[] | undefined): Characteristic | undefined =>
  tags?.find((t) => t in CHARACTERISTIC_NAMES) as Characteristic | undefined;

function findings(a: Analysis): Found[] {
  const out: Found[] = [];
  for (const s of findSlurs(a)) {
    const tokenStart = a.tokens.findIndex((t) => t.end > s.start);
    const span = { ...s, tokenStart, tokenEnd: tokenStart + 1 };
    const stance = a.meaning.stanceAt(span);
    // Quoted or reported in order to condemn it: counter-speech, not a slur of the author's.
    if (stance === 'countered' || stance === 'reported' || stance === 'news') continue;
    out.push({
      start: s.start,
      end: s.end,
      confidence: s.homonym ? 0.8 : 0.95,
      ...(s.characteristic ? { characteristic: s.characteristic } : {}),
      what: 'is a slur about',
      why: ['slur', ...(stance === 'quoted' ? ['in quotation marks'] : [])],
      slur: true,
    });
  }
  // Stock phrases that demean whatever surrounds them ("go back where you came from", "typical woman").
  for (const h of a.hits('discrimination')) {
    if (!h.entry.tags?.includes('fixed')) continue;
    const stance = a.meaning.stanceAt(h);
    if ((stance !== 'own' && stance !== 'quoted') || a.meaning.negatedAt(h)) continue;
    const c = characteristicOf(h.entry.tags);
    out.push({
      start: h.start,
      end: h.end,
      confidence: (h.entry.weight ?? 1) >= 0.8 ? 0.85 : 0.65,
      ...(c ? { characteristic: c } : {}),
      what: 'is a stock phrase that demeans people for their',
      why: ['demeaning stock phrase'],
    });
  }
  // A person excluded or run down with their protected characteristic named beside it: "don't offer the post
  // to Dr Hughes. She's pregnant…", "we shouldn't hire him, he's disabled".
  for (const act of a.meaning.acts) {
    if ((act.kind !== 'exclusion' && act.kind !== 'inferiority') || act.negated || act.stance !== 'own') continue;
    if (act.target?.kind !== 'person' && act.target?.kind !== 'you') continue;
    const named = namedNear(a, a.sentenceAt(act.start));
    if (!named) continue;
    out.push({
      ...spanOf(act),
      confidence: 0.8,
      characteristic: named.characteristic,
      what: 'treats a person worse because of their',
      why: [`${act.kind} of a person beside "${named.words}"`],
    });
  }
  // An accusation left unsaid beside a group named by a protected characteristic: "The locum who missed it was
  // Nigerian. Draw your own conclusions.", "Interesting how it started once certain communities moved in."
  for (const f of insinuationsOf(a)) {
    const stance = a.meaning.stanceAt(f);
    if (stance !== 'own' && stance !== 'quoted') continue;
    const s = a.sentenceAt(f.start);
    const named = namedNear(a, s);
    if (!named) continue;
    // Said of care ("South Asian people are at higher risk of diabetes. Interesting how few are screened"), it is
    // about risk, unless a person of the group is the one in the sentence ("the locum who missed it was Nigerian");
    // beside praise ("not surprised the Polish team won, brilliant") it is praise; of what people at large do to a
    // group ("funny how people blame Muslims for everything") it is the author's reproach of them.
    const clinical = (sentence: number) => a.hits('clinical').some((h) => a.sentenceAt(h.start) === sentence);
    const where = a.sentenceAt(named.start);
    const personIn = a.meaning.targets.some((t) => t.kind === 'person' && a.sentenceAt(t.start) === where);
    if (clinical(s) || (clinical(where) && !personIn)) continue;
    if (a.tokens.some((t) => POSITIVE_WORDS.has(t.norm) && Math.abs(a.sentenceAt(t.start) - s) <= 1)) continue;
    if (PEOPLE_AT_LARGE.has(a.tokens[f.tokenEnd]?.norm ?? '')) continue;
    out.push({
      start: f.start,
      end: f.end,
      confidence: 0.7,
      characteristic: named.characteristic,
      what: 'insinuates something about people for their',
      why: [`insinuation beside "${named.words}"`],
    });
  }
  // Hostility to trans or gay people in its tropes ("a man in a wig is still a man", "groomers"), or a gender
  // mocked in scare quotes ("had a 'she' in clinic with a beard 😂").
  for (const x of identityOf(a)) {
    const stance = a.meaning.stanceAt(x);
    if ((stance !== 'own' && stance !== 'quoted') || a.meaning.negatedAt(x)) continue;
    out.push({
      start: x.start,
      end: x.end,
      confidence: 0.75,
      characteristic: x.characteristic,
      what:
        x.cue === 'misgendering'
          ? 'mocks the gender of someone for their'
          : 'repeats a hostile trope about people for their',
      why: [
        x.cue === 'misgendering'
          ? 'a gender word in scare quotes, mocked'
          : 'a trope of hostility to trans or gay people',
      ],
    });
  }
  for (const act of a.meaning.acts) {
    const kind = DEMEANING[act.kind];
    if (!kind || !hostile(act, a.tokens)) continue;
    const t = act.target;
    const { start, end } = spanOf(act);
    const confidence = Math.min(
      0.97,
      kind.confidence + (act.sweeping ? 0.05 : 0) - (act.stance === 'quoted' ? 0.2 : 0),
    );
    out.push({
      start,
      end,
      confidence,
      ...(characteristicOf([t?.group ?? '']) ? { characteristic: t?.group as Characteristic } : {}),
      what: kind.what,
      why: [
        `${act.kind}${act.negated ? ' (denied)' : ''} aimed at ${t?.label}`,
        ...act.cues,
        ...(act.sweeping ? ['sweeping'] : []),
      ],
    });
  }
  return disjoint(out);
}

/**
 * The part the model completes: a group by a protected characteristic, named in the author's own words.
 * With something hostile or a denial in the same clause ("Muslims never…", "women can't…") the model needs
 * its "supported" score; named alone, its bare threshold (analysis/score.ts), so that hostility the lexicons
 * have no words for ("Indians smell") is not passed while a neutral or kind sentence about a group is.
 */
function groupsNamed(a: Analysis): PartialReading[] {
  const out: PartialReading[] = [];
  // The clauses with an act against someone, found once: searching every act again for each group named
  // was quadratic (two seconds for a wall of one group's name). Clauses are consecutive runs of tokens.
  const clauseOf = new Int32Array(a.tokens.length).fill(-1);
  for (const [k, c] of a.meaning.clauses.entries()) clauseOf.fill(k, c.tokenStart, c.tokenEnd);
  const acted = new Set<number>();
  for (const x of a.meaning.acts) {
    const clause = clauseOf[x.tokenStart] ?? -1;
    // Violence someone else did, reported, is not against the group in the author's voice ("the attack on…").
    const reported = (x.kind === 'violence' || x.kind === 'harm') && !calledFor(x);
    const against = HOSTILE_KINDS.has(x.kind) ? !x.negated && !reported : x.kind === 'positive' && x.negated;
    if (clause >= 0 && against && (x.stance === 'own' || x.stance === 'quoted')) acted.add(clause);
  }
  let limited: Set<number> | undefined;
  for (const t of a.meaning.targets) {
    if (!isProtected(t) || t.viaPronoun || selfDescribed(a.tokens, t)) continue;
    if (!['own', 'quoted'].includes(a.meaning.stanceAt(t))) continue;
    // With no act bound to it, the group named leaves the rest to the model at its bare threshold, unless its
    // clause is denied ("it's not true that women…").
    const actedOn = acted.has(clauseOf[t.tokenStart] ?? -1);
    const limit = () => (limited ??= limitedSentences(a)).has(a.sentenceAt(t.start));
    if (!actedOn && (a.meaning.negatedAt(t) || particular(a, t) || classifies(a, t) || limit())) continue;
    out.push({ start: t.start, end: t.end, why: `names a group by ${t.group}: "${t.label}"`, bare: !actedOn });
  }
  // Those with an act beside them first: they need less of the model.
  return out.sort((x, y) => Number(x.bare) - Number(y.bare));
}

/** Possessives and the article that, before "Polish nurses" or "Muslim patients", make them people the author knows. */
const PARTICULAR = /^(the|our|my|your|his|her|their)$/;

/**
 * "The Polish nurses", "our Muslim patients": particular people of a group, named by a characteristic and a role,
 * not the group as a whole ("the Chinese", "Muslims").
 */
const particular = (a: Analysis, t: Target): boolean =>
  t.tokenEnd - t.tokenStart > 1 && PARTICULAR.test(a.tokens[t.tokenStart - 1]?.norm ?? '');

/**
 * The group is what someone is said to be ("they are Muslims", "my patients are mostly women", "she's a
 * Catholic"): the sentence says who belongs to a group, not what the group is like.
 */
function classifies(a: Analysis, t: Target): boolean {
  let j = t.tokenStart - 1;
  while (j >= 0 && /^(a|an|all|both|mostly|mainly|largely|also|too)$/.test(a.tokens[j]?.norm ?? '')) j--;
  return COPULAS.has(a.tokens[j]?.norm ?? '');
}

/**
 * Sentences that are not a sweeping claim about a group even where the model reads one: hedged ("some",
 * "often", "can't always": members of a group, not the group) or about care (a clinical term: "Pregnant women
 * shouldn't take ibuprofen").
 */
function limitedSentences(a: Analysis): Set<number> {
  const out = new Set<number>();
  for (const [i, t] of a.tokens.entries()) {
    const turned = NEGATABLE_SWEEPS.has(t.norm) && NEGATORS.has(a.tokens[i - 1]?.norm ?? '');
    if (HEDGES.has(t.norm) || turned) out.add(a.sentenceAt(t.start));
  }
  for (const h of a.hits('clinical')) out.add(a.sentenceAt(h.start));
  return out;
}

function message(f: Found, excerpt: string): string {
  const what = f.characteristic ? CHARACTERISTIC_NAMES[f.characteristic] : 'a protected characteristic';
  if (f.slur) {
    return `Don't send this as it stands: "${excerpt}" is a slur about ${what}. Patients, colleagues, your employer and the GMC would all read it as discriminatory (guidance: Content). Remove it.`;
  }
  return `Don't send this as it stands: "${excerpt}" ${f.what} ${what}, a protected characteristic under the Equality Act 2010. Patients, colleagues, your employer and the GMC would read it as discriminatory (guidance: Content). Talk about the specific issue, not the group.`;
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
    'The rule needs a group and something hostile said of it in the author’s own voice, so clinical facts about groups, identity statements and posts that challenge prejudice stay clean.',
  examples: {
    flagged: [
      "Typical woman, can't make a decision without crying about it.",
      'Muslims are all the same, they never integrate.',
      "Don't hire women of childbearing age, they'll be off on maternity leave in a year.",
      'Stop being such a retard about the rota.',
      'Immigrants are a plague on this country.',
      "I'd never trust a Polish doctor.",
    ],
    clean: [
      'Women over 50 are invited for breast screening every three years.',
      'South Asian people have a higher risk of type 2 diabetes: ask us about a check.',
      "I'm a gay GP and proud to be part of Pride month in Leeds.",
      'Racism in the NHS must end. Our EDI training for all staff starts next month.',
      'Saying that immigrants are vermin is vile, and I reported the post.',
      'Immigrants are not vermin, whatever the papers say.',
    ],
  },
  gate: ({ analysis: a }) =>
    a.meaning.acts.length > 0 ||
    findSlurs(a).length > 0 ||
    // Stock phrases that demean whatever surrounds them ("go back where you came from").
    a.hits('discrimination').some((h) => h.entry.tags?.includes('fixed')) ||
    // An insinuation beside a group, a trope about trans or gay people, a gender mocked in quotes.
    (a.hits('group').length > 0 && insinuationsOf(a).length > 0) ||
    identityOf(a).length > 0 ||
    modelAlone(
      a,
      'content.discrimination',
      // A group named (its partial reading) needs a group word; cheaper to ask than the targets.
      () => a.hits('group').length + a.hits('group-place').length + a.hits('origin-country').length > 0,
    ),
  detect({ analysis }) {
    const hits: RuleHit[] = [];
    for (const f of findings(analysis)) {
      const excerpt = analysis.text.slice(f.start, f.end);
      hits.push({
        start: f.start,
        end: f.end,
        message: message(f, excerpt),
        confidence: f.confidence,
        why: f.why,
        suggestions: f.slur
          ? [{ kind: 'replace', start: f.start, end: f.end, text: '[removed]' }]
          : [
              {
                kind: 'advice',
                text: 'Rewrite without the generalisation: describe the specific behaviour or issue, not a group of people.',
              },
            ],
      });
    }
    return withModel(
      analysis,
      'content.discrimination',
      hits,
      (excerpt) => ({
        message: `Don't send this as it stands: "${excerpt}" reads as demeaning people for a protected characteristic (age, disability, race, religion, sex, sexual orientation, gender identity, pregnancy or marriage). Patients, colleagues, your employer and the GMC would read it as discriminatory (guidance: Content). Talk about the specific issue, not the group.`,
        suggestions: [
          {
            kind: 'advice',
            text: 'Rewrite without the generalisation: describe the specific behaviour or issue, not a group of people.',
          },
        ],
      }),
      groupsNamed(analysis),
    );
  },
});
