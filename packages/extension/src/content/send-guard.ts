/**
 * Stops a send once when the draft's verdict calls for it, so the card can ask first. Listens in
 * the capture phase on the window, before the page's own handlers, for a click on the box's send
 * button and for the key that sends. A send the user lets through (the resend after "Send
 * anyway", or one whose check finds nothing) reaches the page's handler untouched.
 */
import type { ComposeSession, SendHow } from './session.ts';

export function guardSends(current: () => ComposeSession | undefined): void {
  const attempt = (event: Event, how: SendHow, session: ComposeSession) => {
    if (session.passOnce) return;
    const text = session.text();
    if (!text.trim()) return;
    if (session.state.text === text && !session.state.checking) {
      if (!session.stops(text)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      session.stop(how);
      return;
    }
    // The check of the latest words is still on its way: hold the send until it answers.
    event.preventDefault();
    event.stopImmediatePropagation();
    void session.settled().then(() => {
      if (session.stops(session.text())) session.stop(how);
      else session.resend(how);
    });
  };

  addEventListener(
    'click',
    (event) => {
      const session = current();
      const target = event.composedPath()[0];
      if (!session?.connected || !(target instanceof Node)) return;
      const button = session.adapter.sendButton(session.box);
      if (button?.contains(target)) attempt(event, 'click', session);
    },
    true,
  );

  addEventListener(
    'keydown',
    (event) => {
      const session = current();
      // The element itself, even inside a shadow root; event.target would be the root's host.
      const target = event.composedPath()[0];
      if (!session?.connected || !(target instanceof Node) || !session.box.contains(target)) return;
      if (session.adapter.sendsOnKey(event, session.box)) attempt(event, event, session);
    },
    true,
  );
}
