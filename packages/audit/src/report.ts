/**
 * The audit's outputs: a self-contained HTML report (inline CSS and SVG, no scripts, no network: it
 * opens from disk and works offline), the summary as JSON, and the findings as CSV.
 *
 * Everything taken from the archive is untrusted: every piece of text goes through `escapeHtml`
 * (or `csvField`), and links are only made of http(s) URLs. A Content-Security-Policy meta tag
 * forbids scripts and remote loads as a second line of defence.
 *
 * The items are already out: findings are worded as reasons, each item ends with what to do now
 * (after-posting.ts), and rules are named in words.
 */
import { type Category, type Finding, PLATFORM_NAME, type Platform, ruleTitle, type Severity } from '@pause/core';
import { itemKind, nextSteps, publishedReason } from './after-posting.js';
import type { AuditSummary, MonthRow, TopFinding, TopItem } from './aggregate.js';
import type { AuditResult } from './run.js';

export interface ReportOptions {
  /** What was audited (a file name), shown under the title. */
  source?: string;
  /** When the report was made; default now. */
  generatedAt?: Date;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/g;

/** Text (or an attribute value) made safe for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c] ?? c);
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const RANK: Record<Severity, number> = { info: 0, caution: 1, stop: 2 };
const SEVERITY_LABEL: Record<Severity, string> = { info: 'Reminder', caution: 'Caution', stop: 'Stop' };
const CATEGORY_LABEL: Record<Category, string> = {
  content: 'Content',
  confidentiality: 'Confidentiality',
  boundaries: 'Professional boundaries',
  promotion: 'Promotion',
  disclosability: 'Disclosability',
  behaviour: 'Behaviour',
};

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

/** A link only for web addresses: a `javascript:` or `data:` URL from an archive is shown as text. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Sat 1 Jun 2024, 23:30" in the audit's zone; the raw value when it is not a date. */
function formatDate(at: string, timeZone: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(ms);
  } catch {
    return at;
  }
}

function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y ?? ''}`.trim();
}

/** The item's text with the flagged spans in <mark>, overlapping spans merged; all of it escaped. */
export function markedText(text: string, findings: readonly Pick<TopFinding, 'start' | 'end'>[]): string {
  const spans = findings
    .filter((f): f is { start: number; end: number } => typeof f.start === 'number' && typeof f.end === 'number')
    .map(
      (f) =>
        [Math.max(0, Math.min(f.start, text.length)), Math.max(0, Math.min(f.end, text.length))] as [number, number],
    )
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  let out = '';
  let at = 0;
  for (const [s, e] of merged) {
    out += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return out + escapeHtml(text.slice(at));
}

// ——— charts ———

/** Charts are drawn at 1.5× their viewBox (so a short timeline is not blown up to the page width) and shrink to fit. */
const CHART_SCALE = 1.5;
const chartSize = (width: number, height: number) =>
  `width="${Math.round(width * CHART_SCALE)}" height="${Math.round(height * CHART_SCALE)}"`;

/** Hour of day × day of week, one cell per hour; shade by count; each cell titled for screen readers and hover. */
export function heatmapSvg(heatmap: readonly (readonly number[])[]): string {
  const cell = 18,
    gap = 2,
    left = 40,
    top = 18;
  const width = left + 24 * (cell + gap);
  const height = top + 7 * (cell + gap) + 4;
  let max = 0,
    total = 0;
  for (const row of heatmap)
    for (const v of row) {
      if (v > max) max = v;
      total += v;
    }
  const parts: string[] = [];
  for (let h = 0; h < 24; h += 3) {
    parts.push(
      `<text x="${left + h * (cell + gap) + cell / 2}" y="12" text-anchor="middle" class="axis">${String(h).padStart(2, '0')}</text>`,
    );
  }
  for (let d = 0; d < 7; d++) {
    const y = top + d * (cell + gap);
    parts.push(
      `<text x="${left - 6}" y="${y + cell - 5}" text-anchor="end" class="axis">${DAYS[d]!.slice(0, 3)}</text>`,
    );
    for (let h = 0; h < 24; h++) {
      const v = heatmap[d]?.[h] ?? 0;
      const shade = max === 0 || v === 0 ? 0 : 0.15 + 0.85 * (v / max);
      const label = `${DAYS[d]} ${String(h).padStart(2, '0')}:00 to ${String((h + 1) % 24).padStart(2, '0')}:00: ${plural(v, 'item')}`;
      parts.push(
        `<rect x="${left + h * (cell + gap)}" y="${y}" width="${cell}" height="${cell}" rx="3" class="${v ? 'hot' : 'cold'}"` +
          `${v ? ` fill-opacity="${shade.toFixed(2)}"` : ''}><title>${escapeHtml(label)}</title></rect>`,
      );
    }
  }
  return (
    `<svg class="chart heatmap" viewBox="0 0 ${width} ${height}" ${chartSize(width, height)} role="img" aria-labelledby="heatmap-title heatmap-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="heatmap-title">When you post: hour of day by day of week</title>` +
    `<desc id="heatmap-desc">${escapeHtml(`A grid of 7 days by 24 hours; darker cells mean more of your own posts and messages (${plural(total, 'item')} in all, at most ${n(max)} in one hour).`)}</desc>` +
    `${parts.join('')}</svg>`
  );
}

