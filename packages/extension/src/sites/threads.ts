/**
 * Threads (threads.com, formerly threads.net). Meta ships no test ids here, so the adapter leans on
 * what its accessibility and its Lexical editor need: the editor's data-lexical-editor attribute,
 * role="dialog" around the composer, role="button" on the Post button, a <time> in the link to a
 * post, and profile links of the form /@username.
 */
import type { ComposeContext, SiteAdapter } from './adapter.ts';
import { boxMatching, isModEnter, labelOf, onHost, shownText } from './dom.ts';

// The Lexical editor of a new thread or a reply (each post of a multi-post thread has its own).
const BOX = '[data-lexical-editor="true"], [contenteditable="true"][role="textbox"]';
// The button's only name is its text: "Post" in English, as Threads labels it in its main languages.
const SEND_NAMES = 'post|reply|publicar|publier|posten|pubblica|plaatsen|opublikuj|paylaş|投稿|게시|发布|發佈';
const SEND_LABEL = new RegExp(`^(?:${SEND_NAMES})$`, 'i');
// A profile link (/@alice), not a post permalink (/@alice/post/…).
const AUTHOR = 'a[href^="/@"]:not([href*="/post/"])';
const TEXT = '[dir="auto"]';

const follows = (a: Node, b: Node): boolean => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

function scopeOf(box: HTMLElement): ParentNode {
  return box.closest('[role="dialog"]') ?? box.closest('[role="main"], main') ?? box.ownerDocument;
}

/** The post a <time> belongs to: its largest ancestor holding no other post and not the box. */
function postOf(time: Element, box: HTMLElement): Element {
  let block = time;
  while (block.parentElement && !block.parentElement.contains(box)) {
    if (block.parentElement.querySelectorAll('time').length > 1) break;
    block = block.parentElement;
  }
  return block;
}

function repliedPost(box: HTMLElement): ComposeContext {
  // The post replied to is the last one shown above the box (new threads show no post there).
  const time = [...scopeOf(box).querySelectorAll('time')].filter((t) => follows(t, box)).at(-1);
  if (!time) return { channel: 'public-post' };
  const post = postOf(time, box);
  const href = post.querySelector(AUTHOR)?.getAttribute('href') ?? '';
  const author = href.slice(2).split(/[/?#]/)[0] ?? '';
  // The post's words: innermost texts outside links (the name, the time) and buttons.
  const text = [...post.querySelectorAll(TEXT)]
    .filter((t) => !t.querySelector(TEXT) && !t.closest('a, time, [role="button"]'))
    .map((t) => shownText(t))
    .filter(Boolean)
    .join('\n');
  return {
    channel: 'reply',
    recipients: author ? [author] : undefined,
    thread: text ? [{ author: author || 'them', text }] : [],
  };
}

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  platform: 'threads',
  matches: ['https://*.threads.com/*', 'https://*.threads.net/*'],
  social: true,
  detect: (location) => onHost(location, 'threads.com', 'threads.net'),
  composeBox: (el) => boxMatching(el, BOX),
  sendButton(box) {
    // The Post button sits in the dialog's footer, after the box; take the nearest one that follows.
    let node: HTMLElement | null = box.parentElement;
    for (let i = 0; node && i < 20; i++, node = node.parentElement) {
      const buttons = [...node.querySelectorAll<HTMLElement>('[role="button"], button')].filter((b) => follows(box, b));
      const named = buttons.find((b) => SEND_LABEL.test(labelOf(b)));
      if (named) return named;
      // In a language not listed, the dialog's last labelled button is Post.
      if (node.matches('[role="dialog"]')) return buttons.filter((b) => labelOf(b)).at(-1) ?? null;
    }
    return null;
  },
  // Threads posts on Ctrl/Cmd+Enter; Enter is a new line.
  sendsOnKey: (event) => isModEnter(event),
  context: (box) => repliedPost(box),
};
