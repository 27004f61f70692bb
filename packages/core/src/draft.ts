import { fastPaths } from './fast-path.js';
import { Recent } from './recent.js';
import {
  CHANNELS,
  DIRECTIONS,
  MOODS,
  PLATFORMS,
  type Attachment,
  type AuthorProfile,
  type Draft,
  type Recipient,
  type ThreadMessage,
} from './types.js';

/** Longest draft the engine accepts: far beyond any post or email, short of a denial of service. */
export const MAX_TEXT_LENGTH = 100_000;
const MAX_THREAD = 500;
const MAX_LIST = 100;

/** A Draft that cannot be read; `field` names the offending field as a dotted path. */
export class DraftError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
    this.name = 'DraftError';
  }
}

export interface ParseDraftOptions {
  /** ISO time used when the draft has no composedAt; the engine itself never reads the clock. */
  now?: string;
  /** Refuse fields the contract does not name (an API does; files and archives may carry extras). */
  strict?: boolean;
}

/** The fields rules.md names, by where they sit. Attachments are open: the edges add what they read. */
export const KNOWN_FIELDS: Record<string, readonly string[]> = {
  draft: [
    'text',
    'direction',
    'channel',
    'platform',
    'composedAt',
    'timeZone',
    'recipients',
    'thread',
    'author',
    'mood',
    'attachments',
  ],
  recipient: ['name', 'isPatient'],
  thread: ['author', 'text', 'at'],
  author: ['name', 'role', 'titles', 'specialistRegister', 'declaredInterests', 'practiceNames'],
};

/** Throws for the first field the contract does not name, at the top level and in its known objects. */
function rejectUnknown(input: Obj): void {
  const check = (path: string, v: unknown, kind: string) => {
    if (!isObject(v)) return;
    const unknown = Object.keys(v).find((k) => !KNOWN_FIELDS[kind]?.includes(k));
    if (unknown !== undefined) throw new DraftError(path ? `${path}.${unknown}` : unknown, 'is not a known field');
  };
  check('', input, 'draft');
  if (Array.isArray(input.recipients))
    for (const [i, r] of input.recipients.entries()) check(`recipients[${i}]`, r, 'recipient');
  if (Array.isArray(input.thread)) for (const [i, m] of input.thread.entries()) check(`thread[${i}]`, m, 'thread');
  check('author', input.author, 'author');
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a value is, never what it says: an error may be shown, logged or sent back by a server, and the
 * value may be a draft's words pasted into the wrong field.
 */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string')
    return v === '' ? 'an empty string' : `a string of ${v.length} character${v.length === 1 ? '' : 's'}`;
  return `a ${typeof v}`;
}

function oneOf<T extends string>(field: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new DraftError(field, `must be one of ${allowed.join(', ')}; got ${describeValue(v)}`);
}

function str(field: string, v: unknown, max = 1000): string {
  if (typeof v !== 'string') throw new DraftError(field, `must be a string; got ${describeValue(v)}`);
  if (v.length > max) throw new DraftError(field, `is too long (${v.length} characters; the limit is ${max})`);
  return v;
}

function list(field: string, v: unknown, max = MAX_LIST): unknown[] {
  if (!Array.isArray(v)) throw new DraftError(field, `must be an array; got ${describeValue(v)}`);
  if (v.length > max) throw new DraftError(field, `has ${v.length} entries; the limit is ${max}`);
  return v;
}

function strings(field: string, v: unknown): string[] {
  return list(field, v).map((s, i) => str(`${field}[${i}]`, s));
}

// ISO 8601 date-time with an explicit offset or Z, as rules.md asks.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Times read lately, as epoch ms. A thread hands each message's time over with every later draft, so
 * the same strings come back again and again; a small cache (oldest dropped first) spares re-reading them.
 */
const TIMES = new Recent<string, number>(1024);

