#!/usr/bin/env node
// npm run bench: how fast and how lean the engine is. Prints the figures with PASS/FAIL against the
// project's targets and writes bench/results.json. Benchmarks report; they never gate (exit 0).
// Usage: node bench/run.js [--quick] [--no-write] [--json]
// PAUSE_CORE_SRC=1 (under tsx) measures the TypeScript sources instead of the build.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adversarialTexts, makeDrafts, RECEIVED_ADVERSARIAL } from './drafts.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    // Internal: run one measurement in a fresh process and print it as JSON.
    child: { type: 'string' },
  },
});
const quick = values.quick;
const core = await import(process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core');
const { createChecker, RULES } = core;
/** An internal module of the core (for the analysis-stage breakdown), from src or dist alike. */
const internal = (path) =>
  import(process.env.PAUSE_CORE_SRC ? `../packages/core/src/${path}.ts` : `../packages/core/dist/${path}.js`);

const SIZES = quick
  ? { short: 300, long: 40, shortPasses: 3, longPasses: 2, warm: 2, memory: 5_000, coldRuns: 5, rulePasses: 3 }
  : { short: 1_000, long: 200, shortPasses: 5, longPasses: 3, warm: 3, memory: 20_000, coldRuns: 15, rulePasses: 7 };

const TARGETS = {
  shortP50: 0.5, // ms, 280-character draft, median
  shortP99: 3, // ms
  longP99: 15, // ms, 5,000-character draft
  coldStart: 400, // ms, `pause check` wall time, median
};

const now = () => process.hrtime.bigint();
const ms = (ns) => Number(ns) / 1e6;

function percentiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const mean = s.reduce((x, y) => x + y, 0) / s.length;
  return {
    n: s.length,
    mean: round(mean),
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    max: round(s[s.length - 1]),
  };
}
const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Per-draft latency of checker.assess(), in ms, after warming up on the same drafts. */
function latency(checker, drafts, passes, warm) {
  for (let w = 0; w < warm; w++) for (const d of drafts) checker.assess(d);
  const samples = [];
  for (let p = 0; p < passes; p++) {
    for (const d of drafts) {
      const t = now();
      checker.assess(d);
      samples.push(ms(now() - t));
    }
  }
  return percentiles(samples);
}

/** µs per draft for one timed pass of a checker over the set. */
function passUs(checker, drafts) {
  const t = now();
  for (const d of drafts) checker.assess(d);
  return (ms(now() - t) * 1000) / drafts.length;
}

/**
 * Each rule alone, minus a checker with no rules. The baseline pass runs right before each rule
 * pass, and each figure is the fastest of several passes, so load from other processes and
 * garbage collection (which only ever add time) disturb the difference as little as possible.
 */
function perRuleCost(drafts) {
  const empty = createChecker(undefined, []);
  passUs(empty, drafts);
  let baselineMin = Infinity;
  const rules = RULES.map((rule) => {
    const checker = createChecker(undefined, [rule]);
    passUs(checker, drafts);
    let base = Infinity,
      total = Infinity;
    for (let p = 0; p < SIZES.rulePasses; p++) {
      base = Math.min(base, passUs(empty, drafts));
      total = Math.min(total, passUs(checker, drafts));
    }
    baselineMin = Math.min(baselineMin, base);
    return { id: rule.id, us: round(Math.max(0, total - base), 2), totalUs: round(total, 2) };
  });
  rules.sort((a, b) => b.us - a.us);
  return { baselineUs: round(baselineMin, 2), rules };
}

/** Mean µs per draft of each shared analysis stage, to show what the empty-rule baseline is made of. */
async function analysisStages(drafts) {
  const [
    { normalise },
    { tokenise },
    { splitSentences },
    { PhraseMatcher },
    { LEXICONS },
    { ProfanityScanner },
    { measureIntensity },
    { findTargets },
    { Analyser },
    { parseDraft },
  ] = await Promise.all(
    [
      'text/normalise',
      'text/tokens',
      'text/sentences',
      'text/matcher',
      'data/index',
      'analysis/profanity',
      'analysis/intensity',
      'analysis/targets',
      'analysis/analyse',
      'draft',
    ].map(internal),
  );
  const analyser = new Analyser();
  const matcher = new PhraseMatcher(LEXICONS);
  const profanity = new ProfanityScanner();
  const texts = drafts.map((d) => d.text);
  const views = texts.map(normalise);
  const tokens = views.map(tokenise);
  const stages = {
    normalise: (i) => normalise(texts[i]),
    tokenise: (i) => tokenise(views[i]),
    sentences: (i) => splitSentences(texts[i]),
    'phrase matcher (all lexicons)': (i) => matcher.match(tokens[i]),
    'profanity (obscenity)': (i) => profanity.scan(texts[i]),
    intensity: (i) => measureIntensity(texts[i], tokens[i], []),
    targets: (i) => findTargets(texts[i], tokens[i], []),
    parseDraft: (i) => parseDraft(drafts[i]),
    'whole analyse() (draft and its thread)': (i) => analyser.analyse(parseDraft(drafts[i])),
  };
  const out = {};
  for (const [name, fn] of Object.entries(stages)) {
    for (let i = 0; i < texts.length; i++) fn(i);
    const perPass = [];
    for (let p = 0; p < SIZES.rulePasses; p++) {
      const t = now();
      for (let i = 0; i < texts.length; i++) fn(i);
      perPass.push((ms(now() - t) * 1000) / texts.length);
    }
    out[name] = round(Math.min(...perPass), 2);
  }
  return out;
}

