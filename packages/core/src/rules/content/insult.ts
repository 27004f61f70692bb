import type { Analysis } from '../../analysis/analyse.js';
import {
  aimedHostility,
  disjoint,
  isIndividual,
  isProtected,
  labelsSomeone,
  nameCalling,
  namedInOwnWords,
  removeClause,
} from '../../analysis/meaning/hostile.js';
import { findSlurs } from '../../analysis/signals/slurs.js';
import { quotedTitles, saidOfSomeone } from '../../analysis/sneering-titles.js';
import { AUXILIARIES, FUNCTION_WORDS, INTENSIFIERS, RELATIVE_PRONOUNS } from '../../data/taxonomy/grammar.js';
import type { Act } from '../../analysis/meaning/types.js';
import { modelAlone, withModel } from '../../analysis/score.js';
import { defineRule, type RuleHit } from '../../rule.js';

/*
 * content.insult: name-calling or demeaning a person or a group, in the author's own voice. From the
 * meaning layer: a name-calling noun, unless it is the author's own ("I felt like an idiot"), negated
 * or reported; a noun with an everyday sense ("clown", "tool") only where it labels someone; a
 * demeaning adjective only said of a person or of a group by role ("the ICB are clueless"), never of a
 * thing ("the IT system is useless"); scare quotes around someone's title ('Dr' Smith).
 * Demeaning a group for a protected characteristic is content.discrimination's; mocking patients is
 * content.patient-disparagement's (both may fire beside this rule where a name is called).
 */

/** The insult with the intensifiers and put-down adjectives right before it ("bloody idiot", "bunch of muppets"). */
function insultSpan(a: Analysis, act: Act): { start: number; end: number } {
  let i = act.tokenStart;
  while (i > 0 && i > act.tokenStart - 4 && INTENSIFIERS.has(a.tokens[i - 1]?.norm ?? '')) i--;
  // Articles alone do not belong to the span ("a moron" → "moron").
  while (i < act.tokenStart && /^(a|an|of)$/.test(a.tokens[i]?.norm ?? '')) i++;
  return { start: a.tokens[i]?.start ?? act.start, end: act.end };
}

