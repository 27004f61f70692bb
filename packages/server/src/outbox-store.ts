/**
 * Outbox rows: drafts held until a release time. Every write is one statement (or one transaction)
 * that has committed, with synchronous=FULL, before the caller answers the client.
 */
import type { Assessment, Draft } from '@pause/core';
import type { Db } from './db.js';

export const OUTBOX_STATUSES = ['held', 'due', 'released'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxItem {
  id: string;
  draft: Draft;
  releaseAt: string;
  createdAt: string;
  status: OutboxStatus;
  /** At hold time. */
  assessment: Assessment;
  /** When due or released: the check made then, with the settings of that moment. */
  recheck?: Assessment;
}

interface Row {
  id: string;
  draft: string;
  release_at: string;
  created_at: string;
  status: OutboxStatus;
  assessment: string;
  recheck: string | null;
}

function toItem(row: Row): OutboxItem {
  return {
    id: row.id,
    draft: JSON.parse(row.draft) as Draft,
    releaseAt: row.release_at,
    createdAt: row.created_at,
    status: row.status,
    assessment: JSON.parse(row.assessment) as Assessment,
    ...(row.recheck ? { recheck: JSON.parse(row.recheck) as Assessment } : {}),
  };
}

/** Where a page ends: the sort key of its last item. */
export interface PageKey {
  releaseMs: number;
  createdAt: string;
  id: string;
}

export class OutboxStore {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare(
        'INSERT INTO outbox (id, draft, release_at, release_ms, created_at, status, assessment, recheck, idempotency_key) VALUES (@id, @draft, @releaseAt, @releaseMs, @createdAt, @status, @assessment, NULL, @key)',
      ),
      get: db.prepare('SELECT * FROM outbox WHERE id = ?'),
      byKey: db.prepare('SELECT * FROM outbox WHERE idempotency_key = ?'),
      // A page: newest release first, after the last row of the page before (keyset, so items held or
      // removed meanwhile neither repeat nor go missing). The empty status matches every status.
      page: db.prepare(
        `SELECT * FROM outbox WHERE (@status = '' OR status = @status)
           AND (@afterMs IS NULL OR (release_ms, created_at, id) < (@afterMs, @afterCreated, @afterId))
         ORDER BY release_ms DESC, created_at DESC, id DESC LIMIT @limit`,
      ),
      dueIds: db.prepare("SELECT id FROM outbox WHERE status = 'held' AND release_ms <= ? ORDER BY release_ms"),
      replace: db.prepare(
        'UPDATE outbox SET draft = @draft, release_at = @releaseAt, release_ms = @releaseMs, status = @status, assessment = @assessment, recheck = NULL WHERE id = @id',
      ),
      setStatus: db.prepare('UPDATE outbox SET status = @status, recheck = @recheck WHERE id = @id'),
      remove: db.prepare('DELETE FROM outbox WHERE id = ?'),
      purge: db.prepare('DELETE FROM outbox WHERE release_ms < ?'),
      clear: db.prepare('DELETE FROM outbox'),
    };
  }

  /** `key`: the client's Idempotency-Key, so that a retried create finds the item it made. */
  insert(item: OutboxItem, key?: string): OutboxItem {
    this.statements.insert.run({
      key: key ?? null,
      id: item.id,
      draft: JSON.stringify(item.draft),
      releaseAt: item.releaseAt,
      releaseMs: Date.parse(item.releaseAt),
      createdAt: item.createdAt,
      status: item.status,
      assessment: JSON.stringify(item.assessment),
    });
    return item;
  }

  /** The item created with this Idempotency-Key, if any. */
  byKey(key: string): OutboxItem | undefined {
    const row = this.statements.byKey.get(key) as Row | undefined;
    return row ? toItem(row) : undefined;
  }

  get(id: string): OutboxItem | undefined {
    const row = this.statements.get.get(id) as Row | undefined;
    return row ? toItem(row) : undefined;
  }

  /** Newest release first, at most `limit`, after `after` (the last item of the page before). */
  page(limit: number, status?: OutboxStatus, after?: PageKey): OutboxItem[] {
    const rows = this.statements.page.all({
      status: status ?? '',
      limit,
      afterMs: after?.releaseMs ?? null,
      afterCreated: after?.createdAt ?? null,
      afterId: after?.id ?? null,
    }) as Row[];
    return rows.map(toItem);
  }

  /** Held items whose release time has come. */
  dueIds(nowMs: number): string[] {
    return (this.statements.dueIds.all(nowMs) as Array<{ id: string }>).map((r) => r.id);
  }

  /** A new draft or release time: assessed again, held again, any earlier re-check dropped. */
  replace(item: OutboxItem): void {
    this.statements.replace.run({
      id: item.id,
      draft: JSON.stringify(item.draft),
      releaseAt: item.releaseAt,
      releaseMs: Date.parse(item.releaseAt),
      status: item.status,
      assessment: JSON.stringify(item.assessment),
    });
  }

  setStatus(id: string, status: OutboxStatus, recheck: Assessment): void {
    this.statements.setStatus.run({ id, status, recheck: JSON.stringify(recheck) });
  }

  remove(id: string): boolean {
    return this.statements.remove.run(id).changes > 0;
  }

  /** Deletes items whose release time is before `beforeMs`; returns how many. */
  purge(beforeMs: number): number {
    return this.statements.purge.run(beforeMs).changes;
  }

  clear(): void {
    this.statements.clear.run();
  }
}