/** Date.parse(s), for strings that parseTime() accepts (cached). */
export function timeMs(s: string): number {
  let ms = TIMES.get(s);
  if (ms === undefined) {
    ms = Date.parse(s);
    if (!fastPaths() || Number.isNaN(ms)) return ms;
    TIMES.set(s, ms);
  }
  return ms;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The calendar fields as written are a real date and time: Date.parse turns 2026-02-30 into 2 March. */
function realDateTime(s: string): boolean {
  const n = (from: number, to: number) => Number(s.slice(from, to));
  const year = n(0, 4);
  const month = n(5, 7);
  const day = n(8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  const seconds = s[16] === ':' ? n(17, 19) : 0;
  return day >= 1 && day <= days && n(11, 13) <= 23 && n(14, 16) <= 59 && seconds <= 59;
}

export function parseTime(field: string, v: unknown): string {
  const s = str(field, v, 64);
  if (ISO_WITH_OFFSET.test(s) && !realDateTime(s))
    throw new DraftError(field, 'is not a real date and time (a day past the end of its month, or an hour past 23)');
  if (!ISO_WITH_OFFSET.test(s) || Number.isNaN(timeMs(s))) {
    throw new DraftError(
      field,
      `must be an ISO 8601 time with an offset, e.g. 2026-11-23T02:14:00+00:00; got ${describeValue(s)}`,
    );
  }
  return s;
}

// Zones already found valid: building an Intl.DateTimeFormat costs tens of microseconds, a tenth of
// the whole budget of a check, and every draft names its zone. Bounded by the IANA list.
const validZones = new Set<string>();

export function isValidTimeZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    validZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

function recipient(field: string, v: unknown): Recipient {
  if (!isObject(v)) throw new DraftError(field, `must be an object; got ${describeValue(v)}`);
  const r: Recipient = { name: str(`${field}.name`, v.name, 200) };
  if (v.isPatient !== undefined) {
    if (typeof v.isPatient !== 'boolean')
      throw new DraftError(`${field}.isPatient`, `must be true or false; got ${describeValue(v.isPatient)}`);
    r.isPatient = v.isPatient;
  }
  return r;
}

function threadMessage(field: string, v: unknown): ThreadMessage {
  if (!isObject(v)) throw new DraftError(field, `must be an object; got ${describeValue(v)}`);
  const m: ThreadMessage = {
    author: str(`${field}.author`, v.author, 200),
    text: str(`${field}.text`, v.text, MAX_TEXT_LENGTH),
  };
  if (v.at !== undefined) m.at = parseTime(`${field}.at`, v.at);
  return m;
}

function author(field: string, v: unknown): AuthorProfile {
  if (!isObject(v)) throw new DraftError(field, `must be an object; got ${describeValue(v)}`);
  const a: AuthorProfile = {};
  if (v.name !== undefined) a.name = str(`${field}.name`, v.name, 200);
  if (v.role !== undefined) a.role = str(`${field}.role`, v.role, 200);
  if (v.titles !== undefined) a.titles = strings(`${field}.titles`, v.titles);
  if (v.specialistRegister !== undefined) {
    if (typeof v.specialistRegister !== 'boolean')
      throw new DraftError(
        `${field}.specialistRegister`,
        `must be true or false; got ${describeValue(v.specialistRegister)}`,
      );
    a.specialistRegister = v.specialistRegister;
  }
  if (v.declaredInterests !== undefined)
    a.declaredInterests = strings(`${field}.declaredInterests`, v.declaredInterests);
  if (v.practiceNames !== undefined) a.practiceNames = strings(`${field}.practiceNames`, v.practiceNames);
  return a;
}

/** What an attachment may be (compared without regard to case): pictures, video, sound, files, links. */
const ATTACHMENT_KINDS = [
  'image',
  'photo',
  'picture',
  'screenshot',
  'scan',
  'gif',
  'video',
  'audio',
  'file',
  'document',
  'link',
];

function attachmentKind(field: string, v: unknown): string {
  const kind = str(field, v, 50);
  if (!ATTACHMENT_KINDS.includes(kind.trim().toLowerCase()))
    throw new DraftError(field, `must be one of ${ATTACHMENT_KINDS.join(', ')}; got ${describeValue(kind)}`);
  return kind;
}

function attachment(field: string, v: unknown): Attachment {
  if (!isObject(v)) throw new DraftError(field, `must be an object; got ${describeValue(v)}`);
  const a: Attachment = { ...v, kind: attachmentKind(`${field}.kind`, v.kind) };
  if (v.name !== undefined) a.name = str(`${field}.name`, v.name, 500);
  if (v.hasLocation !== undefined && typeof v.hasLocation !== 'boolean') {
    throw new DraftError(`${field}.hasLocation`, `must be true or false; got ${describeValue(v.hasLocation)}`);
  }
  return a;
}

/**
 * Checks an untrusted value against the Draft contract of rules.md and fills in its defaults.
 * Throws DraftError naming the first bad field.
 */
export function parseDraft(input: unknown, options: ParseDraftOptions = {}): Draft {
  if (!isObject(input)) throw new DraftError('draft', `must be a JSON object; got ${describeValue(input)}`);
  if (options.strict) rejectUnknown(input);
  const text = str('text', input.text, MAX_TEXT_LENGTH);
  const draft: Draft = {
    text,
    direction: input.direction === undefined ? 'outbound' : oneOf('direction', input.direction, DIRECTIONS),
    channel: input.channel === undefined ? 'public-post' : oneOf('channel', input.channel, CHANNELS),
    timeZone: input.timeZone === undefined ? 'Europe/London' : str('timeZone', input.timeZone, 64),
    recipients:
      input.recipients === undefined
        ? []
        : list('recipients', input.recipients).map((r, i) => recipient(`recipients[${i}]`, r)),
    thread:
      input.thread === undefined
        ? []
        : list('thread', input.thread, MAX_THREAD).map((m, i) => threadMessage(`thread[${i}]`, m)),
    attachments:
      input.attachments === undefined
        ? []
        : list('attachments', input.attachments).map((a, i) => attachment(`attachments[${i}]`, a)),
  };
  if (!isValidTimeZone(draft.timeZone))
    throw new DraftError(
      'timeZone',
      `is not an IANA time zone such as Europe/London; got ${describeValue(draft.timeZone)}`,
    );
  if (input.platform !== undefined) draft.platform = oneOf('platform', input.platform, PLATFORMS);
  if (input.composedAt !== undefined) draft.composedAt = parseTime('composedAt', input.composedAt);
  else if (options.now !== undefined) draft.composedAt = parseTime('now', options.now);
  if (input.author !== undefined) draft.author = author('author', input.author);
  if (input.mood !== undefined) draft.mood = oneOf('mood', input.mood, MOODS);
  return draft;
}
