import type { Identifier, IdentifierKind } from '../../analysis/identifiers.js';
import { addressedHealth, unattributedHealth } from '../../analysis/addressed-result.js';
import { addressed, alsoReading, misaddressed, trailingName } from '../../analysis/addressee.js';
import { THIRD_PERSON } from '../../data/address-words.js';
import { careEncounters } from '../../analysis/care-encounter.js';
import { readShorthand } from '../../analysis/clinical-shorthand.js';
import { threadNames } from '../../analysis/thread-names.js';
import type { Analysis } from '../../analysis/analyse.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Draft } from '../../types.js';

/** How each kind is named in the message, and what replaces it in the rewrite. */
const KINDS: Partial<Record<IdentifierKind, { label: string; replacement: string }>> = {
  'nhs-number': { label: 'an NHS number', replacement: '[NHS number removed]' },
  'hospital-number': { label: 'a hospital number', replacement: '[hospital number removed]' },
  'date-of-birth': { label: 'a date of birth', replacement: '[date of birth removed]' },
  postcode: { label: 'a postcode', replacement: '[postcode removed]' },
  address: { label: 'a home address', replacement: '[address removed]' },
  phone: { label: 'a phone number', replacement: '[phone number removed]' },
  email: { label: 'an email address', replacement: '[email removed]' },
  'ni-number': { label: 'a National Insurance number', replacement: '[NI number removed]' },
  name: { label: "a patient's name", replacement: '[name removed]' },
};

const CARE_LEXICONS = ['clinical', 'patient-ref', 'patient-slang'];
const CONSENT_ADVICE =
  'If the patient has given explicit consent to this being shared, make sure it is recorded and share only what they agreed to; otherwise take the identifier out.';

/** Whether an identifier, in a draft that is (or is not) about care, identifies a patient. */
function identifiesPatient(id: Identifier, aboutCare: boolean): boolean {
  if (id.confidence < 0.5) return false;
  switch (id.kind) {
    case 'nhs-number':
    case 'hospital-number':
      // Labelled or beside clinical content (the confidence says so): enough on its own.
      return id.subject === 'person' || id.subject === 'patient';
    case 'date-of-birth':
      return (id.subject === 'person' || id.subject === 'patient') && aboutCare;
    case 'ni-number':
      // Labelled as an NI number, it is someone's whatever the draft is about.
      return (id.subject === 'person' || id.subject === 'patient') && (aboutCare || id.confidence >= 0.9);
    case 'name':
      return id.subject === 'patient' || (id.subject === 'person' && aboutCare && id.confidence >= 0.6);
    case 'phone':
    case 'email':
    case 'postcode':
    case 'address':
      return id.subject === 'patient' && aboutCare;
    default:
      return false;
  }
}

/** A reply or comment under someone's post: the thread is public, and the reader is usually the one it names. */
const PUBLIC = new Set(['reply', 'comment']);
const HEALTH_TAGS = ['condition', 'symptom', 'test', 'medicine'];
const CLINICIAN = /^(?:dr|doctor|prof|professor|nurse|sister)\b/i;

/**
 * "Hi Sarah, your smear came back abnormal", "Thanks Gareth! See you at your asthma review" or
 * "@karen_88 your bloods were fine" as a public reply: the reader's name (or handle) beside their own
 * health, in front of everyone who reads the thread.
 */
