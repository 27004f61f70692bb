#!/usr/bin/env node
// Report only (never tuned on): how content.clinical-misinformation behaves on two public COVID-19
// misinformation sets in ../shared/eval: recall on the fake items and false alarms on the real ones.
//   - covid_constraint2021/english_test_with_labels.csv (CONSTRAINT@AAAI-2021 test set: tweets, real/fake)
//   - coaid/<date>/{Claim,News}{Fake,Real}COVID-19.csv (CoAID v0.4: the `title` column, label from the file name)
// The rule targets a curated list of known claims, so recall here is reported, not targeted; the
// requirement is a false-alarm rate on real items of at most 3%.
// Usage: node eval/misinformation.js [--json] [--examples N]   (PAUSE_CORE_SRC=1 under tsx: score the sources)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsvObjects } from './csv.js';

const { createChecker, RULES } = await import(
  process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core'
);

const RULE_ID = 'content.clinical-misinformation';
const MAX_FALSE_ALARM = 0.03;
const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '..', '..', 'shared', 'eval');
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, examples: { type: 'string', default: '5' } },
});

const rule = RULES.find((r) => r.id === RULE_ID);
if (!rule) {
  console.error(`misinformation: no rule ${RULE_ID} in the registry`);
  process.exit(2);
}
const checker = createChecker(undefined, [rule]);

/** Dataset formatting, not content: CoAID wraps claim titles in quotation marks. */
function clean(text) {
  return text
    .trim()
    .replace(/^["\u201C\u201D']+|["\u201C\u201D']+$/g, '')
    .trim();
}

function fires(text) {
  const draft = { text: text.slice(0, 20000), channel: 'public-post' };
  return checker.assess(draft).findings.some((f) => f.ruleId === RULE_ID);
}

function tally(name, items) {
  const fake = items.filter((x) => x.label === 'fake');
  const real = items.filter((x) => x.label === 'real');
  const fakeHits = fake.filter((x) => fires(x.text));
  const realHits = real.filter((x) => fires(x.text));
  return {
    name,
    fake: fake.length,
    fakeFlagged: fakeHits.length,
    recall: fake.length ? fakeHits.length / fake.length : null,
    real: real.length,
    realFlagged: realHits.length,
    falseAlarmRate: real.length ? realHits.length / real.length : null,
    exampleHits: fakeHits.map((x) => x.text),
    exampleFalseAlarms: realHits.map((x) => x.text),
  };
}

const sets = [];
const constraint = join(shared, 'covid_constraint2021', 'english_test_with_labels.csv');
if (existsSync(constraint)) {
  const items = parseCsvObjects(readFileSync(constraint, 'utf8')).map((r) => ({ text: r.tweet ?? '', label: r.label }));
  sets.push(tally('CONSTRAINT 2021 test (tweets)', items));
} else console.error(`misinformation: missing ${constraint}`);

const coaid = join(shared, 'coaid');
if (existsSync(coaid)) {
  for (const kind of ['Claim', 'News']) {
    const items = [];
    for (const dir of readdirSync(coaid)
      .filter((d) => /^\d\d-\d\d-\d{4}$/.test(d))
      .sort()) {
      for (const label of ['Fake', 'Real']) {
        const file = join(coaid, dir, `${kind}${label}COVID-19.csv`);
        if (!existsSync(file)) continue;
        for (const r of parseCsvObjects(readFileSync(file, 'utf8'))) {
          const text = clean(r.title ?? '');
          if (text) items.push({ text, label: label.toLowerCase() });
        }
      }
    }
    sets.push(tally(`CoAID ${kind.toLowerCase()} titles`, items));
  }
} else console.error(`misinformation: missing ${coaid}`);

const totalReal = sets.reduce((s, x) => s + x.real, 0);
const totalRealFlagged = sets.reduce((s, x) => s + x.realFlagged, 0);
const overallFalseAlarm = totalReal ? totalRealFlagged / totalReal : null;
const pass = sets.every((s) => s.falseAlarmRate === null || s.falseAlarmRate <= MAX_FALSE_ALARM);

if (values.json) {
  console.log(
    JSON.stringify({ rule: RULE_ID, sets, overallFalseAlarm, maxFalseAlarm: MAX_FALSE_ALARM, pass }, null, 2),
  );
} else {
  const pct = (x) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const n = Number(values.examples) || 0;
  console.log(`${RULE_ID}: report on public COVID-19 misinformation sets (not tuned on)\n`);
  console.log(
    `${'set'.padEnd(32)} ${'fake'.padStart(5)} ${'hit'.padStart(5)}  recall  ${'real'.padStart(5)} ${'flag'.padStart(5)}  false-alarm`,
  );
  for (const s of sets) {
    console.log(
      `${s.name.padEnd(32)} ${String(s.fake).padStart(5)} ${String(s.fakeFlagged).padStart(5)}  ${pct(s.recall)}  ${String(s.real).padStart(5)} ${String(s.realFlagged).padStart(5)}  ${pct(s.falseAlarmRate)}`,
    );
  }
  console.log(
    `\nFalse alarms on real items overall: ${totalRealFlagged}/${totalReal} (${pct(overallFalseAlarm).trim()}); requirement ≤ ${MAX_FALSE_ALARM * 100}% per set: ${pass ? 'met' : 'NOT MET'}`,
  );
  if (n > 0) {
    for (const s of sets) {
      if (s.exampleHits.length)
        console.log(
          `\n${s.name}: fake items flagged (first ${n}):\n${s.exampleHits
            .slice(0, n)
            .map((t) => `  + ${t.replace(/\s+/g, ' ').slice(0, 140)}`)
            .join('\n')}`,
        );
      if (s.exampleFalseAlarms.length)
        console.log(
          `${s.name}: real items flagged:\n${s.exampleFalseAlarms
            .slice(0, Math.max(n, 20))
            .map((t) => `  ! ${t.replace(/\s+/g, ' ').slice(0, 140)}`)
            .join('\n')}`,
        );
    }
  }
}
process.exit(pass ? 0 : 1);
