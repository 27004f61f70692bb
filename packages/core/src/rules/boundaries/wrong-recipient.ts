import { addressedHealth } from '../../analysis/addressed-result.js';
import { type Addressed, addressed, alsoReading, misaddressed, personRecipients } from '../../analysis/addressee.js';
import type { Analysis } from '../../analysis/analyse.js';
import { defineRule, type RuleHit } from '../../rule.js';
import type { Draft, Recipient } from '../../types.js';

function listNames(recipients: readonly Recipient[]): string {
  const names = recipients.map((r) => r.name.trim());
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export default defineRule({
  id: 'boundaries.wrong-recipient',
  category: 'boundaries',
  severity: 'stop',
  guidance: 'Direct messaging with patients',
  readers: ['patient', 'gmc'],
  description: 'The person the message addresses or discusses is not the recipient.',
  rationale:
    'Sending a message to the wrong patient is one of the dangers the guidance lists for messaging patients directly, because it hands one person\u2019s health information to another (Maintaining professional boundaries: Direct messaging with patients). When the name a message opens with ("Hi Margaret", "Dear Mr Grantham") matches nobody it is going to, the message was probably meant for someone else; the patient it concerns and the GMC would both see a breach of confidentiality. Short forms (Mo for Mohammed, Bob for Robert) count as a match; a similar but different name (Paula for Pauline) does not.',
  examples: {
    flagged: [
      {
        text: 'Hi Margaret, your smear result came back normal.',
        channel: 'direct-message',
        recipients: [{ name: 'Joan Smith', isPatient: true }],
      },
      {
        text: 'Dear Mr Grantham, your clinic letter is attached.',
        channel: 'email',
        recipients: [{ name: 'Lewis Grant', isPatient: true }],
      },
    ],
    clean: [
      { text: 'Hi Bob, thanks for covering on Friday.', channel: 'email', recipients: [{ name: 'Dr Robert Hale' }] },
      { text: 'Dear Mrs Okonjo, thank you for the rota.', channel: 'email', recipients: [{ name: 'Grace Okonjo' }] },
      'Hi Margaret, see you at the meeting.',
    ],
  },
  detect({ draft, analysis }): RuleHit[] {
    const people = personRecipients(draft);
    if (people.length === 0) return [];
    const { people: said, vocative } = addressed(analysis);
    if (said.length === 0) return [];
    const names = listNames(people);
    const hits: RuleHit[] = [];
    for (const p of misaddressed(draft, analysis)) {
      const excerpt = analysis.text.slice(p.start, p.end);
      hits.push({
        start: p.start,
        end: p.end,
        message: `Don't send this as it stands: it is addressed to "${excerpt}" but is going to ${names}. A message meant for one person that reaches another can breach their confidentiality (Direct messaging with patients); check you have the right recipient, or the right name, before sending.`,
        confidence: vocative ? 0.7 : p.lowerCase ? 0.6 : 0.9,
        why: [`addressed to "${excerpt}"`, `recipient${people.length > 1 ? 's' : ''} on file: ${names}`],
        suggestions: [{ kind: 'advice', text: `Check the recipient: this message names "${excerpt}", not ${names}.` }],
      });
    }
    if (hits.length === 0) {
      const shared = sharedResult(draft, said[0] as Addressed, analysis);
      if (shared) hits.push(shared);
    }
    return hits;
  },
});

/**
 * "Dear Ann, your pregnancy test was positive" to Ann and Mark: one person's result or diagnosis,
 * addressed to them, on a message someone else receives too (another recipient, an organisation such
 * as their employer, or another person in the thread).
 */
function sharedResult(draft: Draft, to: Addressed, a: Analysis): RuleHit | undefined {
  const result = addressedHealth(a);
  if (!result) return undefined;
  const others = alsoReading(draft, to);
  if (others.length === 0) return undefined;
  const excerpt = a.text.slice(to.start, to.end);
  const said = a.text.slice(result.start, result.end);
  const list = others.slice(0, 3).join(', ');
  return {
    start: to.start,
    end: to.end,
    confidence: 0.75,
    why: [`addressed to "${excerpt}"`, `their health told to them ("${said}")`, `also receiving it: ${list}`],
    message: `Don't send this as it stands: it tells "${excerpt}" about their health ("${said}"), but ${list} will read it too. A result or a diagnosis is confidential to the patient it belongs to (Direct messaging with patients); send it to them alone.`,
    suggestions: [
      {
        kind: 'advice',
        text: `Send the result to ${excerpt} alone, through the practice's usual route, and take ${list} off the message.`,
      },
    ],
  };
}
