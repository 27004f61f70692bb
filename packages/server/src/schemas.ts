/**
 * JSON schema pieces shared by the routes. Fastify validates with them (ajv, no type coercion, unknown
 * fields rejected); the engine's own parsers (parseDraft, parsePolicy) then check the details and name
 * the field when something is wrong.
 */
import { describePattern } from './errors.js';

/** ISO 8601 with an explicit offset or Z, as the Draft contract asks (seconds optional). */
export const ISO_WITH_OFFSET = describePattern(
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})$',
  'must be an ISO 8601 time with an offset, e.g. 2026-11-24T08:00:00+00:00',
);

export const HHMM = describePattern('^([01]\\d|2[0-3]):[0-5]\\d$', 'must be a 24-hour time such as 08:00');

export const DAY = describePattern('^\\d{4}-\\d{2}-\\d{2}$', 'must be a date such as 2024-01-31');

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 100 } },
} as const;

/** A Draft is checked in full by core's parseDraft (which names the field); the schema only fixes its kind. */
export const draftSchema = { type: 'object' } as const;

export const isoTime = { type: 'string', maxLength: 64, pattern: ISO_WITH_OFFSET } as const;

/**
 * Whether an ISO date or date-time (already shaped by a pattern above) names a real calendar day and
 * time: Date.parse alone rolls 2026-02-30 over into March.
 */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || Number.isNaN(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso))) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
