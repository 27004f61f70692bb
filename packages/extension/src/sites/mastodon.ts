/**
 * Mastodon, on any instance (and forks such as glitch-soc that keep its markup). There is no host
 * to match, so the adapter recognises the web app itself: its React root (<div id="mastodon">) or
 * <body class="app-body"> with the compose form. Class names come from mastodon/mastodon's
 * compose_form, reply_indicator and privacy dropdown components (4.2 to 4.5).
 */
import type { ComposeContext, SiteAdapter } from './adapter.ts';
import { boxMatching, isModEnter, shownText } from './dom.ts';

// The post's textarea inside the compose form (the content warning is an <input>, never a draft).
const BOX = '.compose-form .autosuggest-textarea__textarea, .compose-form textarea';
// "Post" / "Reply" / "Save changes": 4.3+ wraps it in .compose-form__submit, 4.2 in .compose-form__publish.
const SEND = '.compose-form__submit button, .compose-form__publish button, button[type="submit"]';
// The post being replied to, shown at the top of the form.
const REPLY = '.reply-indicator';
// The visibility button shows the "at" icon when the post is a private mention (a direct message).
const DIRECT = '.dropdown-button .icon-at, .privacy-dropdown .icon-at, .privacy-dropdown__value .icon-at';
// @user or @user@instance in the text: a private mention goes to exactly these people.
const MENTION = /(?:^|[^\w@/])(@\w+(?:@[\w.-]+\w)?)/g;

const formOf = (box: HTMLElement): HTMLElement | null => box.closest<HTMLElement>('.compose-form');

function textOf(box: HTMLElement): string {
  return box instanceof HTMLTextAreaElement ? box.value : shownText(box);
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  platform: 'mastodon',
  // Matched by page shape on the hosts the user enables.
  matches: [],
  social: true,
  detect(_location, document) {
    if (document.getElementById('mastodon')) return true;
    return !!document.body?.classList.contains('app-body') && !!document.querySelector('.compose-form');
  },
  composeBox: (el) => boxMatching(el, BOX),
  sendButton: (box) => formOf(box)?.querySelector<HTMLElement>(SEND) ?? null,
  // The form submits on Ctrl/Cmd+Enter (compose_form's handleKeyDown); Enter is a new line.
  sendsOnKey: (event) => isModEnter(event),
  context(box): ComposeContext {
    const form = formOf(box);
    const reply = form?.querySelector(REPLY);
    const author = shownText(reply?.querySelector('.display-name__account'));
    const text = shownText(reply?.querySelector('.reply-indicator__content'));
    const thread = reply && text ? [{ author: author || 'them', text }] : undefined;
    if (form?.querySelector(DIRECT)) {
      const named = [...textOf(box).matchAll(MENTION)].map((m) => m[1] ?? '');
      const recipients = [...new Set(named.filter(Boolean))];
      const isGroup = recipients.length > 1;
      return {
        channel: isGroup ? 'group-chat' : 'direct-message',
        recipients: recipients.length ? recipients : author ? [author] : undefined,
        isGroup,
        thread,
      };
    }
    if (!reply) return { channel: 'public-post' };
    return { channel: 'reply', recipients: author ? [author] : undefined, thread };
  },
};
