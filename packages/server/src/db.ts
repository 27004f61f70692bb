/**
 * The SQLite store: one file, `pause.db`, in the data folder.
 *
 * WAL with synchronous=FULL: a commit returns only after its WAL frames are on disk, so a row the
 * API has acknowledged survives a crash or `kill -9` (the routes answer after the insert returns).
 * The schema moves forward through numbered migrations, each applied once in its own transaction
 * and recorded in `schema_migrations`.
 */
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DB_FILE = 'pause.db';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: never edit a migration that has shipped, add the next number instead. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'settings and outbox',
    sql: `
      CREATE TABLE settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        draft TEXT NOT NULL,
        release_at TEXT NOT NULL,
        release_ms INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('held', 'due', 'released')),
        assessment TEXT NOT NULL,
        recheck TEXT
      );
      CREATE INDEX outbox_release ON outbox (release_ms);
    `,
  },
  {
    version: 2,
    name: 'audits',
    sql: `
      CREATE TABLE audits (
        id TEXT PRIMARY KEY,
        filename TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
        created_at TEXT NOT NULL,
        items INTEGER NOT NULL DEFAULT 0,
        items_per_second INTEGER NOT NULL DEFAULT 0,
        bytes_total INTEGER,
        error TEXT,
        summary TEXT
      );
      CREATE INDEX audits_created ON audits (created_at);
    `,
  },
  {
    version: 3,
    name: 'idempotency keys for held drafts',
    sql: `
      ALTER TABLE outbox ADD COLUMN idempotency_key TEXT;
      CREATE UNIQUE INDEX outbox_idempotency ON outbox (idempotency_key) WHERE idempotency_key IS NOT NULL;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The highest migration applied (0 for a new database). */
export function schemaVersion(db: Db): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies the migrations above the current version, up to `target` (default: all). */
export function migrate(db: Db, target = SCHEMA_VERSION, now: () => Date = () => new Date()): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `the database is at schema version ${current}, newer than this Pause understands (${SCHEMA_VERSION}); update Pause`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, now().toISOString());
    })();
  }
  return schemaVersion(db);
}

/** Opens (creating if needed) the database in `dataDir`, durable settings on, schema up to date. */
export function openDatabase(dataDir: string, options: { target?: number; now?: () => Date } = {}): Db {
  const file = join(dataDir, DB_FILE);
  // Created private before SQLite opens it; SQLite gives the -wal and -shm files the same mode.
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // Deleted drafts are overwritten, not left in free pages (DELETE /data means gone).
    db.pragma('secure_delete = ON');
    migrate(db, options.target, options.now);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
