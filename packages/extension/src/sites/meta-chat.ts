/**
 * Conversations in Meta's web apps (Facebook Messenger and its chat pop-ups, Instagram direct
 * messages), which share one front end: no test ids and obfuscated classes, so they are read by
 * their accessible shape. The messages are role="row"s in a list labelled with the conversation's
 * name; the user's own sit against the end side, others' against the start, notices in the middle.
 */
import type { ThreadMessage } from '@pause/core';
import type { ComposeContext } from './adapter.ts';
import { latest, othersIn, shownText } from './dom.ts';

const TEXT = '[dir="auto"]';

/** Whether `el` sits against the end side of `list`, as your own messages do; undefined when centred. */
function alignedEnd(el: Element, list: Element): boolean | undefined {
  const r = el.getBoundingClientRect();
  const c = list.getBoundingClientRect();
  const start = r.left - c.left;
  const end = c.right - r.right;
  if (!r.width || Math.abs(start - end) < c.width / 10) return undefined;
  return getComputedStyle(list).direction === 'rtl' ? start < end : start > end;
}

/** The conversation in `list`: its name (from the list's label) and its messages, oldest first. */
export function readConversation(list: Element | null | undefined): { name: string; messages: ThreadMessage[] } {
  if (!list) return { name: '', messages: [] };
  const name = (list.getAttribute('aria-label') ?? '').replace(/^messages in conversation (?:with|titled)\s+/i, '');
  let sender = '';
  const messages = [...list.querySelectorAll('[role="row"]')].flatMap((row) => {
    // Innermost texts, leaving out the screen-reader headings ("You sent").
    const texts = [...row.querySelectorAll(TEXT)].filter(
      (t) => !t.querySelector(TEXT) && !t.closest('h1,h2,h3,h4,h5,h6'),
    );
    const bubble = texts.at(-1);
    const text = shownText(bubble);
    const mine = bubble && text ? alignedEnd(bubble, list) : undefined;
    // Centred rows are the day's date and notices ("You are now connected"), not messages.
    if (mine === undefined) return [];
    if (mine) return [{ author: 'me', text }];
    // In a group, each run of someone's messages opens with their name above the first bubble.
    if (texts.length > 1) sender = shownText(texts[0]);
    return [{ author: sender || name || 'them', text }];
  });
  return { name: name.trim(), messages };
}

/** A conversation as the draft's context: a group when more than one other person has written. */
export function conversationContext({ name, messages }: ReturnType<typeof readConversation>): ComposeContext {
  const isGroup = othersIn(messages).size > 1;
  return {
    channel: isGroup ? 'group-chat' : 'direct-message',
    recipients: name ? [name] : undefined,
    isGroup,
    thread: latest(messages),
  };
}
