import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MIN_CONFIDENCE, PolicyError, minuteOfDay, parsePolicy } from './policy.js';

function errorOf(input: unknown): PolicyError {
  try {
    parsePolicy(input);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('parsePolicy accepted the input');
}

describe('parsePolicy', () => {
  it('fills in the defaults for nothing or an empty object', () => {
    const expected = { severity: {}, allow: {}, quietHours: { start: '23:00', end: '06:00' }, sensitivity: 'standard' };
    expect(parsePolicy()).toEqual(expected);
    expect(parsePolicy({})).toEqual(expected);
    expect(DEFAULT_POLICY).toEqual(expected);
  });

  it('returns a fresh object that does not share the default quiet hours', () => {
    const p = parsePolicy();
    p.quietHours.start = '22:00';
    expect(DEFAULT_POLICY.quietHours.start).toBe('23:00');
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });

  it('keeps every valid field, including unknown rule ids', () => {
    const input = {
      severity: { 'content.profanity': 'info', 'behaviour.unusual-hour': 'off', 'future.rule': 'stop' },
      allow: { 'content.profanity': ['Scunthorpe', 'Penistone'], '*': ['Dick Whittington'] },
      quietHours: { start: '22:30', end: '07:15' },
      sensitivity: 'strict',
    };
    expect(parsePolicy(input)).toEqual(input);
  });

  it.each([null, [], 'strict', 3])('rejects a non-object policy %j', (input) => {
    expect(errorOf(input).field).toBe('');
  });

  it('rejects bad severities, naming the rule id', () => {
    expect(errorOf({ severity: 'off' }).field).toBe('severity');
    const e = errorOf({ severity: { 'content.insult': 'high' } });
    expect(e.field).toBe('severity.content.insult');
    expect(e.message).toMatch(/^policy\.severity\.content\.insult: must be info, caution, stop or off; got "high"/);
  });

  it('rejects bad allow-lists', () => {
    expect(errorOf({ allow: ['x'] }).field).toBe('allow');
    expect(errorOf({ allow: { 'content.profanity': 'Scunthorpe' } }).field).toBe('allow.content.profanity');
    expect(errorOf({ allow: { 'content.profanity': [''] } }).field).toBe('allow.content.profanity');
    expect(errorOf({ allow: { 'content.profanity': ['  '] } }).field).toBe('allow.content.profanity');
    expect(errorOf({ allow: { 'content.profanity': [3] } }).field).toBe('allow.content.profanity');
  });

  it.each([
    { start: '23:00' },
    { start: '23:00', end: 6 },
    { start: '24:00', end: '06:00' },
    { start: '23:00', end: '6:00' },
    { start: '23:60', end: '06:00' },
    '23:00-06:00',
  ])('rejects quiet hours %j', (quietHours) => {
    expect(errorOf({ quietHours }).field).toBe('quietHours');
  });

  it('rejects an unknown sensitivity', () => {
    expect(errorOf({ sensitivity: 'paranoid' }).field).toBe('sensitivity');
  });

  it('orders confidence thresholds relaxed > standard > strict', () => {
    expect(MIN_CONFIDENCE.standard).toBe(0.5);
    expect(MIN_CONFIDENCE.relaxed).toBeGreaterThan(MIN_CONFIDENCE.standard);
    expect(MIN_CONFIDENCE.strict).toBeLessThan(MIN_CONFIDENCE.standard);
  });
});

describe('minuteOfDay', () => {
  it('reads HH:MM', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('06:00')).toBe(360);
    expect(minuteOfDay('23:59')).toBe(1439);
  });

  it.each(['24:00', '7:00', '07:0', '07:60', 'noon', '', '07:00:00'])('rejects %j', (s) => {
    expect(() => minuteOfDay(s)).toThrow(PolicyError);
  });
});
