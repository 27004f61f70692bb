/**
 * Instagram (instagram.com): direct messages, comments under a post, and the caption of a new post.
 * Like Facebook it ships no test ids and obfuscated classes; the adapter reads its accessible shape:
 * the DM box and the caption are Lexical editors (contenteditable role="textbox"), the comment box is
 * a <textarea> in a <form>, messages are role="row"s, and buttons are role="button" named by text.
 */
import type { ComposeContext, SiteAdapter } from './adapter.ts';
import { boxMatching, buttonNamed, isPlainEnter, lastReceivedIn, nearest, onHost } from './dom.ts';
import { conversationContext, readConversation } from './meta-chat.ts';

// Every box Instagram writes in: the Lexical DM box and caption, the comment textarea.
const BOX = '[contenteditable="true"][role="textbox"], form textarea, textarea[aria-label]';
// The buttons' names are their text; English first, then Instagram's main languages.
const SEND = /^(?:send|enviar|envoyer|senden|invia|verzenden|wyślij|gönder|送信|보내기)$/i;
const POST = /^(?:post|publicar|publier|posten|pubblica|plaatsen|opublikuj|paylaş|投稿|게시)$/i;
const SHARE_NAMES = 'share|compartir|compartilhar|partager|teilen|condividi|delen|udostępnij|paylaş|シェア|공유하기';
const SHARE = new RegExp(`^(?:${SHARE_NAMES})$`, 'i');

type Kind = 'dm' | 'comment' | 'caption';

function kindOf(box: HTMLElement): Kind {
  if (box.ownerDocument.location.pathname.startsWith('/direct/')) return 'dm';
  // Comments are typed in a textarea inside the post's form; the caption is an editor in a dialog.
  return box instanceof HTMLTextAreaElement || box.closest('form') ? 'comment' : 'caption';
}

/** The open conversation's message list. */
const conversation = (box: HTMLElement) =>
  readConversation(nearest(box, '[role="grid"], [role="log"]', 20) ?? nearest(box, '[role="row"]', 20)?.parentElement);

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  platform: 'instagram',
  matches: ['https://*.instagram.com/*'],
  social: true,
  detect: (location) => onHost(location, 'instagram.com'),
  composeBox: (el) => boxMatching(el, BOX),
  sendButton(box) {
    const kind = kindOf(box);
    if (kind === 'dm') return buttonNamed(box, SEND, 8);
    if (kind === 'comment') {
      return box.closest('form')?.querySelector<HTMLElement>('button[type="submit"]') ?? buttonNamed(box, POST, 6);
    }
    // The caption's "Share" sits in the create dialog's header, above the editor.
    return buttonNamed(box, SHARE, 30);
  },
  // Messages and comments go on Enter (Shift+Enter is a new line); a new post only from Share.
  sendsOnKey: (event, box) => kindOf(box) !== 'caption' && isPlainEnter(event),
  context(box): ComposeContext {
    const kind = kindOf(box);
    if (kind === 'comment') return { channel: 'comment' };
    if (kind === 'caption') return { channel: 'public-post' };
    return conversationContext(conversation(box));
  },
  lastReceived(box) {
    if (kindOf(box) !== 'dm') return undefined;
    return lastReceivedIn(conversation(box).messages);
  },
};
