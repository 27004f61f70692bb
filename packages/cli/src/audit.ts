/**
 * `pause audit`: reads an exported archive (X, Facebook, WhatsApp, Slack…), runs the engine on every
 * item and writes a self-contained HTML report, or the summary as JSON / the findings as CSV on stdout.
 * The audit and importer packages are loaded here, on demand, so `pause check` never pays for them.
 */
import { statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { wallClockToIso as WallClockToIso } from '@pause/importers';
import { parseCliArgs } from './args.js';
import { UsageError } from './errors.js';
import { AUDIT_HELP } from './help.js';
import { Eta, progressLine } from './progress.js';

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
  'max-items': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const DEFAULT_OUT = 'pause-audit.html';
/** How often the progress line is redrawn. */
const PROGRESS_MS = 200;

function parseMaxItems(value: string): number {
  const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1)) throw new UsageError(`--max-items ${value.slice(0, 20)}: must be a whole number, at least 1`);
  return n;
}

function checkZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return tz;
  } catch {
    throw new UsageError(`--tz ${tz.slice(0, 60)}: is not an IANA time zone, e.g. Europe/London`);
  }
}

/** --since: YYYY-MM-DD (midnight in the audit's zone) or ISO 8601 with an offset. */
function parseSince(value: string, tz: string, wallClockToIso: typeof WallClockToIso): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = day
    ? Date.parse(wallClockToIso(Number(day[1]), Number(day[2]), Number(day[3]), 0, 0, 0, tz) ?? '')
    : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(value)
      ? Date.parse(value)
      : NaN;
  if (Number.isNaN(ms))
    throw new UsageError(
      `--since ${value.slice(0, 60)}: must be a date (YYYY-MM-DD) or an ISO 8601 time with an offset`,
    );
  return new Date(ms);
}

/** An export this large (bytes) is audited on a pool of worker threads when --workers is not given. */
export const POOL_FROM_BYTES = 8 * 1024 * 1024;
/** Most worker threads used by default, and accepted at all. */
const DEFAULT_MAX_WORKERS = 4;
/** Most archives in one audit. */
const MAX_ARCHIVES = 20;
const MAX_WORKERS = 16;

/** --workers: a number of worker threads from 1 (this thread) to MAX_WORKERS; undefined when not given. */
function parseWorkers(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS))
    throw new UsageError(`--workers ${value.slice(0, 20)}: give a number of threads from 1 to ${MAX_WORKERS}`);
  return n;
}

/** The error for an audit that found none of the owner's messages, and the hint that names the senders. */
function whoIsMe(me: readonly string[], others: ReadonlyArray<{ author: string; items: number }>): [string, string] {
  const senders = others.map((o) => `${o.author} (${o.items.toLocaleString('en-GB')})`).join(', ');
  const example = `--me "${(others[0] as { author: string }).author.replace(/"/g, '')}"`;
  const problem =
    me.length > 0
      ? `--me ${me.map((m) => `"${m.slice(0, 60)}"`).join(', ')} matched no sender in this export, so none of its messages were read as yours`
      : 'none of the messages in this export is marked as yours, so only what others sent you was read';
  return [problem, `the senders are ${senders}; say which is you, e.g. ${example}`];
}

/** Without --workers: a pool of up to four threads on a machine with several cores for exports of 8 MB or more. Both give the same report. */
function defaultWorkers(bytes: () => number): number {
  const cores = availableParallelism();
  return cores > 1 && bytes() >= POOL_FROM_BYTES ? Math.min(cores, DEFAULT_MAX_WORKERS) : 1;
}

/** Where the HTML goes: the given file, never a directory, never an archive being audited. */
function checkOut(out: string, inputs: readonly string[]): string {
  const path = resolve(out);
  if (inputs.some((input) => path === resolve(input)))
    throw new UsageError(`--out ${out}: is an archive being audited; choose another file`);
  let st: ReturnType<typeof statSync> | undefined;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UsageError(`--out ${out}: cannot be written (${code ?? 'error'})`);
  }
  if (st?.isDirectory())
    throw new UsageError(
      `--out ${out}: is a directory; give a file name, e.g. ${out.replace(/\/+$/, '')}/${DEFAULT_OUT}`,
    );
  if (st && !st.isFile()) throw new UsageError(`--out ${out}: is not a regular file`);
  return path;
}

function writeOut(path: string, shown: string, html: string): void {
  try {
    writeFileSync(path, html);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `cannot be written (${code ?? 'error'})`;
    throw new UsageError(`--out ${shown}: ${why}`);
  }
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((done) => process.stdout.once('drain', done));
}

