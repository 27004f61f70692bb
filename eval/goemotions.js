#!/usr/bin/env node
// Reports behaviour.heightened-emotion on GoEmotions (../shared/eval/goemotions, see its SOURCE.md) beside the
// public peers of eval/peers.js: anger-or-annoyance F1 (a comment labelled anger or annoyance against every other
// comment) and the share of comments flagged. Each comment is checked as a comment draft. Report only: test.tsv is
// held out and nothing is ever tuned on it; dev.tsv is the split the model trains on (--split dev reads it, for
// development only, and its figures flatter the model).
// Usage: node eval/goemotions.js [--split test|dev] [--file TSV] [--json]   (PAUSE_CORE_SRC=1 under tsx for sources)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PEERS, prf } from './peers.js';

const { createChecker } = await import(process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core');

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    file: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (!['test', 'dev'].includes(values.split)) {
  console.error('goemotions: --split is test or dev');
  process.exit(2);
}
const file = resolve(values.file ?? join(here, '..', '..', 'shared', 'eval', 'goemotions', `${values.split}.tsv`));
if (!existsSync(file)) {
  console.error(`goemotions: no file at ${file}`);
  process.exit(2);
}

/** Label ids of labels.txt: 2 anger, 3 annoyance. */
const ANGER = 2;
const ANNOYANCE = 3;
const RULE = 'behaviour.heightened-emotion';

const checker = createChecker();
const systems = {
  Pause: (text) => checker.assess({ text, channel: 'comment' }).findings.some((f) => f.ruleId === RULE),
  ...PEERS,
};
const counts = Object.fromEntries(Object.keys(systems).map((k) => [k, { tp: 0, fp: 0, fn: 0, flagged: 0 }]));

let n = 0;
let positives = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const [text, ids] = line.split('\t');
  if (!text?.trim() || !ids) continue;
  const labels = new Set(ids.split(',').map(Number));
  const truth = labels.has(ANGER) || labels.has(ANNOYANCE);
  n++;
  if (truth) positives++;
  for (const [name, flag] of Object.entries(systems)) {
    const c = counts[name];
    const f = flag(text);
    if (f) c.flagged++;
    if (truth && f) c.tp++;
    else if (f) c.fp++;
    else if (truth) c.fn++;
  }
}

const result = {
  file,
  split: values.split,
  n,
  positives,
  published: {
    angerF1: 0.47,
    annoyanceF1: 0.34,
    source: 'BERT-base, per-emotion test F1 (second-hand; see SOURCE.md)',
  },
  systems: Object.fromEntries(
    Object.entries(counts).map(([name, c]) => [name, { ...prf(c.tp, c.fp, c.fn), flagRate: c.flagged / n }]),
  ),
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const f = (x) => x.toFixed(3);
  console.log(`GoEmotions ${values.split} (n=${n}, ${positives} anger or annoyance): ${file}`);
  if (values.split === 'dev') console.log('dev is the training split: these figures are for development, not report');
  console.log(`positive = anger or annoyance; Pause = ${RULE}\n`);
  console.log(
    `${'system'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'flagged'.padStart(8)}`,
  );
  for (const [name, m] of Object.entries(result.systems)) {
    console.log(
      `${name.padEnd(28)} ${f(m.precision).padStart(6)} ${f(m.recall).padStart(6)} ${f(m.f1).padStart(6)} ${`${(m.flagRate * 100).toFixed(1)}%`.padStart(8)}`,
    );
  }
  console.log('published (BERT, per emotion, second-hand): anger F1 0.47, annoyance F1 0.34');
}
