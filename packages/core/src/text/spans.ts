/** Spans of text and what to keep when they overlap. */

/**
 * Keeps the longest of overlapping hits (so "guaranteed results" wins over "guaranteed"), in text order.
 * One pass after a sort, so thousands of overlapping hits in a pasted wall of text stay cheap.
 */
export function longestHits<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const sorted = [...hits].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}
