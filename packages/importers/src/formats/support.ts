/**
 * Helpers shared by the JSON / CSV / HTML based importers (X, Facebook, Instagram, LinkedIn, Mastodon, Bluesky):
 * streamed JSON arrays (over json-stream.ts), whole-file JSON reading with clear errors, HTML to text, times.
 * No DOM library: small linear regexes.
 */
import { ImportError, type ArchiveEntry, type ArchiveSource, type ArchivedItem, type ImportOptions } from '../types.js';
import { checkDepth } from '../json-depth.js';
import { jsonFault } from '../json-fault.js';
import { streamJson, type JsonPath } from '../json-stream.js';
import { decodeStream, decodeText } from '../text.js';
import { DEFAULT_TIME_ZONE, instantToIso } from '../time.js';

/** Largest file read whole (Messenger splits threads into message_N.json files well below this). */
export const MAX_WHOLE_FILE = 128 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Whole-file JSON

/** Reads and parses a small JSON file whole (strict UTF-8, BOM removed); `repair` is applied to every string. */
export async function readJson(entry: ArchiveEntry, file: string, repair?: (text: string) => string): Promise<unknown> {
  if (entry.size > MAX_WHOLE_FILE) {
    throw new ImportError(file, `is too large to read (${entry.size} bytes; limit ${MAX_WHOLE_FILE})`);
  }
  const text = decodeText(await entry.bytes(), file, { strict: true });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const truncated =
      /end of (JSON )?input|unterminated/i.test(message) ||
      (position !== null && Number(position[1]) >= text.trimEnd().length);
    throw new ImportError(
      file,
      truncated
        ? `is truncated: the JSON ends early after ${text.length} characters`
        : `is not valid JSON (${jsonFault(error, text)})`,
    );
  }
  checkDepth(value, file);
  return repair ? repairStrings(value, repair) : value;
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming JSON arrays (over json-stream.ts's streamJson)

export interface ArrayStreamOptions {
  /**
   * When the file is an object, the names of the top-level members that may hold the array ('*' = the first member
   * whose value is an array). A top-level array is always accepted.
   */
  members?: readonly string[] | '*';
}

/**
 * The elements of a JSON array, parsed one at a time from the entry's byte stream (only the current element is held
 * in memory, however long the array): a top-level array (after an optional `window.YTD.x.part0 =` prefix), or the
 * array under one of `options.members` of a top-level object. `repair` is applied to every string of each element.
 * Broken or truncated JSON, or a file without the array, is an ImportError naming the file.
 */
export async function* jsonArrayValues(
  entry: ArchiveEntry,
  file: string,
  options: ArrayStreamOptions = {},
  repair?: (text: string) => string,
): AsyncGenerator<unknown> {
  const members = options.members;
  let chosen: string | undefined;
  let sawMember = false;
  let rootIsObject = false;
  const select = (path: JsonPath): boolean => {
    if (path.length === 1) {
      const head = path[0];
      if (typeof head === 'number') return true; // element of a top-level array
      rootIsObject = true;
      if (members === '*' || members?.includes(head as string)) sawMember = true;
      return false;
    }
    if (path.length !== 2 || typeof path[1] !== 'number' || typeof path[0] !== 'string' || !members) return false;
    if (members === '*') return (chosen ??= path[0]) === path[0];
    return members.includes(path[0]);
  };
  let sawArray = false;
  for await (const { value } of streamJson(decodeStream(entry.stream(), file, { strict: true }), file, { select })) {
    sawArray = true;
    yield repair ? repairStrings(value, repair) : value;
  }
  if (!sawArray && rootIsObject && (!members || !sawMember)) {
    const wanted = !members
      ? 'expected a JSON array, found an object'
      : members === '*'
        ? 'no array in it'
        : `no "${members.join('" or "')}" array in it`;
    throw new ImportError(file, `is not in the expected format (${wanted})`);
  }
}

/** Applies `repair` to every string in a parsed JSON value (in place). */
function repairStrings(value: unknown, repair: (text: string) => string): unknown {
  if (typeof value === 'string') return repair(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = repairStrings(value[i], repair);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = repairStrings(record[key], repair);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Small typed accessors for untrusted JSON

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Source helpers

/** Entries whose path matches, with the regex's first capture (a part number) read as a number for ordering. */
export function matching(source: ArchiveSource, pattern: RegExp): { entry: ArchiveEntry; match: RegExpExecArray }[] {
  const found: { entry: ArchiveEntry; match: RegExpExecArray }[] = [];
  for (const entry of source.entries) {
    if (entry.path.split('/').some((part) => part === '__MACOSX')) continue;
    const match = pattern.exec(entry.path);
    if (match) found.push({ entry, match });
  }
  return found;
}

/** "name/path" for error messages. */
export function fileName(source: ArchiveSource, entry: ArchiveEntry): string {
  return source.name && source.name !== entry.path ? `${source.name}/${entry.path}` : entry.path;
}

/** Entries matching `pattern`, in natural path order (your_posts_2 before your_posts_10). */
export function sortedMatches(source: ArchiveSource, pattern: RegExp): ArchiveEntry[] {
  return matching(source, pattern)
    .sort((a, b) => a.entry.path.localeCompare(b.entry.path, 'en', { numeric: true }))
    .map((m) => m.entry);
}

/** What an importer reads from one record; `toItem` fills in the rest. */
export interface ItemFields {
  text?: string;
  /** The instant, epoch ms (or `at`, already ISO 8601). */
  ms?: number;
  at?: string;
  id?: string;
  channel?: ArchivedItem['channel'];
  author?: string;
  url?: string;
  replyTo?: string;
  threadId?: string;
}

export interface ItemBase {
  platform: ArchivedItem['platform'];
  channel: ArchivedItem['channel'];
  author: string;
  /** Fallback id: `<idPrefix>#<n>` (n counts records from 1). */
  idPrefix: string;
}

/** An ArchivedItem from a record's fields, or undefined when it has no text or time or falls before `since`. */
export function toItem(
  base: ItemBase,
  fields: ItemFields | undefined,
  n: number,
  options: ImportOptions,
): ArchivedItem | undefined {
  const at = fields?.text ? (fields.at ?? isoAt(fields.ms, options)) : undefined;
  if (!fields?.text || !at) return undefined;
  const item: ArchivedItem = {
    id: fields.id || `${base.idPrefix}#${n}`,
    platform: base.platform,
    channel: fields.channel ?? base.channel,
    at,
    author: fields.author ?? base.author,
    text: fields.text,
  };
  if (fields.url) item.url = fields.url;
  if (fields.replyTo) item.replyTo = fields.replyTo;
  if (fields.threadId) item.threadId = fields.threadId;
  return keep(item, options) ? item : undefined;
}

/** Items from the elements of streamed JSON arrays (see jsonArrayValues), one file after another. */
export async function* jsonItems(
  source: ArchiveSource,
  entries: readonly ArchiveEntry[],
  options: ImportOptions,
  base: Omit<ItemBase, 'idPrefix'>,
  read: (record: Json) => ItemFields | undefined,
  repair?: (text: string) => string,
): AsyncGenerator<ArchivedItem> {
  for (const entry of entries) {
    let n = 0;
    for await (const value of jsonArrayValues(entry, fileName(source, entry), { members: '*' }, repair)) {
      n++;
      const item = isObject(value)
        ? toItem({ ...base, idPrefix: `${base.platform}:${entry.path}` }, read(value), n, options)
        : undefined;
      if (item) yield item;
    }
  }
}

/** Whether an item passes the `since` option. */
export function keep(item: ArchivedItem, options: ImportOptions): boolean {
  return !options.since || Date.parse(item.at) >= options.since.getTime();
}

// ---------------------------------------------------------------------------------------------------------------
// Time

/** An exact instant (epoch ms) as ISO 8601 in the options' time zone, or undefined when it is not a time. */
export function isoAt(ms: number | undefined, options: ImportOptions): string | undefined {
  return ms === undefined ? undefined : instantToIso(ms, options.timeZone ?? DEFAULT_TIME_ZONE);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  deg: '°',
};
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/** Decodes HTML character references (numeric and the common named ones); unknown names are left as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 0x23) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

const BREAK = /<br\s*\/?>/gi;
const PARA = /<\/p>\s*<p(?:\s[^>]*)?>/gi;
const BLOCK_END = /<\/(?:p|div|li|blockquote|h[1-6]|pre)>/gi;
const TAG = /<[^<>]*>/g;
const MANY_NEWLINES = /\n{3,}/g;

/** HTML (as in Mastodon's `content`) to plain text: <br> and </p> become newlines, tags go, entities decode. */
export function htmlToText(html: string): string {
  if (!html.includes('<')) return decodeEntities(html).trim();
  const text = html.replace(BREAK, '\n').replace(PARA, '\n\n').replace(BLOCK_END, '\n').replace(TAG, '');
  return decodeEntities(text).replace(MANY_NEWLINES, '\n\n').trim();
}
