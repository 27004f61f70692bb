/**
 * Slack in the browser (app.slack.com). The draft box is the Quill editor inside the message input
 * (the channel's, or a thread's in the side pane); Enter sends. Messages carry their sender's user id
 * (`data-message-sender`).
 */
import type { ThreadMessage } from '@pause/core';
import type { SiteAdapter } from './adapter.ts';
import {
  boxMatching,
  isPlainEnter,
  lastReceivedIn,
  latest,
  nearest,
  onHost,
  othersIn,
  scopeHolding,
  shownText,
} from './dom.ts';

// Slack's data-qa hooks are its own test ids and have held for years; .ql-editor is the Quill root.
const BOX = '[data-qa="message_input"] .ql-editor, .ql-editor[data-qa="message_input"]';
const SEND = 'button[data-qa="texty_send_button"]';
const MESSAGE = '[data-qa="message_container"]';
const SENDER = '[data-qa="message_sender_name"]';

/** The conversation id in the URL (/client/T…/C…, D… for a DM), or '' off a conversation. */
function conversationId(box: HTMLElement): string {
  const path = box.ownerDocument.defaultView?.location.pathname ?? '';
  return /\/client\/[^/]+\/([CDG][A-Z0-9]+)/.exec(path)?.[1] ?? '';
}

/** The name in the box's label, "Message #general" or "Message Dr Ana Costa" (a thread's reads "Reply…"). */
function labelledName(box: HTMLElement): string {
  const label = box.getAttribute('aria-label') ?? box.getAttribute('data-placeholder') ?? '';
  return /^Message\s+(.+)$/i.exec(label.trim())?.[1]?.trim() ?? '';
}

/** The nearest ancestor of `box` holding messages: the thread pane for a reply, else the channel's view. */
function paneOf(box: HTMLElement): HTMLElement | null {
  return scopeHolding(box, MESSAGE);
}

/**
 * The user's own messages are not told apart: the page says who the user is only in its local
 * storage, beside the login token, which Pause will not read. Every message keeps its sender's name.
 */
function threadOf(box: HTMLElement): ThreadMessage[] {
  const thread: ThreadMessage[] = [];
  let author = '';
  for (const row of paneOf(box)?.querySelectorAll(MESSAGE) ?? []) {
    // A follow-on message from the same sender shows no name: it keeps the last one.
    const sender = row.querySelector(SENDER);
    if (sender) author = shownText(sender);
    const text = shownText(
      row.querySelector('[data-qa="message-text"]') ?? row.querySelector('.c-message_kit__blocks'),
    );
    if (text) thread.push({ author, text });
  }
  return latest(thread);
}

export const slack: SiteAdapter = {
  id: 'slack',
  name: 'Slack',
  platform: 'slack',
  matches: ['https://app.slack.com/*'],
  social: false,
  detect: (location) => onHost(location, 'app.slack.com'),
  composeBox: (el) => boxMatching(el, BOX),
  sendButton: (box) => nearest(box, SEND, 10),
  // Enter sends, unless the mention/emoji picker is open (the editor is then an expanded combobox).
  sendsOnKey: (event, box) => isPlainEnter(event) && box.getAttribute('aria-expanded') !== 'true',
  context(box) {
    const thread = threadOf(box);
    const id = conversationId(box);
    const name = labelledName(box) || shownText(box.ownerDocument.querySelector('[data-qa="channel_name"]'));
    const others = othersIn(thread);
    // D… ids are one-to-one DMs; C…/G… are channels and multi-person DMs.
    const isGroup = name.startsWith('#') || (id ? !id.startsWith('D') : others.size > 1);
    return {
      channel: isGroup ? 'group-chat' : 'direct-message',
      recipients: name ? [name] : undefined,
      isGroup,
      thread,
    };
  },
  lastReceived: (box) => lastReceivedIn(threadOf(box)),
};