/** The width a month's label ("Mar 2025") takes on the timeline's axis, in its units. */
const LABEL_WIDTH = 52;

/** Flagged items per month: the whole bar is flagged items, its darker part the stops. */
export function timelineSvg(timeline: readonly MonthRow[]): string {
  const height = 160,
    bottom = 22,
    top = 8,
    left = 34;
  const count = Math.max(1, timeline.length);
  const barW = Math.max(3, Math.min(28, Math.floor(640 / count)));
  // Room after the last bar for its month's label ("Mar 2025"), which starts at the bar.
  const right = Math.max(6, LABEL_WIDTH - barW);
  const width = left + count * barW + right;
  const max = Math.max(1, ...timeline.map((m) => m.flagged));
  const plot = height - bottom - top;
  const scale = (v: number) => (v / max) * plot;
  const parts: string[] = [
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" class="baseline"/>`,
    `<text x="${left - 4}" y="${top + 8}" text-anchor="end" class="axis">${n(max)}</text>`,
    `<text x="${left - 4}" y="${height - bottom}" text-anchor="end" class="axis">0</text>`,
  ];
  // A label every so many months, so that they never overlap.
  const every = Math.max(1, Math.ceil(44 / barW));
  timeline.forEach((m, i) => {
    const x = left + i * barW;
    const label = `${monthLabel(m.month)}: ${plural(m.flagged, 'flagged item')} (${n(m.stop)} stop) of ${plural(m.items, 'item')}`;
    const hAll = scale(m.flagged),
      hStop = scale(m.stop);
    parts.push(
      `<g><title>${escapeHtml(label)}</title>` +
        `<rect x="${x + 1}" y="${(height - bottom - hAll).toFixed(1)}" width="${barW - 2}" height="${hAll.toFixed(1)}" class="bar-caution"/>` +
        `<rect x="${x + 1}" y="${(height - bottom - hStop).toFixed(1)}" width="${barW - 2}" height="${hStop.toFixed(1)}" class="bar-stop"/></g>`,
    );
    if (i % every === 0)
      parts.push(`<text x="${x + 1}" y="${height - 6}" class="axis">${escapeHtml(monthLabel(m.month))}</text>`);
  });
  return (
    `<svg class="chart timeline" viewBox="0 0 ${width} ${height}" ${chartSize(width, height)} role="img" aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="timeline-title">Risk timeline: flagged items by month</title>` +
    `<desc id="timeline-desc">${escapeHtml(`One bar per month from ${timeline[0] ? monthLabel(timeline[0].month) : 'none'} to ${timeline.length ? monthLabel(timeline[timeline.length - 1]!.month) : 'none'}; the darker part of each bar is items marked stop.`)}</desc>` +
    `${parts.join('')}</svg>`
  );
}

// ——— sections ———

