/**
 * Gmail. The draft box is the compose body (a new message's window, or a reply under the conversation);
 * Ctrl/Cmd+Enter sends. Recipients are the To field's chips as shown; the thread is the conversation
 * above an inline reply, or the quoted message inside the body when Gmail shows it there.
 */
import type { ThreadMessage } from '@pause/core';
import type { SiteAdapter } from './adapter.ts';
import { boxMatching, isModEnter, lastReceivedIn, latest, nearest, onHost, scopeHolding, shownText } from './dom.ts';

// g_editable marks Gmail's compose body in every language; aria-label="Message Body" is the English label.
const BOX = 'div[g_editable="true"][contenteditable="true"], div[aria-label="Message Body"][contenteditable="true"]';
// .aoO is the Send button's long-lived class; the tooltip ("Send ‪(Ctrl-Enter)‬") is the fallback.
const SEND = 'div[role="button"].aoO, div[role="button"][data-tooltip^="Send"]';
// The To row: the 2021+ recipient field (.anm[name="to"]) or the older textarea's row.
const TO = '.anm[name="to"], textarea[name="to"], input[name="to"]';
// Chips: [role=option][data-name] in the new field, span.vN in the old, span[email] in a collapsed
// reply's summary; data-name is the name the chip shows.
const CHIP = '[role="option"][data-name], .vR .vN, span[email][name]';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The compose window or inline reply holding `box`: the nearest ancestor that has its To field. */
function composeOf(box: HTMLElement): HTMLElement | null {
  return scopeHolding(box, TO);
}

function recipients(box: HTMLElement): string[] {
  const field = composeOf(box)?.querySelector(TO);
  const row = field?.matches('.anm') ? field : field?.closest('tr');
  const names = [...(row?.querySelectorAll(CHIP) ?? [])].map((chip) => {
    const shown = shownText(chip);
    const name = chip.getAttribute('data-name') ?? '';
    // The display name when the chip shows it; never more than the chip's own text.
    return name && (!shown || shown.includes(name)) ? name : shown;
  });
  return [...new Set(names.filter(Boolean))];
}

/** The signed-in address: the last one in the tab title ("Subject - ana@example.com - Gmail"). */
function ownAddress(doc: Document): string {
  return [...doc.title.matchAll(EMAIL)].pop()?.[0].toLowerCase() ?? '';
}

function threadOf(box: HTMLElement): ThreadMessage[] {
  const thread: ThreadMessage[] = [];
  // An inline reply sits in the conversation view ([role=main]); a compose window does not.
  const main = box.closest('[role="main"]');
  const me = ownAddress(box.ownerDocument);
  // .adn is one message of the conversation; .gD its sender (email, name); .a3s its body when expanded.
  for (const message of main?.querySelectorAll('.adn') ?? []) {
    const from = message.querySelector('.gD');
    const text = shownText(message.querySelector('.a3s'));
    if (!text || message.contains(box)) continue;
    const mine = Boolean(me) && from?.getAttribute('email')?.toLowerCase() === me;
    thread.push({ author: mine ? 'me' : from?.getAttribute('name') || shownText(from), text });
  }
  if (thread.length) return latest(thread);
  // The quoted message in the body: "On Mon, 3 Mar 2025 at 09:12, Ana Costa <ana@example.com> wrote:".
  const quote = box.querySelector('div.gmail_quote');
  const text = shownText(quote?.querySelector('blockquote'));
  if (!quote || !text) return [];
  const attr = shownText(quote.querySelector('.gmail_attr'));
  // The name before the address, after the date's last comma or time (names hold no digits).
  const author = /(?:,|\d:\d\d(?:\s?[AP]M)?)\s+([^,<>\d]+?)\s*<[^>]+>/i.exec(attr)?.[1] ?? attr.match(EMAIL)?.[0] ?? '';
  return [{ author, text }];
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  platform: 'email',
  matches: ['https://mail.google.com/*'],
  social: false,
  detect: (location) => onHost(location, 'mail.google.com'),
  composeBox: (el) => boxMatching(el, BOX),
  // The send button is in the compose's footer row, several table levels from the body.
  sendButton: (box) => nearest(box, SEND, 20),
  sendsOnKey: (event) => isModEnter(event),
  context(box) {
    const to = recipients(box);
    return { channel: 'email', recipients: to, isGroup: to.length > 1, thread: threadOf(box) };
  },
  lastReceived: (box) => lastReceivedIn(threadOf(box)),
};