function publicResult(draft: Draft, a: Analysis): RuleHit | undefined {
  if (draft.direction === 'inbound' || !PUBLIC.has(draft.channel)) return undefined;
  const result = addressedHealth(a);
  if (!result) return undefined;
  if (!a.hits('clinical').some((h) => h.entry.tags?.some((t) => HEALTH_TAGS.includes(t)))) return undefined;
  // "sorry you're all poorly": a symptom said back to the person who posted it is their own account, not
  // something the practice knows of them. A result, a diagnosis or a medicine is.
  if (result.tags?.every((t) => t === 'symptom')) return undefined;
  // A result names its reader wherever the name stands; health said to "you" needs the name to be who is spoken to.
  const named = result.tags ? [] : a.targets.namedPeople;
  const who = [...addressedPeople(a), ...a.targets.greeted, ...named, ...trailingName(a)].find(
    (p) => !CLINICIAN.test(a.text.slice(p.start, p.end)),
  );
  if (!who) return undefined;
  const name = a.text.slice(who.start, who.end);
  const said = a.text.slice(result.start, result.end);
  return {
    start: who.start,
    end: who.end,
    confidence: 0.8,
    why: [`a name or handle ("${name}")`, `beside their health ("${said}")`, `channel: ${draft.channel}`],
    message:
      `Don't send this as it stands: it names "${name}" beside their health ("${said}") where anyone can read it. ` +
      'A patient\u2019s health, told in public, breaches confidentiality even when they posted first (guidance: Confidentiality). ' +
      'Reply without the name or the health details, and offer to discuss it through the practice.',
    suggestions: [
      {
        kind: 'advice',
        text: 'Take the reply out of public view: thank them, say nothing about their care, and ask them to contact the practice so it can be discussed privately.',
      },
    ],
  };
}

function addressedPeople(a: Analysis): Array<{ start: number; end: number }> {
  return addressed(a).people.filter((p) => p.names.length > 0);
}

/**
 * "Dear Sarah, your cervical screening result…" to Sara Hughes, or "Hi Hannah Ward, your bloods…" to a
 * colleague: the name of the patient a message speaks to, beside their health, going to someone else
 * (another recipient, or others who read it too).
 */
function misdirected(draft: Draft, a: Analysis): RuleHit | undefined {
  if (draft.direction === 'inbound' || draft.recipients.length === 0) return undefined;
  // The reader's own health ("your smear…"), not a task about someone else ("the lady with the lump").
  const wrong = misaddressed(draft, a)[0];
  const health = addressedHealth(a) ?? (wrong ? unattributedHealth(a) : undefined);
  if (!health) return undefined;
  const to = wrong ?? addressed(a).people[0];
  if (!to) return undefined;
  const others = wrong ? draft.recipients.map((r) => r.name.trim()) : alsoReading(draft, to);
  if (others.length === 0) return undefined;
  const name = a.text.slice(to.start, to.end);
  const said = a.text.slice(health.start, health.end);
  const list = others.slice(0, 3).join(', ');
  return {
    start: to.start,
    end: to.end,
    confidence: 0.8,
    why: [`addressed to "${name}"`, `beside their health ("${said}")`, `read by: ${list}`],
    message:
      `Don't send this as it stands: it names "${name}" beside their health ("${said}"), and ${list} will read it. ` +
      'A patient\u2019s name with their health, sent to someone else, breaches confidentiality (guidance: Confidentiality). ' +
      'Check the recipient, and send it to the patient alone.',
    suggestions: [{ kind: 'replace', start: to.start, end: to.end, text: '[name removed]' }],
  };
}

/** Clinical content in the draft: a condition, symptom, test or medicine, or clinical shorthand. */
function clinicalDetail(a: Analysis): { start: number; end: number } | undefined {
  const hit = a.hits('clinical').find((h) => h.entry.tags?.some((t) => HEALTH_TAGS.includes(t)));
  return hit ?? readShorthand(a).detail;
}

/**
 * "Does anyone know how Derek Lyle is getting on?" answered in public with "He's home, stent went in
 * fine": the thread names the person, the reply gives their health.
 */
function threadNamed(draft: Draft, a: Analysis): RuleHit | undefined {
  if (draft.direction === 'inbound' || !PUBLIC.has(draft.channel)) return undefined;
  const names = threadNames(draft);
  if (names.length === 0 || !a.tokens.some((t) => THIRD_PERSON.has(t.norm))) return undefined;
  const health = clinicalDetail(a);
  if (!health) return undefined;
  const name = names[0] as string;
  const said = a.text.slice(health.start, health.end);
  return {
    start: health.start,
    end: health.end,
    confidence: 0.7,
    why: [`the thread names "${name}"`, `the reply gives their health ("${said}")`, `channel: ${draft.channel}`],
    message:
      `Don't send this as it stands: the thread names ${name}, and this reply tells everyone about their health ("${said}"). ` +
      'Confirming a named person\u2019s care in public breaches confidentiality (guidance: Confidentiality). ' +
      'Reply without any health details, or not at all.',
    suggestions: [
      {
        kind: 'advice',
        text: 'Say nothing about the person\u2019s care in public; if they or their family want news, they can contact the practice.',
      },
    ],
  };
}

