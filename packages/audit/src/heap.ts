import { setFlagsFromString } from 'node:v8';

/** How much the old generation may grow past what the last full collection kept before the next one, in percent. */
const HEAP_GROWTH_PERCENT = 50;

/**
 * Has V8 collect the old generation once it has grown by half past what the last full collection kept,
 * rather than letting it grow up to four times that (its default for a busy process). An audit keeps
 * little, and the same amount whatever the archive's size (about 45 MB live), so its peak memory then
 * follows what it keeps instead of when V8 chose to collect: flat from a small export to a ten times
 * larger one. The flag is process-wide: for a process that runs the audit and nothing else (`pause audit`).
 */
export function boundHeapGrowth(percent: number = HEAP_GROWTH_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${Math.max(1, Math.round(percent))}`);
}
