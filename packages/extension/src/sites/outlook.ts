/**
 * Outlook on the web (work and personal accounts, old and new hosts). The draft box is the compose
 * body (a new message, or a reply in the reading pane); Ctrl/Cmd+Enter sends. Recipients are the To
 * well's chips as shown; the thread is the conversation in the reading pane, else the quoted message.
 */
import type { ThreadMessage } from '@pause/core';
import type { SiteAdapter } from './adapter.ts';
import { boxMatching, isModEnter, lastReceivedIn, latest, nearest, onHost, shownText } from './dom.ts';

// The body's label is "Message body" (new Outlook adds ", press Alt+F10 to exit"); the reading pane's
// read-only bodies share the label, so contenteditable is required. editorParent_N wraps it in any language.
const BOX = 'div[contenteditable="true"][aria-label^="Message body"], div[id^="editorParent"] [contenteditable="true"]';
// The compose toolbar's Send button (aria-label "Send", title "Send (Ctrl+Enter)").
const SEND = 'button[aria-label="Send"], button[title^="Send ("], [data-testid="ComposeSendButton"]';
// Recipient chips in the To well: Outlook's entity spans (class _EType_RECIPIENT_ENTITY…).
const CHIP = ['span[class*="_EType_RECIPIENT_ENTITY"]', 'span[data-selection-index]'];
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** "Ana Costa <ana@example.com>" → "Ana Costa": the display name when the text shows one. */
const displayName = (text: string): string =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/[;,]\s*$/, '')
    .trim() || text;

function recipients(box: HTMLElement): string[] {
  // The compose form: the nearest ancestor holding a To well (its chips are searched in that form only).
  let form: Element | null = box.parentElement;
  while (form && !form.querySelector('[aria-label="To"]')) form = form.parentElement;
  const chips = form?.querySelectorAll(CHIP.map((chip) => `[aria-label="To"] ${chip}`).join(', ')) ?? [];
  const names = [...chips].map((chip) => displayName(shownText(chip)));
  return [...new Set(names.filter(Boolean))];
}

/** Who the user is: the account control's name and address, and the tab title ("Mail - Ana Costa - Outlook"). */
function identities(doc: Document): Set<string> {
  const ids = [
    shownText(doc.getElementById('mectrl_currentAccount_primary')),
    shownText(doc.getElementById('mectrl_currentAccount_secondary')),
    /^.+? - (.+?) - Outlook/.exec(doc.title)?.[1] ?? '',
  ];
  return new Set(ids.filter(Boolean).map((id) => id.toLowerCase()));
}

function threadOf(box: HTMLElement): ThreadMessage[] {
  const pane = box.closest('[aria-label="Reading Pane"], #ReadingPaneContainerId, [role="main"]');
  const me = identities(box.ownerDocument);
  const thread: ThreadMessage[] = [];
  // Each message of the conversation: an "Email message" region with a From: header and a document body.
  for (const message of pane?.querySelectorAll('[aria-label="Email message"]') ?? []) {
    if (message.contains(box)) continue;
    const text = shownText(message.querySelector('[role="document"]'));
    const from = message.querySelector('[aria-label^="From:"]');
    const shown = shownText(from?.querySelector('button') ?? from) || (from?.getAttribute('aria-label') ?? '');
    const name = displayName(shown.replace(/^From:\s*/, ''));
    const mine = me.has(name.toLowerCase()) || me.has(EMAIL.exec(shown)?.[0].toLowerCase() ?? '');
    if (text) thread.push({ author: mine ? 'me' : name, text });
  }
  if (thread.length) return latest(thread);
  // The quoted message Outlook puts under a reply: #divRplyFwdMsg ("From: Ana Costa <ana@…>", Sent…),
  // followed by the original's body.
  const header = box.querySelector('#divRplyFwdMsg, [id$="_divRplyFwdMsg"]');
  if (!header) return [];
  const author = displayName(/^[^:\n]+:\s*(.+)$/m.exec(shownText(header))?.[1] ?? '');
  const parts: string[] = [];
  for (let node = header.nextElementSibling; node; node = node.nextElementSibling) parts.push(shownText(node));
  const text = parts.filter(Boolean).join('\n');
  return text ? [{ author, text }] : [];
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook',
  platform: 'email',
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.live.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  social: false,
  detect: (location) =>
    onHost(location, 'outlook.office.com', 'outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft'),
  composeBox: (el) => boxMatching(el, BOX),
  // Send sits in the compose toolbar above the body, a good way up the tree.
  sendButton: (box) => nearest(box, SEND, 25),
  sendsOnKey: (event) => isModEnter(event),
  context(box) {
    const to = recipients(box);
    return { channel: 'email', recipients: to, isGroup: to.length > 1, thread: threadOf(box) };
  },
  lastReceived: (box) => lastReceivedIn(threadOf(box)),
};
