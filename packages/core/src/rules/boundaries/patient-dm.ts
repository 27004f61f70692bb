import type { Analysis } from '../../analysis/analyse.js';
import { signer } from '../../analysis/sign-off.js';
import { isHealthTopic } from '../../data/advice-request.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Token } from '../../text/tokens.js';
import type { Draft, Recipient } from '../../types.js';

// Platforms that are messengers whatever channel the draft names (a WhatsApp "post" is a message).
const MESSENGERS = new Set(['whatsapp', 'signal', 'telegram']);
// A recipient that is a list or a group: practice mailings, bulk texts, newsletters.
const BULK =
  /\b(?:list|lists|patients|bulk|mailing|newsletter|subscribers|everyone|all|group|members|distribution|team|staff|desk|network|services|department|office|committee|board|practice|surgery|centre|clinic)\b/i;
const PROFESSIONAL = /^(?:dr|doctor|prof|professor|nurse|sister)\b\.?/i;
// The practice speaking as itself: "This is Oakfield Medical Centre", "Riverside Surgery: …", "Please do not reply".
const PRACTICE_VOICE = new RegExp(
  [
    String.raw`^\s*(?:this is|a message from|message from|from)?\s*(?:the\s+)?(?:[A-Z][\w'&.-]*\s+){1,4}(?:Surgery|Practice|Medical Centre|Medical Center|Health Centre|Health Center|Medical Group|Group Practice|PCN)\b\s*[:,.\-\u2013\u2014]`,
    String.raw`\bthis is (?:the\s+)?(?:[A-Z][\w'&.-]*\s+){1,4}(?:Surgery|Practice|Medical Centre|Health Centre|Medical Group)\b`,
    String.raw`\b(?:please\s+)?do not reply to this\b`,
    String.raw`\bthis (?:number|inbox|mailbox) is not monitored\b`,
    String.raw`^\s*dear patients?\b`,
  ].join('|'),
  'i',
);
// Words after "your" that mean the patient's own care, besides the health topics.
const CARE_WORDS = new Set([
  'notes',
  'record',
  'records',
  'letter',
  'review',
  'check',
  'checkup',
  'operation',
  'procedure',
  'op',
  'recovery',
  'treatment',
  'symptoms',
  'condition',
]);
const YOUR = new Set(['your', 'ur', "you're", 'yours']);
// A sentence that sends the patient to the practice is the remedy, not the problem ("please ring the surgery about your results").
const REDIRECT =
  /\b(?:contact|call|ring|phone|book|speak to|speak with|talk to|see|message|email|use)\b[^.!?\n]{0,40}\b(?:surgery|practice|reception|your gp|the gp|111|appointment|nhs app)\b/i;
const HANDLE_FIRST = /^\s*@[A-Za-z0-9_]{2,30}\b/;
const HOWS = new Set(["how's", 'hows']);

function isPatientRecipient(r: Recipient): boolean {
  return r.isPatient === true && !BULK.test(r.name);
}

type Audience = 'patient' | 'unknown' | 'not-patient';

function audience(draft: Draft): Audience {
  if (draft.recipients.length === 0) return 'unknown';
  if (draft.recipients.some(isPatientRecipient)) return 'patient';
  if (draft.recipients.some((r) => r.isPatient === true)) return 'not-patient'; // a bulk list: practice mailings
  if (draft.recipients.some((r) => r.isPatient === false || PROFESSIONAL.test(r.name.trim()) || BULK.test(r.name)))
    return 'not-patient';
  return 'unknown';
}

function isDirect(draft: Draft, who: Audience): boolean {
  if (draft.channel === 'direct-message' || draft.channel === 'email') return true;
  if (draft.channel === 'group-chat') return false;
  if (draft.platform !== undefined && MESSENGERS.has(draft.platform)) return true;
  // A reply or comment to a patient (known, or named by @handle) is still messaging them about their health.
  return (
    (draft.channel === 'reply' || draft.channel === 'comment') && (who === 'patient' || HANDLE_FIRST.test(draft.text))
  );
}

const topicOf = (t: Token) => isHealthTopic(t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm);

/** "your blood results", "re your mole", "how's the rash": the reader's own health, addressed to them. */
function redirecting(a: Analysis, offset: number): boolean {
  const s = a.sentences[a.sentenceAt(offset)];
  return s !== undefined && REDIRECT.test(a.text.slice(s.start, s.end));
}

