/**
 * The outbox: drafts held until a release time, checked when held and checked again when due, with
 * the settings of that moment (quiet hours or allow-lists may have changed meanwhile). An item becomes
 * due on any read after its release time and on a timer; items expire some days after their release.
 */
import { randomUUID } from 'node:crypto';
import type { Checking } from './checking.js';
import { ApiError, notFound } from './errors.js';
import { OutboxStore, type OutboxItem, type OutboxStatus, type PageKey } from './outbox-store.js';
import type { Db } from './db.js';

export const DAY_MS = 24 * 60 * 60_000;
/** How often the timer looks for items that have become due. */
const DUE_TICK_MS = 15_000;

export interface OutboxOptions {
  now: () => Date;
  /** Days after its release time that an item is deleted; default 30. */
  retentionDays?: number;
}

/** Items per page of GET /outbox unless the client asks for fewer (at most MAX_PAGE_SIZE). */
export const PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const encodeCursor = (key: PageKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string): PageKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as PageKey;
    if (Number.isFinite(key.releaseMs) && typeof key.createdAt === 'string' && typeof key.id === 'string') return key;
  } catch {}
  throw new ApiError('bad_request', 'query.cursor is not a cursor this server gave out', 'cursor');
}

export class Outbox {
  private readonly store: OutboxStore;
  private readonly retentionMs: number;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    db: Db,
    private readonly checking: Checking,
    private readonly options: OutboxOptions,
  ) {
    this.store = new OutboxStore(db);
    this.retentionMs = (options.retentionDays ?? 30) * DAY_MS;
  }

  private nowIso(): string {
    return this.options.now().toISOString();
  }

  /** Holds a draft (already shape-checked) until `releaseAt`; the row is committed when this returns. */
  /**
   * Holds a draft. With an Idempotency-Key the client may retry a create whose answer it lost (a crash,
   * a dropped connection): the item made the first time comes back, `replayed`, and no second is made.
   */
  hold(draftInput: unknown, releaseAt: string, key?: string): { item: OutboxItem; replayed: boolean } {
    const earlier = key === undefined ? undefined : this.store.byKey(key);
    if (earlier) return { item: earlier, replayed: true };
    const draft = this.checking.parse(draftInput, 'draft');
    const assessment = this.checking.assess(draft, { path: 'draft' });
    const item = this.store.insert(
      { id: randomUUID(), draft, releaseAt, createdAt: this.nowIso(), status: 'held', assessment },
      key,
    );
    return { item, replayed: false };
  }

  /**
   * One page of the outbox, newest release first, and the cursor of the next page when there is one.
   * The cursor is opaque to clients: the sort key of the page's last item.
   */
  list(options: { status?: OutboxStatus; limit?: number; cursor?: string } = {}): {
    items: OutboxItem[];
    next?: string;
  } {
    this.markDue();
    const limit = options.limit ?? PAGE_SIZE;
    const items = this.store.page(limit + 1, options.status, options.cursor ? decodeCursor(options.cursor) : undefined);
    if (items.length <= limit) return { items };
    const page = items.slice(0, limit);
    const last = page[page.length - 1] as OutboxItem;
    return {
      items: page,
      next: encodeCursor({ releaseMs: Date.parse(last.releaseAt), createdAt: last.createdAt, id: last.id }),
    };
  }

  get(id: string): OutboxItem {
    this.markDue();
    const item = this.store.get(id);
    if (!item) throw notFound('outbox item', id);
    return item;
  }

  /** A new draft or release time: checked again now and held again. Released items stay as they were. */
  update(id: string, change: { draft?: unknown; releaseAt?: string }): OutboxItem {
    const item = this.get(id);
    if (item.status === 'released')
      throw new ApiError('conflict', `outbox item ${id} has been released; hold a new draft instead`);
    const draft = change.draft === undefined ? item.draft : this.checking.parse(change.draft, 'draft');
    const updated: OutboxItem = {
      ...item,
      draft,
      releaseAt: change.releaseAt ?? item.releaseAt,
      status: 'held',
      assessment: change.draft === undefined ? item.assessment : this.checking.assess(draft, { path: 'draft' }),
    };
    delete updated.recheck;
    this.store.replace(updated);
    this.markDue();
    return this.store.get(id)!;
  }

  remove(id: string): void {
    if (!this.store.remove(id)) throw notFound('outbox item', id);
  }

  /** Sent now: checked again with the current settings as if written now. */
  release(id: string): OutboxItem {
    const item = this.get(id);
    this.store.setStatus(id, 'released', this.recheck(item));
    return this.store.get(id)!;
  }

  /** Re-checks every held item whose release time has passed and marks it due; returns how many. */
  markDue(): number {
    const ids = this.store.dueIds(this.options.now().getTime());
    for (const id of ids) {
      const item = this.store.get(id);
      if (item) this.store.setStatus(id, 'due', this.recheck(item));
    }
    return ids.length;
  }

  private recheck(item: OutboxItem) {
    return this.checking.assess(item.draft, { path: 'draft', overrideTime: true });
  }

  /** Deletes items whose release time is more than the retention period ago. */
  purgeExpired(): number {
    return this.store.purge(this.options.now().getTime() - this.retentionMs);
  }

  clear(): void {
    this.store.clear();
  }

  /** The due timer and the daily purge; neither keeps the process alive. */
  startTimers(onError: (e: unknown) => void): void {
    this.purgeExpired();
    const guard = (fn: () => unknown) => () => {
      try {
        fn();
      } catch (e) {
        onError(e);
      }
    };
    this.timers = [
      setInterval(
        guard(() => this.markDue()),
        DUE_TICK_MS,
      ),
      setInterval(
        guard(() => this.purgeExpired()),
        DAY_MS,
      ),
    ];
    for (const t of this.timers) t.unref();
  }

  stopTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }
}
