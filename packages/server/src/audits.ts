/**
 * Audit jobs: an uploaded export is streamed to a private file under the data folder (with a size
 * cap), audited in a worker thread of its own (audit-thread.ts), and its reports kept as files under
 * audits/<id>/. The upload is deleted when the run ends, whatever the outcome. One audit runs at a
 * time: a second upload meanwhile is refused with 409, so an archive never waits on disk in a queue.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, sep } from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuditStore, type AuditInfo, type AuditProgress } from './audit-store.js';
import { AuditThread, type AuditOutcome } from './audit-thread.js';
import type { DataPaths } from './data-dir.js';
import type { Db } from './db.js';
import { ApiError, notFound } from './errors.js';

export const DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 ** 2;
export const REPORT_HTML = 'report.html';
export const REPORT_JSON = 'report.json';
export const REPORT_CSV = 'report.csv';

export interface AuditRequest {
  filename: string;
  me: string[];
  /** YYYY-MM-DD, midnight in `timeZone`. */
  since?: string;
  timeZone: string;
}

export interface AuditJobsOptions {
  now: () => Date;
  maxUploadBytes?: number;
  /**
   * Engine worker threads inside the audit's thread; default 2 where the machine has more than two cores,
   * else 1 (the engine then runs on the audit's thread, beside the server's).
   */
  workers?: number;
  onError: (e: unknown) => void;
}

class TooLarge extends Error {}

interface Job {
  id: string;
  filename: string;
  uploadDir: string;
  progress: AuditProgress;
  cancelled: boolean;
  /** Once the upload is stored. */
  thread?: AuditThread;
  done: Promise<void>;
}

/** "../../x/chat.txt" → "chat.txt": only the last part, printable, with its extension (importers detect by it). */
export function safeFilename(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f/:*?"<>|]/g, '_')
    .trim();
  const cleaned = base.replace(/^\.+/, '').slice(-200);
  return cleaned || 'upload';
}

/** Counts bytes as they pass and stops the stream past the cap. */
function capped(limit: number, onBytes: (n: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      onBytes(total);
      if (total > limit) done(new TooLarge());
      else done(null, chunk);
    },
  });
}

/**
 * The request body behind a stream of its own: when the cap is hit the pipeline tears down this copy,
 * not the request, so the 413 can still be sent on the connection.
 */
function detached(body: Readable): Readable {
  const copy = new PassThrough();
  body.once('error', (e) => copy.destroy(e));
  body.once('close', () => {
    if (!body.readableEnded) copy.destroy(new Error('the upload was interrupted'));
  });
  copy.once('close', () => body.unpipe(copy));
  return body.pipe(copy);
}

export class AuditJobs {
  private readonly store: AuditStore;
  private readonly maxUploadBytes: number;
  private readonly workers: number;
  /** The one upload or run in progress. */
  private current: Job | undefined;

  constructor(
    db: Db,
    private readonly paths: DataPaths,
    private readonly options: AuditJobsOptions,
  ) {
    this.store = new AuditStore(db);
    this.maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
    this.workers = options.workers ?? (availableParallelism() > 2 ? 2 : 1);
    // A run cut short by a stopped server cannot resume: say so, and drop its upload.
    this.store.abandonRunning('the server stopped before this audit finished; upload the export again');
    rmSync(paths.uploads, { recursive: true, force: true });
  }

  /** 409 while another upload or audit is in progress. */
  assertIdle(): void {
    if (this.current)
      throw new ApiError('conflict', `another audit is running (${this.current.id}); try again when it has finished`);
  }

  /** Streams the body to disk, then starts the audit in the background. Resolves with its id once the file is stored. */
  async accept(request: AuditRequest, body: Readable, declaredBytes?: number): Promise<string> {
    this.assertIdle();
    if (declaredBytes !== undefined && declaredBytes > this.maxUploadBytes) throw this.tooLarge();
    const id = randomUUID();
    const uploadDir = join(this.paths.uploads, id);
    const filename = safeFilename(request.filename);
    const job: Job = {
      id,
      filename,
      uploadDir,
      progress: { items: 0, itemsPerSecond: 0 },
      cancelled: false,
      done: Promise.resolve(),
    };
    this.current = job;
    let stored = 0;
    try {
      mkdirSync(uploadDir, { recursive: true, mode: 0o700 });
      await pipeline(
        detached(body),
        capped(this.maxUploadBytes, (n) => {
          stored = n;
        }),
        createWriteStream(join(uploadDir, filename), { mode: 0o600, flags: 'wx' }),
      );
      if (stored === 0)
        throw new ApiError('bad_request', 'the body is empty: send the export file as the request body');
      if (job.cancelled)
        throw new ApiError('conflict', 'everything was erased while this export was uploading; upload it again');
    } catch (e) {
      this.current = undefined;
      rmSync(uploadDir, { recursive: true, force: true });
      throw e instanceof TooLarge ? this.tooLarge() : e;
    }
    job.progress.bytesTotal = stored;
    this.store.insert(id, filename, this.options.now().toISOString(), stored);
    job.done = this.run(job, request);
    return id;
  }

  private tooLarge(): ApiError {
    return new ApiError(
      'payload_too_large',
      `the export is larger than the ${Math.round(this.maxUploadBytes / 1024 ** 2)} MB limit for uploads`,
    );
  }

