import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatCountdown,
  fromLocalInput,
  inLocalWindow,
  isoWithOffset,
  nextLocalClock,
  timeZoneOptions,
  toLocalInput,
} from './time.ts';

beforeAll(() => {
  process.env.TZ = 'Europe/London';
});

describe('time at the edge', () => {
  it('writes ISO 8601 with the local offset, in winter and in summer', () => {
    expect(isoWithOffset(Date.parse('2026-01-10T09:05:07Z'))).toBe('2026-01-10T09:05:07+00:00');
    expect(isoWithOffset(Date.parse('2026-06-10T09:05:07Z'))).toBe('2026-06-10T10:05:07+01:00');
  });

  it('round-trips datetime-local values (local wall time) and rejects junk', () => {
    const ms = Date.parse('2026-06-10T07:00:00Z');
    expect(toLocalInput(ms)).toBe('2026-06-10T08:00');
    expect(fromLocalInput('2026-06-10T08:00')).toBe(ms);
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('tomorrow')).toBeUndefined();
  });

  it('finds the next time the local clock reads HH:MM, across a clock change', () => {
    expect(new Date(nextLocalClock(Date.parse('2026-11-23T23:30:00Z'), '08:00')).toISOString()).toBe(
      '2026-11-24T08:00:00.000Z',
    );
    expect(new Date(nextLocalClock(Date.parse('2026-11-24T07:59:00Z'), '08:00')).toISOString()).toBe(
      '2026-11-24T08:00:00.000Z',
    );
    // The night the clocks go forward (29 March 2026): 08:00 BST is 07:00 UTC.
    expect(new Date(nextLocalClock(Date.parse('2026-03-28T23:30:00Z'), '08:00')).toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
  });

  it('counts down in words a person reads at a glance', () => {
    expect(formatCountdown(0)).toBe('now');
    expect(formatCountdown(44_200)).toBe('in 45 s');
    expect(formatCountdown(59 * 60_000)).toBe('in 59 min');
    expect(formatCountdown((2 * 60 + 5) * 60_000)).toBe('in 2 h 05 min');
    expect(formatCountdown((26 * 60 + 1) * 60_000)).toBe('in 1 d 2 h');
  });
});

describe('choosing a time zone', () => {
  it('lists the UK first, then every zone the runtime knows by name, without repeats', () => {
    const options = timeZoneOptions('Europe/London');
    expect(options[0]).toEqual({ value: 'Europe/London', label: 'United Kingdom (Europe/London)' });
    expect(options.filter((o) => o.value === 'Europe/London')).toHaveLength(1);
    expect(options).toContainEqual({ value: 'America/New_York', label: 'America/New York' });
    expect(options.length).toBeGreaterThan(300);
  });

  it('always lists the zone already chosen', () => {
    expect(timeZoneOptions('Mars/Olympus_Mons').some((o) => o.value === 'Mars/Olympus_Mons')).toBe(true);
  });
});

describe('inLocalWindow: the quiet hours on the local clock', () => {
  it('reads a window that wraps past midnight, and one that does not', () => {
    expect(inLocalWindow(Date.parse('2026-11-23T23:40:00Z'), '23:00', '06:00')).toBe(true);
    expect(inLocalWindow(Date.parse('2026-11-24T05:59:00Z'), '23:00', '06:00')).toBe(true);
    expect(inLocalWindow(Date.parse('2026-11-24T06:00:00Z'), '23:00', '06:00')).toBe(false);
    expect(inLocalWindow(Date.parse('2026-11-23T22:59:00Z'), '23:00', '06:00')).toBe(false);
    expect(inLocalWindow(Date.parse('2026-11-24T02:00:00Z'), '01:00', '05:00')).toBe(true);
    expect(inLocalWindow(Date.parse('2026-11-24T06:00:00Z'), '01:00', '05:00')).toBe(false);
  });
});
