/** Audit rows: what was uploaded, how the run went and its headline figures (the reports are files). */
import type { Category } from '@pause/core';
import type { Db } from './db.js';

export type AuditStatus = 'running' | 'done' | 'failed';

export interface AuditProgress {
  items: number;
  itemsPerSecond: number;
  bytesRead?: number;
  bytesTotal?: number;
}

export interface AuditHeadline {
  items: number;
  flagged: number;
  byCategory: Partial<Record<Category, number>>;
  /** Items read as the owner's, and who sent the others (most first, at most 10). */
  mine?: number;
  others?: Array<{ author: string; items: number }>;
}

export interface AuditInfo {
  id: string;
  filename: string;
  status: AuditStatus;
  progress: AuditProgress;
  error?: string;
  createdAt: string;
  summary?: AuditHeadline;
}

interface Row {
  id: string;
  filename: string;
  status: AuditStatus;
  created_at: string;
  items: number;
  items_per_second: number;
  bytes_total: number | null;
  error: string | null;
  summary: string | null;
}

function toInfo(row: Row): AuditInfo {
  return {
    id: row.id,
    filename: row.filename,
    status: row.status,
    progress: {
      items: row.items,
      itemsPerSecond: row.items_per_second,
      ...(row.bytes_total !== null ? { bytesTotal: row.bytes_total } : {}),
    },
    ...(row.error !== null ? { error: row.error } : {}),
    createdAt: row.created_at,
    ...(row.summary !== null ? { summary: JSON.parse(row.summary) as AuditHeadline } : {}),
  };
}

export class AuditStore {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare(
        "INSERT INTO audits (id, filename, status, created_at, bytes_total) VALUES (?, ?, 'running', ?, ?)",
      ),
      get: db.prepare('SELECT * FROM audits WHERE id = ?'),
      all: db.prepare('SELECT * FROM audits ORDER BY created_at DESC, rowid DESC'),
      finish: db.prepare(
        'UPDATE audits SET status = @status, items = @items, items_per_second = @itemsPerSecond, error = @error, summary = @summary WHERE id = @id',
      ),
      abandon: db.prepare("UPDATE audits SET status = 'failed', error = ? WHERE status = 'running'"),
      remove: db.prepare('DELETE FROM audits WHERE id = ?'),
      clear: db.prepare('DELETE FROM audits'),
    };
  }

  insert(id: string, filename: string, createdAt: string, bytesTotal: number): void {
    this.statements.insert.run(id, filename, createdAt, bytesTotal);
  }

  get(id: string): AuditInfo | undefined {
    const row = this.statements.get.get(id) as Row | undefined;
    return row ? toInfo(row) : undefined;
  }

  /** Newest first. */
  list(): AuditInfo[] {
    return (this.statements.all.all() as Row[]).map(toInfo);
  }

  finish(
    id: string,
    result: { status: 'done' | 'failed'; progress: AuditProgress; error?: string; summary?: AuditHeadline },
  ): void {
    this.statements.finish.run({
      id,
      status: result.status,
      items: result.progress.items,
      itemsPerSecond: result.progress.itemsPerSecond,
      error: result.error ?? null,
      summary: result.summary ? JSON.stringify(result.summary) : null,
    });
  }

  /** Runs left 'running' by a server that stopped: they can never finish. */
  abandonRunning(reason: string): number {
    return this.statements.abandon.run(reason).changes;
  }

  remove(id: string): boolean {
    return this.statements.remove.run(id).changes > 0;
  }

  clear(): void {
    this.statements.clear.run();
  }
}