function personalCue(a: Analysis): { start: number; end: number } | undefined {
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!YOUR.has(t.norm) && !HOWS.has(t.norm) && !(t.norm === 'how' && tokens[i + 1]?.norm === 'is')) continue;
    if (redirecting(a, t.start)) continue;
    const from = t.norm === 'how' ? i + 2 : i + 1;
    for (let j = from; j < tokens.length && j <= from + 2; j++) {
      const w = tokens[j] as Token;
      if (/[.!?;\n]/.test(a.text.slice((tokens[j - 1] as Token).end, w.start))) break;
      if (topicOf(w) || CARE_WORDS.has(w.norm.replace(/['’]s$/, ''))) {
        // Carry on over a following topic word: "your blood results", "your smear result".
        let end = j;
        while (end + 1 < tokens.length && end + 1 <= j + 1 && topicOf(tokens[end + 1] as Token)) end++;
        return { start: t.start, end: (tokens[end] as Token).end };
      }
    }
  }
  return undefined;
}

function firstTopic(a: Analysis): { start: number; end: number } | undefined {
  const t = a.tokens.find((tok) => topicOf(tok) && !redirecting(a, tok.start));
  return t ? { start: t.start, end: t.end } : undefined;
}

export default defineRule({
  id: 'boundaries.patient-dm',
  category: 'boundaries',
  severity: 'caution',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc', 'employer'],
  description: 'Messaging a patient directly about their health, outside practice-sent reminders.',
  rationale:
    'Messaging a patient about their condition from a personal account or a messenger is one of the boundary problems the guidance names (Maintaining professional boundaries: Direct messaging with patients): family or friends may see the message, it may reach the wrong person, it never reaches the notes, and the patient may reply when nobody can answer. A patient whose results were sent this way, the GMC and the practice would all question it. Reminders the practice itself sends, singly or in bulk, are the exception and are left alone.',
  examples: {
    flagged: [
      {
        text: 'Hi Joan, your blood test came back normal. No need to worry!',
        channel: 'direct-message',
        platform: 'whatsapp',
        recipients: [{ name: 'Joan Smith', isPatient: true }],
      },
      {
        text: "Sorry it's late, I've seen your scan result. Could you pop in tomorrow?",
        channel: 'direct-message',
        platform: 'facebook',
      },
    ],
    clean: [
      {
        text: 'This is Riverside Surgery. You are due your annual asthma review: please book online. Do not reply to this message.',
        channel: 'direct-message',
        recipients: [{ name: 'Joan Smith', isPatient: true }],
      },
      {
        text: 'Hi Joan, are you still on for the book club on Thursday?',
        channel: 'direct-message',
        platform: 'whatsapp',
        recipients: [{ name: 'Joan Smith', isPatient: true }],
      },
      {
        text: 'Hi Priya, your referral letter template is in the shared drive.',
        channel: 'email',
        recipients: [{ name: 'Dr Priya Nair' }],
      },
    ],
  },
  detect({ draft, analysis }): RuleHit[] {
    const who = audience(draft);
    if (who === 'not-patient' || !isDirect(draft, who)) return [];
    // Sent by the practice as itself (a practice voice, or signed with its name or an office): the guidance's exception.
    if (PRACTICE_VOICE.test(draft.text) || signer(draft) === 'practice') return [];
    const personal = personalCue(analysis);
    let cue: { start: number; end: number } | undefined;
    let confidence: number;
    const why: string[] = [];
    if (who === 'patient') {
      cue = personal ?? firstTopic(analysis);
      confidence = personal ? 0.85 : 0.75;
      why.push('recipient is a patient');
    } else {
      cue = personal;
      confidence = 0.65;
      why.push('wording addresses the reader about their own health');
    }
    if (!cue) return [];
    const excerpt = analysis.text.slice(cue.start, cue.end);
    why.push(
      `health content: "${excerpt}"`,
      `channel: ${draft.channel}${draft.platform ? ` (${draft.platform})` : ''}`,
    );
    return [
      {
        start: cue.start,
        end: cue.end,
        message: `Reconsider sending this: "${excerpt}" discusses a patient\u2019s health by direct message. Family or friends may see it, it can reach the wrong person and it stays out of the notes (Direct messaging with patients); move the conversation to the practice\u2019s own channels and record it in the notes.`,
        confidence,
        why,
        suggestions: [
          {
            kind: 'advice',
            text: 'Ask the patient to contact the practice (an appointment, a call from the practice or its own messaging service) and record anything clinical in their notes. If you must reply here, keep it to that, without clinical details.',
          },
        ],
      },
    ];
  },
});
