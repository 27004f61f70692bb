import { expect, it } from 'vitest';
import { createChecker } from '../../checker.js';
import { findingsOf, testRule } from '../../../test/rule-tester.js';
import rule from './unusual-hour.js';

const text = 'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App or call reception.';
const at = (composedAt: string, extra: object = {}) => ({ text, composedAt, ...extra });
const wider = { quietHours: { start: '22:00', end: '07:00' } };

testRule(rule, {
  clean: [
    { draft: text, name: 'no composition time' },
    { draft: at('2026-10-01T14:15:00+01:00'), name: 'mid-afternoon' },
    { draft: at('2026-11-10T22:59:00+00:00'), name: '22:59, one minute before quiet hours' },
    { draft: at('2026-11-10T06:00:00+00:00'), name: '06:00, quiet hours over' },
    { draft: at('2026-07-02T21:30:00Z'), name: '21:30 UTC is 22:30 in a London summer' },
    {
      draft: at('2026-01-15T23:30:00Z', { timeZone: 'Asia/Kolkata' }),
      name: '23:30 UTC is 05:00 in Kolkata: the end of 23:00–05:00 quiet hours',
      policy: { quietHours: { start: '23:00', end: '05:00' } },
    },
    {
      draft: at('2026-02-11T15:10:00+00:00', { timeZone: 'Australia/Sydney' }),
      name: '15:10 UTC is 02:10 in Sydney, outside a 03:00–04:00 window',
      policy: { quietHours: { start: '03:00', end: '04:00' } },
    },
    { draft: at('2026-11-10T21:59:00+00:00'), policy: wider, name: '21:59 with quiet hours from 22:00' },
    { draft: at('2026-11-10T07:00:00+00:00'), policy: wider, name: '07:00 with quiet hours to 07:00' },
    {
      draft: at('2026-11-10T12:00:00+00:00'),
      policy: { quietHours: { start: '01:00', end: '05:00' } },
      name: 'a window that does not wrap',
    },
  ],
  flagged: [
    { draft: at('2026-10-01T01:15:00+01:00'), spans: [null], name: '01:15 in October (BST)' },
    { draft: at('2026-11-10T23:00:00+00:00'), spans: [null], name: '23:00, first minute of quiet hours' },
    { draft: at('2026-11-10T05:59:00+00:00'), spans: [null], name: '05:59, last minute of quiet hours' },
    { draft: at('2026-07-02T23:30:00+01:00'), spans: [null], name: 'DST: 23:30+01:00 in London' },
    { draft: at('2026-07-02T22:30:00Z'), spans: [null], name: 'DST: 22:30 UTC is 23:30 BST' },
    {
      draft: at('2026-01-15T20:00:00Z', { timeZone: 'Asia/Kolkata' }),
      spans: [null],
      name: '20:00 UTC is 01:30 in Kolkata',
    },
    {
      draft: at('2026-02-11T02:10:00+11:00', { timeZone: 'Australia/Sydney' }),
      spans: [null],
      name: '02:10 in Sydney',
    },
    { draft: at('2026-11-10T22:00:00+00:00'), policy: wider, spans: [null], name: '22:00 with quiet hours from 22:00' },
    { draft: at('2026-11-10T06:59:00+00:00'), policy: wider, spans: [null], name: '06:59 with quiet hours to 07:00' },
    {
      draft: at('2026-11-10T03:00:00+00:00', { channel: 'group-chat', platform: 'whatsapp' }),
      spans: [null],
      name: 'group chat at 03:00',
    },
  ],
});

it('names the local time and zone, and the engine defers to the morning', () => {
  const [f] = findingsOf(rule, at('2026-01-15T20:00:00Z', { timeZone: 'Asia/Kolkata' }));
  expect(f?.message).toMatch(/^Written at 01:30 local time \(Asia\/Kolkata\)/);
  const [london] = findingsOf(rule, at('2026-07-02T22:30:00Z'));
  expect(london?.message).toMatch(/^Written at 23:30 UK time/);
  const a = createChecker({}, [rule]).assess(at('2026-07-02T22:30:00Z'));
  expect(a.advice.action).toBe('defer');
  expect(a.advice.deferUntil).toBe('2026-07-03T08:00:00+01:00');
});

it('stays silent on inbound messages', () => {
  expect(
    findingsOf(rule, { ...at('2026-11-10T03:00:00+00:00'), direction: 'inbound', channel: 'direct-message' }),
  ).toEqual([]);
});
