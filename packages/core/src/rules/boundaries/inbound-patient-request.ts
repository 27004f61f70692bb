import type { Analysis } from '../../analysis/analyse.js';
import { redirectReply } from '../../advice.js';
import {
  ADMIN_CUES,
  CARE_QUESTION_CUES,
  isHealthTopic,
  isSymptom,
  CLAUSE_OPENERS,
  PLEAS,
  QUESTION_SUBJECTS,
} from '../../data/advice-request.js';
import { AUXILIARIES, WH_WORDS } from '../../data/taxonomy/grammar.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Token } from '../../text/tokens.js';
import { modelEmergency } from '../../analysis/model-emergency.js';
import { findRedFlags } from '../../analysis/red-flags.js';

// The writer speaks of their own or a relative's health ("my", "I've", "my son's", "Dad's").
const FIRST_PERSON = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'we',
  'our',
  'us',
]);
const RELATIVES = new Set([
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'son',
  'daughter',
  'husband',
  'wife',
  'partner',
  'baby',
  'child',
  'kid',
  'kids',
  'boy',
  'girl',
  'nan',
  'nana',
  'gran',
  'grandma',
  'grandad',
  'grandpa',
  'brother',
  'sister',
  'toddler',
]);
// A clinician writing about a patient to a colleague, not a patient writing in.
const CLINICIAN_DETERMINERS = new Set(['the', 'a', 'my', 'our', 'this', 'that', 'another', 'new', 'one', 'some']);
const PATIENT_WORDS = new Set(['patient', 'patients', 'pt', 'pts']);

function possessiveRelative(norm: string): boolean {
  const base = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  return RELATIVES.has(base);
}

function clinicianNote(a: Analysis): boolean {
  for (let i = 1; i < a.tokens.length; i++) {
    if (PATIENT_WORDS.has((a.tokens[i] as Token).norm) && CLINICIAN_DETERMINERS.has((a.tokens[i - 1] as Token).norm))
      return true;
  }
  return false;
}

interface Cue {
  start: number;
  end: number;
  confidence: number;
  why: string;
}

/** The strongest sign that the message asks for clinical advice, or undefined. */
/**
 * The message asks something: a question mark, a question typed without one ("shall i give her calpol",
 * "what do we do"), or a plea ("pls help").
 */
function asksSomething(a: Analysis): boolean {
  if (a.text.includes('?')) return true;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = (t[i] as Token).norm;
    const before = t[i - 1]?.norm ?? '';
    // Text-speak has already read "pls" and "plz" as "please".
    if (PLEAS.has(w) && before === 'please') return true;
    const subject = t[i + 1]?.norm ?? '';
    if (!QUESTION_AUX.has(w) || !QUESTION_SUBJECTS.has(subject)) continue;
    // "did it so hard", "do it tonight": "do" with "it" is the verb itself, not a question.
    if (subject === 'it' && /^d(o|id|oes)$/.test(w)) continue;
    const prev = t[i - 1];
    const opens =
      !prev ||
      a.sentenceAt(prev.start) !== a.sentenceAt((t[i] as Token).start) ||
      a.text.slice(prev.end, (t[i] as Token).start).includes(',');
    if (opens || CLAUSE_OPENERS.has(before) || WH_WORDS.has(before)) return true;
  }
  return false;
}
/** Auxiliaries that open a question ("shall I", "do we", "is it"); not "have", mostly a main verb here. */
const QUESTION_AUX = new Set([...AUXILIARIES].filter((w) => !/^ha(ve|s|d)$/.test(w)));

/** Booking, collecting or a notice, with no symptom and no question about care ("any early slots for my review?"). */
function practiceBusiness(a: Analysis): boolean {
  let admin = false;
  for (const t of a.tokens) {
    if (isSymptom(t.norm) || CARE_QUESTION_CUES.has(t.norm)) return false;
    if (ADMIN_CUES.has(t.norm)) admin = true;
  }
  return admin;
}

