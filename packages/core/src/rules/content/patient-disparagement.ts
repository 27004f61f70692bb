import type { Analysis } from '../../analysis/analyse.js';
import { aimedHostility } from '../../analysis/meaning/hostile.js';
import { modelAlone, withModel } from '../../analysis/score.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { isQuoted } from '../../analysis/meaning/read.js';
import { ENCOUNTER_WORDS } from '../../data/patient-ref.js';
import { PERSON_NOUNS, THING_HEADS } from '../../data/taxonomy/grammar.js';
import type { LexiconHit } from '../../text/matcher.js';
import { hasMatch, matchesOf } from '../../text/prefilter.js';

interface Cue {
  start: number;
  end: number;
  weight: number;
  /** Core cues can make a finding; amplifiers (laughter, "again") only add to one. */
  core: boolean;
  label: string;
}

// A patient named by appointment slot or bed ("my 3pm", "bed 4", "bay 6").
const SLOT =
  /\bmy (?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|\d{1,2}[.:]\d{2})\b|\b(?:bed|bay|cubicle|side room|room|resus)\s?\d{1,2}\b/gi;
// Eye-rolls and laughter: mockery only beside other cues.
const MOCK_EMOJI = /🙄|😂|🤣|🤦(?:\u200d?[♀♂]\ufe0f?)?/gu;
const PATIENT_TITLES = /^(?:mr|mrs|ms|miss|mx)\b/i;
// Words just before a demeaning word that turn it on the author ("called me an idiot", "I felt stupid").
const SELF = new Set(['i', 'me', 'myself', "i'm", 'im', "i've", 'we', 'us', 'ourselves']);
const SLANG_THRESHOLD = 0.8;
const MOCKING_THRESHOLD = 1.2;

// What to say instead, for the commonest labels.
const REFRAME: Record<string, string> = {
  heartsink: 'a patient with complex needs we have not yet met',
  'frequent flyer': 'a patient who attends often',
  gomer: 'an older patient with several problems',
  acopia: 'a patient struggling to manage at home',
  'bed blocker': 'a patient waiting for a care package',
  'worried well': 'people worried about their health',
  timewaster: 'a patient whose problem did not need an appointment',
};

function reframeFor(label: string): string {
  const key = Object.keys(REFRAME).find((k) =>
    label
      .toLowerCase()
      .replace(/[-\s]+/g, ' ')
      .startsWith(k.replace('-', ' ')),
  );
  const alt = key ? REFRAME[key] : undefined;
  return alt
    ? `Describe the clinical challenge instead of labelling the person, e.g. "${alt}", or leave it out.`
    : 'Describe the clinical challenge instead of labelling or mocking the person, or leave it out.';
}

function aimedAtSelf(analysis: Analysis, hit: { tokenStart: number }): boolean {
  for (let i = Math.max(0, hit.tokenStart - 4); i < hit.tokenStart; i++)
    if (SELF.has(analysis.tokens[i]?.norm ?? '')) return true;
  return false;
}

/** Laughter and eye-rolls, the one weak cue that still marks a story about a patient as mockery. */
const MOCK_LABEL = /^mockery: \p{Extended_Pictographic}/u;

/** Sentences with a word for a person and a word of a consultation ("a man came in", "this lady in clinic"). */
function visitSentences(a: Analysis, sentenceOf: (offset: number) => number): number[] {
  const people = new Set<number>();
  const visits = new Set<number>();
  for (const t of a.tokens) {
    if (PERSON_NOUNS.has(t.norm)) people.add(sentenceOf(t.start));
    if (ENCOUNTER_WORDS.has(t.norm)) visits.add(sentenceOf(t.start));
  }
  return [...people].filter((s) => visits.has(s));
}
const tellsOfVisit = (a: Analysis) => visitSentences(a, (offset) => Math.max(0, a.sentenceAt(offset))).length > 0;

/**
 * Sentences that tell of seeing a patient ("a man came in…", "had a lady in clinic…", or a patient word)
 * beside any mockery, even laughter alone: too weak to flag by themselves, a partial reading the
 * learned model may complete (a sneer at someone's reason for attending has no fixed words).
 */
