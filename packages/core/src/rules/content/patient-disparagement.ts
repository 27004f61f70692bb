import type { Analysis } from '../../analysis/analyse.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { findDiscrimination } from './discrimination.js';
import { inQuotes } from '../../analysis/speech.js';
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
// Insult tags (data/insult.ts) whose words are often innocent; they count only close to a patient.
const LOOSE_INSULT = new Set(['needs-target', 'allegation', 'demeaning-adjective', 'not-he-she']);
const CLOSE = 8;
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

/** A sexual-lexicon hit that makes a core cue: an appraisal, explicit or desire word of some weight. */
function sexualCue(h: LexiconHit): boolean {
  const tag = h.entry.tags?.[0] ?? '';
  return (tag === 'appraisal' || tag === 'explicit' || tag === 'desire') && (h.entry.weight ?? 1) >= 0.6;
}

function aimedAtSelf(analysis: Analysis, hit: LexiconHit): boolean {
  for (let i = Math.max(0, hit.tokenStart - 4); i < hit.tokenStart; i++)
    if (SELF.has(analysis.tokens[i]?.norm ?? '')) return true;
  return false;
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
    const tag = (h: LexiconHit) => h.entry.tags?.[0] ?? '';
    if (slang.some((h) => tag(h) === 'slang')) return true;
    const ref =
      a.hits('patient-ref').length > 0 ||
      slang.some((h) => tag(h) === 'service') ||
      a.targets.namedPeople.some((p) => PATIENT_TITLES.test(p.name)) ||
      hasMatch(SLOT, a.text);
    return (
      ref &&
      (slang.some((h) => tag(h) === 'demeaning' || tag(h) === 'mockery') ||
        a.hits('insult').length > 0 ||
        a.hits('sexual').some(sexualCue) ||
        findDiscrimination(a).length > 0)
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
    const refTokens: number[] = [];
    const tokenAt = (offset: number) => {
      const i = analysis.tokens.findIndex((t) => t.end > offset);
      return i === -1 ? analysis.tokens.length : i;
    };
    const addRef = (offset: number, weight: number, into = refs) => {
      const s = sentenceOf(offset);
      into.set(s, Math.max(into.get(s) ?? 0, weight));
      if (into === refs) refTokens.push(tokenAt(offset));
    };
    for (const h of analysis.hits('patient-ref')) addRef(h.start, h.entry.weight ?? 1);
    for (const p of analysis.targets.namedPeople) if (PATIENT_TITLES.test(p.name)) addRef(p.start, 0.6);
    for (const m of matchesOf(SLOT, text)) addRef(m.index, 0.8);
    for (const h of slangHits) if (tagOf(h) === 'service') addRef(h.start, h.entry.weight ?? 0.4, serviceRefs);
    const closeToRef = (h: LexiconHit) => refTokens.some((t) => t >= h.tokenStart - CLOSE && t <= h.tokenEnd + 2);

    // Demeaning and mocking cues, by position.
    const cues: Cue[] = [];
    const usable = (h: LexiconHit) => !cancelled(h) && !inQuotes(text, h.start, h.end) && !aimedAtSelf(analysis, h);
    for (const h of slangHits) {
      const tag = tagOf(h);
      if ((tag !== 'demeaning' && tag !== 'mockery') || !usable(h)) continue;
      const w = h.entry.weight ?? 1;
      cues.push({ start: h.start, end: h.end, weight: w, core: w >= 0.6, label: `${tag}: ${h.entry.phrase}` });
    }
    // A colleague's role or an organisation right beside the insult is its target ("the idiots at the ICB cut physio
    // for our patients", "the receptionist is an idiot, she booked my patient…"): the patients there are not the ones
    // demeaned.
    const staffRoles = analysis.targets.roles.filter((r) => {
      const tag = r.entry.tags ?? [];
      return (
        (tag.includes('role') || tag.includes('body')) &&
        !analysis.hits('patient-ref').some((p) => p.start < r.end && p.end > r.start)
      );
    });
    const aimedAtStaff = (h: LexiconHit) =>
      staffRoles.some(
        (r) =>
          sentenceOf(r.start) === sentenceOf(h.start) &&
          ((r.tokenEnd <= h.tokenStart && h.tokenStart - r.tokenEnd <= 4) ||
            (r.tokenStart >= h.tokenEnd && r.tokenStart - h.tokenEnd <= 2)),
      );
    for (const h of analysis.hits('insult')) {
      // Words with an everyday sense ("a triage tool", "fraud team", "useless system") need a patient close by.
      const loose = h.entry.tags?.some((t) => LOOSE_INSULT.has(t)) ?? false;
      if (usable(h) && (!loose || closeToRef(h)) && !aimedAtStaff(h))
        cues.push({
          start: h.start,
          end: h.end,
          weight: 0.8 * (h.entry.weight ?? 1),
          core: true,
          label: `insult: ${h.entry.phrase}`,
        });
    }
    // Slurs and generalisations about a protected group, as the discrimination rule finds them.
    for (const d of findDiscrimination(analysis)) {
      if (d.kind !== 'incitement' && !d.quotedSlur && !inQuotes(text, d.start, d.end)) {
        cues.push({
          start: d.start,
          end: d.end,
          weight: d.confidence,
          core: true,
          label: `generalisation: ${text.slice(d.start, d.end)}`,
        });
      }
    }
    // Sexualising a patient ("the fittest patient").
    for (const h of analysis.hits('sexual')) {
      if (sexualCue(h) && usable(h)) {
        cues.push({
          start: h.start,
          end: h.end,
          weight: h.entry.weight ?? 1,
          core: true,
          label: `sexual remark: ${h.entry.phrase}`,
        });
      }
    }
    for (const m of matchesOf(MOCK_EMOJI, text))
      cues.push({ start: m.index, end: m.index + m[0].length, weight: 0.3, core: false, label: `mockery: ${m[0]}` });

    const hits: RuleHit[] = [];
    const taken: Array<[number, number]> = [];
    const near = (s: number, t: number) => t === s || t === s + 1 || t === s - 1;

    // 1. Ward slang used as a label.
    for (const h of slangHits) {
      if (tagOf(h) !== 'slang' || cancelled(h) || inQuotes(text, h.start, h.end)) continue;
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
        window.some((c) => c.label.startsWith('generalisation')) ? (serviceRefs.get(s) ?? 0) : 0,
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
    return hits.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