function countsTable(caption: string, head: string, rows: Array<[string, number]>): string {
  if (rows.length === 0) return '';
  return (
    `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${escapeHtml(head)}</th><th scope="col" class="num">Findings</th></tr></thead><tbody>` +
    rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td class="num">${n(v)}</td></tr>`).join('') +
    '</tbody></table>'
  );
}

function itemHtml(item: TopItem, rank: number, timeZone: string): string {
  const url = safeUrl(item.url);
  const when = formatDate(item.at, timeZone);
  const time = `<time datetime="${escapeHtml(item.at)}">${escapeHtml(when)}</time>`;
  const whose = item.mine ? 'Yours' : `From ${escapeHtml(item.author || 'someone')}`;
  const link = url ? ` · <a href="${escapeHtml(url)}" rel="noreferrer noopener">open the original</a>` : '';
  const findings = [...item.findings].sort(
    (a, b) => RANK[b.severity] - RANK[a.severity] || b.confidence - a.confidence,
  );
  const steps = nextSteps(item);
  return (
    `<li class="item sev-${item.severity}"><article aria-labelledby="item-${rank}">` +
    `<h3 id="item-${rank}"><span class="badge ${item.severity}">${SEVERITY_LABEL[item.severity]}</span> ${rank}. ${escapeHtml(itemKind(item.platform, item.channel))}, ${time}</h3>` +
    `<p class="meta">${whose}${link}</p>` +
    `<blockquote class="text">${markedText(item.text, item.findings)}</blockquote>` +
    `<ul class="findings">${findings
      .map(
        (f) =>
          `<li><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <strong title="${escapeHtml(f.ruleId)}">${escapeHtml(ruleTitle(f.ruleId) ?? f.ruleId)}</strong>` +
          `${f.excerpt ? ` <q>${escapeHtml(f.excerpt)}</q>` : ''}<br>${escapeHtml(publishedReason(f.message))}</li>`,
      )
      .join('')}</ul>` +
    (steps.length
      ? `<div class="next"><h4>What to do now</h4><ul>${steps.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul></div>`
      : '') +
    '</article></li>'
  );
}

const CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#595959;--line:#d0d0d0;--card:#f6f6f6;--caution:#b35900;--stop:#b00020;--heat:#00594f;--mark:#ffe08a}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#151515;--muted:#aaa;--line:#444;--card:#222;--caution:#f0a040;--stop:#ff6b7f;--heat:#4fd1c5;--mark:#7a5c00}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:0 0 .25rem}
.lead,.meta,.note,caption{color:var(--muted)}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem;padding:0;list-style:none}
.stats li{background:var(--card);border-radius:.5rem;padding:.5rem .75rem}.stats strong{display:block;font-size:1.4rem}
.chart{display:block;max-width:100%;height:auto}.axis{font-size:10px;fill:var(--muted)}
@media (max-width:36rem){.heatmap .axis{font-size:14px}}
.heatmap .cold{fill:var(--card);stroke:var(--line)}.heatmap .hot{fill:var(--heat)}
.baseline{stroke:var(--line)}.bar-caution{fill:var(--caution)}.bar-stop{fill:var(--stop)}
table{border-collapse:collapse;margin:1rem 0;min-width:min(100%,24rem)}caption{text-align:left}
th,td{padding:.3rem .6rem;border-bottom:1px solid var(--line);text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}
thead th,.num{white-space:nowrap;overflow-wrap:normal}
ol.items{padding-left:0;list-style:none}
.item{background:var(--card);border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;border-left:4px solid var(--caution)}.item.sev-stop{border-left-color:var(--stop)}
.text{margin:.5rem 0;white-space:pre-wrap;border-left:2px solid var(--line);padding-left:.75rem}
mark{background:var(--mark);color:inherit;padding:0 .1em}
.findings{padding-left:1.1rem}.findings li{margin:.35rem 0}
.next{border-top:1px solid var(--line);margin-top:.5rem;padding-top:.25rem}.next h4{margin:.25rem 0;font-size:1rem}.next ul{padding-left:1.1rem;margin:.25rem 0}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .4rem;border-radius:.25rem;color:#fff;background:var(--caution)}.badge.stop{background:var(--stop)}
.ids{max-height:20rem;overflow:auto;background:var(--card);padding:.5rem;border-radius:.5rem}
a{color:inherit}
.unowned{background:var(--mark);padding:.5rem .75rem;border-left:4px solid var(--caution)}
`.trim();

/** The whole report: one HTML string with nothing to fetch. */
export function renderHtml(summary: AuditSummary, options: ReportOptions = {}): string {
  const generated = options.generatedAt ?? new Date();
  const tz = summary.timeZone;
  const span =
    summary.firstAt && summary.lastAt
      ? ` from ${formatDate(summary.firstAt, tz)} to ${formatDate(summary.lastAt, tz)}`
      : '';
  const lead =
    `${options.source ? `${options.source}: ` : ''}${plural(summary.items, 'item')}${span}. Times are shown in ${tz}. ` +
    `Made by Pause on ${formatDate(generated.toISOString(), tz)}, on this machine: nothing was sent anywhere.`;

  const stats: Array<[string, number]> = [
    ['items read', summary.items],
    ['yours', summary.mine],
    ['from others', summary.inbound],
    ['flagged', summary.flagged],
    ['marked stop', summary.bySeverity.stop],
    ['marked caution', summary.bySeverity.caution],
  ];
  const categories = Object.entries(summary.byCategory).map(
    ([c, v]) => [CATEGORY_LABEL[c as Category] ?? c, v ?? 0] as [string, number],
  );
  const rules = Object.entries(summary.byRule).map(([id, v]) => [ruleTitle(id) ?? id, v ?? 0] as [string, number]);
  const platforms = Object.entries(summary.byPlatform);

  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<title>Pause archive audit</title>',
    `<style>${CSS}</style></head><body>`,
    '<header><h1>Pause archive audit</h1>',
    `<p class="lead">${escapeHtml(lead)}</p>`,
    ...(summary.mine === 0 && summary.others.length > 0
      ? [
          `<p class="unowned" role="note"><strong>None of these messages was read as yours, so your own were not checked.</strong> ${escapeHtml(
            `The export names its senders (${summary.others.map((o) => `${o.author}, ${o.items}`).join('; ')}) but not which one you are: audit it again with your name.`,
          )}</p>`,
        ]
      : []),
    '</header><main>',
    '<section aria-labelledby="s-summary"><h2 id="s-summary">Summary</h2><ul class="stats">',
    ...stats.map(([k, v]) => `<li><strong>${n(v)}</strong>${escapeHtml(k)}</li>`),
    '</ul>',
  );
  const notes: string[] = [];
  if (summary.unusualHours) notes.push(`${plural(summary.unusualHours, 'item')} written at unusual hours.`);
  if (summary.spirals.items)
    notes.push(
      `${plural(summary.spirals.items, 'reply', 'replies')} in ${plural(summary.spirals.threads, 'conversation')} that spiralled.`,
    );
  if (summary.errors.count)
    notes.push(
      `${plural(summary.errors.count, 'item')} could not be checked (for example ${summary.errors.first
        .map((e) => `${e.id}: ${e.error}`)
        .slice(0, 3)
        .join('; ')}).`,
    );
  if (notes.length) out.push(`<ul class="notes">${notes.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`);
  out.push('</section>');

  out.push(
    '<section aria-labelledby="s-when"><h2 id="s-when">When you post</h2>',
    '<p class="note">Your own posts and messages by hour and day. Posting late at night or in a hurry is when most regrettable messages are written.</p>',
    heatmapSvg(summary.heatmap),
    '</section>',
  );

  out.push('<section aria-labelledby="s-timeline"><h2 id="s-timeline">Risk over time</h2>');
  out.push(summary.timeline.length ? timelineSvg(summary.timeline) : '<p>No dated items.</p>');
  out.push('</section>');

  out.push('<section aria-labelledby="s-categories"><h2 id="s-categories">What was found</h2>');
  if (categories.length === 0) out.push('<p>Nothing was flagged.</p>');
  out.push(countsTable('Findings by category', 'Category', categories), countsTable('Findings by rule', 'Rule', rules));
  if (platforms.length) {
    out.push(
      '<table><caption>Items by platform</caption><thead><tr><th scope="col">Platform</th><th scope="col" class="num">Items</th><th scope="col" class="num">Flagged</th></tr></thead><tbody>',
      ...platforms.map(
        ([p, c]) =>
          `<tr><th scope="row">${escapeHtml(PLATFORM_NAME[p as Platform] ?? p)}</th><td class="num">${n(c?.items ?? 0)}</td><td class="num">${n(c?.flagged ?? 0)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  out.push('</section>');

  out.push('<section aria-labelledby="s-items"><h2 id="s-items">The riskiest items</h2>');
  if (summary.top.length === 0) out.push('<p>Nothing above a reminder: no item needs another look.</p>');
  else {
    const more =
      summary.flagged > summary.top.length
        ? ` The ${n(summary.top.length)} riskiest of ${n(summary.flagged)} flagged items are shown; the CSV lists them all.`
        : '';
    out.push(
      `<p class="note">Riskiest first; the words that raised a finding are highlighted.${escapeHtml(more)}</p>`,
      '<ol class="items">',
      ...summary.top.map((item, i) => itemHtml(item, i + 1, tz)),
      '</ol>',
    );
  }
  out.push('</section>');

  if (summary.x.ids.length) {
    out.push(
      '<section aria-labelledby="s-review"><h2 id="s-review">To review or delete on X</h2>',
      `<p class="note">${escapeHtml(`The ids of ${plural(summary.x.ids.length, 'post')} of yours that were flagged${summary.x.truncated ? ' (the list was cut short)' : ''}. Deleting a post does not undo it: copies and screenshots may survive, and deleted messages can still be disclosed.`)}</p>`,
      `<pre class="ids">${summary.x.ids.map(escapeHtml).join('\n')}</pre></section>`,
    );
  }
  out.push(
    '</main><footer><p class="note">Pause flags what a patient, colleague, employer, NHS England, the GMC, a police officer or a judge could object to. It is a second pair of eyes, not legal advice.</p></footer>',
    '</body></html>',
    '',
  );
  return out.join('\n');
}

// ——— JSON and CSV ———

/** The summary as pretty JSON, with a trailing newline. */
export function toJson(summary: AuditSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

export const CSV_HEADER = ['date', 'platform', 'id', 'url', 'rule', 'severity', 'excerpt', 'message'] as const;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. A value
 * that a spreadsheet would run as a formula (starting = + - @ or a tab) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const csvLine = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** A flagged item as the CSV takes it: a summary's top item, or a result streamed from `auditItems`. */
export type CsvItem = TopItem | AuditResult;

type Row = Pick<Finding, 'ruleId' | 'severity' | 'message'> & { excerpt?: string };

function rowsOf(entry: CsvItem): {
  item: { at: string; platform: string; id: string; url?: string };
  findings: readonly Row[];
} {
  if ('assessment' in entry)
    return { item: entry.item, findings: entry.assessment.findings.filter((f) => f.severity !== 'info') };
  return { item: entry, findings: entry.findings };
}

/** The CSV header line (CRLF-terminated). */
export function csvHeader(): string {
  return csvLine(CSV_HEADER);
}

/** The CSV lines of one flagged item: one per finding above info. */
export function csvRows(entry: CsvItem): string {
  const { item, findings } = rowsOf(entry);
  let out = '';
  for (const f of findings) {
    out += csvLine([
      item.at,
      item.platform,
      item.id,
      item.url ?? '',
      f.ruleId,
      f.severity,
      f.excerpt ?? '',
      publishedReason(f.message),
    ]);
  }
  return out;
}

/** Header and one row per finding: date, platform, id, url, rule, severity, excerpt, and the reason (publishedReason). */
export function toCsv(flaggedItems: Iterable<CsvItem>): string {
  let out = csvHeader();
  for (const entry of flaggedItems) out += csvRows(entry);
  return out;
}
