/**
 * The data folder: the database, audit reports and uploads in progress. Private to the user (0700),
 * because it holds drafts that were never sent.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** $PAUSE_DATA, or ~/.pause. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PAUSE_DATA?.trim();
  return resolve(fromEnv ? fromEnv : join(homedir(), '.pause'));
}

/** Creates a folder readable only by its owner (an existing folder is left as it is). */
export function ensurePrivateDir(path: string): string {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  return path;
}

/** Where the pieces live inside the data folder. */
export function dataPaths(dataDir: string) {
  const root = resolve(dataDir);
  return {
    root,
    audits: join(root, 'audits'),
    uploads: join(root, 'uploads'),
  };
}

export type DataPaths = ReturnType<typeof dataPaths>;
