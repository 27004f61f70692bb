import type { Assessment, Category, Channel, Finding, Platform, Severity } from '@pause/core';
import { localTime } from '@pause/core';
import type { ArchivedItem } from '@pause/importers';
import { DEFAULT_TIME_ZONE } from './draft.js';

/**
 * Streaming aggregation of an audit. Memory is bounded whatever the archive's size: fixed tables
 * (7 × 24 heatmap, one row per month, per rule, per platform), a heap of the `top` riskiest items,
 * and capped lists (spiralling threads, X ids, errors).
 */

export interface AggregateOptions {
  /** Riskiest items kept; default 200. */
  top?: number;
  /** Zone for the heatmap and the months; default Europe/London. */
  timeZone?: string;
  /** Spiralling threads listed (the count goes on past it); default 1000. */
  maxSpiralThreads?: number;
  /** X ids listed for review or deletion; default 100,000. */
  maxXIds?: number;
  /** Text kept per top item (for marking the flagged words); default 5000 characters. */
  maxText?: number;
}

export interface TopFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  confidence: number;
  excerpt?: string;
  start?: number;
  end?: number;
}

export interface TopItem {
  id: string;
  at: string;
  platform: Platform;
  channel: Channel;
  author: string;
  mine: boolean;
  url?: string;
  threadId?: string;
  text: string;
  /** The highest severity among the findings. */
  severity: Severity;
  /** Findings above info. */
  count: number;
  /** The highest confidence among the findings of the highest severity. */
  confidence: number;
  findings: TopFinding[];
}

export interface MonthRow {
  /** YYYY-MM in the audit's time zone. */
  month: string;
  items: number;
  mine: number;
  flagged: number;
  stop: number;
  /** Items with a behaviour.heightened-emotion finding. */
  emotion: number;
}

export interface SpiralThread {
  threadId: string;
  platform: Platform;
  channel: Channel;
  /** Items in the thread with a behaviour.spiral finding. */
  count: number;
  firstAt: string;
  lastAt: string;
}

export interface AuditSummary {
  timeZone: string;
  items: number;
  mine: number;
  inbound: number;
  /** Items with a finding above info. */
  flagged: number;
  /** Flagged items by their highest severity. */
  bySeverity: { caution: number; stop: number };
  /** Findings above info, by rule and by category. */
  byRule: Record<string, number>;
  byCategory: Partial<Record<Category, number>>;
  byPlatform: Partial<Record<Platform, { items: number; flagged: number }>>;
  firstAt?: string;
  lastAt?: string;
  /** The riskiest items, riskiest first. */
  top: TopItem[];
  /** My items by local day of week (0 = Monday … 6 = Sunday) and hour (0–23). */
  heatmap: number[][];
  /** One row per month, oldest first. */
  timeline: MonthRow[];
  spirals: { items: number; threads: number; list: SpiralThread[] };
  /** Items with a behaviour.unusual-hour finding. */
  unusualHours: number;
  /** My flagged X posts, for review or deletion. */
  x: { ids: string[]; truncated: boolean };
  errors: { count: number; first: Array<{ id: string; error: string }> };
  /**
   * Who sent the items that are not the owner's, most first (at most 10): so that an audit that found
   * none of the owner's messages can say which sender to name as "me".
   */
  others: Array<{ author: string; items: number }>;
}

/** Distinct senders counted; past this, new names are not added (counts of known ones go on). */
const MAX_SENDERS = 1000;
const SENDERS_SHOWN = 10;

const RANK: Record<Severity, number> = { info: 0, caution: 1, stop: 2 };
const SPIRAL = 'behaviour.spiral';
const UNUSUAL = 'behaviour.unusual-hour';
const EMOTION = 'behaviour.heightened-emotion';
const MAX_ERRORS = 10;

interface Ranked {
  item: TopItem;
  seq: number;
}

/** > 0 when a is riskier: severity, then number of findings, then confidence, then first seen. */
export function compareRisk(a: Ranked, b: Ranked): number {
  return (
    RANK[a.item.severity] - RANK[b.item.severity] ||
    a.item.count - b.item.count ||
    a.item.confidence - b.item.confidence ||
    b.seq - a.seq
  );
}

/** A min-heap of the N riskiest seen so far: the root is the least risky, replaced by anything riskier. */
class TopHeap {
  private readonly heap: Ranked[] = [];
  constructor(private readonly size: number) {}

  offer(entry: Ranked): void {
    if (this.size <= 0) return;
    const h = this.heap;
    if (h.length < this.size) {
      h.push(entry);
      this.up(h.length - 1);
    } else if (compareRisk(entry, h[0] as Ranked) > 0) {
      h[0] = entry;
      this.down(0);
    }
  }

