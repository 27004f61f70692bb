import {
  FIRST_PERSON,
  GENERALISERS,
  GROUP_ANAPHORS,
  PEOPLE_PLACES,
  PERSON_NOUNS,
  SECOND_PERSON,
  THIRD_PERSON_PLURAL,
  THIRD_PERSON_SINGULAR,
} from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import { firstTokenAtOrAfter, type Token } from '../../text/tokens.js';
import type { GroupClass, Target } from './types.js';
import { composedGroups } from './composed-groups.js';

/** What targets.ts reads from the analysis. */
export interface TargetInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentenceOf: readonly number[];
  hits(lexicon: string): readonly LexiconHit[];
  readonly namedPeople: ReadonlyArray<{ start: number; end: number; name: string }>;
}

/**
 * A plural agent noun (English derivational suffixes -er, -or, -ist, -ian, -ant: Quirk et al. 1985, App.
 * I.30-35) names people by what they do: "Polish builders", "Nigerian cleaners", "Muslim pharmacists".
 */
/** Words before a country that make it where a person comes from ("she's from", "trained in", "born in"). */
const ORIGIN_OF_PERSON =
  /^(?:(?:she's|shes|he's|hes|they're|theyre|is|are|was|were|someone|somebody|people|person|one|anyone|everyone|trained|qualified|born|raised|grew) (?:from|in)|(?:up) in)$/;

const AGENT_PLURAL = /^[a-z]{3,}(ers|ors|ists|ians|ants)$/;

function span(tokens: readonly Token[], from: number, to: number) {
  return { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end, tokenStart: from, tokenEnd: to };
}

/**
 * Groups named in the text. A plural group word names a group alone ("Muslims"); an adjective only
 * before a person noun ("Polish patients", "gay men") or after "the"/"every" ("the disabled", "every
 * Muslim"); a singular form ("a woman") stands for the group. Where hits overlap, the longest wins.
 */
function groupTargets(input: TargetInput): Target[] {
  const { tokens, text } = input;
  const hits = [...input.hits('group')].sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const out: Target[] = [];
  const labelled = new Set([...input.hits('act-dehumanise'), ...input.hits('act-insult')].map((x) => x.tokenStart));
  let taken = -1;
  for (const h of hits) {
    if (h.tokenStart < taken) continue;
    const [cls, form] = (h.entry.tags ?? []) as [GroupClass, string];
    let end = h.tokenEnd;
    const next = tokens[end];
    const prev = tokens[h.tokenStart - 1];
    if (form === 'adj') {
      // Before a word that labels people ("migrant plague", "Polish scum") the adjective alone names the group.
      if (next && (PERSON_NOUNS.has(next.norm) || AGENT_PLURAL.test(next.norm))) end++;
      else if (
        !labelled.has(end) &&
        !(
          prev &&
          (prev.norm === 'the' || GENERALISERS.has(prev.norm)) &&
          // "every Muslim", "typical woman": a capital, or a word that is itself a person ("woman", "man").
          (/^\p{Lu}/u.test((tokens[h.tokenStart] as Token).raw) ||
            PERSON_NOUNS.has((tokens[h.tokenStart] as Token).norm))
        )
      )
        continue;
    } else if (
      form === 'plural' &&
      next &&
      PERSON_NOUNS.has(next.norm) &&
      text.slice((tokens[end - 1] as Token).end, next.start) === ' '
    ) {
      end++; // "Muslim doctors" read as one group; "women doctors" too.
    }
    // A title before a colour or a name-like word: "Dr White", "Mrs Black".
    if (
      prev &&
      /^(dr|mr|mrs|ms|miss|prof|nurse|sister)$/.test(prev.norm) &&
      /^\p{Lu}/u.test((tokens[h.tokenStart] as Token).raw)
    )
      continue;
    taken = end;
    out.push({
      kind: 'group',
      group: cls,
      label: text.slice((tokens[h.tokenStart] as Token).start, (tokens[end - 1] as Token).end),
      ...span(tokens, h.tokenStart, end),
    });
  }
  return out;
}

const overlaps = (t: Target, others: readonly Target[]) =>
  others.some((o) => o.tokenStart < t.tokenEnd && t.tokenStart < o.tokenEnd);

/** Every target the text names, before pronouns are resolved. */
/** How far a free relative ("whoever took my soup") may run before its copula, and the copulas that end it. */
const FREE_RELATIVE_REACH = 8;
const FREE_RELATIVE_END = new Set(['is', 'was', 'are', 'were']);

function namedTargets(input: TargetInput): Target[] {
  const { tokens, text } = input;
  const named = groupTargets(input);
  // A phrase's group gives way to a group word inside it ("people with Down's syndrome" is listed), not to a role
  // ("doctors with bipolar": the doctors are a group by disability there).
  const listed = named.filter((t) => t.group !== 'social');
  const out: Target[] = [...named, ...composedGroups(tokens, text).filter((c) => !overlaps(c, listed))];
  const grouped = new Uint8Array(tokens.length);
  for (const t of out) grouped.fill(1, t.tokenStart, t.tokenEnd);
  const inGroup = (i: number) => grouped[i] === 1;
  for (const h of input.hits('group-place')) {
    const cls = (h.entry.tags?.[0] ?? 'social') as GroupClass;
    out.push({
      kind: 'place',
      group: cls,
      label: text.slice(h.start, h.end),
      ...span(tokens, h.tokenStart, h.tokenEnd),
    });
  }
  // A country after "back to" or "home to" is a national origin ("go back to India"): the group from it.
  for (const h of input.hits('origin-country')) {
    const before = `${tokens[h.tokenStart - 2]?.norm ?? ''} ${tokens[h.tokenStart - 1]?.norm ?? ''}`;
    // "go back to India", and a person's origin: "she's from Romania", "someone who trained in Pakistan".
    if (!/^(back|home) to$/.test(before) && !ORIGIN_OF_PERSON.test(before)) continue;
    out.push({
      kind: 'place',
      group: 'race',
      label: text.slice(h.start, h.end),
      ...span(tokens, h.tokenStart, h.tokenEnd),
    });
  }
  for (const h of input.hits('patient-ref')) {
    if ((h.entry.weight ?? 1) < 0.5 || inGroup(h.tokenStart) || inGroup(h.tokenEnd - 1)) continue;
    out.push({ kind: 'patient', label: text.slice(h.start, h.end), ...span(tokens, h.tokenStart, h.tokenEnd) });
  }
  // Tokens a patient reference covers, so a role inside one is skipped in one look, not a scan of every target.
  const patientAt = new Uint8Array(tokens.length);
  for (const t of out) if (t.kind === 'patient') patientAt.fill(1, t.tokenStart, t.tokenEnd);
  const inPatient = (h: LexiconHit) => patientAt.subarray(h.tokenStart, h.tokenEnd).includes(1);
  for (const h of input.hits('person-role')) {
    const tag = h.entry.tags?.[0];
    if (inGroup(h.tokenStart) || inGroup(h.tokenEnd - 1) || inPatient(h)) continue;
    // "those people", "these folk": a pronoun for a group named before (pronounTargets), not a group by role.
    if (
      /^(people|folk|folks)$/.test((tokens[h.tokenStart] as Token).norm) &&
      /^(these|those|them)$/.test(tokens[h.tokenStart - 1]?.norm ?? '')
    )
      continue;
    if (tag === 'role')
      out.push({ kind: 'person', label: text.slice(h.start, h.end), ...span(tokens, h.tokenStart, h.tokenEnd) });
    else if (tag === 'group' || tag === 'body')
      out.push({
        kind: 'group',
        group: 'social',
        label: text.slice(h.start, h.end),
        ...span(tokens, h.tokenStart, h.tokenEnd),
      });
  }
  const taken = new Uint8Array(tokens.length);
  for (const t of out) taken.fill(1, t.tokenStart, t.tokenEnd);
  for (let i = 0; i < tokens.length; i++) {
    if (!PEOPLE_PLACES.has((tokens[i] as Token).norm) || taken[i] === 1) continue;
    out.push({ kind: 'place', label: (tokens[i] as Token).raw, ...span(tokens, i, i + 1) });
  }
  // A name-calling noun after a determiner stands for the person it labels ("the idiot", "these clowns").
  for (const h of [...input.hits('act-insult'), ...input.hits('insult')]) {
    const det = tokens[h.tokenStart - 1];
    if (!det || !/^(the|that|this|these|those|some|you|ya|u)$/.test(det.norm) || taken[h.tokenStart] === 1) continue;
    if (h.tokenEnd - h.tokenStart !== 1 || h.entry.tags?.includes('needs-target')) continue;
    taken[h.tokenStart] = 1;
    const plural = /s$/.test((tokens[h.tokenStart] as Token).norm);
    out.push(
      plural
        ? {
            kind: 'group',
            group: 'social',
            label: text.slice(det.start, h.end),
            ...span(tokens, h.tokenStart, h.tokenEnd),
          }
        : {
            kind: det.norm === 'you' || det.norm === 'ya' || det.norm === 'u' ? 'you' : 'person',
            label: text.slice(det.start, h.end),
            ...span(tokens, h.tokenStart, h.tokenEnd),
          },
    );
  }
  // "Whoever took my soup is a thief": a free relative before a copula names one person, unknown but
  // particular; the whole clause is the subject the label is said of.
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'whoever' || taken[i] === 1) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + FREE_RELATIVE_REACH && !FREE_RELATIVE_END.has((tokens[k] as Token).norm)) {
      if (/[.!?\n]/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))) break;
      k++;
    }
    if (k > i + 1 && k < tokens.length && FREE_RELATIVE_END.has((tokens[k] as Token).norm)) {
      taken.fill(1, i, k);
      out.push({
        kind: 'person',
        label: text.slice((tokens[i] as Token).start, (tokens[k - 1] as Token).end),
        ...span(tokens, i, k),
      });
    }
  }
  for (const p of input.namedPeople) {
    const from = firstTokenAtOrAfter(tokens, p.start);
    if (from >= tokens.length) continue;
    let to = from;
    while (to < tokens.length && (tokens[to] as Token).end <= p.end) to++;
    if (to > from && !inGroup(from)) out.push({ kind: 'person', label: p.name, ...span(tokens, from, to) });
  }
  for (let i = 0; i < tokens.length; i++) {
    const n = (tokens[i] as Token).norm;
    if (SECOND_PERSON.has(n)) out.push({ kind: 'you', label: 'you', ...span(tokens, i, i + 1) });
    else if (THIRD_PERSON_SINGULAR.has(n))
      out.push({ kind: 'person', label: (tokens[i] as Token).raw, ...span(tokens, i, i + 1) });
    else if (FIRST_PERSON.has(n)) out.push({ kind: 'self', label: 'the author', ...span(tokens, i, i + 1) });
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
}

