import type { Assessment } from '@pause/core';

const URGENT = 'boundaries.urgent-symptoms';
const REQUEST = 'boundaries.inbound-patient-request';

export interface SuggestedReply {
  id: 'urgent' | 'redirect';
  title: string;
  text: string;
}

/**
 * The replies to offer for a message received: the engine's ready reply first (for red-flag
 * symptoms that is the 999 / NHS 111 one), then, when the message also asks for advice, the reply
 * pointing to the practice.
 */
export function suggestedReplies(a: Pick<Assessment, 'advice' | 'findings'>): SuggestedReply[] {
  if (a.advice.action !== 'redirect' || !a.advice.reply) return [];
  const urgent = a.findings.some((f) => f.ruleId === URGENT && f.severity !== 'info');
  const out: SuggestedReply[] = [
    {
      id: urgent ? 'urgent' : 'redirect',
      title: urgent ? 'Reply first: this may be an emergency' : 'Suggested reply',
      text: a.advice.reply,
    },
  ];
  if (urgent) {
    const redirect = a.findings.find((f) => f.ruleId === REQUEST)?.suggestions.find((s) => s.kind === 'advice')?.text;
    if (redirect && redirect !== a.advice.reply)
      out.push({ id: 'redirect', title: 'Then, for the advice they asked for', text: redirect });
  }
  return out;
}
