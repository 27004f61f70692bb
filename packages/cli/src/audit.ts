/**
 * `pause audit`: reads an exported archive (X, Facebook, WhatsApp, Slack…), runs the engine on every
 * item and writes a self-contained HTML report, or the summary as JSON / the findings as CSV on stdout.
 * The audit and importer packages are loaded here, on demand, so `pause check` never pays for them.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { UsageError } from './errors.js';
import { AUDIT_HELP } from './help.js';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  since: { type: 'string' },
  me: { type: 'string', multiple: true },
  tz: { type: 'string' },
  format: { type: 'string' },
  'text-field': { type: 'string' },
  'time-field': { type: 'string' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const DEFAULT_OUT = 'pause-audit.html';
/** How often the progress line is redrawn. */
const PROGRESS_MS = 200;

function checkZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return tz;
  } catch {
    throw new UsageError(`--tz ${tz.slice(0, 60)}: is not an IANA time zone, e.g. Europe/London`);
  }
}

/** --since: YYYY-MM-DD (midnight in the audit's zone) or ISO 8601 with an offset. */
function parseSince(value: string, tz: string, wallClockToIso: (y: number, mo: number, d: number, h: number, mi: number, s: number, tz?: string) => string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = day ? Date.parse(wallClockToIso(Number(day[1]), Number(day[2]), Number(day[3]), 0, 0, 0, tz)) : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new UsageError(`--since ${value.slice(0, 60)}: must be a date (YYYY-MM-DD) or an ISO 8601 time with an offset`);
  return new Date(ms);
}

/** An export this large (bytes) is audited on a pool of worker threads when --workers is not given. */
export const POOL_FROM_BYTES = 8 * 1024 * 1024;
/** Most worker threads used by default, and accepted at all. */
const DEFAULT_MAX_WORKERS = 4;
const MAX_WORKERS = 16;

/** Bytes of an export (a folder's files, up to a few thousand of them; enough to tell small from large). */
function exportSize(path: string): number {
  let total = 0;
  let seen = 0;
  const walk = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isFile()) total += st.size;
    else if (st.isDirectory() && seen < 5000) {
      let names: string[] = [];
      try {
        names = readdirSync(p);
      } catch {
        return;
      }
      for (const n of names) {
        if (++seen > 5000 || total >= POOL_FROM_BYTES) return;
        walk(join(p, n));
      }
    }
  };
  walk(path);
  return total;
}

/**
 * --workers: a number of worker threads (1 runs in this thread), or, by default, a pool of up to four
 * on a machine with several cores for an export of 8 MB or more. Both give the same report.
 */
function workerCount(value: unknown, input: string): number {
  if (typeof value === 'string') {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= MAX_WORKERS)) throw new UsageError(`--workers ${value.slice(0, 20)}: give a number of threads from 1 to ${MAX_WORKERS}`);
    return n;
  }
  const cores = availableParallelism();
  return cores > 1 && exportSize(input) >= POOL_FROM_BYTES ? Math.min(cores, DEFAULT_MAX_WORKERS) : 1;
}

/** Where the HTML goes: the given file, never a directory, never the archive itself. */
function checkOut(out: string, input: string): string {
  const path = resolve(out);
  if (path === resolve(input)) throw new UsageError(`--out ${out}: is the archive being audited; choose another file`);
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UsageError(`--out ${out}: cannot be written (${code ?? 'error'})`);
  }
  if (st?.isDirectory()) throw new UsageError(`--out ${out}: is a directory; give a file name, e.g. ${out.replace(/\/+$/, '')}/${DEFAULT_OUT}`);
  if (st && !st.isFile()) throw new UsageError(`--out ${out}: is not a regular file`);
  return path;
}

function writeOut(path: string, shown: string, html: string): void {
  try {
    writeFileSync(path, html);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be written (${code ?? 'error'})`;
    throw new UsageError(`--out ${shown}: ${why}`);
  }
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((done) => process.stdout.once('drain', done));
}

/** "12,500 items · 21,300 items/s · 0.6 s" on one redrawn stderr line; a no-op when stderr is not a terminal. */
function progress(enabled: boolean) {
  const started = performance.now();
  let last = 0;
  let shown = false;
  const line = (items: number) => {
    const s = (performance.now() - started) / 1000;
    const rate = s > 0 ? Math.round(items / s) : 0;
    return `auditing: ${items.toLocaleString('en-GB')} items · ${rate.toLocaleString('en-GB')} items/s · ${s.toFixed(1)} s`;
  };
  return {
    update(items: number) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      shown = true;
      process.stderr.write(`\r\x1b[2K${line(items)}`);
    },
    done(items: number) {
      if (enabled && shown) process.stderr.write(`\r\x1b[2K${line(items)}\n`);
    },
  };
}

export async function runAudit(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, 'audit');
  if (values.help) {
    process.stdout.write(AUDIT_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'no archive to audit: give the export file or folder' : 'give one archive at a time', 'see "pause audit --help"');
  }
  const input = positionals[0]!;
  if (values.json && values.csv) throw new UsageError('--json and --csv cannot be used together', 'see "pause audit --help"');
  const toStdout = values.json === true || values.csv === true;
  const outGiven = typeof values.out === 'string';
  // With --json or --csv the HTML is written only when --out asks for it.
  const outPath = outGiven || !toStdout ? checkOut(outGiven ? (values.out as string) : DEFAULT_OUT, input) : undefined;
  const tz = checkZone(typeof values.tz === 'string' ? values.tz : 'Europe/London');
  const workers = workerCount(values.workers, input);
  const me = Array.isArray(values.me) ? values.me : [];

  const [audit, importers] = await Promise.all([import('@pause/audit'), import('@pause/importers')]);
  const since = typeof values.since === 'string' ? parseSince(values.since, tz, importers.wallClockToIso) : undefined;

  const bar = progress(process.stderr.isTTY === true);
  let seen = 0;
  const items = importers.importItems(input, {
    timeZone: tz,
    ...(since ? { since } : {}),
    ...(typeof values.format === 'string' ? { format: values.format } : {}),
    ...(typeof values['text-field'] === 'string' ? { textField: values['text-field'] } : {}),
    ...(typeof values['time-field'] === 'string' ? { timeField: values['time-field'] } : {}),
  });
  const run = audit.auditItems(items, {
    me, timeZone: tz, workers,
    onProgress: (n) => {
      seen = n;
      bar.update(n);
    },
  });
  let summary;
  try {
    // CSV rows stream out as the flagged items come, so every finding is listed, not only the top ones.
    if (values.csv) await write(audit.csvHeader());
    for await (const result of run) if (values.csv) await write(audit.csvRows(result));
    summary = run.summary();
  } catch (e) {
    bar.done(seen);
    if (e instanceof importers.ImportError || (e as Error)?.name === 'ImportError') throw new UsageError((e as Error).message.split('\n')[0] ?? 'cannot read the archive');
    throw e;
  }
  bar.done(summary.items);

  if (values.json) await write(audit.toJson(summary));
  if (outPath) writeOut(outPath, outGiven ? (values.out as string) : DEFAULT_OUT, audit.renderHtml(summary, { source: input }));
  if (!toStdout) {
    const flagged = summary.flagged === 0 ? 'nothing flagged' : `${summary.flagged.toLocaleString('en-GB')} flagged (${summary.bySeverity.stop.toLocaleString('en-GB')} stop)`;
    process.stdout.write(`${summary.items.toLocaleString('en-GB')} items read, ${flagged}. Report: ${outGiven ? values.out as string : DEFAULT_OUT}\n`);
  }
  return summary.flagged === 0 ? 0 : 1;
}
