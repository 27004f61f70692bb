// Scores Assessments against labelled cases in the format of shared/rules.md ("Evaluation corpus format").
import { readFileSync } from 'node:fs';

/** Rules whose findings count only where a case expects them (info-level reminders). */
export const SCORED_ONLY_WHERE_EXPECTED = new Set(['disclosability.reminder', 'content.clinical-opinion']);

/**
 * @param {Array<{id: string, draft: object, expect: string[], note?: string}>} cases
 * @param {(draft: object) => {verdict: string, findings: Array<{ruleId: string, severity: string}>}} assess
 * @param {string[]} implemented rule ids the engine has
 */
export function score(cases, assess, implemented) {
  const known = new Set(implemented);
  const perRule = new Map();
  const stat = (id) => {
    if (!perRule.has(id)) perRule.set(id, { tp: 0, fp: 0, fn: 0, misses: [], falseAlarms: [] });
    return perRule.get(id);
  };
  let clean = 0,
    cleanPost = 0;
  const cleanFailures = [],
    errors = [];
  for (const c of cases) {
    let a;
    try {
      a = assess(c.draft);
    } catch (e) {
      errors.push({ id: c.id, error: String(e?.message ?? e) });
      continue;
    }
    const fired = new Map();
    for (const f of a.findings) if (!fired.has(f.ruleId) || f.severity !== 'info') fired.set(f.ruleId, f.severity);
    const expected = new Set(c.expect);
    for (const id of expected) {
      const s = stat(id);
      if (fired.has(id)) s.tp++;
      else {
        s.fn++;
        s.misses.push(c.id);
      }
    }
    for (const [id, severity] of fired) {
      if (expected.has(id) || severity === 'info' || SCORED_ONLY_WHERE_EXPECTED.has(id)) continue;
      const s = stat(id);
      s.fp++;
      s.falseAlarms.push(c.id);
    }
    if (c.expect.length === 0) {
      clean++;
      if (a.verdict === 'post') cleanPost++;
      else cleanFailures.push({ id: c.id, verdict: a.verdict, rules: [...fired.keys()] });
    }
  }
  const rules = [...perRule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, s]) => {
      const precision = s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp);
      const recall = s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn);
      const f1 =
        precision === null || recall === null || precision + recall === 0
          ? null
          : (2 * precision * recall) / (precision + recall);
      return { id, implemented: known.has(id), ...s, precision, recall, f1 };
    });
  return {
    cases: cases.length,
    clean,
    cleanPost,
    cleanPostRate: clean ? cleanPost / clean : null,
    cleanFailures,
    errors,
    rules,
  };
}

/** The cases of a corpus file (JSONL); a line that is not JSON is an error naming the file and line. */
export function readCases(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => [l, i])
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      try {
        return JSON.parse(l);
      } catch {
        throw new Error(`${file} line ${i + 1} is not JSON`);
      }
    });
}