export default defineRule({
  id: 'confidentiality.direct-identifier',
  category: 'confidentiality',
  severity: 'stop',
  guidance: 'Confidentiality',
  readers: ['patient', 'gmc', 'judge', 'nhs-england'],
  description:
    'A patient identifier (NHS number, hospital number, date of birth, name, address, postcode, phone, email, NI number) in a draft about a patient.',
  rationale:
    'The Confidentiality section of "The pitfalls of social media usage and how to avoid them" (Londonwide LMCs) treats anything that lets a patient be recognised as confidential, and a single number or a name next to a clinical detail is enough. ' +
    'Group chats and private messages give no protection: they are screenshotted, forwarded and disclosed. ' +
    'The patient would object first, and the GMC, a court and NHS England would see a breach of the duty of confidence. ' +
    "The rule only speaks when the draft is about a patient or someone's care, so a practice's own phone number or a colleague's name passes.",
  examples: {
    flagged: [
      'Results for NHS no. 869 893 5508: potassium 6.1. Could someone ring her this afternoon?',
      {
        text: 'Can anyone advise? Mrs Doreen Platt, DOB 03/07/1949, new ankle swelling on amlodipine.',
        channel: 'group-chat',
      },
      'Please call back my patient Tom Egan on 07700 900127 about his blood results.',
    ],
    clean: [
      'Flu clinics start on Saturday 4 October. Book on 0113 496 0321 or through the NHS App.',
      'Order ref 618 118 6735 for the new couch has been dispatched.',
      'Please welcome Mrs Anne Hollis, our new practice manager, who joins us from Leeds.',
      'Dear Mrs Kaur, thank you for the updated holiday rota.',
    ],
  },
  detect({ draft, analysis }) {
    const shown = publicResult(draft, analysis) ?? misdirected(draft, analysis);
    if (shown) return [shown];
    const ids = analysis.identifiers;
    if (ids.length === 0) {
      const named = threadNamed(draft, analysis);
      return named ? [named] : [];
    }
    const aboutCare =
      CARE_LEXICONS.some((l) => analysis.hits(l).length > 0) ||
      readShorthand(analysis).detail !== undefined ||
      // The author's own care of someone ("on my list", "I'm her GP", "treated"), whatever the condition's name.
      careEncounters(analysis).some((c) => !c.weak) ||
      // A contact detail that merely belongs to someone ("her mobile") does not make the draft about care.
      ids.some(
        (i) =>
          i.subject === 'patient' &&
          i.confidence >= 0.5 &&
          i.kind !== 'date' &&
          i.kind !== 'phone' &&
          i.kind !== 'email',
      );
    const hits: RuleHit[] = [];
    for (const id of ids) {
      const kind = KINDS[id.kind];
      if (!kind || !identifiesPatient(id, aboutCare)) continue;
      hits.push({
        start: id.start,
        end: id.end,
        confidence: id.confidence,
        why: [...id.why],
        message:
          `Don't send this as it stands: "${id.value}" looks like ${kind.label} (${id.why[id.why.length - 1]}). ` +
          'It lets the patient be identified, which breaches confidentiality (guidance: Confidentiality) and is what a patient, the GMC or a court would object to. ' +
          `Remove it: replace it with "${kind.replacement}".`,
        suggestions: [
          { kind: 'replace', start: id.start, end: id.end, text: kind.replacement },
          { kind: 'advice', text: CONSENT_ADVICE },
        ],
      });
    }
    return hits;
  },
});