/**
 * "They", "them", "those people", "their kind", "that lot": the group or person mentioned last, in
 * this sentence or the two before (HateCheck's reference in a later clause or sentence). Without one
 * it stays an unnamed group ("they").
 */
function pronounTargets(input: TargetInput, named: readonly Target[]): Target[] {
  const { tokens, sentenceOf } = input;
  const out: Target[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const g of named) covered.fill(1, g.tokenStart, g.tokenEnd);
  let next = 0;
  let last: Target | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = t.norm;
    let to = i + 1;
    if (THIRD_PERSON_PLURAL.has(n)) {
      // "them lot", "their kind"
      const after = tokens[i + 1];
      if (after && (after.norm === 'lot' || after.norm === 'kind' || after.norm === 'sort' || after.norm === 'type'))
        to++;
    } else if ((n === 'these' || n === 'those' || n === 'that') && GROUP_ANAPHORS.has(tokens[i + 1]?.norm ?? '')) {
      to = i + 2;
      if (covered[i + 1] === 1 || covered[i + 2] === 1) continue; // "those Muslims": named already
    } else continue;
    if (covered[i] === 1) continue;
    // The last group, place or patient named before this pronoun, within two sentences.
    while (next < named.length && (named[next] as Target).tokenEnd <= i) {
      const g = named[next] as Target;
      if (g.kind === 'group' || g.kind === 'place' || g.kind === 'patient') last = g;
      next++;
    }
    const antecedent = last && (sentenceOf[i] ?? 0) - (sentenceOf[last.tokenStart] ?? 0) <= 2 ? last : undefined;
    const s = span(tokens, i, to);
    out.push(
      antecedent
        ? {
            kind: antecedent.kind === 'place' ? 'group' : antecedent.kind,
            ...(antecedent.group ? { group: antecedent.group } : {}),
            label: antecedent.label,
            viaPronoun: true,
            ...s,
          }
        : { kind: 'group', label: input.text.slice(s.start, s.end), viaPronoun: true, ...s },
    );
  }
  return out;
}

/** Every target in text order, pronouns resolved. */
export function findTargets(input: TargetInput): Target[] {
  const named = namedTargets(input);
  return [...named, ...pronounTargets(input, named)].sort(
    (a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd,
  );
}
