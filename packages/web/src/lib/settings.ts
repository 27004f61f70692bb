import type { AuthorProfile, Policy } from '@pause/core';
import { HOLD_DEFAULTS, type HoldDefaults } from '@pause/ui';

/** The server's Settings (webapp brief): the policy for the checker, the author profile, the zone, hold defaults. */
export interface Settings {
  policy: Policy;
  profile: AuthorProfile;
  timezone: string;
  holdDefaults?: HoldDefaults;
}

/**
 * The engine's DEFAULT_POLICY, restated here so that the page's main bundle does not pull in the
 * engine (which lives in the worker); a unit test keeps the two equal.
 */
export const DEFAULT_POLICY: Policy = {
  severity: {},
  allow: {},
  quietHours: { start: '23:00', end: '06:00' },
  sensitivity: 'standard',
};

/** Pause is for UK practice: the UK's zone until the user chooses another (as the server's default). */
export const DEFAULT_TIME_ZONE = 'Europe/London';

export function defaultSettings(timezone: string): Settings {
  return { policy: structuredClone(DEFAULT_POLICY), profile: {}, timezone, holdDefaults: { ...HOLD_DEFAULTS } };
}

export const SETTINGS_CACHE_KEY = 'pause.settings';
/** The service worker's cache of /api responses kept for offline use (see sw.ts). */
export const API_CACHE = 'pause-api';

/** Where the settings in use came from: the server, this browser's copy of them, or the engine's defaults. */
export type SettingsSource = 'server' | 'cache' | 'defaults';

interface Store {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored or served value, made whole: anything missing or malformed falls back to the default. */
export function normaliseSettings(v: unknown, timezone: string): Settings {
  const d = defaultSettings(timezone);
  if (!isObject(v)) return d;
  const p = isObject(v.policy) ? v.policy : {};
  const q =
    isObject(p.quietHours) && typeof p.quietHours.start === 'string' && typeof p.quietHours.end === 'string'
      ? { start: p.quietHours.start, end: p.quietHours.end }
      : d.policy.quietHours;
  const sens =
    p.sensitivity === 'relaxed' || p.sensitivity === 'strict' || p.sensitivity === 'standard'
      ? p.sensitivity
      : 'standard';
  const hold =
    isObject(v.holdDefaults) &&
    typeof v.holdDefaults.lateHour === 'string' &&
    typeof v.holdDefaults.emotionMinutes === 'number'
      ? { lateHour: v.holdDefaults.lateHour, emotionMinutes: v.holdDefaults.emotionMinutes }
      : d.holdDefaults!;
  return {
    policy: {
      severity: isObject(p.severity) ? (p.severity as Policy['severity']) : {},
      allow: isObject(p.allow) ? (p.allow as Policy['allow']) : {},
      quietHours: q,
      sensitivity: sens,
    },
    profile: isObject(v.profile) ? (v.profile as AuthorProfile) : {},
    timezone: typeof v.timezone === 'string' && v.timezone ? v.timezone : timezone,
    holdDefaults: hold,
  };
}

/**
 * The settings the checker uses: the server's when it answers (and they are cached here for next
 * time), this browser's last copy when it does not (offline), else the defaults. Checking never
 * waits on the network to work.
 */
export async function loadSettings(
  fetchSettings: () => Promise<unknown>,
  store: Store,
  timezone: string,
): Promise<{ settings: Settings; source: SettingsSource }> {
  try {
    const settings = normaliseSettings(await fetchSettings(), timezone);
    store.setItem(SETTINGS_CACHE_KEY, JSON.stringify(settings));
    return { settings, source: 'server' };
  } catch {
    const cached = cachedSettings(store, timezone);
    return cached ? { settings: cached, source: 'cache' } : { settings: defaultSettings(timezone), source: 'defaults' };
  }
}

export function cachedSettings(store: Store, timezone: string): Settings | undefined {
  const raw = store.getItem(SETTINGS_CACHE_KEY);
  if (!raw) return undefined;
  try {
    return normaliseSettings(JSON.parse(raw), timezone);
  } catch {
    return undefined;
  }
}
