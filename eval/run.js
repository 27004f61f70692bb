#!/usr/bin/env node
// npm run eval: scores the engine on the project's labelled drafts (../shared/eval/dev.jsonl by
// default) and prints per-rule precision, recall and F1, the clean-draft pass rate and the misses;
// then the same, more briefly, for our own probe sets in eval/probes/*.jsonl, written apart from the
// dev corpus to catch what tuning on it would hide.
// With --blind, it scores the blind sets of eval/blind/ instead, each beside its "before" record (see blind.js);
// --record writes the record of a set that has none (do it before changing the engine for that round).
// Usage: node eval/run.js [--corpus FILE.jsonl] [--json] [--quiet] [--blind [--record]]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareLines, runBlind } from './blind.js';
import { readCases, score } from './score.js';

// PAUSE_CORE_SRC=1 (under tsx) scores the TypeScript sources without a build, for quick iteration.
const { createChecker, RULES } = await import(
  process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core'
);

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    blind: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
  },
});
const checker = createChecker();
const ids = RULES.map((r) => r.id);

function report(corpus, quiet) {
  let cases;
  try {
    cases = readCases(corpus);
  } catch (e) {
    console.error(`eval: ${e.message}`);
    process.exit(2);
  }
  const result = score(cases, (d) => checker.assess(d), ids);
  const byId = new Map(cases.map((c) => [c.id, c]));

  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const pct = (x) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  console.log(`Corpus: ${corpus} (${result.cases} cases)\n`);
  console.log(
    `${'rule'.padEnd(42)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall     F1`,
  );
  for (const r of result.rules) {
    const line = `${r.id.padEnd(42)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${pct(r.precision)}    ${pct(r.recall)} ${pct(r.f1)}`;
    console.log(r.implemented ? line : `${r.id.padEnd(42)} (not implemented yet: ${r.tp + r.fn} expected)`);
  }
  console.log(
    `\nClean drafts (expect []): ${result.cleanPost}/${result.clean} get verdict post (${pct(result.cleanPostRate).trim()}); false-alarm rate ${pct(result.clean ? 1 - result.cleanPostRate : null).trim()}`,
  );
  if (result.errors.length) console.log(`Errors: ${result.errors.map((e) => `${e.id}: ${e.error}`).join('; ')}`);
  if (!quiet) {
    const snippet = (id) => (byId.get(id)?.draft?.text ?? '').replace(/\s+/g, ' ').slice(0, 110);
    console.log('\nMisses (expected, not found):');
    for (const r of result.rules)
      if (r.implemented) for (const id of r.misses) console.log(`  ${r.id}  ${id}: ${snippet(id)}`);
    console.log('\nFalse alarms (found, not expected):');
    for (const r of result.rules) for (const id of r.falseAlarms) console.log(`  ${r.id}  ${id}: ${snippet(id)}`);
    console.log('\nClean drafts not passed:');
    for (const f of result.cleanFailures)
      console.log(`  ${f.id} (${f.verdict}: ${f.rules.join(', ')}): ${snippet(f.id)}`);
  }
}

if (values.blind) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
  } catch {}
  const runs = runBlind(join(here, 'blind'), (d) => checker.assess(d), ids, { record: values.record, commit });
  if (values.json)
    console.log(
      JSON.stringify(
        runs.map(({ set, now }) => ({ set: set.name, before: set.record ?? null, now })),
        null,
        2,
      ),
    );
  else for (const { set, now } of runs) console.log(`${compareLines(set, now).join('\n')}\n`);
  if (runs.length === 0) console.log('eval: no blind sets in eval/blind/');
} else if (values.corpus) {
  const corpus = resolve(values.corpus);
  if (!existsSync(corpus)) {
    console.error(`eval: no corpus at ${corpus}`);
    process.exit(2);
  }
  report(corpus, values.quiet);
} else {
  const dev = join(here, '..', '..', 'shared', 'eval', 'dev.jsonl');
  if (!existsSync(dev)) {
    console.error(`eval: no corpus at ${dev} (expected ../shared/eval/dev.jsonl beside the repository)`);
    process.exit(2);
  }
  report(dev, values.quiet);
  const probes = join(here, 'probes');
  if (!values.json && existsSync(probes)) {
    for (const f of readdirSync(probes)
      .filter((n) => n.endsWith('.jsonl'))
      .sort()) {
      console.log(`\n${'─'.repeat(78)}`);
      report(join(probes, f), true);
    }
  }
}
