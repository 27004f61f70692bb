/**
 * Microsoft Teams on the web (the 2024+ client, teams.microsoft.com/v2 and its new hosts). The draft
 * box is the CKEditor region marked data-tid="ckeditor"; Enter sends. Chat messages are Fluent UI
 * chat items, the user's own drawn as ChatMyMessage; channel posts are channel-pane-message.
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

// data-tid is Teams' own test id: the editor, send button and message hooks below have held since v2.
const BOX = '[data-tid="ckeditor"]';
// newMessageCommands-send is the compose box's send button; sendMessageCommands-send its older name.
const SEND = 'button[data-tid="newMessageCommands-send"], button[data-tid="sendMessageCommands-send"]';
const MESSAGE = '[data-tid="chat-pane-message"], [data-tid="channel-pane-message"]';
// Authors: a name span (data-tid, or the id="author-<n>" it labels the message with).
const AUTHOR = '[data-tid="message-author-name"], [id^="author-"]';
// Fluent UI's chat item for the user's own messages (fui-ChatMyMessage, fui-ChatMyMessage__body).
const MINE = '[class*="ChatMyMessage"]';

/** The nearest ancestor of `box` holding messages: the chat, or the channel with its posts. */
function paneOf(box: HTMLElement): HTMLElement | null {
  return scopeHolding(box, MESSAGE);
}

function threadOf(pane: HTMLElement | null): ThreadMessage[] {
  const thread: ThreadMessage[] = [];
  let author = '';
  for (const row of pane?.querySelectorAll(MESSAGE) ?? []) {
    // The author sits beside the body inside the chat item; consecutive messages share one header.
    const item = row.closest('[data-tid="chat-pane-item"]') ?? row;
    const name = shownText(item.querySelector(AUTHOR));
    if (name) author = name;
    const mine = Boolean(row.closest(MINE) ?? row.querySelector(MINE) ?? item.querySelector(MINE));
    const text = shownText(row.querySelector('[id^="content-"]') ?? row);
    if (text) thread.push({ author: mine ? 'me' : author, text });
  }
  return latest(thread);
}

/** A group chat's header shows a participant count ("3"); a one-to-one chat's does not. */
function headerCount(doc: Document): number {
  const roster = doc.querySelector('[data-tid*="participant"], button[aria-label*="participant" i]');
  return Number(/\d+/.exec(shownText(roster) || (roster?.getAttribute('aria-label') ?? ''))?.[0] ?? 0);
}

export const teams: SiteAdapter = {
  id: 'teams',
  name: 'Microsoft Teams',
  platform: 'teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  social: false,
  detect: (location) => onHost(location, 'teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'),
  composeBox: (el) => boxMatching(el, BOX),
  sendButton: (box) => nearest(box, SEND, 12),
  // Enter sends, unless the @mention picker is open (the editor is then an expanded combobox).
  sendsOnKey: (event, box) => isPlainEnter(event) && box.getAttribute('aria-expanded') !== 'true',
  context(box) {
    const doc = box.ownerDocument;
    const pane = paneOf(box);
    const thread = threadOf(pane);
    const inChannel = Boolean(pane?.querySelector('[data-tid="channel-pane-message"]'));
    const title = shownText(
      doc.querySelector(inChannel ? '[data-tid="channelTitle-text"]' : '[data-tid="chat-title"]'),
    );
    const others = othersIn(thread);
    // Channels are groups; a chat is one when its roster counts three or more, or several others wrote.
    const isGroup = inChannel || headerCount(doc) > 2 || others.size > 1;
    return {
      channel: isGroup ? 'group-chat' : 'direct-message',
      recipients: title ? [title] : undefined,
      isGroup,
      thread,
    };
  },
  lastReceived: (box) => lastReceivedIn(threadOf(paneOf(box))),
};
