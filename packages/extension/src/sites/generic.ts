/**
 * Any textarea or contenteditable on a site the user has enabled Pause for. It knows nothing of the
 * site: the send button is the submit button of the box's form, or a nearby button labelled as
 * sending; Enter is left alone (it makes a new line in most boxes).
 */
import type { SiteAdapter } from './adapter.ts';
import { editableRoot, labelOf } from './dom.ts';

const SENDING_LABEL = /^(?:send|post|reply|publish|submit|comment|share|tweet)\b/i;

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Other sites',
  platform: 'other',
  matches: [],
  social: false,
  detect: () => true,
  composeBox(el) {
    const root = editableRoot(el);
    // A one-line search or address box is not a draft; a textarea or a rich editor is.
    return root && root.getAttribute('role') !== 'searchbox' ? root : null;
  },
  sendButton(box) {
    const form = box.closest('form');
    const submit = form?.querySelector<HTMLElement>('button[type="submit"], input[type="submit"], button:not([type])');
    if (submit) return submit;
    // The nearest button labelled as sending, looking a few levels out from the box.
    let scope: HTMLElement | null = box.parentElement;
    for (let i = 0; scope && i < 4; i++, scope = scope.parentElement) {
      const buttons = scope.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]');
      const sending = [...buttons].find((b) => !box.contains(b) && SENDING_LABEL.test(labelOf(b)));
      if (sending) return sending;
    }
    return null;
  },
  sendsOnKey: () => false,
  context: () => ({ channel: 'public-post' }),
};
