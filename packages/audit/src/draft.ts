import { MAX_TEXT_LENGTH, type Attachment, type AuthorProfile, type Draft, type ThreadMessage } from '@pause/core';
import type { ArchivedItem } from '@pause/importers';

/**
 * ArchivedItem → Draft, with the thread context the behaviour rules need.
 * Memory is bounded: a ring of the last `threadSize` messages per open thread, and at most
 * `maxThreads` threads, the least recently used dropped first.
 */

export interface DraftOptions {
  /** Names or handles of the archive's owner (case-insensitive; a leading "@" is ignored). */
  me?: readonly string[];
  /** IANA zone the author lives in (for quiet hours); default Europe/London. */
  timeZone?: string;
  /** Previous messages of the same thread given to the engine; default 8. */
  threadSize?: number;
  /** Threads kept open at once; default 1000. */
  maxThreads?: number;
  /** The author's profile (titles, declared interests…), passed to the engine. */
  author?: AuthorProfile;
  /** Give the engine every remembered thread message, not only those its rules can use (slower; same results). */
  fullThreads?: boolean;
}

export const DEFAULT_TIME_ZONE = 'Europe/London';
const DEFAULT_THREAD_SIZE = 8;
const DEFAULT_MAX_THREADS = 1000;
/** Thread messages are cut to this length: heat cues sit in the words, and memory stays bounded. */
const THREAD_TEXT_LIMIT = 2000;
/**
 * The engine reads a thread only through its exchange window (messages within the hour before the draft:
 * behaviour.spiral and behaviour.heightened-emotion, whose quarter-hour "pressed" test is inside it), the
 * run of my messages that ends it (content.harassment, counted back to the last reply) and whether anyone
 * else wrote in it (advice). Older messages change nothing, yet each costs a full text analysis every
 * time it is handed over again (up to `threadSize` times), so they are left out. Keep in step with
 * WINDOW_MS in core's rules/behaviour/heightened-emotion.ts; the audit tests check the results are unchanged.
 */
const CONTEXT_WINDOW_MS = 60 * 60_000;
/** readExchange takes the whole thread when it has fewer than 4 entries: keep at least 3 before the draft. */
const CONTEXT_MIN = 3;

const handleKey = (name: string) => name.trim().toLowerCase().replace(/^@/, '');

/** Who is "me": the named owner, or an author an export left blank (the owner's own posts). */
export class Identity {
  private readonly keys: Set<string>;
  constructor(me: readonly string[] = []) {
    this.keys = new Set(me.map(handleKey).filter((k) => k !== ''));
  }
  get known(): boolean {
    return this.keys.size > 0;
  }
  isMe(item: Pick<ArchivedItem, 'author' | 'channel'>): boolean {
    const key = handleKey(item.author);
    if (key === '' || key === 'me') return true;
    if (this.keys.has(key)) return true;
    // "@drsam@mastodon.example" is "drsam" when the owner was named without the server.
    const at = key.indexOf('@');
    if (at > 0 && this.keys.has(key.slice(0, at))) return true;
    // Nobody named: an archive's own public posts and replies are the owner's.
    return !this.known && (item.channel === 'public-post' || item.channel === 'reply');
  }
}

export interface BuiltDraft {
  draft: Draft;
  mine: boolean;
}

function attachments(item: ArchivedItem): Attachment[] {
  return (item.attachments ?? []).slice(0, 100).map((name) => ({ kind: 'file', name: name.slice(0, 500) }));
}

/** A thread's last messages, oldest first, and their times as epoch ms (NaN when untimed), read once. */
interface Ring {
  messages: ThreadMessage[];
  times: number[];
}

export class DraftBuilder {
  readonly identity: Identity;
  private readonly timeZone: string;
  private readonly threadSize: number;
  private readonly maxThreads: number;
  private readonly author: AuthorProfile | undefined;
  private readonly trim: boolean;
  /** The author's profile name as the engine compares it (its messages count as "mine" too). */
  private readonly profileName: string | undefined;
  /** threadId → the last messages, oldest first, with their times; Map order is recency (re-inserted on use). */
  private readonly threads = new Map<string, Ring>();

