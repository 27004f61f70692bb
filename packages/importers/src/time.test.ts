import { describe, expect, it } from 'vitest';
import { instantToIso, parseTimeValue, wallClockToIso, checkTimeZone } from './time.js';

describe('time zones', () => {
  it('gives London wall-clock times their GMT/BST offset', () => {
    expect(wallClockToIso(2018, 6, 3, 13, 55, 0)).toBe('2018-06-03T13:55:00+01:00');
    expect(wallClockToIso(2018, 1, 3, 13, 55, 0)).toBe('2018-01-03T13:55:00+00:00');
    expect(wallClockToIso(2018, 6, 3, 13, 55, 0, 'UTC')).toBe('2018-06-03T13:55:00+00:00');
    expect(wallClockToIso(2018, 6, 3, 13, 55, 0, 'Asia/Kolkata')).toBe('2018-06-03T13:55:00+05:30');
    expect(wallClockToIso(2018, 1, 3, 8, 0, 0, 'America/New_York')).toBe('2018-01-03T08:00:00-05:00');
  });
  it('moves a time in the spring gap forward and takes the first of a repeated autumn hour', () => {
    expect(wallClockToIso(2018, 3, 25, 1, 30, 0)).toBe('2018-03-25T02:30:00+01:00');
    expect(wallClockToIso(2018, 10, 28, 1, 30, 0)).toBe('2018-10-28T01:30:00+01:00');
    expect(wallClockToIso(2018, 10, 28, 2, 30, 0)).toBe('2018-10-28T02:30:00+00:00');
  });
  it('shows instants in the zone', () => {
    expect(instantToIso(Date.UTC(2016, 0, 15, 5, 55, 52))).toBe('2016-01-15T05:55:52+00:00');
    expect(instantToIso(Date.UTC(2016, 6, 15, 5, 55, 52, 250))).toBe('2016-07-15T06:55:52.250+01:00');
  });
  it('gives no time for an instant that is not one, or outside the years 0000 to 9999 (a damaged export)', () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, 1e300, 8.64e15 + 1, Date.UTC(10000, 0, 1), -1e15]) {
      expect(instantToIso(ms)).toBeUndefined();
      expect(instantToIso(ms, 'UTC')).toBeUndefined();
    }
    // The last minutes of 9999 are already the year 10000 east of Greenwich.
    expect(instantToIso(Date.UTC(9999, 11, 31, 23, 0), 'Asia/Kolkata')).toBeUndefined();
    expect(instantToIso(Date.UTC(9999, 11, 31, 23, 0), 'UTC')).toBe('9999-12-31T23:00:00+00:00');
    expect(parseTimeValue(1e300)).toBeUndefined();
    expect(parseTimeValue('8640000000000001')).toBeUndefined();
  });
  it('rejects an unknown zone', () => {
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
  it.each([
    [1717286400, '2024-06-02T01:00:00+01:00'],
    ['1717286400000', '2024-06-02T01:00:00+01:00'],
    ['2024-06-01T23:30:00Z', '2024-06-02T00:30:00+01:00'],
    ['2024-06-01T23:30:00+02:00', '2024-06-01T22:30:00+01:00'],
    ['2025-07-01 14:33:22', '2025-07-01T14:33:22+01:00'],
    ['2025-01-15', '2025-01-15T00:00:00+00:00'],
    ['01/07/2025 14:33', '2025-07-01T14:33:00+01:00'],
    ['Wed Oct 10 20:19:24 +0000 2018', '2018-10-10T21:19:24+01:00'],
  ])('parses %s', (v, want) => {
    expect(parseTimeValue(v)).toBe(want);
  });
  it.each([['yesterday'], [''], [null], ['2024-13-01'], ['Oct 10 2018']])('refuses %s', (v) => {
    expect(parseTimeValue(v)).toBeUndefined();
  });
});
