import type { Category, Finding, Severity } from '@pause/core';

/** A flagged range of the draft, as the underline backdrop needs it. */
export interface Span {
  start: number;
  end: number;
  severity: Severity;
  category: Category;
  /** Index of the finding in the Assessment, so a mark can point back to it. */
  finding: number;
}

/** A run of the text under the same set of spans. */
export interface Segment {
  start: number;
  end: number;
  /** The text to draw: CR LF and lone CR shown as the LF a textarea shows. */
  text: string;
  /** The findings (Span.finding) covering this run, the most severe first. */
  findings: number[];
  /** The most severe span's severity and category; absent for unflagged text. */
  severity?: Severity;
  category?: Category;
}

const RANK: Record<Severity, number> = { info: 0, caution: 1, stop: 2 };

/** The spans of the findings that have offsets. */
export function spansOf(findings: readonly Finding[]): Span[] {
  const out: Span[] = [];
  findings.forEach((f, i) => {
    if (f.start !== undefined && f.end !== undefined)
      out.push({ start: f.start, end: f.end, severity: f.severity, category: f.category, finding: i });
  });
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when a cut at `i` would split a surrogate pair or a CR LF pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1),
    b = text.charCodeAt(i);
  return (isHigh(a) && isLow(b)) || (a === 13 && b === 10);
}

/** Moves a start back, or an end forward, off the middle of a pair, and into [0, length]. */
function snap(text: string, i: number, dir: -1 | 1): number {
  const c = Math.min(Math.max(0, Math.trunc(i)), text.length);
  return splitsPair(text, c) ? c + (dir === 1 ? 1 : -1) : c;
}

/**
 * Cuts the text at every span edge so that each segment is covered by a fixed set of spans
 * (overlapping findings share the overlap). Spans are clamped to the text and moved off the middle
 * of surrogate pairs and CR LF, so a mark never holds half an emoji; empty or inverted spans are
 * dropped. The segments' texts joined give the text back (with CR LF as LF).
 */
export function toSegments(text: string, spans: readonly Span[]): Segment[] {
  const clean = spans
    .map((s) => ({ ...s, start: snap(text, s.start, -1), end: snap(text, s.end, 1) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of clean) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const start = edges[k]!,
      end = edges[k + 1]!;
    const over: number[] = [];
    clean.forEach((s, i) => {
      if (s.start <= start && s.end >= end) over.push(i);
    });
    over.sort((a, b) => RANK[clean[b]!.severity] - RANK[clean[a]!.severity] || clean[b]!.start - clean[a]!.start);
    const seg: Segment = {
      start,
      end,
      text: text.slice(start, end).replace(/\r\n?/g, '\n'),
      findings: over.map((i) => clean[i]!.finding),
    };
    const lead = over.length ? clean[over[0]!] : undefined;
    if (lead) {
      seg.severity = lead.severity;
      seg.category = lead.category;
    }
    const prev = segments[segments.length - 1];
    // Neighbouring runs under the same spans read as one mark (and one DOM node).
    if (prev && prev.findings.join() === seg.findings.join()) {
      prev.end = end;
      prev.text += seg.text;
    } else segments.push(seg);
  }
  return segments;
}

/**
 * Carries spans found in `before` over to `after` while the engine catches up: the edit is the
 * stretch between the common prefix and the common suffix; spans wholly before it stay, spans
 * wholly after it shift by the change in length, and spans it touches are dropped until the
 * fresh assessment arrives.
 */
export function rebaseSpans<T extends { start: number; end: number }>(
  before: string,
  after: string,
  spans: readonly T[],
): T[] {
  if (before === after) return [...spans];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const s of spans) {
    if (s.end <= prefix) out.push(s);
    else if (s.start >= editEnd) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}