/** Scare quotes around a title or role next to a person ("'Dr' Smith", the "nurse practitioner", so-called 'expert'). */
function sneeringTitles(a: Analysis): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const h of a.hits('person-role')) {
    if (h.entry.tags?.[0] !== 'role') continue;
    const before = a.text.slice(Math.max(0, h.start - 1), h.start);
    const after = a.text.slice(h.end, h.end + 1);
    const quoted = /["'“‘]/.test(before) && /["'”’]/.test(after);
    const soCalled = /so[- ]called\s+$/i.test(a.text.slice(Math.max(0, h.start - 12), h.start));
    if (soCalled || (quoted && saidOfSomeone(a, h.start - 1, h.end + 1)))
      out.push({ start: quoted ? h.start - 1 : h.start, end: quoted ? h.end + 1 : h.end });
  }
  for (const p of a.targets.namedPeople) {
    const m = /^(["'“‘])(dr|doctor|prof|professor)\1?["'”’]\s/i.exec(a.text.slice(p.start - 1, p.end));
    if (m && /["'“‘]/.test(a.text[p.start - 1] ?? '')) out.push({ start: p.start - 1, end: p.end });
  }
  out.push(...quotedTitles(a));
  return out;
}

/** A put-down adjective right before the person it describes ("a useless locum"): dropping it keeps the sentence. */
function attributive(a: Analysis, act: Act): boolean {
  const tags = act.entry.tags ?? [];
  if (!(act.kind === 'contempt' || tags.includes('demeaning-adjective'))) return false;
  const next = a.tokens[act.tokenEnd];
  return (
    next !== undefined &&
    next.start === act.end + 1 &&
    act.target !== undefined &&
    act.target.tokenStart === act.tokenEnd
  );
}

/**
 * A slur standing as the noun for the people meant ("the f4gs who booked", "staffed by w*gs", "a tr4nny"):
 * nothing after it in its sentence, or a word that does not take a noun ("who", "on", "are"). Before a
 * noun it names a thing ("a p*ki shop"), which is discrimination's alone.
 */
function standsForPeople(a: Analysis, i: number): boolean {
  const slur = a.tokens[i];
  const next = a.tokens[i + 1];
  if (!slur || !next || a.sentenceAt(next.start) !== a.sentenceAt(slur.start)) return true;
  if (a.text.slice(slur.end, next.start).trim() !== '') return true;
  return FUNCTION_WORDS.has(next.norm) || RELATIVE_PRONOUNS.has(next.norm) || AUXILIARIES.has(next.norm);
}

/** A slur used to label someone ("you total poof", "what a spaz"): name-calling as well as a slur. */
function slurLabels(a: Analysis): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of findSlurs(a)) {
    const i = a.tokens.findIndex((t) => t.start >= s.start);
    if (i < 0) continue;
    const tokenStart = Math.max(0, i - 3);
    const span = { start: a.tokens[tokenStart]?.start ?? s.start, end: s.end, tokenStart, tokenEnd: i + 1 };
    // Both the phrase and the slur itself in the author's voice: "the word 'tranny' is a slur" mentions it.
    const own =
      a.meaning.stanceAt(span) === 'own' &&
      a.meaning.stanceAt({ start: s.start, end: s.end, tokenStart: i, tokenEnd: i + 1 }) === 'own';
    if ((labelsSomeone(a.tokens, i) || standsForPeople(a, i)) && own) {
      let k = i;
      while (k > 0 && k > i - 3 && INTENSIFIERS.has(a.tokens[k - 1]?.norm ?? '')) k--;
      while (k < i && /^(a|an|of)$/.test(a.tokens[k]?.norm ?? '')) k++;
      out.push({ start: a.tokens[k]?.start ?? s.start, end: s.end });
    }
  }
  return out;
}

export default defineRule({
  id: 'content.insult',
  category: 'content',
  severity: 'caution',
  guidance: 'Content',
  readers: ['colleague', 'employer', 'gmc', 'judge'],
  description: 'Name-calling or demeaning a person or group ("Dr X is an idiot", "what a moron").',
  rationale:
    'The guidance notes that the written word loses tone: calling someone an idiot in jest to their face can read as contempt on a screen, ' +
    'and a group chat member may take offence at a remark not aimed at them (Content). Name-calling is evidence of conduct and behaviour ' +
    'in a complaint or a dispute. Criticising a decision, a policy or a system is fair comment and is not flagged.',
  examples: {
    flagged: [
      'Dr Patel is an idiot and everyone knows it.',
      'What a moron. Read the guidance before you post.',
      'The practice manager is completely clueless about the rota.',
      'Where does the ICB find these muppets?',
      "Our so-called 'Dr' Jones couldn't diagnose a cold.",
    ],
    clean: [
      'The new IT system is useless and crashes every morning.',
      'I felt like an idiot for forgetting my keys.',
      'A patient called our receptionist an idiot today. Abuse of staff is never acceptable.',
      'Thick fog on the A61 this morning, leave extra time.',
      "Don't be a hero: take the day off if you're ill.",
      'Our registrar is not an idiot, she is exhausted.',
    ],
  },
  gate: ({ analysis: a }) =>
    a.hits('act-insult').length +
      a.hits('insult').length +
      a.hits('act-contempt').length +
      a.hits('act-dehumanise').length >
      0 ||
    // A role or a name only matters in quotation marks or after "so-called" (a sneering title).
    sneeringTitles(a).length > 0 ||
    findSlurs(a).length > 0 ||
    modelAlone(a, 'content.insult', () => a.meaning.targets.some(isIndividual)),
  detect({ analysis: a }) {
    const found: Array<{ start: number; end: number; act?: Act }> = [];
    for (const act of a.meaning.acts) if (nameCalling(act, a.tokens)) found.push({ ...insultSpan(a, act), act });
    found.push(...sneeringTitles(a), ...slurLabels(a));
    const hits = disjoint(found).map(({ start, end, act }): RuleHit => {
      const excerpt = a.text.slice(start, end);
      const t = act?.target;
      const aimed = t ? ` aimed at ${t.kind === 'you' ? 'the person you are writing to' : t.label}` : '';
      const clause = act ? a.meaning.clauses[act.clause] : undefined;
      return {
        start,
        end,
        confidence: act ? (act.kind === 'insult' && act.entry.tags?.[1] === 'noun' ? 0.85 : 0.75) : 0.7,
        message:
          `Reconsider "${excerpt}": ${act ? `it is name-calling${aimed}` : 'the quotation marks sneer at their title'}. Colleagues, an employer or the GMC would read it as ` +
          'unprofessional, and without your tone of voice a jibe can land as contempt (guidance: Content). Say what the ' +
          'person did rather than what they are.',
        suggestions: [
          ...(act && attributive(a, act)
            ? [{ kind: 'replace' as const, start, end: end + 1, text: '' }]
            : clause
              ? [removeClause(a.text, clause)]
              : []),
          {
            kind: 'advice',
            text: 'Describe what happened and its effect ("the rota was changed without telling us") rather than labelling the person, or leave it out.',
          },
        ],
        why: act ? [`${act.kind} aimed at ${t?.label ?? 'someone'}`, ...act.cues] : ['scare quotes around a title'],
      };
    });
    return withModel(
      a,
      'content.insult',
      hits,
      (excerpt) => ({
        message: `Reconsider "${excerpt}": it reads as name-calling or a put-down. Colleagues, an employer or the GMC would read it as unprofessional (guidance: Content). Say what the person did rather than what they are.`,
        suggestions: [
          {
            kind: 'advice',
            text: 'Describe what happened and its effect rather than labelling the person, or leave it out.',
          },
        ],
      }),
      // Contempt for a patient or a protected group is the more specific rules' to name, not the model's for this one.
      aimedHostility(a.meaning.acts, a.text)
        .filter((x) => x.kind === 'insult' || x.kind === 'contempt' || x.kind === 'dehumanise')
        .filter((x) => x.target?.kind !== 'patient' && !isProtected(x.target))
        .map((x) => ({ start: x.start, end: x.end, why: `${x.kind}: "${x.entry.phrase}"` }))
        .concat(namedInOwnWords(a.meaning, isIndividual)),
    );
  },
});
