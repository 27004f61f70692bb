/**
 * A site adapter: what Pause needs to know about one site's compose box. One small module a site
 * (sites/<id>.ts), listed once in sites/index.ts. Adapters only read the page: they never change
 * its text or markup (the content script does that, and only when the user clicks a fix).
 */
import type { Channel, Platform, ThreadMessage } from '@pause/core';

/** What the adapter reads around one compose box, for the Draft. */
export interface ComposeContext {
  channel: Channel;
  /** The person or conversation written to, as the page shows it (a name, never an address book). */
  recipients?: string[];
  /** True when the conversation has more than one other member (a group chat, a channel). */
  isGroup?: boolean;
  /** The visible messages above the box, oldest first; the author's own are "me". */
  thread?: ThreadMessage[];
}

export interface SiteAdapter {
  /** Stable id, used in settings ("x", "whatsapp", "generic"). */
  id: string;
  /** The site's name as users know it ("X", "WhatsApp Web"). */
  name: string;
  platform: Platform;
  /** Host patterns for the manifest's content_scripts (e.g. "https://x.com/*"). Empty for adapters matched by page shape. */
  matches: string[];
  /** Social sites get the quiet-hours interstitial; mail and work chat do not. */
  social: boolean;
  /**
   * True when this adapter serves the page. Host adapters compare the hostname; Mastodon, which
   * runs on any instance, looks for its web UI's markup.
   */
  detect(location: Location, document: Document): boolean;
  /** The compose box that contains `el` (the focused element), or null when `el` is not one. */
  composeBox(el: Element): HTMLElement | null;
  /** The button that sends what this box holds, or null when there is none. */
  sendButton(box: HTMLElement): HTMLElement | null;
  /** True when this key press sends the message (Enter on chat sites, Ctrl/Cmd+Enter on some posts). */
  sendsOnKey(event: KeyboardEvent, box: HTMLElement): boolean;
  /** The channel, recipients and thread for this box. */
  context(box: HTMLElement): ComposeContext;
  /**
   * For messaging sites: the last message received in the open conversation (the newest one not
   * written by the user), for inbound help. Omit where the site has none.
   */
  lastReceived?(box: HTMLElement): string | undefined;
}
