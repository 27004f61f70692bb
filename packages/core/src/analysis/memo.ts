import type { Analysis } from './analyse.js';

/**
 * A cache of one result per analysis, with the get/set of a WeakMap keyed by the analysis but kept on
 * the analysis itself: it goes when the analysis goes, and spares the garbage collector a weak table
 * entry per draft for each of the dozen helpers that cache this way.
 */
export class PerAnalysis<T> {
  private readonly key = Symbol('per-analysis');
  get(a: Analysis): T | undefined {
    return a.memo.get(this.key) as T | undefined;
  }
  set(a: Analysis, value: T): this {
    a.memo.set(this.key, value);
    return this;
  }
  /** The cached result, worked out by `compute` on first use. */
  of(a: Analysis, compute: (a: Analysis) => T): T {
    if (a.memo.has(this.key)) return a.memo.get(this.key) as T;
    const value = compute(a);
    a.memo.set(this.key, value);
    return value;
  }
}
