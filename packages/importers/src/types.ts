import type { Channel, Platform } from '@pause/core';

/** One post or message from an exported archive, as the audit reads it. */
export interface ArchivedItem {
  /** Stable within the archive (the service's id where it has one). */
  id: string;
  platform: Platform;
  channel: Channel;
  /** ISO 8601 with offset. */
  at: string;
  /** Display name or handle of the author; "me" is decided by the audit. */
  author: string;
  text: string;
  url?: string;
  threadId?: string;
  replyTo?: string;
}
