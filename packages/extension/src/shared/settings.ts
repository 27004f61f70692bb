/**
 * The extension's settings, kept in chrome.storage.local on this device only. Every reader gets a
 * whole value: anything missing or malformed falls back to its default, so a damaged store never
 * stops Pause from checking.
 */
import type { AuthorProfile, Policy, Verdict } from '@pause/core';

export interface ExtensionSettings {
  /** The engine's policy: per-rule severity, allow-lists, quiet hours, sensitivity. */
  policy: Policy;
  profile: AuthorProfile;
  /** Social sites show a pause page during the policy's quiet hours. */
  quietHoursPage: boolean;
  /** The verdicts at which a send is stopped once to ask: 'hold' only, or 'review' and 'hold'. */
  stopSendAt: Exclude<Verdict, 'post'>;
  /** Per site adapter id: false turns Pause off there. Sites not named are on. */
  sites: Record<string, boolean>;
  /** Origins ("https://forum.example") where the user enabled Pause for any text box. */
  extraOrigins: string[];
  /** Per site adapter id or origin: the user's own note that the site misbehaves with Pause. */
  notes: Record<string, string>;
  /** 'boxes' draws underlines as boxes beside the text, for pages where the usual underline does not show. */
  underline: 'auto' | 'boxes';
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: ExtensionSettings = {
  policy: { severity: {}, allow: {}, quietHours: { start: '23:00', end: '06:00' }, sensitivity: 'standard' },
  profile: {},
  quietHoursPage: true,
  stopSendAt: 'hold',
  sites: {},
  extraOrigins: [],
  notes: {},
  underline: 'auto',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function record<T>(v: unknown, keep: (x: unknown) => x is T): Record<string, T> {
  if (!isObject(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, T] => keep(e[1])));
}

const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isString = (x: unknown): x is string => typeof x === 'string';

/** A stored value made whole. The policy is checked again by the engine (parsePolicy) before use. */
export function normaliseSettings(v: unknown): ExtensionSettings {
  const d = structuredClone(DEFAULT_SETTINGS);
  if (!isObject(v)) return d;
  const p = isObject(v.policy) ? v.policy : {};
  const q = isObject(p.quietHours) ? p.quietHours : {};
  const policy: Policy = {
    severity: isObject(p.severity) ? (p.severity as Policy['severity']) : {},
    allow: record(p.allow, (x): x is string[] => Array.isArray(x) && x.every(isString)),
    quietHours:
      typeof q.start === 'string' && typeof q.end === 'string' && HHMM.test(q.start) && HHMM.test(q.end)
        ? { start: q.start, end: q.end }
        : d.policy.quietHours,
    sensitivity: p.sensitivity === 'relaxed' || p.sensitivity === 'strict' ? p.sensitivity : 'standard',
  };
  const prof = isObject(v.profile) ? v.profile : {};
  const profile: AuthorProfile = {
    ...(typeof prof.name === 'string' && prof.name.trim() ? { name: prof.name.trim() } : {}),
    ...(typeof prof.role === 'string' && prof.role.trim() ? { role: prof.role.trim() } : {}),
    ...(strings(prof.declaredInterests).length ? { declaredInterests: strings(prof.declaredInterests) } : {}),
    ...(strings(prof.practiceNames).length ? { practiceNames: strings(prof.practiceNames) } : {}),
  };
  return {
    policy,
    profile,
    quietHoursPage: typeof v.quietHoursPage === 'boolean' ? v.quietHoursPage : d.quietHoursPage,
    stopSendAt: v.stopSendAt === 'review' ? 'review' : 'hold',
    sites: record(v.sites, isBool),
    extraOrigins: strings(v.extraOrigins).filter((o) => /^https?:\/\/[^/]+$/.test(o)),
    notes: record(v.notes, isString),
    underline: v.underline === 'boxes' ? 'boxes' : 'auto',
  };
}

export async function loadSettings(): Promise<ExtensionSettings> {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: ExtensionSettings): Promise<void> {
  await chrome.storage.local.set({ [SETTINGS_KEY]: normaliseSettings(settings) });
}

/** Calls `listener` with the new settings whenever they change (from the options page, say). */
export function onSettingsChanged(listener: (s: ExtensionSettings) => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(normaliseSettings(changes[SETTINGS_KEY]?.newValue));
  });
}