/** Runs in a fresh process: heap and RSS after assessing many drafts. */
function memoryChild() {
  const drafts = makeDrafts({ count: 500, length: 280, seed: 7 });
  const before = process.memoryUsage();
  const checker = createChecker();
  const t = now();
  let held = 0;
  for (let i = 0; i < SIZES.memory; i++) held += checker.assess(drafts[i % drafts.length]).findings.length;
  const elapsed = ms(now() - t);
  const after = process.memoryUsage();
  const mb = (b) => round(b / 1048576, 1);
  return {
    drafts: SIZES.memory,
    findings: held,
    seconds: round(elapsed / 1000, 2),
    rssMb: mb(after.rss),
    heapUsedMb: mb(after.heapUsed),
    heapUsedBeforeMb: mb(before.heapUsed),
    maxRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
  };
}

/** Runs in a fresh process: one assess() of one pathological 100,000-character text. */
function adversarialChild(name) {
  const text = adversarialTexts(100_000)[name];
  const direction = RECEIVED_ADVERSARIAL.has(name) ? 'inbound' : 'outbound';
  const checker = createChecker();
  checker.assess({ text: 'warm up', direction, composedAt: '2026-11-23T12:00:00+00:00' });
  const t = now();
  checker.assess({ text, direction, composedAt: '2026-11-23T12:00:00+00:00' });
  return round(ms(now() - t), 1);
}

/** Each pathological text in its own process, so one that hangs cannot stall the others. */
function adversarial() {
  const out = {};
  for (const name of Object.keys(adversarialTexts(10))) {
    const r = child(`adversarial:${name}`, 20_000);
    out[name] = typeof r === 'number' ? r : r.error;
  }
  return out;
}

function child(kind, timeoutMs) {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--child', kind, ...(quick ? ['--quick'] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: timeoutMs, env: process.env });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { error: `timed out after ${timeoutMs / 1000} s` };
  if (r.status !== 0) return { error: (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(r.stdout);
}

function coldStart() {
  // The command as npm links it: the committed entry that loads the esbuild bundle.
  const cli = join(root, 'packages', 'cli', 'bin', 'pause.mjs');
  if (!existsSync(join(root, 'packages', 'cli', 'dist', 'pause.mjs'))) return { skipped: 'skipped (CLI not built)' };
  const run = (args) => {
    const t = now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 30_000 });
    return { wall: ms(now() - t), status: r.status, stderr: r.stderr };
  };
  const first = run([cli, 'check', 'Flu clinic on Saturday.', '--no-color']);
  // Exit 0 is post and 1 review or hold (at night the unusual-hour rule may fire); 2 or a crash is a failure.
  if (first.status !== 0 && first.status !== 1) {
    return {
      skipped: `skipped (the CLI exited ${first.status}: ${(first.stderr ?? '').trim().split('\n')[0]?.slice(0, 120) ?? ''})`,
    };
  }
  const walls = [];
  const node = [];
  for (let i = 0; i < SIZES.coldRuns; i++) {
    walls.push(run([cli, 'check', 'Flu clinic on Saturday.', '--no-color']).wall);
    node.push(run(['-e', '']).wall);
  }
  const p = percentiles(walls);
  return {
    runs: walls.length,
    medianMs: round(p.p50, 1),
    p90Ms: round(p.p90, 1),
    maxMs: round(p.max, 1),
    bareNodeMedianMs: round(percentiles(node).p50, 1),
  };
}

// ---------------------------------------------------------------------------------------------

