import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from './settings.ts';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not settings', () => {
    for (const v of [undefined, null, 'x', 3, []]) expect(normaliseSettings(v)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what is valid and drops what is not, field by field', () => {
    const s = normaliseSettings({
      policy: {
        quietHours: { start: '22:30', end: '07:00' },
        sensitivity: 'strict',
        allow: { 'a.b': ['x', 3], 'c.d': ['y'] },
      },
      profile: { name: '  Dr Sam  ', role: '', declaredInterests: ['Acme Ltd', 4] },
      quietHoursPage: 'yes',
      stopSendAt: 'review',
      sites: { x: false, slack: 'off' },
      extraOrigins: ['https://forum.example', 'javascript:alert(1)', 'https://x.example/path'],
      notes: { x: 'double badge', y: 7 },
      underline: 'boxes',
    });
    expect(s.policy).toEqual({
      severity: {},
      allow: { 'c.d': ['y'] },
      quietHours: { start: '22:30', end: '07:00' },
      sensitivity: 'strict',
    });
    expect(s.profile).toEqual({ name: 'Dr Sam', declaredInterests: ['Acme Ltd'] });
    expect(s.quietHoursPage).toBe(true);
    expect(s.stopSendAt).toBe('review');
    expect(s.sites).toEqual({ x: false });
    expect(s.extraOrigins).toEqual(['https://forum.example']);
    expect(s.notes).toEqual({ x: 'double badge' });
    expect(s.underline).toBe('boxes');
  });

  it('refuses quiet hours that are not clock times', () => {
    expect(normaliseSettings({ policy: { quietHours: { start: '25:00', end: '07:00' } } }).policy.quietHours).toEqual(
      DEFAULT_SETTINGS.policy.quietHours,
    );
  });
});
