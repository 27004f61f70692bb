import { CHARACTERISTICS } from '../../data/discrimination.js';
import { FIRST_PERSON, LINK_FILLERS, NAMING_LINKS, THING_HEADS } from '../../data/taxonomy/grammar.js';
import type { Token } from '../../text/tokens.js';
import type { Suggestion } from '../../types.js';
import type { Act, GroupClass, Meaning, Target } from './types.js';

/** The nine protected characteristics of the Equality Act 2010 s.4 (race covering nationality and migrants). */
export const PROTECTED = CHARACTERISTICS as ReadonlySet<GroupClass>;

/** Acts that are hostile when affirmed (praise, glorification and levers of power are not, alone). */
export const HOSTILE_KINDS: ReadonlySet<string> = new Set([
  'violence',
  'harm',
  'exclusion',
  'dehumanise',
  'contempt',
  'insult',
  'emotion',
  'conspiracy',
  'crime',
  'inferiority',
  'career',
  'intimidation',
  'harass',
  'sexual',
  'patient',
]);

/**
 * The meaning layer reads the draft as not hostile: every hostile act it found is denied, reported,
 * quoted to condemn or part of the news, or (with none found) the draft names a prejudice to reject it.
 * The learned model then may not raise a finding against that reading.
 */
export function readAsNotHostile(acts: readonly Act[], counterSpeech: boolean): boolean {
  const hostile = acts.filter((x) => HOSTILE_KINDS.has(x.kind));
  if (hostile.some((x) => !x.negated && (x.stance === 'own' || x.stance === 'quoted'))) return false;
  return hostile.length > 0 || counterSpeech;
}

/** A group, or a place of a group, defined by a protected characteristic. */
export const isProtected = (t: Target | undefined): boolean =>
  t !== undefined && (t.kind === 'group' || t.kind === 'place') && t.group !== undefined && PROTECTED.has(t.group);

/**
 * A people: a group by a protected characteristic, a political camp, protesters, or a group named only by
 * "they" or "those people" (not a profession or a role).
 */
export const isCommunity = (t: Target | undefined): boolean =>
  t !== undefined && (t.kind === 'group' || t.kind === 'place') && t.group !== 'social';

/** One person: the reader, or someone named or pointed at. */
export const isIndividual = (t: Target | undefined): boolean => t?.kind === 'you' || t?.kind === 'person';

/**
 * Who the author names in their own words, as bare parts for the learned model to complete: people they
 * address or name ("you", "Dr Shah", "the new registrar") for a threat or harassment, peoples and their
 * places for incitement. The meaning layer always sees these; the menace may be in words no lexicon holds.
 * What is quoted, reported or denied is left out.
 */
export function namedInOwnWords(
  meaning: Meaning,
  which: (t: Target) => boolean,
): Array<{ start: number; end: number; why: string; bare: true; addressed: boolean }> {
  return meaning.targets
    .filter((t) => which(t) && !t.viaPronoun && meaning.stanceAt(t) === 'own')
    .map((t) => ({ start: t.start, end: t.end, why: `aimed at ${t.label}`, bare: true, addressed: t.kind === 'you' }));
}

/** Someone other than the author. */
export const isSomeone = (t: Target | undefined): boolean => t !== undefined && t.kind !== 'self';

/** The author's own words, as they stand (not negated, quoted to condemn, reported or news). */
export const ownAndAffirmed = (act: Act): boolean => !act.negated && (act.stance === 'own' || act.stance === 'quoted');

/** Urged, wished or intended: the forms in which harm to someone is called for rather than reported. */
export const calledFor = (act: Act): boolean =>
  act.agent === 'author' ||
  act.agent === 'urged' ||
  act.modality.has('wish') ||
  act.modality.has('call') ||
  act.modality.has('intent');

/**
 * The words that carry a finding: the act with its target when they sit close in one clause
 * ("Muslims are vermin"), or the act alone.
 */
export function spanOf(act: Act): { start: number; end: number } {
  const t = act.target;
  if (
    t &&
    (!t.viaPronoun || Math.abs(t.tokenStart - act.tokenEnd) <= 2) &&
    Math.abs(t.tokenStart - act.tokenStart) <= 6
  ) {
    return { start: Math.min(t.start, act.start), end: Math.max(t.end, act.end) };
  }
  return { start: act.start, end: act.end };
}

/**
 * The author counts themself in the group ("as a gay GP", "I'm Muslim and…", "I am a Muslim", "us trans people"):
 * what follows is self-description or reclaiming, not an attack.
 */
