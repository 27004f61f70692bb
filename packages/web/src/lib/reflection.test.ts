import { describe, expect, it } from 'vitest';
import {
  daysBefore,
  type Episode,
  finishEpisode,
  heatedByMonth,
  heatmap,
  holdOutcomes,
  inQuietHours,
  monthLabel,
  monthsToShow,
  noteRevision,
  quietHourMask,
  REFLECTION_PREFS_KEY,
  type ReflectionEntry,
  reflectionPrefs,
  saveReflectionPrefs,
  type Shown,
  topRules,
  wallClock,
  weekSentence,
  weekSummary,
} from './reflection.ts';

const QUIET = { start: '23:00', end: '06:00' };

function entry(over: Partial<ReflectionEntry> = {}): ReflectionEntry {
  return {
    verdict: 'post',
    rules: [],
    channel: 'public-post',
    date: '2026-11-24',
    hour: 12,
    minute: 0,
    weekday: 1,
    outcome: 'posted',
    ...over,
  };
}

const when = { date: '2026-11-24', hour: 23, minute: 30, weekday: 1 };
const context = { when, channel: 'reply' as const, keepWords: false };
const hold: Shown = {
  text: 'The clueless locum, NHS number 943 476 5919',
  verdict: 'hold',
  rules: ['a.stop', 'b.insult'],
};
const clear: Shown = { text: 'The locum, NHS number [removed]', verdict: 'post', rules: [] };

describe('the wall clock of an entry', () => {
  it('reads the date, hour, minute and weekday in the chosen zone', () => {
    // 23:30 UTC on Monday 23 November 2026 is 23:30 in London, 18:30 in New York, Tuesday 08:30 in Tokyo.
    const ms = Date.parse('2026-11-23T23:30:00Z');
    expect(wallClock(ms, 'Europe/London')).toEqual({ date: '2026-11-23', hour: 23, minute: 30, weekday: 0 });
    expect(wallClock(ms, 'America/New_York')).toEqual({ date: '2026-11-23', hour: 18, minute: 30, weekday: 0 });
    expect(wallClock(ms, 'Asia/Tokyo')).toEqual({ date: '2026-11-24', hour: 8, minute: 30, weekday: 1 });
    // Midnight is hour 0, not 24; British summer time is an hour on.
    expect(wallClock(Date.parse('2026-07-05T23:05:00Z'), 'Europe/London')).toEqual({
      date: '2026-07-06',
      hour: 0,
      minute: 5,
      weekday: 0,
    });
  });

  it('falls back to the browser zone for an unknown zone name', () => {
    expect(() => wallClock(0, 'Not/AZone')).not.toThrow();
  });
});

describe('one draft, from its first check to what was done with it', () => {
  it('posting a draft unchanged records its verdict as posted, never the words unless asked', () => {
    const { entry: e, episode } = finishEpisode({}, 'posted', hold, context);
    expect(e).toEqual({ verdict: 'hold', rules: ['a.stop', 'b.insult'], channel: 'reply', ...when, outcome: 'posted' });
    expect(e).not.toHaveProperty('text');
    expect(episode).toEqual({ finished: hold.text });
    expect(finishEpisode({}, 'posted', hold, { ...context, keepWords: true }).entry?.text).toBe(hold.text);
  });

  it('fixing a held draft and then posting it is a revision, recorded with the Hold it had', () => {
    const revised = noteRevision({}, hold);
    const { entry: e } = finishEpisode(revised, 'posted', clear, context);
    expect(e).toMatchObject({ verdict: 'hold', rules: ['a.stop', 'b.insult'], outcome: 'revised' });
  });

  it('undoing the fix and posting the original is not a revision', () => {
    const revised = noteRevision({}, hold);
    expect(finishEpisode(revised, 'posted', { ...hold }, context).entry?.outcome).toBe('posted');
  });

  it('holding or clearing after a revision says so, with the worst verdict', () => {
    const revised = noteRevision(noteRevision({}, { ...hold, verdict: 'review', rules: ['b.insult'] }), hold);
    expect(finishEpisode(revised, 'held', clear, context).entry).toMatchObject({ verdict: 'hold', outcome: 'held' });
    expect(finishEpisode(revised, 'discarded', clear, context).entry).toMatchObject({ outcome: 'discarded' });
  });

  it('a clear draft being changed is just writing', () => {
    expect(noteRevision({}, clear)).toEqual({});
  });

  it('copying the same text twice, or clearing it after copying, adds one entry', () => {
    const first = finishEpisode({}, 'posted', hold, context);
    expect(finishEpisode(first.episode, 'posted', hold, context).entry).toBeUndefined();
    expect(finishEpisode(first.episode, 'discarded', hold, context).entry).toBeUndefined();
    // A new text after that starts afresh.
    const next = finishEpisode(first.episode, 'posted', clear, context);
    expect(next.entry).toMatchObject({ verdict: 'post', outcome: 'posted' });
    const afterPost: Episode = noteRevision(first.episode, { ...hold, text: 'another' });
    expect(afterPost).toEqual({ flagged: { verdict: 'hold', rules: hold.rules }, original: 'another' });
  });
});

