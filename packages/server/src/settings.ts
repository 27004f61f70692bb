/**
 * Settings: the policy (quiet hours, sensitivity, per-rule severities and allow-lists), the author's
 * profile, the time zone and the defaults the web app offers for "Hold until…". One row, replaced whole.
 */
import { DEFAULT_POLICY, parsePolicy, type AuthorProfile, type Policy } from '@pause/core';
import type { Db } from './db.js';
import { ApiError, fromEngineError } from './errors.js';
import { HHMM } from './schemas.js';

export interface HoldDefaults {
  /** "Next morning at": local HH:MM. */
  lateHour: string;
  /** "In … minutes" when the cause is emotion. */
  emotionMinutes: number;
}

export interface Settings {
  policy: Policy;
  profile: AuthorProfile;
  /** IANA zone of the author; drafts without a timeZone are read in it. */
  timezone: string;
  holdDefaults: HoldDefaults;
}

export const DEFAULT_HOLD: Readonly<HoldDefaults> = Object.freeze({ lateHour: '08:00', emotionMinutes: 60 });

/** Pause is for UK practice: the UK's zone until the user chooses another (a server's own zone is often UTC). */
export const DEFAULT_TIME_ZONE = 'Europe/London';

export function defaultSettings(): Settings {
  return {
    policy: parsePolicy(DEFAULT_POLICY),
    profile: {},
    timezone: DEFAULT_TIME_ZONE,
    holdDefaults: { ...DEFAULT_HOLD },
  };
}

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const textList = { type: 'array', maxItems: 100, items: text(1000) } as const;

/** Same limits as core's Draft.author, so a stored profile always passes the engine. */
export const profileSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: text(200),
    role: text(200),
    titles: textList,
    specialistRegister: { type: 'boolean' },
    declaredInterests: textList,
    practiceNames: textList,
  },
} as const;

export const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['policy', 'profile', 'timezone'],
  properties: {
    // parsePolicy checks the inside and names the field.
    policy: { type: 'object' },
    profile: profileSchema,
    timezone: { type: 'string', minLength: 1, maxLength: 64 },
    holdDefaults: {
      type: 'object',
      additionalProperties: false,
      required: ['lateHour', 'emotionMinutes'],
      properties: {
        lateHour: { type: 'string', pattern: HHMM },
        emotionMinutes: { type: 'integer', minimum: 1, maximum: 1440 },
      },
    },
  },
} as const;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Settings as sent by a client (shape already checked by `settingsSchema`), made whole and checked in depth. */
export function parseSettings(input: {
  policy: unknown;
  profile: AuthorProfile;
  timezone: string;
  holdDefaults?: HoldDefaults;
}): Settings {
  let policy: Policy;
  try {
    policy = parsePolicy(input.policy);
  } catch (e) {
    throw fromEngineError(e) ?? e;
  }
  if (!isTimeZone(input.timezone)) {
    throw new ApiError('bad_request', 'body.timezone is not an IANA time zone such as Europe/London', 'timezone');
  }
  return {
    policy,
    profile: input.profile,
    timezone: input.timezone,
    holdDefaults: input.holdDefaults ?? { ...DEFAULT_HOLD },
  };
}

export class SettingsStore {
  private cached: Settings | undefined;
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  get(): Settings {
    if (this.cached) return this.cached;
    const row = this.db.prepare('SELECT json FROM settings WHERE id = 1').get() as { json: string } | undefined;
    this.cached = row ? { ...defaultSettings(), ...(JSON.parse(row.json) as Settings) } : defaultSettings();
    return this.cached;
  }

  put(settings: Settings): Settings {
    this.db
      .prepare(
        'INSERT INTO settings (id, json, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at',
      )
      .run(JSON.stringify(settings), this.now().toISOString());
    this.cached = settings;
    return settings;
  }

  /** Back to the defaults (DELETE /data). */
  clear(): void {
    this.db.prepare('DELETE FROM settings').run();
    this.cached = undefined;
  }
}
