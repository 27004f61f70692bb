/**
 * An audit's own thread (started by audit-thread.ts, one per audit): imports the uploaded export, runs
 * the engine over it, aggregates, and writes the reports where the task says, so none of that holds up
 * the server's event loop. It answers in messages: progress at most ten times a second, then one
 * outcome. Draft text leaves it only inside the report files: an internal error crosses as its name and
 * code, never its message.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AuditLimitError, auditItems, csvHeader, csvRows, renderHtml, toJson } from '@pause/audit';
import { ImportError, importItems, wallClockToIso } from '@pause/importers';
import type { AuditHeadline } from './audit-store.js';

export interface AuditTask {
  /** The uploaded export. */
  file: string;
  /** Its name as uploaded, for the report. */
  filename: string;
  me: string[];
  /** YYYY-MM-DD, midnight in `timeZone`. */
  since?: string;
  timeZone: string;
  /** Engine worker threads inside this one; 1 runs the engine on this thread. */
  workers: number;
  /** Where the reports go. */
  reports: { html: string; json: string; csv: string };
  /** The server's clock minus Date.now() at the start, so the report is dated by the server's clock. */
  clockOffsetMs: number;
  /** One Int32: set to 1 by the server to stop the audit between batches. */
  stop: SharedArrayBuffer;
}

export type AuditMessage =
  /** `read`: the share of the export read so far, 0 to 1. */
  | { type: 'progress'; items: number; read: number }
  | { type: 'done'; headline: AuditHeadline }
  /** A problem with the export the user can act on (its message may name the file by its path). */
  | { type: 'failed'; message: string }
  | { type: 'fault'; name: string; code?: string };

const PROGRESS_EVERY_MS = 100;

class Cancelled extends Error {}

async function audit(task: AuditTask, post: (m: AuditMessage) => void): Promise<void> {
  const stop = new Int32Array(task.stop);
  const stopped = () => Atomics.load(stop, 0) !== 0;
  // A date outside what a Date can hold gives no ISO time (wallClockToIso): then there is no lower bound.
  const sinceIso = task.since
    ? wallClockToIso(...(task.since.split('-').map(Number) as [number, number, number]), 0, 0, 0, task.timeZone)
    : undefined;
  const since = sinceIso ? new Date(sinceIso) : undefined;
  const items = importItems(task.file, { timeZone: task.timeZone, ...(since ? { since } : {}) });
  let posted = 0;
  const run = auditItems(items, {
    me: task.me,
    timeZone: task.timeZone,
    workers: task.workers,
    // With the engine on this thread, small batches: a stop is noticed between them.
    batchSize: task.workers > 1 ? 500 : 100,
    onProgress: (n) => {
      if (stopped()) throw new Cancelled();
      const now = performance.now();
      if (now - posted < PROGRESS_EVERY_MS) return;
      posted = now;
      post({ type: 'progress', items: n, read: items.progress() });
    },
  });
  // Every finding, one CSV row each, written as the audit goes (the summary keeps only the top items).
  const csv = openSync(task.reports.csv, 'w', 0o600);
  try {
    writeSync(csv, csvHeader());
    for await (const result of run) {
      if (stopped()) throw new Cancelled();
      const rows = csvRows(result);
      if (rows) writeSync(csv, rows);
    }
  } finally {
    closeSync(csv);
  }
  const summary = run.summary();
  if (stopped()) return;
  const generatedAt = new Date(Date.now() + task.clockOffsetMs);
  writeFileSync(task.reports.html, renderHtml(summary, { source: task.filename, generatedAt }), { mode: 0o600 });
  writeFileSync(task.reports.json, toJson(summary), { mode: 0o600 });
  post({
    type: 'done',
    headline: {
      items: summary.items,
      flagged: summary.flagged,
      byCategory: summary.byCategory,
      mine: summary.mine,
      others: summary.others,
    },
  });
}

/** What the server is told when the audit does not finish (nothing when it was stopped). */
function outcomeOf(e: unknown): AuditMessage | undefined {
  if (e instanceof Cancelled) return undefined;
  const err = e as { name?: unknown; message?: unknown; code?: unknown } | null;
  if (e instanceof ImportError || e instanceof AuditLimitError || err?.name === 'ImportError')
    return { type: 'failed', message: String(err?.message) };
  return {
    type: 'fault',
    name: typeof err?.name === 'string' ? err.name : 'Error',
    ...(typeof err?.code === 'string' ? { code: err.code } : {}),
  };
}

const port = parentPort;
if (!port) throw new Error('audit-worker.js runs as a worker thread: see audit-thread.ts');
const post = (m: AuditMessage) => port.postMessage(m);
audit(workerData as AuditTask, post).catch((e: unknown) => {
  const outcome = outcomeOf(e);
  if (outcome) post(outcome);
});