if (values.child) {
  const result =
    values.child === 'memory' ? memoryChild() : adversarialChild(values.child.slice('adversarial:'.length));
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const log = values.json ? () => {} : (...a) => console.log(...a);
const verdict = (value, limit) => (value === undefined ? '' : value <= limit ? 'PASS' : 'FAIL');
const checks = [];
const target = (name, value, limit, unit) => {
  const pass = value <= limit;
  checks.push({ name, value, limit, unit, pass });
  return `${verdict(value, limit)} (target ≤ ${limit} ${unit})`;
};

const loadBefore = loadavg()[0];
log(
  `Pause benchmark${quick ? ' (quick)' : ''}: node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${RULES.length} rules, core from ${process.env.PAUSE_CORE_SRC ? 'src (tsx)' : 'dist'}`,
);
log(`Load average ${loadBefore.toFixed(2)}: timings on a busy machine run high, mostly at p99 and max.\n`);

const short = makeDrafts({ count: SIZES.short, length: 280, seed: 280 });
const long = makeDrafts({ count: SIZES.long, length: 5000, seed: 5000 });
const checker = createChecker();

const shortLat = latency(checker, short, SIZES.shortPasses, SIZES.warm);
log(`assess(), 280-character drafts (${short.length} drafts × ${SIZES.shortPasses} passes, warm):`);
log(`  p50 ${shortLat.p50.toFixed(3)} ms  ${target('280-char p50', shortLat.p50, TARGETS.shortP50, 'ms')}`);
log(`  p90 ${shortLat.p90.toFixed(3)} ms`);
log(`  p99 ${shortLat.p99.toFixed(3)} ms  ${target('280-char p99', shortLat.p99, TARGETS.shortP99, 'ms')}`);
log(`  max ${shortLat.max.toFixed(3)} ms   (mean ${shortLat.mean.toFixed(3)} ms)`);

const longLat = latency(checker, long, SIZES.longPasses, SIZES.warm);
log(`\nassess(), 5,000-character drafts (${long.length} drafts × ${SIZES.longPasses} passes, warm):`);
log(`  p50 ${longLat.p50.toFixed(3)} ms`);
log(`  p90 ${longLat.p90.toFixed(3)} ms`);
log(`  p99 ${longLat.p99.toFixed(3)} ms  ${target('5,000-char p99', longLat.p99, TARGETS.longP99, 'ms')}`);
log(`  max ${longLat.max.toFixed(3)} ms   (mean ${longLat.mean.toFixed(3)} ms)`);

const cold = coldStart();
log('\n`pause check "Flu clinic on Saturday." --no-color`, cold start:');
if (cold.skipped) log(`  ${cold.skipped}`);
else {
  log(`  median ${cold.medianMs} ms  ${target('cold start median', cold.medianMs, TARGETS.coldStart, 'ms')}`);
  log(`  p90    ${cold.p90Ms} ms   (${cold.runs} runs; bare \`node -e ""\` median ${cold.bareNodeMedianMs} ms)`);
}

const memory = child('memory', 300_000);
log(`\nMemory after assessing ${SIZES.memory.toLocaleString('en-GB')} drafts in a fresh process:`);
if (memory.error) log(`  error: ${memory.error}`);
else
  log(
    `  RSS ${memory.rssMb} MB, heap used ${memory.heapUsedMb} MB (before ${memory.heapUsedBeforeMb} MB), peak RSS (maxRSS) ${memory.maxRssMb} MB, ${memory.seconds} s`,
  );

const rules = perRuleCost(short);
log(`\nPer-rule cost on the 280-character set (µs per draft above the empty-rule baseline of ${rules.baselineUs} µs):`);
for (const r of rules.rules) log(`  ${r.id.padEnd(42)} ${r.us.toFixed(2).padStart(9)} µs`);

let stages;
try {
  stages = await analysisStages(short);
  log('\nShared analysis stages on the 280-character set (µs per draft; they make up the baseline):');
  for (const [name, us] of Object.entries(stages)) log(`  ${name.padEnd(42)} ${us.toFixed(2).padStart(9)} µs`);
} catch (e) {
  stages = { error: String(e.message ?? e) };
  log(`\nShared analysis stages: not measured (${stages.error})`);
}

log(
  '\nPathological 100,000-character texts, one assess() each in a fresh process (informational; should stay well under a second):',
);
const adversarialMs = adversarial();
for (const [name, t] of Object.entries(adversarialMs))
  log(`  ${name.padEnd(28)} ${typeof t === 'number' ? `${String(t).padStart(9)} ms` : t}`);

const results = {
  quick,
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cpus: cpus().length,
  loadAverage: round(loadBefore, 2),
  core: process.env.PAUSE_CORE_SRC ? 'src' : 'dist',
  rules: RULES.length,
  latencyMs: { chars280: shortLat, chars5000: longLat },
  coldStart: cold,
  memory,
  perRule: rules,
  analysisStagesUs: stages,
  adversarialMs,
  targets: checks,
};
if (!values['no-write']) writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (values.json) console.log(JSON.stringify(results, null, 2));
else
  log(
    `\n${checks.filter((c) => c.pass).length}/${checks.length} targets met${values['no-write'] ? '' : '; wrote bench/results.json'}.`,
  );
process.exit(0);
