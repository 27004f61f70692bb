import type { AuditJobs } from '../audits.js';
import type { Checking } from '../checking.js';
import type { Db } from '../db.js';
import type { Outbox } from '../outbox.js';
import type { SettingsStore } from '../settings.js';

/** What the routes work with; built once by createServer. */
export interface ApiContext {
  db: Db;
  version: string;
  settings: SettingsStore;
  checking: Checking;
  outbox: Outbox;
  audits: AuditJobs;
}
