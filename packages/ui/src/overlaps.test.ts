import type { Finding } from '@pause/core';
import { describe, expect, it } from 'vitest';
import { aFinding } from './finding.fixture.ts';
import { groupOverlapping } from './overlaps.ts';

const finding = (ruleId: string, start?: number, end?: number, severity: Finding['severity'] = 'caution'): Finding =>
  aFinding(ruleId, { severity, ...(start !== undefined ? { start, end } : {}) });

describe('groupOverlapping: one card for findings about the same words', () => {
  it('joins findings whose words overlap, the worst first, spanning all their words', () => {
    const groups = groupOverlapping([
      finding('content.profanity', 7, 13),
      finding('content.insult', 7, 19),
      finding('confidentiality.direct-identifier', 30, 42, 'stop'),
      finding('behaviour.heightened-emotion', 14, 19, 'stop'),
    ]);
    expect(groups.map((g) => g.findings.map((f) => f.ruleId))).toEqual([
      ['behaviour.heightened-emotion', 'content.profanity', 'content.insult'],
      ['confidentiality.direct-identifier'],
    ]);
    expect(groups[0]).toMatchObject({ start: 7, end: 19 });
  });

  it('joins two groups that a later finding bridges, and leaves whole-draft findings alone', () => {
    const groups = groupOverlapping([finding('a', 0, 5), finding('b', 10, 15), finding('c', 3, 12), finding('d')]);
    expect(groups.map((g) => g.findings.map((f) => f.ruleId).sort())).toEqual([['a', 'b', 'c'], ['d']]);
    expect(groups[0]).toMatchObject({ start: 0, end: 15 });
  });

  it('keeps findings side by side apart', () => {
    expect(groupOverlapping([finding('a', 0, 5), finding('b', 5, 9)])).toHaveLength(2);
  });
});
