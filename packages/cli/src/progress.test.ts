import { describe, expect, it } from 'vitest';
import { Eta, formatLeft, progressLine } from './progress.js';

describe('Eta', () => {
  it('waits for a second and a percent of reading before estimating', () => {
    const eta = new Eta();
    expect(eta.update(0, 0)).toBeUndefined();
    expect(eta.update(0.5, 0.2)).toBeUndefined();
    expect(eta.update(2, 0.005)).toBeUndefined();
  });

  it('extrapolates the rate of reading', () => {
    const eta = new Eta();
    eta.update(0, 0);
    // a quarter read in 10 s: three quarters left take 30 s
    expect(eta.update(10, 0.25)).toBeCloseTo(30);
    expect(eta.update(20, 0.5)).toBeCloseTo(20);
  });

  it('starts again when reading falls back (a second pass over the files)', () => {
    const eta = new Eta();
    eta.update(0, 0);
    eta.update(2, 1);
    expect(eta.update(2, 0)).toBeUndefined();
    // the second pass reads a tenth in 4 s: 36 s left, not the first pass's pace
    expect(eta.update(6, 0.1)).toBeCloseTo(36);
  });

  it('says 0 once everything is read', () => {
    const eta = new Eta();
    eta.update(0, 0);
    expect(eta.update(5, 1)).toBe(0);
  });
});

describe('progress line', () => {
  it('shows items, rate, share read and time left', () => {
    expect(progressLine(120_500, 10, Math.LOG10E, 8.2)).toBe(
      'auditing: 120,500 items · 12,050 items/s · 43% read · about 9 s left',
    );
  });

  it('shows the elapsed time while there is no estimate', () => {
    expect(progressLine(500, 0.4, 0, undefined)).toBe('auditing: 500 items · 1,250 items/s · 0% read · 0.4 s');
  });

  it('words the time left plainly', () => {
    expect(formatLeft(0.2)).toBe('finishing');
    expect(formatLeft(42.1)).toBe('about 43 s left');
    expect(formatLeft(200)).toBe('about 3 min left');
    expect(formatLeft(4 * 3600)).toBe('about 4.0 h left');
  });
});
