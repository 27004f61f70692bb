import { type Category, type Channel, PLATFORM_NAME, type Platform, type Severity } from '@pause/core';

/*
 * An audit reads posts and messages that have already gone out, but the engine words its findings for a
 * draft ("Don't send this as it stands: …"). This turns them to what can still be done: the reason without
 * the advice to hold back, and the next steps for a published item (delete or edit it, look for copies,
 * tell whoever must know). The steps follow the guidance's point that deleted and historical posts can be
 * recovered (Londonwide LMCs, "The pitfalls of social media usage and how to avoid them", Disclosability).
 */

/** The openings with which the engine tells the author of a draft to stop or think again. */
const DRAFT_OPENING =
  /^(?:Don['’]t (?:send|post) this as it stands|Reconsider(?: (?:sending|posting|attaching) (?:it|this|[^:"]{1,60})(?: now| as it is)?)?(?: "[^"]{0,200}")?): /;

/** A finding's message with its opening for an unsent draft taken off ("it names … beside their health"). */
export function publishedReason(message: string): string {
  const rest = message.replace(DRAFT_OPENING, '');
  return rest === message ? message : rest.charAt(0).toUpperCase() + rest.slice(1);
}

const CHANNEL_NOUN: Record<Channel, string> = {
  'public-post': 'post',
  reply: 'reply',
  'group-chat': 'group message',
  'direct-message': 'direct message',
  email: 'email',
  comment: 'comment',
};

/** "WhatsApp group message", "X reply", "Email": what an item is, by where it went. */
export function itemKind(platform: Platform, channel: Channel): string {
  if (platform === 'email') return 'Email';
  const noun = CHANNEL_NOUN[channel];
  if (platform === 'other' || platform === 'blog') return noun.charAt(0).toUpperCase() + noun.slice(1);
  return `${PLATFORM_NAME[platform]} ${noun}`;
}

export interface PublishedItem {
  readonly mine: boolean;
  readonly platform: Platform;
  readonly channel: Channel;
  readonly severity: Severity;
  readonly findings: ReadonlyArray<{ readonly category: Category; readonly severity: Severity }>;
}

const PUBLIC = new Set<Channel>(['public-post', 'reply', 'comment']);

/** What to do now about an item already sent, most urgent first. */
export function nextSteps(item: PublishedItem): string[] {
  const has = (c: Category) => item.findings.some((f) => f.category === c && f.severity !== 'info');
  const steps: string[] = [];
  if (!item.mine) {
    steps.push(
      'Someone else wrote this, so it is not yours to delete. If it identifies a patient or threatens someone, tell the group’s admin or your practice, and do not forward it.',
    );
    return steps;
  }
  const where = PUBLIC.has(item.channel) ? 'it' : 'it for everyone, where the app allows';
  steps.push(
    item.severity === 'stop'
      ? `Delete ${where}, or edit it if that is all the platform offers. Deleting stops new readers, but copies, screenshots and backups may survive.`
      : `Consider editing or deleting ${where}: it would read differently to a patient, your employer or the GMC than you meant.`,
  );
  if (has('confidentiality'))
    steps.push(
      'If it could identify a patient, tell your practice’s Caldicott guardian or data protection lead today: a breach may have to be recorded or reported, and the patient may need to be told.',
    );
  if (has('content') && item.severity === 'stop')
    steps.push(
      'If anyone has complained, or it has been shared widely, contact your medical defence organisation before you reply, apologise in public or delete a thread others are quoting.',
    );
  if (has('promotion'))
    steps.push(
      'Edit it to state any interest you hold and to leave out the name of a prescription-only medicine, or take it down.',
    );
  if (PUBLIC.has(item.channel) && item.severity === 'stop')
    steps.push(
      'Look for where it went: replies, quotes, shares and screenshots. Platforms remove copies that breach their rules through their reporting forms, and search engines have removal requests for pages that still show it.',
    );
  return steps;
}