  /** Would an item of this risk enter the heap? (Saves building a TopItem that would be dropped.) */
  admits(probe: Ranked): boolean {
    return this.size > 0 && (this.heap.length < this.size || compareRisk(probe, this.heap[0] as Ranked) > 0);
  }

  sorted(): TopItem[] {
    return [...this.heap].sort((a, b) => compareRisk(b, a)).map((r) => r.item);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (compareRisk(h[i] as Ranked, h[p] as Ranked) >= 0) break;
      [h[i], h[p]] = [h[p] as Ranked, h[i] as Ranked];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1,
        r = l + 1;
      let m = i;
      if (l < h.length && compareRisk(h[l] as Ranked, h[m] as Ranked) < 0) m = l;
      if (r < h.length && compareRisk(h[r] as Ranked, h[m] as Ranked) < 0) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m] as Ranked, h[i] as Ranked];
      i = m;
    }
  }
}

/** Local hour, weekday (0 = Monday) and month of an instant, from the engine's cached local time. */
export class LocalClock {
  constructor(readonly timeZone: string) {}

  read(ms: number): { hour: number; weekday: number; month: string } {
    const t = localTime(ms, this.timeZone);
    return { hour: t.hour, weekday: (t.weekday + 6) % 7, month: `${t.year}-${t.month < 10 ? '0' : ''}${t.month}` };
  }
}

function maxSeverity(findings: readonly Finding[]): Severity {
  let s: Severity = 'info';
  for (const f of findings) if (RANK[f.severity] > RANK[s]) s = f.severity;
  return s;
}

export class Aggregator {
  private readonly heap: TopHeap;
  private readonly clock: LocalClock;
  private readonly maxSpiralThreads: number;
  private readonly maxXIds: number;
  private readonly maxText: number;
  private seq = 0;
  private items = 0;
  private mine = 0;
  private flagged = 0;
  private readonly bySeverity = { caution: 0, stop: 0 };
  private readonly byRule = new Map<string, number>();
  private readonly byCategory = new Map<Category, number>();
  private readonly byPlatform = new Map<Platform, { items: number; flagged: number }>();
  private first: { ms: number; at: string } | undefined;
  private last: { ms: number; at: string } | undefined;
  private readonly heatmap: number[][] = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  private readonly months = new Map<string, MonthRow>();
  private readonly spiralThreads = new Map<string, SpiralThread>();
  private spiralItems = 0;
  private spiralThreadCount = 0;
  private unusual = 0;
  private readonly xIds: string[] = [];
  private xTruncated = false;
  private errorCount = 0;
  private readonly errors: Array<{ id: string; error: string }> = [];
  private readonly senders = new Map<string, number>();

  constructor(options: AggregateOptions = {}) {
    this.heap = new TopHeap(options.top ?? 200);
    this.clock = new LocalClock(options.timeZone ?? DEFAULT_TIME_ZONE);
    this.maxSpiralThreads = options.maxSpiralThreads ?? 1000;
    this.maxXIds = options.maxXIds ?? 100_000;
    this.maxText = options.maxText ?? 5000;
  }

