import type { Advice, Assessment, Finding, Verdict } from '@pause/core';
import { describe, expect, it } from 'vitest';
import {
  activeFindings,
  distinctFixes,
  distinctTips,
  groupWords,
  thingsToLookAt,
  verdictBanner,
} from './card-model.ts';
import { aFinding } from './finding.fixture.ts';

const advice = (action: Advice['action']): Advice => ({ action, questions: [] });
const assessment = (verdict: Verdict, findings: Finding[], action: Advice['action']): Assessment =>
  ({ verdict, findings, advice: advice(action) }) as unknown as Assessment;

describe('the verdict card’s words', () => {
  it('leads with the verdict and the advice in one sentence', () => {
    const a = assessment('hold', [aFinding('x', { severity: 'stop' })], 'do-not-post');
    expect(verdictBanner(a)).toEqual({ tone: 'hold', title: 'Hold', line: 'Don’t post this as it stands.' });
    const r = assessment('review', [aFinding('x')], 'revise');
    expect(verdictBanner(r)).toMatchObject({ tone: 'review', title: 'Review', line: expect.stringMatching(/^Revise/) });
  });

  it('says a draft with only notes needs no change, and counts only what to look at', () => {
    const a = assessment('post', [aFinding('n', { severity: 'info' })], 'post');
    expect(verdictBanner(a)).toEqual({ tone: 'post', title: 'Clear', line: 'Nothing here needs changing.' });
    expect(activeFindings(a)).toEqual([]);
    expect(activeFindings(undefined)).toEqual([]);
    expect([thingsToLookAt(1), thingsToLookAt(3)]).toEqual(['1 thing to look at', '3 things to look at']);
  });

  it('names a group by all the words it covers, or by its excerpt when it has no span', () => {
    const text = 'what a bloody idiot';
    const f = aFinding('content.insult', { excerpt: 'idiot' });
    expect(groupWords(text, { findings: [f], start: 7, end: 19 })).toBe('bloody idiot');
    expect(groupWords(text, { findings: [f] })).toBe('idiot');
  });

  it('offers each fix and each tip of a group once', () => {
    const fix = { kind: 'replace' as const, start: 7, end: 14, text: '' };
    const tip = { kind: 'advice' as const, text: 'Say what happened instead.' };
    const group = [
      aFinding('content.profanity', { suggestions: [fix, tip] }),
      aFinding('content.insult', { suggestions: [{ ...fix }, { ...tip }, { ...fix, end: 19 }] }),
    ];
    expect(distinctFixes(group)).toEqual([fix, { ...fix, end: 19 }]);
    expect(distinctTips(group)).toEqual(['Say what happened instead.']);
  });
});
