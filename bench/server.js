#!/usr/bin/env node
// npm run bench:server: `POST /api/v1/check` under load, with autocannon on loopback against `pause serve` run as
// a user starts it (a child process, a fresh data folder, a free port on 127.0.0.1): 50 connections, then one (a
// single user), first with the server alone and then while it audits a generated WhatsApp export. Prints
// checks/s, latency (p50, p99, max), errors and the server's RSS, with PASS/FAIL against the issue's targets,
// beside what the engine alone manages on one thread without HTTP (the ceiling for a server that checks on its
// event loop). Benchmarks report; they never gate (exit 0 always).
// Usage: node bench/server.js [--duration 20] [--connections 50] [--long] [--no-audit] [--root DIR]
//   --long      the first run lasts five minutes and samples the server's RSS every 10 s (it should stay flat)
//   --no-audit  skip the run during an audit
//   --root DIR  serve from another built checkout (to compare before and after a change)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { makeDrafts } from './drafts.js';
import { generateWhatsApp } from './exports.js';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: join(dirname(fileURLToPath(import.meta.url)), '..') },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    long: { type: 'boolean', default: false },
    'no-audit': { type: 'boolean', default: false },
  },
});
const duration = Math.max(1, Number(values.duration));
const connections = Math.max(1, Number(values.connections));
const TARGETS = { checksPerSec: 2_000, p99Ms: 20, rssGrowth: 0.1 };
const WARM_UP_SECONDS = 5;
const LONG_SECONDS = 300;
const RSS_EVERY_MS = 10_000;
/** WhatsApp lines in the export audited during the last two runs: enough to outlast both. */
const AUDIT_LINES = Math.max(200_000, duration * 60_000);

