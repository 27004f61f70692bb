import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, MIGRATIONS, SCHEMA_VERSION, migrate, openDatabase, schemaVersion } from './db.js';
import { tempDir } from './test/helpers.js';

const dirs: Array<{ remove(): void }> = [];
function folder(): string {
  const d = tempDir('pause-db-');
  dirs.push(d);
  return d.path;
}
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
  ).map((r) => r.name);

describe('the database', () => {
  it('migrations are numbered 1, 2, … with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('from an empty folder: every migration applied, durable settings on, file private', () => {
    const dir = folder();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(['audits', 'outbox', 'schema_migrations', 'settings']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    db.close();
    expect(statSync(join(dir, DB_FILE)).mode & 0o777).toBe(0o600);
  });

  it('from version 1: moves to the latest and keeps the rows already there', () => {
    const dir = folder();
    const v1 = openDatabase(dir, { target: 1 });
    expect(schemaVersion(v1)).toBe(1);
    expect(tables(v1)).not.toContain('audits');
    v1.prepare(
      "INSERT INTO outbox (id, draft, release_at, release_ms, created_at, status, assessment) VALUES ('a', '{}', 'x', 1, 'y', 'held', '{}')",
    ).run();
    v1.close();

    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toContain('audits');
    expect(db.prepare('SELECT id FROM outbox').all()).toEqual([{ id: 'a' }]);
    db.close();
  });

  it('opening again applies nothing twice', () => {
    const dir = folder();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer Pause, and leaves it untouched', () => {
    const dir = folder();
    const db = openDatabase(dir);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', 'now')").run(
      SCHEMA_VERSION + 1,
    );
    db.close();
    expect(() => openDatabase(dir)).toThrow(/newer than this Pause understands/);
  });

  it('a failed migration is rolled back whole', () => {
    const dir = folder();
    const db = new Database(join(dir, DB_FILE));
    // A table in the way of migration 1's second statement: the first must not survive either.
    db.exec('CREATE TABLE outbox (x INTEGER)');
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).not.toContain('settings');
    db.close();
  });
});
