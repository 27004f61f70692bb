// Blind sets (eval/blind/<family>-<n>.jsonl): drafts written by someone who had not read the rules, their
// tests or the dev corpus, frozen before a round of changes. Each set has a record of its first scoring,
// eval/blind/<set>.before.json (taken before any change of that round, with the set's sha256 so an edited
// set is caught); `npm run eval -- --blind` prints that "before" beside the engine's score now.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readCases, score } from './score.js';

/** Per-rule counts and the clean-draft pass rate: what a record keeps of a scoring. */
export function summarise(result) {
  return {
    cases: result.cases,
    clean: result.clean,
    cleanPost: result.cleanPost,
    rules: Object.fromEntries(result.rules.map((r) => [r.id, { tp: r.tp, fp: r.fp, fn: r.fn }])),
  };
}

export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The blind sets in a folder, oldest first by name, each with its record when it has one. */
export function blindSets(dir) {
  if (!existsSync(dir)) return [];
  const pool = trainingPool(dir);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => {
      const file = join(dir, n);
      const recordFile = join(dir, n.replace(/\.jsonl$/, '.before.json'));
      const record = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : undefined;
      const name = basename(n, '.jsonl');
      return { name, file, recordFile, record, pooled: pool.get(name) };
    });
}

/**
 * Sets whose before and after have been reported and that now train the learned model (pool.json):
 * name → the date they joined. Their figures are no longer blind.
 */
export function trainingPool(dir) {
  const file = join(dir, 'pool.json');
  if (!existsSync(file)) return new Map();
  const { sets } = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(sets.map((s) => [s.set, s.joined]));
}

/** Writes a set's "before" record; refuses to replace one (a set is scored "before" once). */
export function recordBefore(set, result, commit, date) {
  if (set.record)
    throw new Error(`${set.name} already has a record (${set.recordFile}); a blind set is scored "before" once`);
  const record = { set: set.name, sha256: sha256(set.file), commit, date, ...summarise(result) };
  writeFileSync(set.recordFile, `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const pct = (x) => (x === null ? '  –  ' : `${(x * 100).toFixed(0).padStart(3)}%`);
const cell = (s) =>
  s
    ? `${String(s.tp).padStart(3)}/${String(s.fp).padStart(2)}/${String(s.fn).padStart(2)} P${pct(ratio(s.tp, s.tp + s.fp))} R${pct(ratio(s.tp, s.tp + s.fn))}`
    : ''.padEnd(27);

/** Before and now, per rule, as printable lines. */
export function compareLines(set, now) {
  const before = set.record;
  const lines = [];
  const changed = before && before.sha256 !== sha256(set.file);
  lines.push(
    `Blind set ${set.name} (${now.cases} cases)${before ? `: before = ${before.commit.slice(0, 7)} (${before.date})` : ': no "before" record yet (--record writes it)'}`,
  );
  if (changed) lines.push('  WARNING: the set has changed since its "before" was recorded: it is no longer blind.');
  if (set.pooled)
    lines.push(
      `  Joined the training pool on ${set.pooled}: its figures since then are not blind (a regression check only).`,
    );
  lines.push(`  ${'rule'.padEnd(40)} ${'before TP/FP/FN'.padEnd(27)}   ${'now TP/FP/FN'}`);
  const ids = [...new Set([...Object.keys(before?.rules ?? {}), ...Object.keys(now.rules)])].sort();
  for (const id of ids) lines.push(`  ${id.padEnd(40)} ${cell(before?.rules[id])}   ${cell(now.rules[id])}`);
  const clean = (r) =>
    `${r.cleanPost}/${r.clean} clean pass (false alarms ${pct(ratio(r.clean - r.cleanPost, r.clean)).trim()})`;
  lines.push(`  clean drafts: before ${before ? clean(before) : '–'}; now ${clean(now)}`);
  return lines;
}

/** Scores every set with `assess`; with `record`, writes the missing "before" records. */
export function runBlind(
  dir,
  assess,
  ids,
  { record = false, commit = 'unknown', date = new Date().toISOString().slice(0, 10) } = {},
) {
  const out = [];
  for (const set of blindSets(dir)) {
    const result = score(readCases(set.file), assess, ids);
    const now = summarise(result);
    if (record && !set.record) set.record = recordBefore(set, result, commit, date);
    out.push({ set, now, result });
  }
  return out;
}
