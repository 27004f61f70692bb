import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assessment, Draft } from '@pause/core';
import type { ArchivedItem } from '@pause/importers';
import Tinypool from 'tinypool';
import { Aggregator, type AggregateOptions, type AuditSummary } from './aggregate.js';
import { DraftBuilder, type DraftOptions } from './draft.js';
import { checkerFor, isError, judge, type Judged } from './judge.js';
import type { WorkerTask } from './worker.js';

export interface AuditOptions extends DraftOptions, AggregateOptions {
  /** Policy for the engine (severity overrides, allow-lists, quiet hours, sensitivity). */
  policy?: unknown;
  /** Worker threads; 1 (the default) runs in this thread. */
  workers?: number;
  /** Items per batch sent to a worker; default 500. */
  batchSize?: number;
  /** The worker module (compiled worker.js); found next to this file, or in dist/ when run from src/. */
  workerFile?: string | URL;
  /** Called after each batch with the items read so far. */
  onProgress?: (items: number) => void;
  /** Most items an audit reads before it stops with AuditLimitError; default 2,000,000. */
  maxItems?: number;
}

/** Items in one audit unless `maxItems` says otherwise: far beyond any real export, short of a bomb. */
export const DEFAULT_MAX_ITEMS = 2_000_000;

/** The export holds more items than the audit's budget: nothing is reported from a part of it. */
export class AuditLimitError extends Error {
  constructor(readonly limit: number) {
    super(
      `the export holds more than ${limit.toLocaleString('en-GB')} items, the most one audit reads; if it is genuine, raise the limit (pause audit --max-items)`,
    );
    this.name = 'AuditLimitError';
  }
}

/** The items, stopping with AuditLimitError once more than `limit` have come. */
async function* capped<T>(items: AsyncIterable<T>, limit: number): AsyncGenerator<T> {
  let n = 0;
  for await (const item of items) {
    if (++n > limit) throw new AuditLimitError(limit);
    yield item;
  }
}

export interface AuditResult {
  item: ArchivedItem;
  /** Has at least one finding above info. */
  assessment: Assessment;
}

/** An audit in progress: iterate it for the flagged items in archive order; `summary()` once it is done. */
export interface AuditRun extends AsyncIterable<AuditResult> {
  summary(): AuditSummary;
}

interface Pending {
  items: ArchivedItem[];
  mine: boolean[];
  drafts: Draft[];
}

/**
 * A worker's heap: a small young generation (the engine's garbage dies young; a large one only raises
 * the peak), and an old generation well above what a batch needs (BATCH_CHARS bounds that).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };
/** A batch ends at `size` items or at this much text (its drafts and threads), so a worker's memory stays bounded. */
const BATCH_CHARS = 1_000_000;

async function* batches(
  items: AsyncIterable<ArchivedItem>,
  builder: DraftBuilder,
  size: number,
): AsyncGenerator<Pending> {
  let batch: Pending = { items: [], mine: [], drafts: [] };
  let chars = 0;
  for await (const item of items) {
    const { draft, mine } = builder.build(item);
    batch.items.push(item);
    batch.mine.push(mine);
    batch.drafts.push(draft);
    chars += draft.text.length;
    for (const m of draft.thread) chars += m.text.length;
    if (batch.items.length >= size || chars >= BATCH_CHARS) {
      yield batch;
      batch = { items: [], mine: [], drafts: [] };
      chars = 0;
    }
  }
  if (batch.items.length) yield batch;
}

/** The compiled worker: next to this module, or in ../dist when this module is the TypeScript source (tests). */
export function defaultWorkerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  const built = new URL('../dist/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return fileURLToPath(built);
  throw new Error(
    `The audit worker is not built (looked for ${fileURLToPath(here)}); run "npm run build" or use workers: 1.`,
  );
}