/** The progress line (see progress.ts), redrawn on stderr; a no-op when stderr is not a terminal. */
function progress(enabled: boolean, read: () => number) {
  const started = performance.now();
  const eta = new Eta();
  let last = 0;
  let shown = false;
  const line = (items: number) => {
    const seconds = (performance.now() - started) / 1000;
    const r = read();
    return progressLine(items, seconds, r, eta.update(seconds, r));
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
  if (positionals.length === 0)
    throw new UsageError('no archive to audit: give the export file or folder', 'see "pause audit --help"');
  if (positionals.length > MAX_ARCHIVES)
    throw new UsageError(
      `${positionals.length} archives given; audit at most ${MAX_ARCHIVES} at once`,
      'see "pause audit --help"',
    );
  const inputs = positionals;
  if (typeof values.format === 'string' && inputs.length > 1)
    throw new UsageError(
      '--format applies to one archive: give the archives one at a time, or leave it out to detect each',
      'see "pause audit --help"',
    );
  if (values.json && values.csv)
    throw new UsageError('--json and --csv cannot be used together', 'see "pause audit --help"');
  const toStdout = values.json === true || values.csv === true;
  const outGiven = typeof values.out === 'string';
  // With --json or --csv the HTML is written only when --out asks for it.
  const outPath = outGiven || !toStdout ? checkOut(outGiven ? (values.out as string) : DEFAULT_OUT, inputs) : undefined;
  const tz = checkZone(typeof values.tz === 'string' ? values.tz : 'Europe/London');
  const workersGiven = parseWorkers(values.workers);
  const me = Array.isArray(values.me) ? values.me : [];
  const maxItems = typeof values['max-items'] === 'string' ? parseMaxItems(values['max-items']) : undefined;

  const [audit, importers] = await Promise.all([import('@pause/audit'), import('@pause/importers')]);
  const workers =
    workersGiven ?? defaultWorkers(() => inputs.reduce((sum, input) => sum + importers.sizeOnDisk(input), 0));
  // This process runs the audit and nothing else: keep its peak memory to what the audit holds.
  audit.boundHeapGrowth();
  const since = typeof values.since === 'string' ? parseSince(values.since, tz, importers.wallClockToIso) : undefined;

  let seen = 0;
  const items = importers.importAll(inputs, {
    timeZone: tz,
    ...(since ? { since } : {}),
    ...(typeof values.format === 'string' ? { format: values.format } : {}),
    ...(typeof values['text-field'] === 'string' ? { textField: values['text-field'] } : {}),
    ...(typeof values['time-field'] === 'string' ? { timeField: values['time-field'] } : {}),
  });
  const bar = progress(process.stderr.isTTY === true, () => items.progress());
  const run = audit.auditItems(items, {
    me,
    timeZone: tz,
    workers,
    ...(maxItems ? { maxItems } : {}),
    onProgress: (n) => {
      seen = n;
      bar.update(n);
    },
  });
  let summary: ReturnType<typeof run.summary>;
  try {
    // CSV rows stream out as the flagged items come, so every finding is listed, not only the top ones.
    if (values.csv) await write(audit.csvHeader());
    for await (const result of run) if (values.csv) await write(audit.csvRows(result));
    summary = run.summary();
  } catch (e) {
    bar.done(seen);
    if (e instanceof importers.ImportError || (e as Error)?.name === 'ImportError')
      throw new UsageError((e as Error).message.split('\n')[0] ?? 'cannot read the archive');
    if (e instanceof audit.AuditLimitError) throw new UsageError(e.message);
    throw e;
  }
  bar.done(summary.items);
  // An audit that found none of the owner's messages would report "nothing flagged" on a chat full of
  // risky ones: say whom to name instead (the export names its senders, never which one exported it).
  if (summary.mine === 0 && summary.others.length > 0) throw new UsageError(...whoIsMe(me, summary.others));

  if (values.json) await write(audit.toJson(summary));
  if (outPath)
    writeOut(
      outPath,
      outGiven ? (values.out as string) : DEFAULT_OUT,
      audit.renderHtml(summary, { source: inputs.join(', ') }),
    );
  if (!toStdout) {
    const flagged =
      summary.flagged === 0
        ? 'nothing flagged'
        : `${summary.flagged.toLocaleString('en-GB')} flagged (${summary.bySeverity.stop.toLocaleString('en-GB')} stop)`;
    process.stdout.write(
      `${summary.items.toLocaleString('en-GB')} items read, ${flagged}. Report: ${outGiven ? (values.out as string) : DEFAULT_OUT}\n`,
    );
  }
  return summary.flagged === 0 ? 0 : 1;
}