export function findRequest(a: Analysis): Cue | undefined {
  if (clinicianNote(a)) return undefined;
  const asks = a.hits('advice-request');
  // A red flag, or an emergency only the learned model reads: either way help may be what is asked for.
  const flag = findRedFlags(a)[0] ?? modelEmergency(a);
  if (!flag && practiceBusiness(a)) return undefined;

  // 1. An asking phrase with a health topic or a red flag in the message.
  if (asks.length > 0 && (flag || a.tokens.some((t) => isHealthTopic(t.norm)))) {
    // The request itself, not the apology or preface before it ("sorry to message you… should I take…").
    const h = asks.find((x) => !x.entry.tags?.includes('preface')) ?? (asks[0] as (typeof asks)[number]);
    let end = h.end;
    for (const other of asks) if (other.start === h.start && other.end > end) end = other.end;
    return { start: h.start, end, confidence: 0.85, why: `asks for advice: "${a.text.slice(h.start, end)}"` };
  }
  // 2. A red flag with a question: someone asking a doctor about an emergency wants help with their care.
  // (A farewell or a report with no question asks nothing; the urgent-symptoms rule answers it.)
  if (flag && asksSomething(a)) {
    return {
      start: flag.start,
      end: flag.end,
      confidence: 0.8,
      why: `describes a red-flag symptom: "${a.text.slice(flag.start, flag.end)}"`,
    };
  }
  // 3. A question about the writer's own (or a relative's) health.
  if (!a.text.includes('?') || !a.tokens.some((t) => FIRST_PERSON.has(t.norm) || possessiveRelative(t.norm)))
    return undefined;
  for (const s of a.sentences) {
    const text = a.text.slice(s.start, s.end).trimEnd();
    if (!text.endsWith('?')) continue;
    if (a.tokens.some((t) => t.start >= s.start && t.end <= s.end && isHealthTopic(t.norm))) {
      const lead = text.length - text.trimStart().length;
      return {
        start: s.start + lead,
        end: s.start + text.length,
        confidence: 0.7,
        why: 'a question about their own or a relative\u2019s health',
      };
    }
  }
  return undefined;
}

export default defineRule({
  id: 'boundaries.inbound-patient-request',
  category: 'boundaries',
  severity: 'caution',
  guidance: 'Managing contact from patients via social media',
  readers: ['gmc'],
  description: 'A patient asks for clinical advice through social media or messaging.',
  rationale:
    'When a patient asks for advice about their care through a doctor\u2019s social media or personal messages, the guidance says to point them to the proper channels so they get timely help (Managing contact from patients via social media). Advice given there sits outside the record, may reach the doctor when they cannot act on it, and is hard to justify later to the GMC. The rule spots the request and offers a ready reply pointing to the practice, NHS 111 online or 999.',
  direction: 'inbound',
  examples: {
    flagged: [
      {
        text: 'Hi Doc, sorry to message you here. Is it OK to take ibuprofen with my blood pressure tablets?',
        direction: 'inbound',
        channel: 'direct-message',
      },
      {
        text: 'Could you have a look at my blood results and tell me what they mean?',
        direction: 'inbound',
        channel: 'comment',
        platform: 'facebook',
      },
    ],
    clean: [
      {
        text: 'Thanks so much for the talk at the school last night, the kids loved it!',
        direction: 'inbound',
        channel: 'direct-message',
      },
      { text: 'Is the surgery open on Easter Monday?', direction: 'inbound', channel: 'comment', platform: 'facebook' },
      {
        text: 'Can you swap my Tuesday session for your Friday one? I will update the rota.',
        direction: 'inbound',
        channel: 'group-chat',
      },
    ],
  },
  detect({ analysis, draft }): RuleHit[] {
    const cue = findRequest(analysis);
    if (!cue) return [];
    return [
      {
        start: cue.start,
        end: cue.end,
        message:
          'Reconsider answering this here: it asks for clinical advice through social media or personal messages. The guidance asks you to send patients to the proper channels so they get timely care (Managing contact from patients via social media); reply with a short note pointing them to the practice, NHS 111 online or, in an emergency, 999.',
        confidence: cue.confidence,
        why: [cue.why],
        suggestions: [{ kind: 'advice', text: redirectReply(draft) }],
      },
    ];
  },
});
