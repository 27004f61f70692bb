/**
 * X (x.com, twitter.com). Posts and replies are Draft.js editors X marks with its own data-testid
 * hooks (its tests rely on them, so they have outlived several redesigns). DMs moved in 2025 to
 * X Chat (x.com/i/chat/<id>; x.com/messages redirects there), which X renders inside the open shadow
 * root of [data-testid="xchatEmbedRoute"]: every look-up from a DM box stays in the box's own root.
 */
import type { ThreadMessage } from '@pause/core';
import type { ComposeContext, SiteAdapter } from './adapter.ts';
import {
  boxMatching,
  isModEnter,
  isPlainEnter,
  lastReceivedIn,
  latest,
  nearest,
  onHost,
  othersIn,
  shownText,
} from './dom.ts';

// The editor of a post or reply: tweetTextarea_0, _1, … one per post of a thread being written.
const POST_BOX = '[data-testid^="tweetTextarea_"]';
// X Chat's message box (a textarea); the older Draft.js DM box for accounts not yet moved.
const DM_BOX = '[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"]';
// "Post" in the compose/reply modal; "Post"/"Reply" inline on the home timeline and under a post.
const POST_SEND = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const DM_SEND = '[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]';
// A rendered post: an <article> on timelines and a post's page, and the replied-to post in the modal.
const TWEET = '[data-testid="tweet"]';
// One chat message; X lays its row out "justify-end" when you sent it and "justify-start" when they did.
const DM_ROW = '[data-dm-message-row]';

const isDm = (box: HTMLElement): boolean => box.matches(DM_BOX) || !!box.closest(DM_BOX);

/** The @handle in a post's header (the display name beside it is free text). */
function handleOf(tweet: Element): string {
  return shownText(tweet.querySelector('[data-testid="User-Name"]')).match(/@\w{1,15}/)?.[0] ?? '';
}

function postContext(box: HTMLElement): ComposeContext {
  // The reply modal, or the post's page (its focal post sits above the inline reply box).
  const scope = box.closest('[role="dialog"]') ?? box.closest('[data-testid="primaryColumn"]') ?? box.ownerDocument;
  const above = [...scope.querySelectorAll(TWEET)].filter(
    (t) => !t.contains(box) && t.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const replied = above.at(-1);
  // Nothing above the box: a new post (a quoted post shows below the box, not above).
  if (!replied) return { channel: 'public-post' };
  const handle = handleOf(replied);
  const text = shownText(replied.querySelector('[data-testid="tweetText"]'));
  return {
    channel: 'reply',
    recipients: handle ? [handle] : undefined,
    thread: text ? [{ author: handle || 'them', text }] : [],
  };
}

/** The chat's messages, oldest first, with X's own layout telling whose each one is. */
function chatMessages(box: HTMLElement, them: string): ThreadMessage[] {
  const root = box.getRootNode() as Document | ShadowRoot;
  return [...root.querySelectorAll(DM_ROW)].flatMap((row) => {
    const body = row.querySelector('[data-testid^="message-text-"]');
    // The words only: X tucks the time in beside them.
    const text = shownText(body?.querySelector('span[dir="auto"]') ?? body);
    if (!text) return [];
    const sender = shownText(row.querySelector('[id$="-sender"]'));
    return [{ author: row.classList.contains('justify-end') ? 'me' : sender || them, text }];
  });
}

function chatContext(box: HTMLElement): ComposeContext {
  const root = box.getRootNode() as Document | ShadowRoot;
  // The person's name; failing that the header, which may add presence ("Online now") on a second line.
  const nameEl =
    root.querySelector('[data-testid="dm-conversation-username"]') ??
    root.querySelector('[data-testid="dm-conversation-header"]');
  const name = shownText(nameEl).split('\n')[0]?.trim() ?? '';
  const messages = chatMessages(box, name || 'them');
  const others = othersIn(messages);
  // Old-style /messages/<a>-<b> ids name the two people; a group's id is a single number.
  const legacyGroup = /^\/messages\/\d+\/?$/.test(box.ownerDocument.location.pathname);
  const isGroup = others.size > 1 || legacyGroup;
  return {
    channel: isGroup ? 'group-chat' : 'direct-message',
    recipients: name ? [name] : undefined,
    isGroup,
    thread: latest(messages),
  };
}

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  platform: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  social: true,
  detect: (location) => onHost(location, 'x.com', 'twitter.com'),
  composeBox: (el) => boxMatching(el, POST_BOX) ?? boxMatching(el, DM_BOX),
  // The modal and the inline composer keep the button a dozen levels above the editor.
  sendButton: (box) => (isDm(box) ? nearest(box, DM_SEND, 16) : nearest(box, POST_SEND, 30)),
  // Chat sends on Enter (Shift+Enter is a new line); posts on Ctrl/Cmd+Enter.
  sendsOnKey: (event, box) => (isDm(box) ? isPlainEnter(event) : isModEnter(event)),
  context: (box) => (isDm(box) ? chatContext(box) : postContext(box)),
  lastReceived(box) {
    if (!isDm(box)) return undefined;
    return lastReceivedIn(chatMessages(box, 'them'));
  },
};
