import { describe, expect, it } from 'vitest';
import { inWindow, localTime, nextLocalTime, toZonedIso, zoneOffsetMinutes } from './time.js';

const at = (iso: string) => Date.parse(iso);
const LONDON = 'Europe/London';

describe('localTime', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(localTime(at('2026-11-23T02:14:00Z'), LONDON)).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 2,
      minute: 14,
      weekday: 1,
      minuteOfDay: 134,
    });
    expect(localTime(at('2026-07-01T23:30:00Z'), LONDON)).toMatchObject({
      month: 7,
      day: 2,
      hour: 0,
      minute: 30,
      weekday: 4,
      minuteOfDay: 30,
    });
  });

  it('crosses the spring clock change (29 March 2026, 01:00 GMT → 02:00 BST)', () => {
    expect(localTime(at('2026-03-29T00:59:00Z'), LONDON)).toMatchObject({ day: 29, hour: 0, minute: 59 });
    expect(localTime(at('2026-03-29T01:00:00Z'), LONDON)).toMatchObject({ day: 29, hour: 2, minute: 0 });
  });

  it('crosses the autumn clock change (25 October 2026, 02:00 BST → 01:00 GMT)', () => {
    expect(localTime(at('2026-10-25T00:30:00Z'), LONDON)).toMatchObject({ hour: 1, minute: 30 });
    expect(localTime(at('2026-10-25T01:30:00Z'), LONDON)).toMatchObject({ hour: 1, minute: 30 });
  });

  it('uses hour 0, never 24, at midnight', () => {
    expect(localTime(at('2026-01-01T00:00:00Z'), LONDON)).toMatchObject({ hour: 0, minuteOfDay: 0, weekday: 4 });
  });

  it('works in other zones', () => {
    expect(localTime(at('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toMatchObject({ hour: 5, minute: 30 });
    expect(localTime(at('2026-01-01T00:00:00Z'), 'America/New_York')).toMatchObject({
      year: 2025,
      month: 12,
      day: 31,
      hour: 19,
    });
  });
});

describe('zoneOffsetMinutes and toZonedIso', () => {
  it('gives the offset at the instant', () => {
    expect(zoneOffsetMinutes(at('2026-01-15T12:00:00Z'), LONDON)).toBe(0);
    expect(zoneOffsetMinutes(at('2026-07-15T12:00:00Z'), LONDON)).toBe(60);
    expect(zoneOffsetMinutes(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(at('2026-07-15T12:00:00Z'), 'America/St_Johns')).toBe(-150);
  });

  it('writes ISO 8601 with the zone offset', () => {
    expect(toZonedIso(at('2026-11-24T08:00:00Z'), LONDON)).toBe('2026-11-24T08:00:00+00:00');
    expect(toZonedIso(at('2026-07-01T07:00:00Z'), LONDON)).toBe('2026-07-01T08:00:00+01:00');
    expect(toZonedIso(at('2026-07-01T07:00:00Z'), 'America/St_Johns')).toBe('2026-07-01T04:30:00-02:30');
    expect(toZonedIso(at('2026-07-01T07:00:00Z'), 'Asia/Kolkata')).toBe('2026-07-01T12:30:00+05:30');
  });

  it('round-trips: the written time is the same instant', () => {
    for (const iso of [
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
    ]) {
      expect(Date.parse(toZonedIso(at(iso), LONDON))).toBe(at(iso));
    }
  });

  it('keeps the seconds of the instant', () => {
    expect(toZonedIso(at('2026-11-24T08:00:30Z'), LONDON)).toBe('2026-11-24T08:00:30+00:00');
  });
});

describe('nextLocalTime', () => {
  const EIGHT = 8 * 60;

  it('gives 08:00 the same morning when composed in the small hours', () => {
    expect(toZonedIso(nextLocalTime(at('2026-11-23T02:14:00Z'), LONDON, EIGHT), LONDON)).toBe(
      '2026-11-23T08:00:00+00:00',
    );
  });

  it('gives 08:00 the next morning when composed late in the evening', () => {
    expect(toZonedIso(nextLocalTime(at('2026-11-23T23:30:00Z'), LONDON, EIGHT), LONDON)).toBe(
      '2026-11-24T08:00:00+00:00',
    );
  });

  it('gives the next day when it is exactly or just after 08:00', () => {
    expect(toZonedIso(nextLocalTime(at('2026-11-23T08:00:00Z'), LONDON, EIGHT), LONDON)).toBe(
      '2026-11-24T08:00:00+00:00',
    );
    expect(toZonedIso(nextLocalTime(at('2026-11-23T08:01:00Z'), LONDON, EIGHT), LONDON)).toBe(
      '2026-11-24T08:00:00+00:00',
    );
  });

  it('is 08:00 BST across the spring clock change', () => {
    const next = nextLocalTime(at('2026-03-29T00:30:00Z'), LONDON, EIGHT); // 00:30 GMT
    expect(next).toBe(at('2026-03-29T07:00:00Z'));
    expect(toZonedIso(next, LONDON)).toBe('2026-03-29T08:00:00+01:00');
    // The evening before the change, too.
    expect(toZonedIso(nextLocalTime(at('2026-03-28T23:30:00Z'), LONDON, EIGHT), LONDON)).toBe(
      '2026-03-29T08:00:00+01:00',
    );
  });

  it('is 08:00 GMT across the autumn clock change', () => {
    const next = nextLocalTime(at('2026-10-24T23:30:00Z'), LONDON, EIGHT); // 00:30 BST on the 25th
    expect(next).toBe(at('2026-10-25T08:00:00Z'));
    expect(toZonedIso(next, LONDON)).toBe('2026-10-25T08:00:00+00:00');
    expect(toZonedIso(nextLocalTime(at('2026-10-25T01:30:00Z'), LONDON, EIGHT), LONDON)).toBe(
      '2026-10-25T08:00:00+00:00',
    );
  });

  it('is always later than the start and within a day', () => {
    for (let h = 0; h < 48; h++) {
      const start = at('2026-03-28T00:00:00Z') + h * 3600_000 + 17 * 60_000;
      const next = nextLocalTime(start, LONDON, EIGHT);
      expect(next).toBeGreaterThan(start);
      expect(next - start).toBeLessThanOrEqual(25 * 3600_000);
      expect(localTime(next, LONDON)).toMatchObject({ hour: 8, minute: 0 });
    }
  });

  it('handles other minutes and zones', () => {
    expect(toZonedIso(nextLocalTime(at('2026-11-23T02:00:00Z'), LONDON, 9 * 60), LONDON)).toBe(
      '2026-11-23T09:00:00+00:00',
    );
    expect(toZonedIso(nextLocalTime(at('2026-07-01T02:00:00Z'), 'Asia/Kolkata', 8 * 60), 'Asia/Kolkata')).toBe(
      '2026-07-01T08:00:00+05:30',
    );
  });
});

describe('inWindow', () => {
  it('treats start <= end as a plain half-open window', () => {
    expect(inWindow(9 * 60, 9 * 60, 17 * 60)).toBe(true);
    expect(inWindow(17 * 60, 9 * 60, 17 * 60)).toBe(false);
    expect(inWindow(8 * 60 + 59, 9 * 60, 17 * 60)).toBe(false);
  });

  it('wraps past midnight when start > end', () => {
    const [s, e] = [23 * 60, 6 * 60];
    expect(inWindow(23 * 60, s, e)).toBe(true);
    expect(inWindow(0, s, e)).toBe(true);
    expect(inWindow(2 * 60 + 14, s, e)).toBe(true);
    expect(inWindow(5 * 60 + 59, s, e)).toBe(true);
    expect(inWindow(6 * 60, s, e)).toBe(false);
    expect(inWindow(22 * 60 + 59, s, e)).toBe(false);
    expect(inWindow(12 * 60, s, e)).toBe(false);
  });

  it('is empty when start equals end', () => {
    expect(inWindow(0, 600, 600)).toBe(false);
    expect(inWindow(600, 600, 600)).toBe(false);
  });
});

describe('localTime against Intl, minute by minute across clock changes', () => {
  const zones = [
    'Europe/London',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Pacific/Chatham',
  ];
  const intl = (ms: number, timeZone: string) => {
    const parts: Record<string, string> = {};
    for (const p of new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(ms)))
      parts[p.type] = p.value;
    return [Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute)];
  };
  for (const zone of zones) {
    it(zone, () => {
      // Every 7 minutes through 2026, which crosses each zone's clock changes.
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * 60_000 * 97) {
        const t = localTime(ms, zone);
        expect([t.year, t.month, t.day, t.hour, t.minute], `${zone} ${new Date(ms).toISOString()}`).toEqual(
          intl(ms, zone),
        );
      }
    });
  }

  // The block reading rests on this: no zone changes its offset twice within a few days. Checked here
  // against the time-zone data of the running Node, day by day from 1970 to 2037 (some seconds).
  it('no zone of the time-zone database changes its offset twice within five days (1970–2037)', () => {
    const DAY = 86_400_000;
    let closest = { days: Infinity, zone: '', at: '' };
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      const offset = (day: number) => f.format(new Date(day * DAY)).split(', ')[1];
      let previous = offset(0);
      let lastChange = -Infinity;
      for (let day = 1; day <= Date.UTC(2038, 0, 1) / DAY; day++) {
        const now = offset(day);
        if (now === previous) continue;
        if (day - lastChange < closest.days)
          closest = { days: day - lastChange, zone, at: new Date(day * DAY).toISOString().slice(0, 10) };
        lastChange = day;
        previous = now;
      }
    }
    // Read at midnight UTC, changes n days apart may truly be n - 1 days apart: 7 here means at least 6.
    expect(closest.days, `${closest.zone} ${closest.at}`).toBeGreaterThanOrEqual(6);
  }, 120_000);

  // Changes close together: read in blocks of four days, these must still show both changes.
  it.each([
    ['America/Noronha', Date.UTC(2000, 9, 1), Date.UTC(2000, 9, 25)], // summer time for a week (8 → 15 October 2000)
    ['America/Argentina/Tucuman', Date.UTC(2004, 4, 25), Date.UTC(2004, 5, 20)], // two changes 12 days apart
    ['Asia/Gaza', Date.UTC(2011, 6, 25), Date.UTC(2011, 8, 5)], // summer time stopped for Ramadan (1 → 30 August 2011)
    ['Africa/Casablanca', Date.UTC(2019, 4, 1), Date.UTC(2019, 5, 15)], // an hour back for Ramadan (5 May → 9 June 2019)
  ])('%s hour by hour across changes close together', (zone, from, to) => {
    for (let ms = from; ms < to; ms += 3_600_000 + 60_000) {
      const t = localTime(ms, zone);
      expect([t.year, t.month, t.day, t.hour, t.minute], `${zone} ${new Date(ms).toISOString()}`).toEqual(
        intl(ms, zone),
      );
    }
  });

  it('every minute around the UK clock changes of 2026', () => {
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let ms = change - 120 * 60_000; ms <= change + 120 * 60_000; ms += 60_000) {
        const t = localTime(ms, 'Europe/London');
        expect([t.year, t.month, t.day, t.hour, t.minute]).toEqual(intl(ms, 'Europe/London'));
      }
    }
  });
});
