import type { LexiconHit } from '../../text/matcher.js';
import { defineRule, type RuleHit } from '../../rule.js';
import { type Draft, PLATFORM_NAME, type Platform } from '../../types.js';

/**
 * What the channel will not protect. Two kinds of finding, both info:
 * - whole-draft, for every outbound group-chat message or direct message, worded for the platform;
 * - on a phrase that counts on privacy, deletion or anonymity ("between us", "delete after reading",
 *   "my anon account"), on any channel.
 * Email is left out of the every-draft reminder: rules.md limits it to group chats and direct
 * messages, and a reminder on every work email would soon be ignored. A phrase that relies on
 * privacy is still flagged in an email.
 */

const LAW =
  'Messages can be disclosed: to someone who makes a subject access request under UK GDPR and the Data Protection Act 2018, ' +
  'under the Freedom of Information Act 2000 where a public body holds them, and to the police under the Police and Criminal Evidence Act 1984.';

const ENCRYPTED = new Set(['whatsapp', 'signal', 'telegram']);
const WORKPLACE = new Set(['slack', 'teams']);
/** Platforms whose messages are named in the note (direct messages on Facebook are Messenger's). */
const NAMED = [
  'whatsapp',
  'signal',
  'telegram',
  'slack',
  'teams',
  'instagram',
  'x',
  'linkedin',
  'bluesky',
  'threads',
  'mastodon',
  'tiktok',
] as const;
const NAMES: Partial<Record<Platform, string>> = {
  ...Object.fromEntries(NAMED.map((p) => [p, PLATFORM_NAME[p]])),
  facebook: 'Messenger',
};

function channelNote(draft: Draft): string {
  const p = draft.platform;
  const name = p ? NAMES[p] : undefined;
  const group = draft.channel === 'group-chat';
  if (p && ENCRYPTED.has(p)) {
    return group
      ? `${name}'s encryption keeps this group message from outsiders in transit, not from the group: any member can screenshot or forward it, and disappearing or deleted messages may already have been captured.`
      : `${name}'s encryption keeps this message from outsiders in transit, not from the person you send it to: they can screenshot or forward it, and deleting it later may not remove every copy.`;
  }
  if (p && WORKPLACE.has(p)) {
    return `${name} messages are usually kept by the employer, who can search and export them in a complaint, an investigation or a request for information${group ? '; every member of the channel can also screenshot them' : ''}.`;
  }
  return group
    ? `Everyone in ${name ? `the ${name} group` : 'a group chat'} can screenshot or forward what you post, and members come and go.`
    : `A direct message${name ? ` on ${name}` : ''} can be screenshotted or forwarded by the person who receives it, and may be recoverable after deletion.`;
}

const ASSUMPTION: Record<string, string> = {
  confidence: 'asks the reader to keep it to themselves, but nothing stops them passing it on',
  deletion:
    'counts on the message not lasting, but it can be captured before it is deleted and often recovered afterwards',
  capture: 'asks readers not to keep or pass it on, which they can do anyway',
  closed: 'counts on a closed audience, but private groups are screenshotted and their members change',
  anonymity: 'counts on not being identified, but anonymous authors can often be traced',
  encryption:
    'counts on the app, but encryption protects a message in transit, not from the people who receive it or from disclosure',
};

/** "Between us, …" asks for secrecy; "between us we raised £2,000" does not. */
function secretive(text: string, hit: LexiconHit): boolean {
  if (!hit.entry.tags?.includes('ambiguous')) return true;
  const after = text.slice(hit.end, hit.end + 16);
  if (/^[\s,]*(?:we|we've|we'd|we'll|they|both|all|and)\b/i.test(after)) return false;
  return /^\s*(?:[,.;:!?)\u2013\u2014-]|$)/.test(after);
}

export default defineRule({
  id: 'disclosability.reminder',
  category: 'disclosability',
  severity: 'info',
  guidance: 'Disclosability',
  readers: [],
  description:
    'Group chats, direct messages and wording that relies on privacy or deletion: it can still be captured and disclosed.',
  rationale:
    'Doctors in difficulty often say a message was meant to be private ("Disclosability"). Private groups are screenshotted, deleted ' +
    'messages survive on other phones and backups, encryption does not shield a message from the people who receive it, and anonymous ' +
    'accounts can be traced. Messages may also have to be handed over: after a subject access request under UK GDPR and the Data ' +
    'Protection Act 2018, under the Freedom of Information Act 2000 where a public body holds them, or to the police under the Police ' +
    'and Criminal Evidence Act 1984. Pause reminds the author of this on every group or direct message, and wherever the wording leans on privacy.',
  examples: {
    flagged: [
      { text: 'Can someone cover my Thursday clinic?', channel: 'group-chat', platform: 'whatsapp' },
      'Between us, I think the new partner is out of her depth. Delete after reading.',
    ],
    clean: [
      'Flu clinics start on Saturday. Book through the NHS App.',
      { text: 'Thanks for covering on Friday, Rob.', channel: 'email', platform: 'email' },
    ],
  },
  detect({ draft, analysis }) {
    const hits: RuleHit[] = [];
    // Overlapping phrases ("my anon" + "anon account") make one span ("my anon account").
    const spans: Array<{ start: number; end: number; hit: LexiconHit }> = [];
    for (const h of [...analysis.hits('privacy')].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (!secretive(draft.text, h)) continue;
      const last = spans[spans.length - 1];
      if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
      else spans.push({ start: h.start, end: h.end, hit: h });
    }
    for (const { start, end, hit: h } of spans) {
      const phrase = draft.text.slice(start, end);
      const tag = h.entry.tags?.[0] ?? 'confidence';
      hits.push({
        start,
        end,
        message: `'${phrase}' ${ASSUMPTION[tag] ?? ASSUMPTION.confidence}. ${LAW} Consider writing only what you would be content to see read out in a hearing.`,
        confidence: h.entry.tags?.includes('ambiguous') ? 0.6 : 0.85,
        suggestions: [
          {
            kind: 'advice',
            text: 'Assume this message will be kept and could be read by a patient, your employer, the GMC, a police officer or a judge.',
          },
        ],
        why: [`relies on ${tag}`],
      });
      if (hits.length >= 5) break;
    }
    if (draft.channel === 'group-chat' || draft.channel === 'direct-message') {
      hits.push({
        message: `${channelNote(draft)} ${LAW} Consider whether you would be content for anyone outside the ${draft.channel === 'group-chat' ? 'group' : 'conversation'} to read it.`,
        confidence: 0.9,
        suggestions: [],
        why: [draft.channel, ...(draft.platform ? [draft.platform] : [])],
      });
    }
    return hits;
  },
});
