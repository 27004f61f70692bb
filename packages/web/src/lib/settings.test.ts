import { DEFAULT_POLICY as CORE_DEFAULT_POLICY, parsePolicy } from '@pause/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, defaultSettings, loadSettings, normaliseSettings, SETTINGS_CACHE_KEY } from './settings.ts';

function memoryStore() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}
const served = {
  policy: {
    severity: { 'content.profanity': 'stop' },
    allow: { 'content.profanity': ['Scunthorpe'] },
    quietHours: { start: '22:00', end: '07:00' },
    sensitivity: 'strict',
  },
  profile: { name: 'Dr A Khan', practiceNames: ['Riverside Surgery'] },
  timezone: 'Europe/London',
  holdDefaults: { lateHour: '07:30', emotionMinutes: 30 },
};

describe('settings for the checker', () => {
  it("restates the engine's default policy exactly", () => {
    expect(DEFAULT_POLICY).toEqual(CORE_DEFAULT_POLICY);
    expect(parsePolicy(defaultSettings('UTC').policy)).toEqual(CORE_DEFAULT_POLICY);
  });

  it("uses the server's settings and keeps a copy in the browser", async () => {
    const store = memoryStore();
    const { settings, source } = await loadSettings(async () => served, store, 'UTC');
    expect(source).toBe('server');
    expect(settings).toEqual(served);
    expect(JSON.parse(store.m.get(SETTINGS_CACHE_KEY)!)).toEqual(served);
  });

  it('falls back to the copy when the server is unreachable, else to the defaults', async () => {
    const store = memoryStore();
    const offline = async () => {
      throw new Error('offline');
    };
    await expect(loadSettings(offline, store, 'Europe/Paris')).resolves.toEqual({
      settings: defaultSettings('Europe/Paris'),
      source: 'defaults',
    });
    store.setItem(SETTINGS_CACHE_KEY, JSON.stringify(served));
    await expect(loadSettings(offline, store, 'UTC')).resolves.toEqual({ settings: served, source: 'cache' });
    store.setItem(SETTINGS_CACHE_KEY, '{not json');
    await expect(loadSettings(offline, store, 'UTC')).resolves.toMatchObject({ source: 'defaults' });
  });

  it('mends partial or malformed settings field by field', () => {
    expect(normaliseSettings({ policy: { sensitivity: 'extreme', quietHours: 'late' }, timezone: '' }, 'UTC')).toEqual(
      defaultSettings('UTC'),
    );
    expect(normaliseSettings(null, 'UTC')).toEqual(defaultSettings('UTC'));
  });
});
