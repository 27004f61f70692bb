import { describe, expect, it } from 'vitest';
import { score } from './score.js';

type Finding = { ruleId: string; severity: string };
const cases = [
  { id: 'a', draft: { text: 'a' }, expect: ['content.insult'] },
  { id: 'b', draft: { text: 'b' }, expect: [] },
  { id: 'c', draft: { text: 'c' }, expect: ['content.insult', 'content.threat'] },
  { id: 'd', draft: { text: 'd' }, expect: [] },
];
const fired: Record<string, Finding[]> = {
  a: [
    { ruleId: 'content.insult', severity: 'caution' },
    { ruleId: 'disclosability.reminder', severity: 'info' },
  ],
  b: [{ ruleId: 'content.insult', severity: 'caution' }],
  c: [
    { ruleId: 'content.threat', severity: 'stop' },
    { ruleId: 'content.profanity', severity: 'info' },
  ],
  d: [{ ruleId: 'disclosability.reminder', severity: 'info' }],
};
const verdict = (fs: Finding[]) =>
  fs.some((f) => f.severity === 'stop') ? 'hold' : fs.some((f) => f.severity === 'caution') ? 'review' : 'post';
const result = score(
  cases,
  (d: { text: string }) => ({ verdict: verdict(fired[d.text] ?? []), findings: fired[d.text] ?? [] }),
  ['content.insult', 'content.threat'],
);
const rule = (id: string) => result.rules.find((r: { id: string }) => r.id === id);

describe('eval scorer', () => {
  it('counts true positives, misses and false alarms per rule', () => {
    expect(rule('content.insult')).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      misses: ['c'],
      falseAlarms: ['b'],
      precision: 0.5,
      recall: 0.5,
    });
    expect(rule('content.threat')).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });
  it('never counts an info finding, or a reminder, as a false alarm', () => {
    expect(rule('content.profanity')).toBeUndefined();
    expect(rule('disclosability.reminder')).toBeUndefined();
  });
  it('scores clean drafts by verdict', () => {
    expect(result).toMatchObject({ clean: 2, cleanPost: 1, cleanPostRate: 0.5 });
    expect(result.cleanFailures).toEqual([{ id: 'b', verdict: 'review', rules: ['content.insult'] }]);
  });
  it('marks rules the engine does not have', () => {
    const r = score(
      [{ id: 'x', draft: { text: 'x' }, expect: ['promotion.nhs-patients'] }],
      () => ({ verdict: 'post', findings: [] }),
      [],
    );
    expect(r.rules[0]).toMatchObject({ id: 'promotion.nhs-patients', implemented: false, fn: 1 });
  });
});