export function selfDescribed(tokens: readonly Token[], target: Target): boolean {
  for (let j = target.tokenStart - 1, k = 0; j >= 0 && k < 4; j--, k++) {
    const w = (tokens[j] as Token).norm;
    if (w === 'as' || w === 'fellow' || FIRST_PERSON.has(w)) return true;
    if (!/^(a|an|am|are|was|were|been|proud|openly|also|too|another|being|born|other|and|fellow)$/.test(w))
      return false;
  }
  return false;
}

/** Keeps the first of findings that overlap, in text order. */
export function disjoint<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const out: T[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const x of [...items].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (x.start < end) continue;
    out.push(x);
    end = x.end;
  }
  return out;
}

export type ThreatKind = 'harm' | 'wish' | 'ruin' | 'leverage' | 'intimidation';

/** A person on the receiving end (not a group: violence urged on groups is incitement). */
const aimedAtPerson = (act: Act) => isIndividual(act.target) || act.target?.kind === 'patient';

/**
 * The kind of threat an act makes, or undefined when it makes none: violence the author promises,
 * makes conditional or urges on a person; harm wished on a person; ruin promised; reporting made the
 * price of a demand; veiled threats.
 */
export function threatKind(act: Act): ThreatKind | undefined {
  // A threat in quotation marks is mentioned, not made ("phrases that get doctors referred: 'watch your back'").
  if (act.negated || act.stance !== 'own') return undefined;
  const tags = act.entry.tags ?? [];
  switch (act.kind) {
    case 'violence':
      if (!aimedAtPerson(act)) return undefined;
      // A weapon threatens only when the author brings it or urges it ("I'll bring my bat").
      if (tags.includes('weapon') && act.agent !== 'author' && act.agent !== 'urged') return undefined;
      if (
        act.agent === 'other' ||
        (act.agent === 'none' && !act.modality.has('wish') && !act.modality.has('condition'))
      )
        return undefined;
      return 'harm';
    case 'harm':
      return aimedAtPerson(act) && act.modality.has('wish') ? 'wish' : undefined;
    case 'career':
      if (act.agent === 'other' || act.target?.kind === 'self' || act.modality.has('question')) return undefined;
      // Ruin the author promises or urges, or pronounces to the reader ("your career is over"); not a forecast.
      if (tags.includes('ruin'))
        return act.agent === 'author' || act.agent === 'urged' || act.target?.kind === 'you' ? 'ruin' : undefined;
      // Retaliation (exposure, property, reputation) threatens whether or not a demand is spelled out.
      if (tags.includes('retaliation'))
        return act.modality.has('condition') || act.agent === 'author' ? 'leverage' : undefined;
      // Reporting someone is a threat only as the price of a demand ("…unless you back down").
      return act.modality.has('condition') && aimedAtPerson(act) ? 'leverage' : undefined;
    case 'intimidation':
      // Some threat phrases threaten only as the price of a demand ("I'll tell your wife").
      if (tags.includes('conditional') && !act.modality.has('condition')) return undefined;
      return act.agent === 'other' || act.modality.has('question') ? undefined : 'intimidation';
    default:
      return undefined;
  }
}

/**
 * A suggestion that takes the clause carrying a hostile act out of the draft, with the punctuation
 * and space after it: the rewrite then loses the meaning, not only a swear word ("what a bloody
 * idiot" goes, not just "bloody").
 */
export function removeClause(text: string, clause: { start: number; end: number }): Suggestion {
  let end = clause.end;
  while (end < text.length && /[\s,.!?;:…)\]"'”’-]/.test(text[end] as string) && text[end] !== '\n') end++;
  let start = clause.start;
  // A conjunction or comma left hanging before the last clause goes with it ("…, and you're a clown").
  // Looked for only then: reading all the text before every clause was quadratic in a wall of insults.
  if (end >= text.length) {
    const hang = /(?:,|\band|\bbut|\bso)\s*$/i.exec(text.slice(0, start));
    if (hang) start = hang.index;
  }
  return { kind: 'replace', start, end, text: '' };
}

/**
 * Phrases marked "sentence-end" threaten only as the last words of a sentence or before the name of the
 * person warned ("Watch yourself, Dr Graham."), not inside kindly advice ("watch yourself on the ice").
 */
export function endsSentence(text: string, act: Act): boolean {
  const tags = act.entry.tags ?? [];
  if (!tags.includes('sentence-end')) return true;
  const rest = text.slice(act.end, act.end + 40);
  const vocative =
    /^\s*,\s*(?:(?:dr|mr|mrs|ms|miss|prof)\b\.?\s*)?(?:@\w+|\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*)?\s*(?:[.!?…]|$)/u.test(
      rest,
    );
  if (tags.includes('vocative')) return vocative;
  return vocative || /^\s*(?:[.!?…]|$)/.test(rest);
}