  /** Count an item the engine refused. */
  error(item: ArchivedItem, error: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_ERRORS) this.errors.push({ id: item.id, error });
  }

  /** Every item goes through here, flagged (assessment with findings above info) or not. */
  add(item: ArchivedItem, mine: boolean, assessment?: Assessment | null): void {
    const seq = this.seq++;
    this.items++;
    if (mine) this.mine++;
    else {
      const author = item.author.trim().slice(0, 200);
      const count = this.senders.get(author);
      if (count !== undefined) this.senders.set(author, count + 1);
      else if (author !== '' && this.senders.size < MAX_SENDERS) this.senders.set(author, 1);
    }
    const ms = Date.parse(item.at);
    const timed = !Number.isNaN(ms);
    const local = timed ? this.clock.read(ms) : undefined;
    if (timed) {
      if (!this.first || ms < this.first.ms) this.first = { ms, at: item.at };
      if (!this.last || ms > this.last.ms) this.last = { ms, at: item.at };
    }
    if (local && mine) {
      const row = this.heatmap[local.weekday];
      if (row) row[local.hour] = (row[local.hour] ?? 0) + 1;
    }
    let month: MonthRow | undefined;
    if (local) {
      month = this.months.get(local.month);
      if (!month) {
        month = { month: local.month, items: 0, mine: 0, flagged: 0, stop: 0, emotion: 0 };
        this.months.set(local.month, month);
      }
      month.items++;
      if (mine) month.mine++;
    }
    let platform = this.byPlatform.get(item.platform);
    if (!platform) this.byPlatform.set(item.platform, (platform = { items: 0, flagged: 0 }));
    platform.items++;

    const findings = assessment ? assessment.findings.filter((f) => f.severity !== 'info') : [];
    if (findings.length === 0) return;
    this.flagged++;
    platform.flagged++;
    const severity = maxSeverity(findings);
    if (severity === 'stop') this.bySeverity.stop++;
    else this.bySeverity.caution++;
    if (month) {
      month.flagged++;
      if (severity === 'stop') month.stop++;
    }
    let spiral = false,
      unusual = false,
      emotion = false;
    for (const f of findings) {
      this.byRule.set(f.ruleId, (this.byRule.get(f.ruleId) ?? 0) + 1);
      this.byCategory.set(f.category, (this.byCategory.get(f.category) ?? 0) + 1);
      if (f.ruleId === SPIRAL) spiral = true;
      else if (f.ruleId === UNUSUAL) unusual = true;
      else if (f.ruleId === EMOTION) emotion = true;
    }
    if (unusual) this.unusual++;
    if (emotion && month) month.emotion++;
    if (spiral) this.spiral(item);
    if (item.platform === 'x' && mine) {
      if (this.xIds.length < this.maxXIds) this.xIds.push(item.id);
      else this.xTruncated = true;
    }

    let confidence = 0;
    for (const f of findings) if (f.severity === severity && f.confidence > confidence) confidence = f.confidence;
    const probe = { seq, item: { severity, count: findings.length, confidence } as TopItem };
    if (!this.heap.admits(probe)) return;
    this.heap.offer({
      seq,
      item: {
        id: item.id,
        at: item.at,
        platform: item.platform,
        channel: item.channel,
        author: item.author,
        mine,
        ...(item.url !== undefined ? { url: item.url } : {}),
        ...(item.threadId !== undefined ? { threadId: item.threadId } : {}),
        text: item.text.length > this.maxText ? item.text.slice(0, this.maxText) : item.text,
        severity,
        count: findings.length,
        confidence,
        findings: findings.map((f) => ({
          ruleId: f.ruleId,
          category: f.category,
          severity: f.severity,
          message: f.message,
          confidence: f.confidence,
          ...(f.excerpt !== undefined ? { excerpt: f.excerpt } : {}),
          ...(f.start !== undefined ? { start: f.start } : {}),
          ...(f.end !== undefined ? { end: f.end } : {}),
        })),
      },
    });
  }

  private spiral(item: ArchivedItem): void {
    this.spiralItems++;
    const id = item.threadId ?? `item:${item.id}`;
    const known = this.spiralThreads.get(id);
    if (known) {
      known.count++;
      if (item.at < known.firstAt) known.firstAt = item.at;
      if (item.at > known.lastAt) known.lastAt = item.at;
      return;
    }
    this.spiralThreadCount++;
    if (this.spiralThreads.size < this.maxSpiralThreads) {
      this.spiralThreads.set(id, {
        threadId: id,
        platform: item.platform,
        channel: item.channel,
        count: 1,
        firstAt: item.at,
        lastAt: item.at,
      });
    }
  }

  summary(): AuditSummary {
    return {
      timeZone: this.clock.timeZone,
      items: this.items,
      mine: this.mine,
      inbound: this.items - this.mine,
      flagged: this.flagged,
      bySeverity: { ...this.bySeverity },
      byRule: Object.fromEntries([...this.byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
      byCategory: Object.fromEntries([...this.byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
      byPlatform: Object.fromEntries([...this.byPlatform].map(([p, c]) => [p, { ...c }])),
      ...(this.first ? { firstAt: this.first.at } : {}),
      ...(this.last ? { lastAt: this.last.at } : {}),
      top: this.heap.sorted(),
      heatmap: this.heatmap.map((row) => [...row]),
      timeline: [...this.months.values()].sort((a, b) => a.month.localeCompare(b.month)).map((r) => ({ ...r })),
      spirals: {
        items: this.spiralItems,
        threads: this.spiralThreadCount,
        list: [...this.spiralThreads.values()]
          .sort((a, b) => b.count - a.count || a.firstAt.localeCompare(b.firstAt))
          .map((t) => ({ ...t })),
      },
      unusualHours: this.unusual,
      x: { ids: [...this.xIds], truncated: this.xTruncated },
      errors: { count: this.errorCount, first: [...this.errors] },
      others: [...this.senders]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, SENDERS_SHOWN)
        .map(([author, items]) => ({ author, items })),
    };
  }
}
