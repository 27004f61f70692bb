export {
  createServer,
  serverUrl,
  DEFAULT_BODY_LIMIT,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type PauseServer,
  type ServerLogger,
  type ServerOptions,
} from './server.js';
export { StartupError, isLoopback, MIN_TOKEN_LENGTH } from './auth.js';
export { defaultDataDir } from './data-dir.js';
export { openDatabase, migrate, schemaVersion, MIGRATIONS, SCHEMA_VERSION, DB_FILE, type Db } from './db.js';
export type { Settings, HoldDefaults } from './settings.js';
export type { OutboxItem, OutboxStatus } from './outbox-store.js';
export type { AuditInfo, AuditProgress, AuditHeadline, AuditStatus } from './audit-store.js';
export type { ErrorBody, ErrorCode } from './errors.js';