function mockedEncounters(
  a: Analysis,
  refs: ReadonlyMap<number, number>,
  cues: readonly Cue[],
  sentenceOf: (offset: number) => number,
): Array<{ start: number; end: number; why: string }> {
  const encounters = new Set([...refs.keys(), ...visitSentences(a, sentenceOf)]);
  const out: Array<{ start: number; end: number; why: string }> = [];
  for (const s of [...encounters].sort((x, y) => x - y)) {
    const mock = cues.find((c) => {
      const t = sentenceOf(c.start);
      return (t === s || t === s + 1) && (c.core || MOCK_LABEL.test(c.label));
    });
    const span = a.sentences[s];
    if (mock && span) out.push({ start: span.start, end: span.end, why: `a patient described beside ${mock.label}` });
  }
  return out;
}

export default defineRule({
  id: 'content.patient-disparagement',
  category: 'content',
  severity: 'stop',
  guidance: 'Content',
  readers: ['patient', 'gmc', 'employer', 'nhs-england'],
  description:
    'Mocking or derogatory talk about patients, including ward slang (heartsink, frequent flyer, GOMER, acopia, bed blocker).',
  rationale:
    'The Content section of the guidance warns that posts and messages are judged for their effect on patients and on the ' +
    "standing of the profession, coming as they do from a doctor. Ward slang and jokes at a patient's expense label people by " +
    'the trouble they cause rather than the care they need; patients can read them, and the GMC, employers and NHS England ' +
    'treat them as a failure of respect. Discussing such labels critically, or describing a hard consultation with compassion, is fine.',
  examples: {
    flagged: [
      'Heartsink number three of the day just walked in 🙄',
      'GOMER in bay 4, acopia written all over him lol',
      'Patients from the estate are all benefit scroungers.',
      'Had a patient in today who googled his symptoms and wanted a full body MRI for a sniffle lol',
    ],
    clean: [
      "Can we retire the phrase 'heartsink patient'? It says more about us than about them.",
      'Our PCN is looking at how to support frequent attenders, who often have unmet needs.',
      'Finally cashed in my frequent flyer miles!',
      'Tough clinic today. Some patients are carrying so much; I hope we helped.',
    ],
  },
  // A finding is ward slang ("slang"), or a patient reference (a patient word, Mr/Mrs X, a bed or slot,
  // a service word) beside a core cue (demeaning or mocking slang, an insult, a sexual remark, a
  // discrimination finding).
  gate({ analysis: a }) {
    const slang = a.hits('patient-slang');
    if (slang.some((h) => h.entry.tags?.[0] === 'slang')) return true;
    const ref =
      a.hits('patient-ref').length > 0 ||
      slang.some((h) => h.entry.tags?.[0] === 'service') ||
      a.targets.namedPeople.some((p) => PATIENT_TITLES.test(p.name)) ||
      hasMatch(SLOT, a.text);
    const mocked = slang.length > 0 || hasMatch(MOCK_EMOJI, a.text);
    return (
      (ref && (mocked || a.meaning.acts.length > 0)) ||
      (mocked && tellsOfVisit(a)) ||
      // Without an act, the model completes only a mocking cue at a consultation.
      modelAlone(a, 'content.patient-disparagement', () => mocked)
    );
  },
  detect({ analysis }) {
    const text = analysis.text;
    const sentenceOf = (offset: number) => Math.max(0, analysis.sentenceAt(offset));
    const slangHits = analysis.hits('patient-slang');
    const tagOf = (h: LexiconHit) => h.entry.tags?.[0] ?? '';
    const cancels = slangHits.filter((h) => tagOf(h) === 'not');
    const cancelled = (h: { start: number; end: number }) => cancels.some((c) => c.start <= h.start && c.end >= h.end);
    const meta = new Set(slangHits.filter((h) => tagOf(h) === 'meta').map((h) => sentenceOf(h.start)));

    // Patient references: by sentence (for the window) and by token (for words that need a close target).
    const refs = new Map<number, number>();
    const serviceRefs = new Map<number, number>();
    const addRef = (offset: number, weight: number, into = refs) => {
      const s = sentenceOf(offset);
      into.set(s, Math.max(into.get(s) ?? 0, weight));
    };
    for (const h of analysis.hits('patient-ref')) addRef(h.start, h.entry.weight ?? 1);
    for (const p of analysis.targets.namedPeople) if (PATIENT_TITLES.test(p.name)) addRef(p.start, 0.6);
    for (const m of matchesOf(SLOT, text)) addRef(m.index, 0.8);
    for (const h of slangHits) if (tagOf(h) === 'service') addRef(h.start, h.entry.weight ?? 0.4, serviceRefs);

    // Demeaning and mocking cues, by position.
    const cues: Cue[] = [];
    const usable = (h: { start: number; end: number; tokenStart: number }) =>
      !cancelled(h) && !isQuoted(analysis.meaning.quoted, h.start, h.end) && !aimedAtSelf(analysis, h);
    for (const h of slangHits) {
      const tag = tagOf(h);
      if ((tag !== 'demeaning' && tag !== 'mockery') || !usable(h)) continue;
      const w = h.entry.weight ?? 1;
      cues.push({ start: h.start, end: h.end, weight: w, core: w >= 0.6, label: `${tag}: ${h.entry.phrase}` });
    }
    // What the meaning layer says of patients: name-calling, contempt, derision, a put-down of a group, a
    // sexual remark. An act bound to a colleague or an organisation is not about the patients beside it.
    for (const act of analysis.meaning.acts) {
      if (act.negated || (act.stance !== 'own' && act.stance !== 'quoted') || act.target?.kind === 'self') continue;
      const t = act.target;
      const aboutPatient =
        t === undefined ||
        t.kind === 'patient' ||
        (t.kind === 'group' && t.group !== 'social') ||
        (t.kind === 'person' && !analysis.targets.roles.some((r) => r.start === t.start));
      if (!aboutPatient) continue;
      const bound = t?.kind === 'patient';
      // A word that is an insult only when it labels someone ("tool", "clown") needs a patient it labels.
      if (!bound && act.entry.tags?.includes('needs-target')) continue;
      let weight = 0;
      if (act.kind === 'patient') weight = act.entry.weight ?? 1;
      else if (act.kind === 'insult' || act.kind === 'dehumanise')
        weight = bound ? 1 : act.kind === 'insult' && !act.entry.tags?.includes('needs-target') ? 0.8 : 0;
      else if (act.kind === 'contempt' || act.kind === 'crime') weight = bound ? 0.9 : 0.5;
      else if (act.kind === 'inferiority' || act.kind === 'exclusion' || act.kind === 'emotion')
        weight = bound || t?.kind === 'group' ? 0.8 : 0;
      else if (act.kind === 'sexual' && act.entry.tags?.[1] !== 'body') weight = bound ? 1 : 0.6;
      if (weight === 0 || !usable(act)) continue;
      cues.push({
        start: act.start,
        end: act.end,
        weight,
        core: weight >= 0.6,
        label: `${act.kind}: ${act.entry.phrase}`,
      });
    }
    for (const m of matchesOf(MOCK_EMOJI, text))
      cues.push({ start: m.index, end: m.index + m[0].length, weight: 0.3, core: false, label: `mockery: ${m[0]}` });

    const hits: RuleHit[] = [];
    const taken: Array<[number, number]> = [];
    const near = (s: number, t: number) => t === s || t === s + 1 || t === s - 1;

    // 1. Ward slang used as a label.
    for (const h of slangHits) {
      if (tagOf(h) !== 'slang' || cancelled(h) || isQuoted(analysis.meaning.quoted, h.start, h.end)) continue;
      // Before a moment or a thing the slang describes it, not a patient ("heartsink moment").
      if (THING_HEADS.has(analysis.tokens[h.tokenEnd]?.norm ?? '')) continue;
      const s = sentenceOf(h.start);
      if (meta.has(s) || taken.some(([a, b]) => h.start < b && h.end > a)) continue;
      const w = h.entry.weight ?? 1;
      const support =
        Math.max(0, ...[...refs].filter(([t]) => near(s, t)).map(([, r]) => r * 0.5)) +
        cues.filter((c) => near(s, sentenceOf(c.start))).reduce((sum, c) => sum + c.weight, 0);
      if (w < SLANG_THRESHOLD && w + support < 1) continue;
      taken.push([h.start, h.end]);
      const written = text.slice(h.start, h.end);
      hits.push({
        start: h.start,
        end: h.end,
        message:
          `Don't send this as it stands: "${written}" is ward slang that labels a patient instead of describing their care. ` +
          'Patients can read it, and the GMC, your employer and NHS England see mocking patients as a failure of respect (guidance: Content).',
        confidence: Math.min(0.95, 0.6 + 0.3 * Math.min(1, w) + 0.1 * Math.min(1, support)),
        suggestions: [{ kind: 'advice', text: reframeFor(h.entry.phrase) }],
        why: [`ward slang: ${h.entry.phrase}`, ...(support > 0 ? ['beside a patient reference or mockery'] : [])],
      });
    }

    // 2. A patient reference beside demeaning or mocking words.
    const sentencesWithRefs = new Set([...refs.keys(), ...serviceRefs.keys()]);
    for (const s of [...sentencesWithRefs].sort((a, b) => a - b)) {
      if (meta.has(s)) continue;
      const window = cues.filter((c) => {
        const t = sentenceOf(c.start);
        return (t === s || t === s + 1) && !taken.some(([a, b]) => c.start < b && c.end > a);
      });
      // The setting of care ("appointments", "our list") stands for patients only beside a generalisation about a group.
      const ref = Math.max(
        refs.get(s) ?? 0,
        window.some((c) => /^(contempt|crime|insult|dehumanise|exclusion|inferiority):/.test(c.label))
          ? (serviceRefs.get(s) ?? 0)
          : 0,
      );
      if (ref === 0) continue;
      const core = window.filter((c) => c.core);
      if (core.length === 0) continue;
      const score = ref + window.reduce((sum, c) => sum + c.weight, 0);
      if (score < MOCKING_THRESHOLD) continue;
      const lead = core.reduce((a, b) => (b.weight > a.weight ? b : a));
      if (taken.some(([a, b]) => lead.start < b && lead.end > a)) continue;
      taken.push([lead.start, lead.end]);
      for (const c of window) taken.push([c.start, c.end]);
      const written = text.slice(lead.start, lead.end);
      hits.push({
        start: lead.start,
        end: lead.end,
        message:
          `Don't send this as it stands: "${written}" mocks or demeans a patient. Patients can read it, and the GMC, your ` +
          'employer and NHS England see talk like this as a failure of respect that harms trust in doctors (guidance: Content).',
        confidence: Math.min(0.9, 0.6 + 0.15 * (score - MOCKING_THRESHOLD)),
        suggestions: [{ kind: 'advice', text: reframeFor('') }],
        why: ['patient reference', ...window.map((c) => c.label)],
      });
    }
    return withModel(
      analysis,
      'content.patient-disparagement',
      hits.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)),
      (excerpt) => ({
        message: `Don't send this as it stands: "${excerpt}" reads as mocking or demeaning a patient. Patients can read it, and the GMC, your employer and NHS England see talk like this as a failure of respect (guidance: Content).`,
        suggestions: [{ kind: 'advice', text: reframeFor('') }],
      }),
      [
        ...aimedHostility(analysis.meaning.acts, analysis.text)
          .filter((x) => x.target?.kind === 'patient')
          .map((x) => ({ start: x.start, end: x.end, why: `${x.kind} aimed at a patient: "${x.target?.label}"` })),
        ...mockedEncounters(analysis, refs, cues, sentenceOf),
      ],
    );
  },
});
