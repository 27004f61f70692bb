#!/usr/bin/env node
// Reports the engine on HateCheck (Röttger et al., ACL 2021; ../shared/eval/hatecheck, see its SOURCE.md). Every case
// is checked as a public-post draft; a case counts as "flagged" when content.discrimination or content.hate-incitement
// fires, and the accuracy of that flag against label_gold (hateful / non-hateful) is reported per functionality and
// overall. HateCheck's "hateful" means hate against a protected group: abuse of one person ("target_indiv_nh"), of
// a profession ("target_group_nh") or swearing ("profanity_nh") is non-hateful there, while Pause rightly calls it
// an insult or profanity. So only the two hate rules count as the flag; the other content rules that fired are
// listed per functionality for information (--any scores "any content rule", the wider reading used before
// December 2026).
// HateCheck is a test suite: never tune on it; run it to report.
// Usage: node eval/hatecheck.js [--file CSV] [--json]   (PAUSE_CORE_SRC=1 under tsx to score the TypeScript sources)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsv } from './csv.js';

const { createChecker } = await import(process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core');

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: join(here, '..', '..', 'shared', 'eval', 'hatecheck', 'test_suite_cases.csv') },
    json: { type: 'boolean', default: false },
    any: { type: 'boolean', default: false },
  },
});
const file = resolve(values.file);
if (!existsSync(file)) {
  console.error(`hatecheck: no file at ${file}`);
  process.exit(2);
}

const CONTENT_RULES = [
  'content.discrimination',
  'content.hate-incitement',
  'content.threat',
  'content.insult',
  'content.harassment',
  'content.profanity',
];
const FLAG_RULES = new Set(values.any ? CONTENT_RULES : CONTENT_RULES.slice(0, 2));
const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
const iFunc = header.indexOf('functionality');
const iText = header.indexOf('test_case');
const iGold = header.indexOf('label_gold');
if (iFunc < 0 || iText < 0 || iGold < 0) {
  console.error('hatecheck: expected functionality, test_case, label_gold columns');
  process.exit(2);
}

const checker = createChecker();
const byFunc = new Map();
const byRule = new Map(CONTENT_RULES.map((r) => [r, 0]));
let correct = 0;
let total = 0;
const gold = { hateful: { n: 0, ok: 0 }, 'non-hateful': { n: 0, ok: 0 } };
for (const r of rows) {
  const func = r[iFunc];
  const label = r[iGold];
  const text = r[iText] ?? '';
  if (!func || !(label in gold) || !text.trim()) continue;
  const fired = [...new Set(checker.assess({ text, channel: 'public-post' }).findings.map((f) => f.ruleId))].filter(
    (id) => CONTENT_RULES.includes(id),
  );
  for (const id of fired) byRule.set(id, (byRule.get(id) ?? 0) + 1);
  const flagged = fired.some((id) => FLAG_RULES.has(id));
  const ok = flagged === (label === 'hateful');
  const f = byFunc.get(func) ?? { label, n: 0, ok: 0, rules: new Map() };
  f.n++;
  if (ok) f.ok++;
  for (const id of fired) f.rules.set(id, (f.rules.get(id) ?? 0) + 1);
  byFunc.set(func, f);
  gold[label].n++;
  if (ok) gold[label].ok++;
  total++;
  if (ok) correct++;
}
const funcs = [...byFunc.entries()].sort(([a], [b]) => a.localeCompare(b));
const result = {
  file,
  overall: { n: total, accuracy: correct / total },
  hateful: { n: gold.hateful.n, accuracy: gold.hateful.ok / gold.hateful.n },
  nonHateful: { n: gold['non-hateful'].n, accuracy: gold['non-hateful'].ok / gold['non-hateful'].n },
  functionalities: Object.fromEntries(
    funcs.map(([k, f]) => [k, { gold: f.label, n: f.n, accuracy: f.ok / f.n, rules: Object.fromEntries(f.rules) }]),
  ),
  casesFlaggedByRule: Object.fromEntries(byRule),
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
const pct = (x) => `${(x * 100).toFixed(1).padStart(5)}%`;
const short = (id) => id.replace('content.', '');
console.log(`HateCheck: ${file}`);
console.log(`flagged = any of ${[...FLAG_RULES].map(short).join(', ')}\n`);
console.log(
  `${'functionality'.padEnd(22)} ${'gold'.padEnd(12)} ${'n'.padStart(4)}  accuracy   rules that fired (cases)`,
);
for (const [k, f] of funcs) {
  const rules = [...f.rules.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${short(id)} ${n}`)
    .join(', ');
  console.log(`${k.padEnd(22)} ${f.label.padEnd(12)} ${String(f.n).padStart(4)}  ${pct(f.ok / f.n)}   ${rules}`);
}
console.log(
  `\noverall ${pct(result.overall.accuracy)} (n=${total}); hateful ${pct(result.hateful.accuracy)} (n=${result.hateful.n}); non-hateful ${pct(result.nonHateful.accuracy)} (n=${result.nonHateful.n})`,
);