/**
 * Runs the engine on every item, with thread context and the owner's identity, and aggregates as it
 * goes. Drafts (with their threads) are built in order on this thread; with `workers` > 1 they are
 * judged in batches on a tinypool of worker threads, each with its own checker, and the results are
 * taken back in order, so both paths give the same results.
 */
export function auditItems(input: AsyncIterable<ArchivedItem>, options: AuditOptions = {}): AuditRun {
  const items = capped(input, options.maxItems ?? DEFAULT_MAX_ITEMS);
  const aggregator = new Aggregator(options);
  let done = false;
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const size = Math.max(1, options.batchSize ?? 500);

  /** Aggregates one judged item; the result to hand out when it is worth showing. */
  function settleOne(item: ArchivedItem, mine: boolean, j: Judged): AuditResult | undefined {
    if (j !== null && isError(j)) {
      aggregator.error(item, j.error);
      aggregator.add(item, mine, null);
      return undefined;
    }
    aggregator.add(item, mine, j);
    return j ? { item, assessment: j } : undefined;
  }

  function* settle(batch: Pending, judged: readonly Judged[]): Generator<AuditResult> {
    for (let i = 0; i < batch.items.length; i++) {
      const result = settleOne(batch.items[i] as ArchivedItem, batch.mine[i] as boolean, judged[i] ?? null);
      if (result) yield result;
    }
  }

  /**
   * One item at a time: build its draft, judge it, aggregate it. Nothing is held between items (beyond
   * the thread context), so the drafts and analyses die young and cost the garbage collector little.
   * Progress is reported every `size` items, as the pool reports each batch.
   */
  async function* inThread(): AsyncGenerator<AuditResult> {
    const checker = checkerFor(options.policy);
    const builder = new DraftBuilder(options);
    let seen = 0;
    for await (const item of items) {
      const { draft, mine } = builder.build(item);
      const result = settleOne(item, mine, judge(checker, draft));
      if (result) yield result;
      if (++seen % size === 0) options.onProgress?.(seen);
    }
    if (seen % size !== 0) options.onProgress?.(seen);
  }

  async function* pooled(): AsyncGenerator<AuditResult> {
    const pool = new Tinypool({
      filename: options.workerFile ? String(options.workerFile) : defaultWorkerFile(),
      minThreads: workers,
      maxThreads: workers,
      resourceLimits: WORKER_LIMITS,
    });
    // Up to two batches per worker in flight; results are taken back in submission order.
    const inFlight: Array<{ batch: Pending; result: Promise<Judged[]> }> = [];
    let seen = 0;
    try {
      const source = batches(items, new DraftBuilder(options), size);
      for await (const batch of source) {
        const task: WorkerTask = { policy: options.policy, drafts: batch.drafts };
        const result = pool.run(task) as Promise<Judged[]>;
        result.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
        inFlight.push({ batch, result });
        batch.drafts = [];
        while (inFlight.length >= workers * 2) {
          const next = inFlight.shift()!;
          yield* settle(next.batch, await next.result);
          seen += next.batch.items.length;
          options.onProgress?.(seen);
        }
      }
      while (inFlight.length) {
        const next = inFlight.shift()!;
        yield* settle(next.batch, await next.result);
        seen += next.batch.items.length;
        options.onProgress?.(seen);
      }
    } finally {
      await pool.destroy();
    }
  }

  const source = workers > 1 ? pooled : inThread;
  return {
    async *[Symbol.asyncIterator]() {
      yield* source();
      done = true;
    },
    summary() {
      if (!done) throw new Error('The audit has not finished: iterate it to the end before asking for the summary.');
      return aggregator.summary();
    },
  };
}

/** Runs an audit to the end and returns its summary (the flagged items are in `summary.top`). */
export async function runAudit(items: AsyncIterable<ArchivedItem>, options: AuditOptions = {}): Promise<AuditSummary> {
  const run = auditItems(items, options);
  for await (const _ of run) {
    /* drained: the aggregator keeps what the report needs */
  }
  return run.summary();
}
