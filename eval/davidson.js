#!/usr/bin/env node
// Scores content.discrimination and content.hate-incitement on the held-out split of Davidson et al. 2017
// (../shared/eval/davidson2017/heldout_test_rs42.csv, see its SOURCE.md): recall on class 0 (hate speech) and the
// false-alarm rate on class 2 (neither). Each tweet is checked as a public-post draft.
// Usage: node eval/davidson.js [--file CSV] [--json]   (PAUSE_CORE_SRC=1 under tsx to score the TypeScript sources)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsv } from './csv.js';

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

// Tweets keep HTML entities (&amp;, &#128514;): decode them so the engine reads what users saw.
const decode = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => {
      try {
        return String.fromCodePoint(Number(n));
      } catch {
        return '';
      }
    })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
const col = (name) => header.indexOf(name);
const iClass = col('class');
const iTweet = col('tweet');
if (iClass < 0 || iTweet < 0) {
  console.error('davidson: expected columns "class" and "tweet"');
  process.exit(2);
}

const RULES = ['content.discrimination', 'content.hate-incitement'];
const checker = createChecker();
const stats = {
  0: { n: 0, disc: 0, hate: 0, any: 0 },
  1: { n: 0, disc: 0, hate: 0, any: 0 },
  2: { n: 0, disc: 0, hate: 0, any: 0 },
};
const examples = { missed: [], falseAlarms: [] };
for (const r of rows) {
  const cls = Number(r[iClass]);
  const text = decode(r[iTweet] ?? '').slice(0, 5000);
  if (!text.trim() || !(cls in stats)) continue;
  const found = new Set(checker.assess({ text, channel: 'public-post' }).findings.map((f) => f.ruleId));
  const s = stats[cls];
  s.n++;
  const d = found.has(RULES[0]);
  const h = found.has(RULES[1]);
  if (d) s.disc++;
  if (h) s.hate++;
  if (d || h) s.any++;
  if (cls === 0 && !(d || h) && examples.missed.length < 15) examples.missed.push(text);
  if (cls === 2 && (d || h) && examples.falseAlarms.length < 15) examples.falseAlarms.push(text);
}
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const result = {
  file,
  hate: {
    n: stats[0].n,
    recallDiscrimination: stats[0].disc / stats[0].n,
    recallHateIncitement: stats[0].hate / stats[0].n,
    recallEither: stats[0].any / stats[0].n,
  },
  neither: {
    n: stats[2].n,
    falseAlarmDiscrimination: stats[2].disc / stats[2].n,
    falseAlarmHateIncitement: stats[2].hate / stats[2].n,
    falseAlarmEither: stats[2].any / stats[2].n,
  },
  offensive: { n: stats[1].n, flaggedEither: stats[1].any / stats[1].n },
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`Davidson et al. 2017 held-out split: ${file}\n`);
  console.log(
    `class 0 hate speech (n=${stats[0].n}): recall discrimination ${pct(stats[0].disc, stats[0].n)}, hate-incitement ${pct(stats[0].hate, stats[0].n)}, either ${pct(stats[0].any, stats[0].n)}`,
  );
  console.log(
    `class 2 neither     (n=${stats[2].n}): false alarms discrimination ${pct(stats[2].disc, stats[2].n)}, hate-incitement ${pct(stats[2].hate, stats[2].n)}, either ${pct(stats[2].any, stats[2].n)}`,
  );
  console.log(
    `class 1 offensive   (n=${stats[1].n}): flagged by either ${pct(stats[1].any, stats[1].n)} (for information: offensive, not hate)`,
  );
}