  private async run(job: Job, request: AuditRequest): Promise<void> {
    const started = performance.now();
    let outcome: AuditOutcome;
    try {
      const thread = new AuditThread(
        {
          file: join(job.uploadDir, job.filename),
          filename: job.filename,
          me: request.me,
          ...(request.since ? { since: request.since } : {}),
          timeZone: request.timeZone,
          workers: this.workers,
          reports: {
            html: this.draftReport(job, REPORT_HTML),
            json: this.draftReport(job, REPORT_JSON),
            csv: this.draftReport(job, REPORT_CSV),
          },
          clockOffsetMs: this.options.now().getTime() - Date.now(),
        },
        (items, read) => {
          const seconds = (performance.now() - started) / 1000;
          job.progress.items = items;
          job.progress.itemsPerSecond = seconds > 0 ? Math.round(items / seconds) : 0;
          // How far the export has been read, in bytes of the upload (the web app's progress bar).
          job.progress.bytesRead = Math.round(read * (job.progress.bytesTotal ?? 0));
        },
      );
      job.thread = thread;
      outcome = await thread.outcome;
    } catch (e) {
      outcome = { status: 'fault', error: e };
    }
    try {
      if (!job.cancelled) this.settle(job, outcome);
    } catch (e) {
      this.options.onError(e);
    } finally {
      rmSync(job.uploadDir, { recursive: true, force: true });
      if (this.current === job) this.current = undefined;
    }
  }

  /** Records how the run ended. Synchronous: a DELETE cannot slip in between the reports and the row. */
  private settle(job: Job, outcome: AuditOutcome): void {
    if (outcome.status === 'cancelled') return;
    if (outcome.status === 'done') {
      try {
        this.keepReports(job);
      } catch (e) {
        rmSync(join(this.paths.audits, job.id), { recursive: true, force: true });
        this.settle(job, { status: 'fault', error: e });
        return;
      }
      job.progress.items = outcome.headline.items;
      this.store.finish(job.id, { status: 'done', progress: job.progress, summary: outcome.headline });
      return;
    }
    let error: string;
    if (outcome.status === 'failed') {
      // Name the file as the user did, not by its place in the data folder.
      error = outcome.message.split(`${job.uploadDir}${sep}`).join('').split('\n')[0] || 'the export cannot be read';
    } else {
      this.options.onError(outcome.error);
      error = 'the audit stopped because of an internal error; please report it';
    }
    this.store.finish(job.id, { status: 'failed', progress: job.progress, error });
  }

  /** Where the thread writes a report: beside the upload, under a name no upload has (safeFilename drops leading dots). */
  private draftReport(job: Job, file: string): string {
    return join(job.uploadDir, `.${file}`);
  }

  /** The reports the thread wrote, moved to audits/<id>/. */
  private keepReports(job: Job): void {
    const dir = join(this.paths.audits, job.id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const file of [REPORT_HTML, REPORT_JSON, REPORT_CSV]) renameSync(this.draftReport(job, file), join(dir, file));
  }

  /** Status, with live progress while running. */
  get(id: string): AuditInfo {
    const info = this.store.get(id);
    if (!info) throw notFound('audit', id);
    return this.current?.id === id && info.status === 'running'
      ? { ...info, progress: { ...this.current.progress } }
      : info;
  }

  list(): AuditInfo[] {
    return this.store
      .list()
      .map((info) =>
        this.current?.id === info.id && info.status === 'running'
          ? { ...info, progress: { ...this.current.progress } }
          : info,
      );
  }

  /** Path of a finished report; 404 until the audit is done. */
  reportPath(id: string, file: typeof REPORT_HTML | typeof REPORT_JSON | typeof REPORT_CSV): string {
    const info = this.get(id);
    if (info.status !== 'done') {
      throw new ApiError(
        'not_found',
        info.status === 'running'
          ? `audit ${id} is still running: its report is not ready`
          : `audit ${id} failed: it has no report`,
      );
    }
    const path = join(this.paths.audits, info.id, file);
    // Audits made before CSV reports existed have none.
    if (!existsSync(path))
      throw new ApiError('not_found', `audit ${id} has no ${file}: run the audit again to make one`);
    return path;
  }

  /** Deletes an audit, its reports and (if it is running) stops it. */
  remove(id: string): void {
    this.get(id);
    if (this.current?.id === id) this.cancel(this.current);
    this.store.remove(id);
    rmSync(join(this.paths.audits, id), { recursive: true, force: true });
  }

  /** Every audit gone (DELETE /data); the rows are cleared by the caller's transaction. */
  clearFiles(): void {
    if (this.current) this.cancel(this.current);
    rmSync(this.paths.audits, { recursive: true, force: true });
  }

  /** Stops a job; its run ends (and removes the upload) once the thread has let go of its files. */
  private cancel(job: Job): void {
    job.cancelled = true;
    void job.thread?.stop();
  }

  clearRows(): void {
    this.store.clear();
  }

  /** Stops a run in progress (server shutdown) and waits for it to let go of its files. */
  async close(): Promise<void> {
    const job = this.current;
    if (!job) return;
    this.cancel(job);
    await job.done;
    this.store.abandonRunning('the server was stopped during this audit; upload the export again');
  }
}