const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** The server's resident memory in MB, from /proc (Linux). */
function rssMb(pid) {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** `pause serve --port 0` on a fresh data folder; resolves once it prints its URL. */
function startServer(dataDir) {
  const child = spawn(
    process.execPath,
    [join(values.root, 'packages/cli/bin/pause.mjs'), 'serve', '--port', '0', '--data', dataDir],
    { cwd: values.root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((done) => child.once('close', (code, signal) => done(code ?? signal)));
  return new Promise((resolve, reject) => {
    let out = '';
    const collect = (chunk) => {
      out += chunk;
      const m = /Pause is running at (http:\/\/\S+) /.exec(out);
      if (m) resolve({ child, url: m[1], exited });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    exited.then((code) => reject(new Error(`pause serve exited (${code}) before it was ready:\n${out}`)));
  });
}

/** 280-character drafts of every channel, about one sentence in five flagged: every request a different body. */
const bodies = makeDrafts({ count: 2_000, length: 280, seed: 0x5e7 }).map((d) => JSON.stringify(d));

function load(url, seconds, conns = connections) {
  let next = 0;
  return autocannon({
    url: `${url}api/v1/check`,
    connections: conns,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  });
}

function summarise(result, seconds) {
  return {
    seconds,
    checks: result['2xx'],
    checksPerSec: result['2xx'] / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

function printRun(name, r) {
  console.log(
    `${name}: ${fmt(r.checks)} checks in ${r.seconds} s → ${fmt(r.checksPerSec)} checks/s; latency p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, max ${r.maxMs} ms; ` +
      `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`,
  );
}

/** Runs the load for `seconds`, sampling the server's RSS every 10 s when `sample` is set. */
async function measured(server, seconds, { sample = false, conns = connections } = {}) {
  const samples = [rssMb(server.child.pid)];
  const timer = sample ? setInterval(() => samples.push(rssMb(server.child.pid)), RSS_EVERY_MS) : undefined;
  const result = await load(server.url, seconds, conns);
  clearInterval(timer);
  samples.push(rssMb(server.child.pid));
  return { ...summarise(result, seconds), rssMb: samples };
}

async function auditExport() {
  const file = join(tmpdir(), `pause-bench-server-whatsapp-${AUDIT_LINES}.txt`);
  if (!existsSync(file)) {
    const t = performance.now();
    const part = `${file}.part`;
    await generateWhatsApp(part, AUDIT_LINES);
    renameSync(part, file);
    console.log(
      `generated ${fmt(AUDIT_LINES)} WhatsApp lines in ${fmt((performance.now() - t) / 1000, 1)} s → ${file}`,
    );
  }
  return file;
}

async function status(url, id) {
  return (await fetch(`${url}api/v1/audits/${id}`)).json();
}

/** The engine alone on this thread, no HTTP: mean milliseconds per draft over a second pass of the same drafts. */
async function engineAlone() {
  const { createChecker } = await import('@pause/core');
  const checker = createChecker();
  const drafts = bodies.map((b) => JSON.parse(b));
  for (const d of drafts) checker.assess(d);
  const t = performance.now();
  for (const d of drafts) checker.assess(d);
  return (performance.now() - t) / drafts.length;
}

console.log(
  `pause server benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const engineMs = await engineAlone();
console.log(
  `engine alone, one thread, no HTTP: ${fmt(engineMs, 2)} ms a draft on average → at most ${fmt(1000 / engineMs)} checks/s on one thread`,
);
const exportFile = values['no-audit'] ? undefined : await auditExport();
const dataDir = mkdtempSync(join(tmpdir(), 'pause-bench-server-'));
const server = await startServer(dataDir);
try {
  console.log(
    `POST /api/v1/check, ${fmt(bodies.length)} different 280-character drafts, after a ${WARM_UP_SECONDS} s warm-up`,
  );
  const warm = summarise(await load(server.url, WARM_UP_SECONDS), WARM_UP_SECONDS);
  if (warm.non2xx || warm.errors) console.log(`warm-up: ${warm.non2xx} non-2xx, ${warm.errors} errors`);

  const alone = await measured(server, values.long ? LONG_SECONDS : duration, { sample: values.long });
  printRun(`alone, ${connections} connections`, alone);
  const [rssStart, rssEnd] = [alone.rssMb[0], alone.rssMb.at(-1)];
  console.log(
    `  server RSS ${fmt(rssStart)} MB at the start, ${fmt(rssEnd)} MB at the end${values.long ? ` (every 10 s: ${alone.rssMb.map((m) => fmt(m)).join(' ')})` : ''}`,
  );
  console.log(`  ${verdict(alone.checksPerSec >= TARGETS.checksPerSec)} checks/s ≥ ${fmt(TARGETS.checksPerSec)}`);
  console.log(`  ${verdict(alone.p99Ms <= TARGETS.p99Ms)} p99 ≤ ${TARGETS.p99Ms} ms`);
  console.log(`  ${verdict(alone.errors + alone.timeouts + alone.non2xx === 0)} no errors`);
  if (values.long)
    console.log(`  ${verdict(rssEnd <= rssStart * (1 + TARGETS.rssGrowth))} RSS flat (end within 10% of start)`);
  printRun('alone, 1 connection', await measured(server, duration, { conns: 1 }));

  if (exportFile) {
    const bytes = statSync(exportFile).size;
    const upload = await fetch(
      `${server.url}api/v1/audits?filename=${encodeURIComponent('WhatsApp Chat with Surgery Team.txt')}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: readFileSync(exportFile),
      },
    );
    if (upload.status !== 202) throw new Error(`the upload was refused: ${upload.status} ${await upload.text()}`);
    const { id } = await upload.json();
    console.log(`during an audit of ${fmt(AUDIT_LINES)} WhatsApp lines (${fmt(bytes / 1e6, 1)} MB):`);
    for (const conns of [connections, 1]) {
      const during = await measured(server, duration, { conns });
      const audit = await status(server.url, id);
      printRun(`  ${conns} connection${conns > 1 ? 's' : ''}`, during);
      console.log(
        `    the audit: ${audit.status}, ${fmt(audit.progress.items)} items read so far (${fmt(audit.progress.itemsPerSecond)} /s)` +
          `${audit.status === 'running' ? '' : ': it ended before the run did, so the figures mix both'}`,
      );
      if (conns === connections)
        console.log(`    ${verdict(during.p99Ms <= TARGETS.p99Ms)} p99 ≤ ${TARGETS.p99Ms} ms during the audit`);
    }
    await fetch(`${server.url}api/v1/audits/${id}`, { method: 'DELETE' });
  }
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
}
