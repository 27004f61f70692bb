import type { Draft } from '@pause/core';
import { checkerFor, judgeBatch, type Judged } from './judge.js';

/** A batch sent to a worker thread: drafts already carry their thread context (built in order on the main thread). */
export interface WorkerTask {
  policy?: unknown;
  drafts: Draft[];
}

/** Tinypool entry: each worker keeps its own checker. */
export default function run(task: WorkerTask): Judged[] {
  return judgeBatch(checkerFor(task.policy), task.drafts);
}
