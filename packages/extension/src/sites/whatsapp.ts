/**
 * WhatsApp Web. The draft box is the Lexical editor in the open chat's footer; the messages above it
 * are `.message-in` / `.message-out` rows, whose `data-pre-plain-text` ("[09:12, 14/03/2025] Amara: ")
 * names the sender. Enter sends, Shift+Enter makes a new line.
 */
import type { ThreadMessage } from '@pause/core';
import type { SiteAdapter } from './adapter.ts';
import { boxMatching, isPlainEnter, lastReceivedIn, latest, nearest, onHost, othersIn, shownText } from './dom.ts';

// The chat's editor: a contenteditable role="textbox" (Lexical) in the conversation footer. The
// chat-list search is a contenteditable textbox too, but it never sits in a footer.
const BOX = 'footer div[contenteditable="true"][role="textbox"]';
// The send button replaces the microphone once there is text. Its aria-label is translated; the
// icon names (older "send", 2024+ "wds-ic-send-filled") are not.
const SEND = 'button[aria-label="Send"], [data-icon="wds-ic-send-filled"], [data-icon="send"], [data-testid="send"]';
// Own messages carry .message-out, everyone else's .message-in: WhatsApp's long-lived hooks.
const ROWS = '.message-in, .message-out';
// Group ids end in @g.us and appear in every message row's data-id; one-to-one chats are @c.us/@lid.
const GROUP_ROW = '[data-id*="@g.us"]';

/** The open conversation (#main holds header, messages and footer), or the nearest ancestor with a header. */
function chatOf(box: HTMLElement): HTMLElement {
  const main = box.closest<HTMLElement>('#main');
  if (main) return main;
  let node = box.parentElement;
  while (node?.parentElement && !node.querySelector('header')) node = node.parentElement;
  return node ?? box;
}

/** The chat's name: the first non-empty `span[dir="auto"]` of the conversation header. */
function chatName(chat: HTMLElement): string {
  for (const span of chat.querySelectorAll('header span[dir="auto"]')) {
    const name = shownText(span);
    if (name) return name;
  }
  return '';
}

/** The sender named in a row's `data-pre-plain-text` ("[time, date] Name: "). */
function senderOf(row: Element): string {
  const pre = row.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '';
  return /\]\s*(.+?):\s*$/.exec(pre)?.[1]?.trim() ?? '';
}

function threadOf(chat: HTMLElement): ThreadMessage[] {
  const contact = chatName(chat);
  const thread: ThreadMessage[] = [];
  for (const row of chat.querySelectorAll(ROWS)) {
    // .selectable-text is the message's own text (not the time or a quoted reply's header).
    const text = shownText(row.querySelector('span.selectable-text') ?? row.querySelector('.copyable-text'));
    if (!text) continue;
    const mine = row.classList.contains('message-out');
    thread.push({ author: mine ? 'me' : senderOf(row) || contact, text });
  }
  return latest(thread);
}

function isGroupChat(chat: HTMLElement, thread: ThreadMessage[]): boolean {
  if (chat.querySelector(GROUP_ROW)) return true;
  // Until the member list loads, a group's header reads "click here for group info".
  if (/group info/i.test(shownText(chat.querySelector('header')))) return true;
  const others = othersIn(thread);
  return others.size > 1;
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  platform: 'whatsapp',
  matches: ['https://web.whatsapp.com/*'],
  social: false,
  detect: (location) => onHost(location, 'web.whatsapp.com'),
  composeBox: (el) => boxMatching(el, BOX),
  sendButton(box) {
    const found = nearest(box, SEND, 10);
    return found?.closest<HTMLElement>('button, [role="button"]') ?? found;
  },
  sendsOnKey: (event) => isPlainEnter(event),
  context(box) {
    const chat = chatOf(box);
    const thread = threadOf(chat);
    const isGroup = isGroupChat(chat, thread);
    const name = chatName(chat);
    return {
      channel: isGroup ? 'group-chat' : 'direct-message',
      recipients: name ? [name] : undefined,
      isGroup,
      thread,
    };
  },
  lastReceived(box) {
    return lastReceivedIn(threadOf(chatOf(box)));
  },
};