describe('the summaries', () => {
  it('quiet hours wrap past midnight; the mask shades every hour they touch', () => {
    expect(inQuietHours({ hour: 23, minute: 0 }, QUIET)).toBe(true);
    expect(inQuietHours({ hour: 5, minute: 59 }, QUIET)).toBe(true);
    expect(inQuietHours({ hour: 6, minute: 0 }, QUIET)).toBe(false);
    expect(inQuietHours({ hour: 22, minute: 59 }, QUIET)).toBe(false);
    const hours = (m: boolean[]) => m.flatMap((q, h) => (q ? [h] : []));
    expect(hours(quietHourMask(QUIET))).toEqual([0, 1, 2, 3, 4, 5, 23]);
    expect(hours(quietHourMask({ start: '22:30', end: '06:30' }))).toEqual([0, 1, 2, 3, 4, 5, 6, 22, 23]);
    expect(hours(quietHourMask({ start: '13:00', end: '14:00' }))).toEqual([13]);
    expect(hours(quietHourMask({ start: '00:00', end: '00:00' }))).toEqual([]);
  });

  it('counts the last 7 days, today included, with the late ones and what the holds led to', () => {
    const today = '2026-11-24';
    expect(daysBefore(today, 6)).toBe('2026-11-18');
    expect(daysBefore('2026-03-02', 6)).toBe('2026-02-24');
    const entries = [
      entry({ date: '2026-11-17', verdict: 'hold', outcome: 'posted' }), // 8 days ago: not this week
      entry({ date: '2026-11-18', hour: 23, minute: 10, verdict: 'hold', outcome: 'revised' }),
      entry({ date: '2026-11-20', hour: 2, verdict: 'hold', outcome: 'revised' }),
      entry({ date: '2026-11-24', hour: 23, verdict: 'hold', outcome: 'held' }),
      entry({ date: '2026-11-24', verdict: 'review', outcome: 'revised' }),
      entry({ date: '2026-11-24', outcome: 'discarded' }),
    ];
    const week = weekSummary(entries, today, QUIET);
    expect(week).toEqual({
      checked: 5,
      late: 3,
      holds: 3,
      holdOutcomes: { revised: 2, held: 1, discarded: 0, posted: 0 },
    });
    expect(weekSentence(week, QUIET)).toBe(
      'In the last 7 days you checked 5 drafts. 3 were written in your quiet hours (23:00 to 06:00). ' +
        'Of the 3 marked Hold, 2 were revised and 1 was held in the Outbox.',
    );
    expect(holdOutcomes(entries)).toEqual({ revised: 2, held: 1, discarded: 0, posted: 1 });
  });

  it('says the week in plain words, one draft or none', () => {
    const none = { checked: 0, late: 0, holds: 0, holdOutcomes: { revised: 0, held: 0, discarded: 0, posted: 0 } };
    expect(weekSentence(none, QUIET)).toBe('Nothing was recorded in the last 7 days.');
    expect(weekSentence({ ...none, checked: 1 }, QUIET)).toBe(
      'In the last 7 days you checked 1 draft. It was not written in your quiet hours (23:00 to 06:00). ' +
        'It did not have a Hold verdict.',
    );
    expect(
      weekSentence(
        { ...none, checked: 1, late: 1, holds: 1, holdOutcomes: { ...none.holdOutcomes, posted: 1 } },
        QUIET,
      ),
    ).toBe(
      'In the last 7 days you checked 1 draft. It was written in your quiet hours (23:00 to 06:00). ' +
        'It had a Hold verdict and was posted as it was.',
    );
    expect(
      weekSentence(
        { checked: 4, late: 0, holds: 3, holdOutcomes: { revised: 1, held: 0, discarded: 1, posted: 1 } },
        QUIET,
      ),
    ).toBe(
      'In the last 7 days you checked 4 drafts. None were written in your quiet hours (23:00 to 06:00). ' +
        'Of the 3 marked Hold, 1 was revised, 1 was discarded and 1 was posted as it was.',
    );
    expect(
      weekSentence({ ...none, checked: 2, late: 1, holds: 1, holdOutcomes: { ...none.holdOutcomes, held: 1 } }, QUIET),
    ).toBe(
      'In the last 7 days you checked 2 drafts. 1 was written in your quiet hours (23:00 to 06:00). ' +
        'The one marked Hold was held in the Outbox.',
    );
  });

  it('lays drafts out by weekday and hour', () => {
    const grid = heatmap([entry({ weekday: 0, hour: 23 }), entry({ weekday: 0, hour: 23 }), entry({ weekday: 6 })]);
    expect(grid).toHaveLength(7);
    expect(grid.every((row) => row.length === 24)).toBe(true);
    expect(grid[0]![23]).toBe(2);
    expect(grid[6]![12]).toBe(1);
    expect(grid.flat().reduce((a, b) => a + b)).toBe(3);
  });

  it('counts heated drafts by month over the last six, across a year end', () => {
    const heated = ['behaviour.heightened-emotion'];
    const months = heatedByMonth(
      [
        entry({ date: '2026-01-05', rules: heated }),
        entry({ date: '2026-01-06', rules: ['behaviour.spiral', 'content.insult'] }),
        entry({ date: '2026-01-07', rules: ['content.insult'] }),
        entry({ date: '2025-09-30', rules: heated }), // seven months back: left out
        entry({ date: '2025-08-01', rules: heated }),
      ],
      '2026-02',
    );
    expect(months.map((m) => m.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months[0]).toEqual({ month: '2025-09', heated: 1, total: 1 });
    expect(months[4]).toEqual({ month: '2026-01', heated: 2, total: 3 });
    expect(months[5]).toEqual({ month: '2026-02', heated: 0, total: 0 });
    expect(monthLabel('2026-01')).toBe('Jan 2026');
    // From the record's first month, at most six.
    expect(monthsToShow('2026-02-10', '2026-02')).toBe(1);
    expect(monthsToShow('2025-12-31', '2026-02')).toBe(3);
    expect(monthsToShow('2024-01-01', '2026-02')).toBe(6);
  });

  it('names the five rules found in the most drafts, each draft counted once a rule', () => {
    const entries = [
      entry({ rules: ['c', 'a', 'a'] }),
      entry({ rules: ['a', 'b'] }),
      entry({ rules: ['b', 'd', 'e', 'f', 'g'] }),
    ];
    expect(topRules(entries)).toEqual([
      { id: 'a', count: 2 },
      { id: 'b', count: 2 },
      { id: 'c', count: 1 },
      { id: 'd', count: 1 },
      { id: 'e', count: 1 },
    ]);
    expect(topRules([])).toEqual([]);
  });
});

describe('the switch', () => {
  function memoryStore() {
    const m = new Map<string, string>();
    return {
      m,
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  }

  it('is off by default, and off when unreadable; the words are never kept with the record off', () => {
    const store = memoryStore();
    expect(reflectionPrefs(store)).toEqual({ on: false, words: false });
    store.m.set(REFLECTION_PREFS_KEY, '{oops');
    expect(reflectionPrefs(store)).toEqual({ on: false, words: false });
    store.m.set(REFLECTION_PREFS_KEY, JSON.stringify({ on: false, words: true }));
    expect(reflectionPrefs(store)).toEqual({ on: false, words: false });
  });

  it('is kept, and forgotten when turned off', () => {
    const store = memoryStore();
    saveReflectionPrefs({ on: true, words: true }, store);
    expect(reflectionPrefs(store)).toEqual({ on: true, words: true });
    saveReflectionPrefs({ on: false, words: false }, store);
    expect(store.m.size).toBe(0);
  });
});
