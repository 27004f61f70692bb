/**
 * Facebook (posts, comments, chat pop-ups) and Messenger (facebook.com/messages, messenger.com).
 * Meta ships no test ids and obfuscates class names, so the adapter reads what accessibility needs:
 * every editor is Lexical (a contenteditable role="textbox"), the composer is a role="dialog",
 * posts are role="article", a conversation is a role="log"/"grid" of role="row" messages whose
 * label names it, and buttons carry aria-labels (English here; other languages fall back to shape).
 */
import type { ComposeContext, SiteAdapter } from './adapter.ts';
import { boxMatching, isPlainEnter, labelOf, lastReceivedIn, nearest, onHost } from './dom.ts';
import { conversationContext, readConversation } from './meta-chat.ts';

const BOX = '[contenteditable="true"][role="textbox"]';
// A conversation's messages: "Messages in conversation with <name>" (or "titled <group name>").
const LOG = '[role="log"], [role="grid"]';
const DM_SEND = '[role="button"][aria-label*="enter to send" i], [role="button"][aria-label="Send"]';
const COMMENT_SEND =
  '#focused-state-composer-submit, [role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]';
const POST_LABEL = /^(?:post|next|publish|share now|publicar|publier|posten|pubblica|siguiente|suivant|weiter)$/i;

type Kind = 'dm' | 'comment' | 'post';

function kindOf(box: HTMLElement): Kind {
  const { hostname, pathname } = box.ownerDocument.location;
  // Messenger pages, and the chat pop-ups on every Facebook page (a message list beside the box).
  if (/(?:^|\.)messenger\.com$/.test(hostname) || pathname.startsWith('/messages')) return 'dm';
  if (nearest(box, LOG, 10)) return 'dm';
  // A comment box sits in its post's article, or in the dialog a post opens in; "Create post" has none.
  const dialog = box.closest('[role="dialog"]');
  if (box.closest('[role="article"]') || dialog?.querySelector('[role="article"]')) return 'comment';
  return /comment|reply/i.test(box.getAttribute('aria-label') ?? '') ? 'comment' : 'post';
}

/** The conversation beside the box: Messenger's page, or a chat pop-up. */
const conversation = (box: HTMLElement) => readConversation(nearest(box, LOG, 20));

function postButton(box: HTMLElement): HTMLElement | null {
  const scope = box.closest('[role="dialog"]') ?? box.closest('form');
  const buttons = [...(scope?.querySelectorAll<HTMLElement>('[role="button"], button') ?? [])];
  return buttons.filter((b) => POST_LABEL.test(labelOf(b))).at(-1) ?? null;
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook & Messenger',
  platform: 'facebook',
  matches: ['https://*.facebook.com/*', 'https://*.messenger.com/*'],
  social: true,
  detect: (location) => onHost(location, 'facebook.com', 'messenger.com'),
  composeBox: (el) => boxMatching(el, BOX),
  sendButton(box) {
    const kind = kindOf(box);
    if (kind === 'dm') return nearest(box, DM_SEND, 12);
    return kind === 'comment' ? nearest(box, COMMENT_SEND, 8) : postButton(box);
  },
  // Messages and comments go on Enter (Shift+Enter is a new line); a post only from its button.
  sendsOnKey: (event, box) => kindOf(box) !== 'post' && isPlainEnter(event),
  context(box): ComposeContext {
    const kind = kindOf(box);
    if (kind === 'dm') return conversationContext(conversation(box));
    return { channel: kind === 'comment' ? 'comment' : 'public-post' };
  },
  lastReceived(box) {
    if (kindOf(box) !== 'dm') return undefined;
    return lastReceivedIn(conversation(box).messages);
  },
};
