import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError } from '../lib/api.ts';
import {
  cachedSettings,
  DEFAULT_TIME_ZONE,
  defaultSettings,
  loadSettings,
  normaliseSettings,
  SETTINGS_CACHE_KEY,
  type Settings,
  type SettingsSource,
} from '../lib/settings.ts';

export interface SettingsState {
  settings: Settings;
  source: SettingsSource;
  /** Saves to the server; offline, keeps them in this browser and says so. Throws ApiError on a refusal. */
  save(next: Settings): Promise<'server' | 'cache'>;
  /** After "Delete all my data": back to the defaults. */
  reset(): void;
}

const Ctx = createContext<SettingsState | undefined>(undefined);

function initial(): { settings: Settings; source: SettingsSource } {
  const cached = cachedSettings(localStorage, DEFAULT_TIME_ZONE);
  return cached
    ? { settings: cached, source: 'cache' }
    : { settings: defaultSettings(DEFAULT_TIME_ZONE), source: 'defaults' };
}

/** Gives every page the settings in use: the cached copy at once, then the server's when it answers. */
export function SettingsProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    void loadSettings(() => api('GET', '/settings'), localStorage, DEFAULT_TIME_ZONE).then(setState);
  }, []);
  const value = useMemo<SettingsState>(
    () => ({
      ...state,
      async save(next) {
        try {
          const saved = await api<Settings>('PUT', '/settings', next);
          const settings = normaliseSettings(saved ?? next, DEFAULT_TIME_ZONE);
          localStorage.setItem(SETTINGS_CACHE_KEY, JSON.stringify(settings));
          setState({ settings, source: 'server' });
          return 'server';
        } catch (e) {
          if (!(e instanceof ApiError) || e.code !== 'offline') throw e;
          localStorage.setItem(SETTINGS_CACHE_KEY, JSON.stringify(next));
          setState({ settings: next, source: 'cache' });
          return 'cache';
        }
      },
      reset() {
        localStorage.removeItem(SETTINGS_CACHE_KEY);
        setState({ settings: defaultSettings(DEFAULT_TIME_ZONE), source: 'defaults' });
      },
    }),
    [state],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSettings(): SettingsState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSettings needs a SettingsProvider');
  return s;
}
