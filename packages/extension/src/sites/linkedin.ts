/**
 * LinkedIn: three compose boxes. The post composer (share box, a Quill editor, posted with the Post
 * button), comment and reply boxes under a post (Quill, posted with their submit button), and
 * messaging (the msg-form contenteditable, full page or overlay bubble, where Enter sends).
 */
import type { ThreadMessage } from '@pause/core';
import type { SiteAdapter } from './adapter.ts';
import { editableRoot, isPlainEnter, lastReceivedIn, latest, nearest, onHost, othersIn, shownText } from './dom.ts';

// LinkedIn's BEM class names (msg-*, comments-*, share-*) are its long-lived hooks; its ids are generated.
const MESSAGE_BOX = '.msg-form__contenteditable, .msg-form [contenteditable="true"]';
const COMMENT_BOX =
  '.comments-comment-box [contenteditable="true"], .comments-comment-texteditor [contenteditable="true"]';
const POST_BOX = '.share-creation-state [contenteditable="true"], .share-box [contenteditable="true"]';
// The comment button's class has grown suffixes (--cr); the prefix has stayed.
const SEND: Record<Kind, string> = {
  message: 'button.msg-form__send-button, button.msg-form__send-btn',
  comment: 'button[class*="comments-comment-box__submit-button"]',
  post: 'button.share-actions__primary-action',
};
// A conversation: the overlay bubble, or the full messaging page's thread pane.
const CONVERSATION = '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread';
const TITLE = '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title, .msg-thread__link-to-profile';

type Kind = 'message' | 'comment' | 'post';

function kindOf(box: HTMLElement): Kind | null {
  if (box.matches(MESSAGE_BOX)) return 'message';
  if (box.matches(COMMENT_BOX)) return 'comment';
  return box.matches(POST_BOX) ? 'post' : null;
}

/** The first line a reader sees in `el` (names come with hidden "View profile" / degree lines). */
const firstLine = (el: Element | null | undefined): string => shownText(el).split('\n')[0]?.trim() ?? '';

/** Messaging: list items are ours unless marked --other; a sender's name heads each run of messages. */
function conversation(box: HTMLElement): { title: string; thread: ThreadMessage[]; group: boolean } {
  const scope = box.closest(CONVERSATION) ?? nearest(box, '.msg-s-message-list', 12)?.parentElement ?? box;
  const title = firstLine(scope.querySelector(TITLE));
  const thread: ThreadMessage[] = [];
  let other = title;
  for (const item of scope.querySelectorAll('.msg-s-event-listitem')) {
    const mine = !item.classList.contains('msg-s-event-listitem--other');
    const name = firstLine(item.querySelector('.msg-s-message-group__name'));
    if (!mine && name) other = name;
    const text = shownText(item.querySelector('.msg-s-event-listitem__body'));
    if (text) thread.push({ author: mine ? 'me' : other, text });
  }
  const others = othersIn(thread);
  // A group conversation's header shows a grid of faces; or several others have written.
  const group = others.size > 1 || Boolean(scope.querySelector('.msg-facepile-grid'));
  return { title, thread: latest(thread), group };
}

/** Comments: the post above the box, and the comment being replied to when the box is a reply. */
function postThread(box: HTMLElement): ThreadMessage[] {
  const thread: ThreadMessage[] = [];
  const post = box.closest('.feed-shared-update-v2, [data-urn^="urn:li:activity"], [data-id^="urn:li:activity"]');
  const author = firstLine(post?.querySelector('.update-components-actor__title span[aria-hidden="true"]'));
  const text = shownText(post?.querySelector('.update-components-text'));
  if (text) thread.push({ author, text });
  const comment = box.closest('article.comments-comment-entity, article.comments-comment-item');
  const by = firstLine(
    comment?.querySelector('.comments-comment-meta__description-title, .comments-post-meta__name-text'),
  );
  const said = shownText(comment?.querySelector('[class*="comments-comment-item__main-content"]'));
  if (said) thread.push({ author: by, text: said });
  return thread;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  social: true,
  detect: (location) => onHost(location, 'linkedin.com'),
  composeBox(el) {
    const root = editableRoot(el);
    return root && kindOf(root) ? root : null;
  },
  sendButton(box) {
    const kind = kindOf(box);
    return kind ? nearest(box, SEND[kind], kind === 'message' ? 8 : 15) : null;
  },
  // Messaging sends on Enter (LinkedIn's default "Press Enter to send"); posts and comments make a new line.
  sendsOnKey: (event, box) => kindOf(box) === 'message' && isPlainEnter(event),
  context(box) {
    const kind = kindOf(box);
    if (kind === 'post') return { channel: 'public-post' };
    if (kind === 'comment') {
      const thread = postThread(box);
      const to = thread[thread.length - 1]?.author;
      return { channel: 'comment', recipients: to ? [to] : undefined, thread };
    }
    const { title, thread, group } = conversation(box);
    return {
      channel: group ? 'group-chat' : 'direct-message',
      recipients: title ? [title] : undefined,
      isGroup: group,
      thread,
    };
  },
  lastReceived(box) {
    if (kindOf(box) !== 'message') return undefined;
    return lastReceivedIn(conversation(box).thread);
  },
};
