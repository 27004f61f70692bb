#!/usr/bin/env node
// How often random 10-digit numbers in neutral sentences are taken for NHS numbers.
// About 1 in 11 random numbers passes the mod-11 check (Presidio reports all of those); the analysis
// reports them as nhs-number with a low confidence, and confidentiality.direct-identifier must fire
// on no more than 1 in 1,000 (it needs an NHS label or clinical content around the number).
// Usage: node bench/nhs-false-positives.js [--n 1000000] [--seed 42]
// PAUSE_CORE_SRC=1 (under tsx) measures the TypeScript sources instead of the build.
import { parseArgs } from 'node:util';
import { prng } from './drafts.js';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '42' } },
});
const N = Number(values.n);
if (!Number.isInteger(N) || N <= 0) {
  console.error('nhs-false-positives: --n must be a positive integer');
  process.exit(2);
}
const core = await import(process.env.PAUSE_CORE_SRC ? '../packages/core/src/index.ts' : '@pause/core');
const { isValidNhsNumber } = await import(
  process.env.PAUSE_CORE_SRC
    ? '../packages/core/src/analysis/identifiers.ts'
    : '../packages/core/dist/analysis/identifiers.js'
);
const { Analyser } = await import(
  process.env.PAUSE_CORE_SRC ? '../packages/core/src/analysis/analyse.ts' : '../packages/core/dist/analysis/analyse.js'
);
const rule = core.RULES.find((r) => r.id === 'confidentiality.direct-identifier');
const checker = core.createChecker(undefined, [rule]);
const analyser = new Analyser();
const { parseDraft } = core;

// Neutral sentences: references, logistics, everyday numbers; no NHS label, no clinical words.
const TEMPLATES = [
  'Order reference # was dispatched on Monday.',
  'Your parcel # is out for delivery today.',
  'Invoice # has been paid, thanks.',
  'The booking code is # for the conference room.',
  'Please quote # when you ring the supplier.',
  'Meter reading # sent to the energy company.',
  'The tracking number # shows it left the depot.',
  'Membership # renews in June.',
  'Serial # is printed under the printer.',
  'The number # was written on the whiteboard.',
  'Ticket # for the staff party is in your pigeonhole.',
  'We raised # pence for the charity, apparently.',
];
const LAYOUTS = [
  (d) => d,
  (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
  (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
];

const random = prng(Number(values.seed));
let checksumValid = 0;
let reported = 0;
let reportedConfident = 0;
let fired = 0;
let sampledInvalid = 0;
const examples = [];
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const digits = String(Math.floor(random() * 1e10)).padStart(10, '0');
  const valid = isValidNhsNumber(digits);
  if (valid) checksumValid++;
  const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)];
  const layout = LAYOUTS[Math.floor(random() * LAYOUTS.length)];
  // Only a checksum-valid number can be reported, so the others only need their count (this keeps
  // a million runs within a minute or two); a sample of the invalid ones still goes through the engine.
  if (!valid && i % 50 !== 0) continue;
  if (!valid) sampledInvalid++;
  const text = template.replace('#', layout(digits));
  const ids = analyser.analyse(parseDraft({ text })).identifiers.filter((x) => x.kind === 'nhs-number');
  if (ids.length) reported++;
  if (ids.some((x) => x.confidence >= 0.5)) reportedConfident++;
  if (!valid && ids.length) throw new Error(`invalid checksum reported as an NHS number: ${text}`);
  const findings = checker.assess({ text }).findings;
  if (findings.length) {
    fired++;
    if (examples.length < 5) examples.push(text);
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const rate = (k) =>
  `${k} (${((k / N) * 100).toFixed(3)}%, 1 in ${k ? Math.round(N / k).toLocaleString('en-GB') : '∞'})`;
console.log(
  `Random 10-digit numbers in neutral sentences: ${N.toLocaleString('en-GB')} (seed ${values.seed}, ${seconds.toFixed(1)} s)`,
);
console.log(`  checksum-valid (what a checksum-only recogniser such as Presidio's reports): ${rate(checksumValid)}`);
console.log(`  analysis reports nhs-number (any confidence):                            ${rate(reported)}`);
console.log(`  analysis reports nhs-number with confidence ≥ 0.5:                       ${rate(reportedConfident)}`);
console.log(
  `  (every checksum-valid number went through the engine; checksum-invalid ones were sampled: ${sampledInvalid.toLocaleString('en-GB')})`,
);
console.log(`  confidentiality.direct-identifier fires:                                 ${rate(fired)}`);
const ok = fired / N <= 1 / 1000;
console.log(`  target ≤ 1 in 1,000 for the rule: ${ok ? 'PASS' : 'FAIL'}`);
if (examples.length) console.log(`  e.g. ${examples.join(' | ')}`);
