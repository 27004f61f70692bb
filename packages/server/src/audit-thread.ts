/**
 * One audit's worker thread, seen from the server. The whole run (import, engine, aggregation, reports)
 * happens in audit-worker.js, so `/check` and the rest of the API keep their event loop to themselves;
 * this side relays progress and settles `outcome` once the thread has ended, and so let go of the
 * export's files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditHeadline } from './audit-store.js';
import type { AuditMessage, AuditTask } from './audit-worker.js';

export type AuditOutcome =
  | { status: 'done'; headline: AuditHeadline }
  /** The export cannot be audited; the message is for the user once the upload's path is taken out. */
  | { status: 'failed'; message: string }
  | { status: 'fault'; error: unknown }
  | { status: 'cancelled' };

/** How long a stopped audit has to reach the end of its batch before its thread is ended outright. */
export const STOP_GRACE_MS = 2_000;
/**
 * An audit keeps about 45 MB whatever the export's size; a heap far past that is a runaway, which then
 * fails its own audit instead of taking the server down.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024 };

/** An internal error from the thread, by name and code only: its message could quote a draft. */
export class AuditFault extends Error {
  constructor(
    name: string,
    readonly code?: string,
  ) {
    super('the audit thread failed');
    this.name = name;
  }
}

/** The compiled worker: next to this module, or in ../dist when this module is the TypeScript source (tests). */
function workerFile(): URL {
  const here = new URL('./audit-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../dist/audit-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`The audit worker is not built (looked for ${fileURLToPath(here)}); run "npm run build".`);
}

export class AuditThread {
  private readonly worker: Worker;
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4));
  private stopped = false;
  /** Settles when the thread has ended, whatever happened; never rejects. */
  readonly outcome: Promise<AuditOutcome>;

  constructor(
    task: Omit<AuditTask, 'stop'>,
    onProgress: (items: number, read: number) => void,
    private readonly graceMs = STOP_GRACE_MS,
  ) {
    const full: AuditTask = { ...task, stop: this.stopFlag.buffer as SharedArrayBuffer };
    this.worker = new Worker(workerFile(), { workerData: full, resourceLimits: RESOURCE_LIMITS });
    let result: AuditOutcome | undefined;
    this.worker.on('message', (m: AuditMessage) => {
      if (m.type === 'progress') onProgress(m.items, m.read);
      else if (m.type === 'done') result = { status: 'done', headline: m.headline };
      else if (m.type === 'failed') result = { status: 'failed', message: m.message };
      else result = { status: 'fault', error: new AuditFault(m.name, m.code) };
    });
    // An uncaught error or the heap limit: the thread ends after this.
    this.worker.on('error', (e) => {
      result ??= { status: 'fault', error: e };
    });
    this.outcome = new Promise((settle) =>
      this.worker.once('exit', () =>
        settle(
          this.stopped
            ? { status: 'cancelled' }
            : (result ?? { status: 'fault', error: new AuditFault('AuditThreadExit') }),
        ),
      ),
    );
  }

  /** The thread's id (never the server's main thread, 0). */
  get threadId(): number {
    return this.worker.threadId;
  }

  /** Asks the audit to stop at the end of its batch, ends the thread if it has not within the grace, and waits for it. */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      Atomics.store(this.stopFlag, 0, 1);
      const timer = setTimeout(() => void this.worker.terminate(), this.graceMs);
      void this.outcome.then(() => clearTimeout(timer));
    }
    await this.outcome;
  }
}