  constructor(options: DraftOptions = {}) {
    this.identity = new Identity(options.me);
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.threadSize = Math.max(0, options.threadSize ?? DEFAULT_THREAD_SIZE);
    this.maxThreads = Math.max(1, options.maxThreads ?? DEFAULT_MAX_THREADS);
    this.author = options.author;
    this.profileName = options.author?.name?.trim().toLowerCase() || undefined;
    // nhs-patients reads every thread message for the author's practice names: then nothing is left out.
    this.trim = !options.fullThreads && (options.author?.practiceNames ?? []).length === 0;
  }

  /** Threads currently held (for tests and memory checks). */
  get openThreads(): number {
    return this.threads.size;
  }

  /** The draft for this item, its thread being the messages seen before it; then records the item. */
  build(item: ArchivedItem): BuiltDraft {
    const mine = this.identity.isMe(item);
    const text = item.text.length > MAX_TEXT_LENGTH ? item.text.slice(0, MAX_TEXT_LENGTH) : item.text;
    const previous = item.threadId !== undefined ? this.threads.get(item.threadId) : undefined;
    const at = Date.parse(item.at);
    const draft: Draft = {
      text,
      direction: mine ? 'outbound' : 'inbound',
      channel: item.channel,
      platform: item.platform,
      composedAt: item.at,
      timeZone: this.timeZone,
      recipients: [],
      thread: previous ? this.context(previous, at) : [],
      attachments: attachments(item),
      ...(this.author ? { author: this.author } : {}),
    };
    if (item.threadId !== undefined && this.threadSize > 0) {
      const message: ThreadMessage = {
        author: mine ? 'me' : item.author.slice(0, 200) || 'someone',
        text: text.length > THREAD_TEXT_LIMIT ? text.slice(0, THREAD_TEXT_LIMIT) : text,
        at: item.at,
      };
      this.remember(item.threadId, previous, message, at);
    }
    return { draft, mine };
  }

  /**
   * The part of a thread the engine can use: a suffix of the ring holding every message within the hour
   * before the draft, my run of messages that ends the thread with the reply before it, and at least
   * CONTEXT_MIN messages. Untimed threads are given whole (the engine then reads the last 8 regardless).
   */
  private context({ messages: ring, times }: Ring, draftAt: number): ThreadMessage[] {
    const n = ring.length;
    if (!this.trim || n <= CONTEXT_MIN) return ring.slice();
    if (!Number.isFinite(draftAt)) return ring.slice();
    // one untimed message and the engine reads the last 8 by count: then the whole ring matters
    if (!times.every(Number.isFinite)) return ring.slice();
    let from = n - CONTEXT_MIN;
    // my trailing run and the message before it (the last one by someone else)
    let i = n - 1;
    while (i >= 0 && this.mine(ring[i] as ThreadMessage)) i--;
    if (i < 0) return ring.slice(); // all mine: the engine counts the whole run ("9 messages in a row")
    if (i < from) from = i;
    // the first message within the hour (later ones out of order are kept too: a suffix is kept)
    for (let k = 0; k < from; k++) {
      if (draftAt - (times[k] as number) <= CONTEXT_WINDOW_MS) {
        from = k;
        break;
      }
    }
    return from === 0 ? ring.slice() : ring.slice(from);
  }

  private mine(m: ThreadMessage): boolean {
    const a = m.author.trim().toLowerCase();
    return a === 'me' || (this.profileName !== undefined && a === this.profileName);
  }

  private remember(threadId: string, ring: Ring | undefined, message: ThreadMessage, at: number): void {
    if (ring) {
      this.threads.delete(threadId);
    } else {
      ring = { messages: [], times: [] };
      if (this.threads.size >= this.maxThreads) {
        const oldest = this.threads.keys().next();
        if (!oldest.done) this.threads.delete(oldest.value);
      }
    }
    ring.messages.push(message);
    ring.times.push(at);
    if (ring.messages.length > this.threadSize) {
      ring.messages.shift();
      ring.times.shift();
    }
    this.threads.set(threadId, ring);
  }
}
