/**
 * Bluesky (bsky.app). Every post is written in the composer dialog, whose editor is TipTap
 * (ProseMirror) and whose publish button carries the app's own testID. A reply shows the
 * replied-to post above the first editor, as a pressable (role="button") card with no testID.
 */
import type { ComposeContext, SiteAdapter } from './adapter.ts';
import { boxMatching, isModEnter, nearest, onHost, shownText } from './dom.ts';

// The ProseMirror root TipTap renders for each post of the thread being written.
const BOX = '.ProseMirror';
// "Post" / "Reply" in the composer's top bar (testID="composerPublishBtn" in bluesky-social/social-app).
const SEND = '[data-testid="composerPublishBtn"]';
// React Native Web renders each <Text> as an element with dir="auto".
const TEXT = '[dir="auto"]';

/** The innermost texts in `el`, in order (a Text nested in a Text is read once, as the inner one). */
function leafTexts(el: Element): string[] {
  return [...el.querySelectorAll(TEXT)]
    .filter((t) => !t.querySelector(TEXT))
    .map((t) => shownText(t))
    .filter(Boolean);
}

/**
 * The replied-to card (ComposerReplyTo): a sibling before the post being written (or before an
 * earlier post of the same thread), a role="button" holding the author's name and the post's text.
 * The avatar button beside each editor has no text, so it never matches.
 */
function repliedTo(box: HTMLElement): Element | null {
  let node: Element | null = box;
  for (let i = 0; node && i < 16; i++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches('[role="button"]') && !prev.querySelector(BOX) && leafTexts(prev).length >= 2) return prev;
    }
    if (node.matches('[role="dialog"]')) break;
  }
  return null;
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  platform: 'bluesky',
  matches: ['https://bsky.app/*'],
  social: true,
  detect: (location) => onHost(location, 'bsky.app'),
  composeBox: (el) => boxMatching(el, BOX),
  // The top bar is a sibling of the scrolling list of posts, well above the editor.
  sendButton: (box) => nearest(box, SEND, 30),
  // The editor publishes on Ctrl/Cmd+Enter; Enter is a new line.
  sendsOnKey: (event) => isModEnter(event),
  context(box): ComposeContext {
    const card = repliedTo(box);
    if (!card) return { channel: 'public-post' };
    // The card shows the display name (the handle only when there is none), then the post.
    const [author = '', ...lines] = leafTexts(card);
    const text = lines.join('\n');
    return {
      channel: 'reply',
      recipients: author ? [author] : undefined,
      thread: text ? [{ author: author || 'them', text }] : [],
    };
  },
};
