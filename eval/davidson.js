#!/usr/bin/env node
// Reports Pause on the held-out split of Davidson et al. 2017 (../shared/eval/davidson2017/heldout_test_rs42.csv,
// see its SOURCE.md), beside two public peers (eval/peers.js): hate F1 (class 0 against the rest, flagged by
// content.discrimination or content.hate-incitement) and offensive-or-hate F1 (classes 0-1 against class 2,
// flagged by any rule about hostile or offensive words). Each tweet is checked as a public-post draft. Report
// only: the model trains on Davidson rows outside this split, never on it.
// Usage: node eval/davidson.js [--file CSV] [--json]   (PAUSE_CORE_SRC=1 under tsx to score the TypeScript sources)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeEntities, parseCsv } from './csv.js';
import { PEERS, prf } from './peers.js';

const { createChecker } = await import(process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core');

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    file: {
      type: 'string',
      default: join(here, '..', '..', 'shared', 'eval', 'davidson2017', 'heldout_test_rs42.csv'),
    },
    json: { type: 'boolean', default: false },
  },
});
const file = resolve(values.file);
if (!existsSync(file)) {
  console.error(`davidson: no file at ${file}`);
  process.exit(2);
}

const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
const col = (name) => header.indexOf(name);
const iClass = col('class');
const iTweet = col('tweet');
if (iClass < 0 || iTweet < 0) {
  console.error('davidson: expected columns "class" and "tweet"');
  process.exit(2);
}

/** Pause's hate flag, and its offensive-or-hate flag (any rule about hostile or offensive words). */
const HATE_RULES = ['content.discrimination', 'content.hate-incitement'];
const OFFENSIVE_RULES = [
  ...HATE_RULES,
  'content.profanity',
  'content.insult',
  'content.threat',
  'content.harassment',
  'content.sexual',
];
const checker = createChecker();
const systems = {
  Pause: (text) => {
    const found = new Set(checker.assess({ text, channel: 'public-post' }).findings.map((f) => f.ruleId));
    return { hate: HATE_RULES.some((r) => found.has(r)), offensive: OFFENSIVE_RULES.some((r) => found.has(r)) };
  },
  ...Object.fromEntries(
    Object.entries(PEERS).map(([name, flag]) => [
      name,
      (text) => {
        const f = flag(text);
        return { hate: f, offensive: f };
      },
    ]),
  ),
};
const counts = Object.fromEntries(
  Object.keys(systems).map((k) => [k, { hate: { tp: 0, fp: 0, fn: 0 }, offensive: { tp: 0, fp: 0, fn: 0 } }]),
);
const tally = (c, truth, flagged) => {
  if (truth && flagged) c.tp++;
  else if (flagged) c.fp++;
  else if (truth) c.fn++;
};
let n = 0;
for (const r of rows) {
  const cls = Number(r[iClass]);
  const text = decodeEntities(r[iTweet] ?? '').slice(0, 5000);
  if (!text.trim() || ![0, 1, 2].includes(cls)) continue;
  n++;
  for (const [name, run] of Object.entries(systems)) {
    const f = run(text);
    tally(counts[name].hate, cls === 0, f.hate);
    tally(counts[name].offensive, cls <= 1, f.offensive);
  }
}
const result = {
  file,
  n,
  published: { hateF1: 0.51, offensiveF1: 0.93, source: "authors' notebook (held-out split)" },
  systems: Object.fromEntries(
    Object.entries(counts).map(([name, c]) => [
      name,
      {
        hate: prf(c.hate.tp, c.hate.fp, c.hate.fn),
        offensiveOrHate: prf(c.offensive.tp, c.offensive.fp, c.offensive.fn),
      },
    ]),
  ),
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const f = (x) => x.toFixed(3);
  console.log(`Davidson et al. 2017 held-out split (n=${n}): ${file}`);
  console.log('hate = class 0 against the rest; offensive-or-hate = classes 0 and 1 against class 2\n');
  console.log(
    `${'system'.padEnd(28)} ${'hate P'.padStart(7)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'off-or-hate P'.padStart(13)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
  );
  for (const [name, m] of Object.entries(result.systems)) {
    console.log(
      `${name.padEnd(28)} ${f(m.hate.precision).padStart(7)} ${f(m.hate.recall).padStart(6)} ${f(m.hate.f1).padStart(6)}   ${f(m.offensiveOrHate.precision).padStart(13)} ${f(m.offensiveOrHate.recall).padStart(6)} ${f(m.offensiveOrHate.f1).padStart(6)}`,
    );
  }
  console.log(
    `${'published (authors)'.padEnd(28)} ${''.padStart(7)} ${''.padStart(6)} ${f(0.51).padStart(6)}   ${''.padStart(13)} ${''.padStart(6)} ${f(0.93).padStart(6)}`,
  );
}
