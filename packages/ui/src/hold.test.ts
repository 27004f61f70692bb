import type { Assessment, Finding } from '@pause/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aFinding } from './finding.fixture.ts';
import { defaultHoldUntil, HOLD_DEFAULTS, outsideQuietHours } from './hold.ts';

// Local wall times below are London's; this file runs in its own process (vitest forks).
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});

const finding = (ruleId: string, severity: Finding['severity'] = 'caution'): Finding =>
  aFinding(ruleId, { category: 'behaviour', severity });
const assessment = (findings: Finding[], deferUntil?: string): Pick<Assessment, 'advice' | 'findings'> => ({
  findings,
  advice: { action: deferUntil ? 'defer' : 'revise', questions: [], ...(deferUntil ? { deferUntil } : {}) },
});
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('defaultHoldUntil: the time "Hold until…" suggests', () => {
  it("uses the advice's own deferUntil when the engine gave one", () => {
    const a = assessment([finding('behaviour.unusual-hour')], '2026-11-24T08:00:00+00:00');
    expect(iso(defaultHoldUntil(a, at('2026-11-23T23:30:00Z')))).toBe('2026-11-24T08:00:00.000Z');
  });

  it('holds a late draft until 08:00 the next morning, local time', () => {
    const a = assessment([finding('behaviour.unusual-hour'), finding('behaviour.heightened-emotion')]);
    expect(iso(defaultHoldUntil(a, at('2026-11-23T23:30:00Z')))).toBe('2026-11-24T08:00:00.000Z');
    // After midnight, the same morning; in summer time 08:00 BST is 07:00 UTC.
    expect(iso(defaultHoldUntil(a, at('2026-07-02T01:10:00Z')))).toBe('2026-07-02T07:00:00.000Z');
  });

  it('waits for the end of the quiet hours when that is later than the hold hour', () => {
    const a = assessment([finding('behaviour.unusual-hour')]);
    expect(
      iso(
        defaultHoldUntil(
          a,
          at('2026-11-23T23:30:00Z'),
          { lateHour: '08:00', emotionMinutes: 60 },
          { start: '23:00', end: '09:30' },
        ),
      ),
    ).toBe('2026-11-24T09:30:00.000Z');
  });

  it('holds a heated draft for an hour, or the configured minutes', () => {
    const a = assessment([finding('behaviour.heightened-emotion')]);
    expect(iso(defaultHoldUntil(a, at('2026-11-23T14:00:00Z')))).toBe('2026-11-23T15:00:00.000Z');
    expect(
      iso(
        defaultHoldUntil(assessment([finding('behaviour.spiral')]), at('2026-11-23T14:00:00Z'), {
          lateHour: '08:00',
          emotionMinutes: 20,
        }),
      ),
    ).toBe('2026-11-23T14:20:00.000Z');
  });

  it('holds a heated draft until the morning when its hour would end inside the quiet hours', () => {
    const a = assessment([finding('behaviour.heightened-emotion')]);
    const quiet = { start: '23:00', end: '06:00' };
    // 22:40 + 1 h = 23:40: quiet, so 08:00 the next day.
    expect(iso(defaultHoldUntil(a, at('2026-11-23T22:40:00Z'), HOLD_DEFAULTS, quiet))).toBe('2026-11-24T08:00:00.000Z');
    // 21:30 + 1 h = 22:30: not yet quiet.
    expect(iso(defaultHoldUntil(a, at('2026-11-23T21:30:00Z'), HOLD_DEFAULTS, quiet))).toBe('2026-11-23T22:30:00.000Z');
  });

  it('outsideQuietHours moves a release time inside the quiet hours to the morning after, and leaves others', () => {
    const quiet = { start: '23:00', end: '06:00' };
    expect(iso(outsideQuietHours(at('2026-11-23T23:40:00Z'), quiet))).toBe('2026-11-24T08:00:00.000Z');
    expect(iso(outsideQuietHours(at('2026-11-24T05:30:00Z'), quiet))).toBe('2026-11-24T08:00:00.000Z');
    expect(iso(outsideQuietHours(at('2026-11-24T06:30:00Z'), quiet))).toBe('2026-11-24T06:30:00.000Z');
    expect(iso(outsideQuietHours(at('2026-11-23T22:59:00Z'), quiet))).toBe('2026-11-23T22:59:00.000Z');
  });

  it('otherwise suggests the next morning, ignoring informational findings and a deferUntil in the past', () => {
    const a = assessment([finding('behaviour.heightened-emotion', 'info')], '2026-11-23T08:00:00+00:00');
    expect(iso(defaultHoldUntil(a, at('2026-11-23T14:00:00Z')))).toBe('2026-11-24T08:00:00.000Z');
    expect(iso(defaultHoldUntil(undefined, at('2026-11-23T07:00:00Z')))).toBe('2026-11-23T08:00:00.000Z');
  });
});