/** Reporting someone, said plainly ("I'm going to report you to the GMC"): a proper route, not a threat. */
export const plainReport = (act: Act): boolean =>
  act.kind === 'career' &&
  (act.entry.tags?.includes('report') ?? false) &&
  // Done already ("I've reported you") or said without a demand.
  (/^\w+ed\b/.test(act.written) || !act.modality.has('condition'));

/**
 * Hostile acts the author aims at someone (a person, a group, a patient): what the learned model may
 * name a rule for when no rule's own composition matched.
 */
export function aimedHostility(acts: readonly Act[], text: string): Act[] {
  return acts.filter(
    (x) =>
      HOSTILE_KINDS.has(x.kind) &&
      !x.negated &&
      (x.stance === 'own' || x.stance === 'quoted') &&
      x.target !== undefined &&
      x.target.kind !== 'self' &&
      x.target.kind !== 'place' &&
      !plainReport(x) &&
      endsSentence(text, x),
  );
}

/** Words before a noun that make it a label for someone: "you clown", "what a clown", "these clowns". */
const LABELLING =
  /^(you|ya|u|ur|what|such|these|those|bunch|load|pack|lot|absolute|total|complete|utter|proper|right|bloody|fucking|effing|massive|little|useless|stupid|another|typical|jumped)$/;

/** Words before a noun that give it to the reader: "you absolute tool", "ya plank". */
const ADDRESSING = /^(you|ya|u|ur)$/;

/** A word (of `by`, LABELLING unless told) within three before `at` that makes the noun there a label for someone. */
export function labelsSomeone(tokens: readonly Token[], at: number, by: RegExp = LABELLING): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) if (by.test(tokens[j]?.norm ?? '')) return true;
  return false;
}

/** Only copulas and fillers between the person and the name (or a coordinated name), or the name beside them. */
function givenTo(tokens: readonly Token[], t: Target, act: Act): boolean {
  if (t.tokenStart >= act.tokenEnd) return t.tokenStart === act.tokenEnd;
  if (t.tokenEnd > act.tokenStart) return true;
  // Right after the person with only a space between, the word is part of a noun ("pharmacist cheat
  // sheet"); with a comma it is a name given ("Dr Moss, a cheat").
  if (t.tokenEnd === act.tokenStart)
    return (tokens[act.tokenStart]?.start ?? 0) - (tokens[t.tokenEnd - 1]?.end ?? 0) > 1;
  // Walking back from the name: links all the way, or links up to "and" ("a liar and a fraud").
  for (let k = act.tokenStart - 1; k >= t.tokenEnd; k--) {
    const w = tokens[k]?.norm ?? '';
    if (w === 'and' || w === 'or') return true;
    if (!NAMING_LINKS.has(w) && !LINK_FILLERS.has(w)) return false;
  }
  return true;
}

/** Is this act name-calling or demeaning aimed at someone, as the clause puts it? */
export function nameCalling(act: Act, tokens: readonly Token[]): boolean {
  // A stock put-down carries its own negation ("haven't read a paper since…").
  const putDown = act.entry.tags?.includes('put-down') ?? false;
  if ((act.negated && !putDown) || (act.stance !== 'own' && act.stance !== 'quoted')) return false;
  const t = act.target;
  if (t?.kind === 'self') return false;
  const tags = act.entry.tags ?? [];
  const adjective = (act.kind === 'contempt' && tags[1] === 'adj') || tags.includes('demeaning-adjective');
  if (adjective) return isIndividual(t) || (t?.kind === 'group' && !isProtected(t));
  if (act.kind === 'insult') {
    // A label right before a moment or an act describes it ("numpty move"), not a person.
    const next = tokens[act.tokenEnd];
    const last = tokens[act.tokenEnd - 1];
    if (next && last && next.start - last.end === 1 && THING_HEADS.has(next.norm) && t === undefined) return false;
    if (tags.includes('needs-target')) {
      // "What a joke", "a fucking disgrace": a word said as often of a situation is labelled a person only by
      // "you" ("you absolute joke"), not by an exclamation or an intensifier, which fit a situation as well.
      if (labelsSomeone(tokens, act.tokenStart, tags.includes('situation') ? ADDRESSING : LABELLING)) return true;
      // A word whose everyday sense is a thing ("tool", "cheat") must be given to the person; the rest,
      // and similes with their own structure ("has the personality of a…"), need only a person in the clause.
      return t !== undefined && t.kind !== 'place' && (!tags.includes('everyday') || givenTo(tokens, t, act));
    }
    return true; // a name-calling noun or a stock put-down labels whoever it is said of
  }
  if (act.kind === 'dehumanise' && tags[1] === 'noun') return t !== undefined && t.kind !== 'place';
  return false;
}
