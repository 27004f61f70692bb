import { SEVERITIES, type Severity } from './types.js';

export const SENSITIVITIES = ['relaxed', 'standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** A local-time window that wraps past midnight when start > end, as "HH:MM" strings. */
export interface QuietHours {
  start: string;
  end: string;
}

/** How a practice, trainer or user tunes the checks. Every field is optional. */
export interface Policy {
  /** Per rule id: a different severity, or "off" to silence the rule. */
  severity: Record<string, Severity | 'off'>;
  /** Per rule id: phrases that rule should accept (e.g. a place name that looks like a swear word). */
  allow: Record<string, string[]>;
  quietHours: QuietHours;
  /** relaxed shows only confident findings; strict also shows the doubtful ones. */
  sensitivity: Sensitivity;
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  severity: {},
  allow: {},
  quietHours: { start: '23:00', end: '06:00' },
  sensitivity: 'standard',
}) as Policy;

/** The least confidence a finding needs to be shown, per sensitivity. */
export const MIN_CONFIDENCE: Record<Sensitivity, number> = { relaxed: 0.75, standard: 0.5, strict: 0.3 };

export class PolicyError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`policy.${field}: ${detail}`);
    this.name = 'PolicyError';
  }
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minuteOfDay(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new PolicyError('quietHours', `"${hhmm}" is not a 24-hour time such as 23:00`);
  return Number(m[1]) * 60 + Number(m[2]);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an untrusted policy and fills in defaults. Unknown rule ids are kept (rules may be added later). */
export function parsePolicy(input: unknown = {}): Policy {
  if (!isObject(input)) throw new PolicyError('', 'must be an object');
  const policy: Policy = {
    severity: {},
    allow: {},
    quietHours: { ...DEFAULT_POLICY.quietHours },
    sensitivity: 'standard',
  };
  if (input.severity !== undefined) {
    if (!isObject(input.severity)) throw new PolicyError('severity', 'must map rule ids to info, caution, stop or off');
    for (const [id, s] of Object.entries(input.severity)) {
      if (s !== 'off' && !(SEVERITIES as readonly unknown[]).includes(s)) {
        throw new PolicyError(`severity.${id}`, `must be info, caution, stop or off; got ${JSON.stringify(s)}`);
      }
      policy.severity[id] = s as Severity | 'off';
    }
  }
  if (input.allow !== undefined) {
    if (!isObject(input.allow)) throw new PolicyError('allow', 'must map rule ids to lists of phrases');
    for (const [id, phrases] of Object.entries(input.allow)) {
      if (!Array.isArray(phrases) || !phrases.every((p) => typeof p === 'string' && p.trim() !== '')) {
        throw new PolicyError(`allow.${id}`, 'must be a list of non-empty phrases');
      }
      policy.allow[id] = phrases as string[];
    }
  }
  if (input.quietHours !== undefined) {
    if (
      !isObject(input.quietHours) ||
      typeof input.quietHours.start !== 'string' ||
      typeof input.quietHours.end !== 'string'
    ) {
      throw new PolicyError('quietHours', 'must be { "start": "HH:MM", "end": "HH:MM" }');
    }
    minuteOfDay(input.quietHours.start);
    minuteOfDay(input.quietHours.end);
    policy.quietHours = { start: input.quietHours.start, end: input.quietHours.end };
  }
  if (input.sensitivity !== undefined) {
    if (!(SENSITIVITIES as readonly unknown[]).includes(input.sensitivity)) {
      throw new PolicyError('sensitivity', `must be one of ${SENSITIVITIES.join(', ')}`);
    }
    policy.sensitivity = input.sensitivity as Sensitivity;
  }
  return policy;
}
