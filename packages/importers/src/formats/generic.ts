/**
 * Generic CSV (RFC 4180: header row, quoted fields with "" escapes and line breaks inside quotes; comma, semicolon
 * or tab, chosen from the header line) and JSONL / NDJSON (one JSON object per line), streamed.
 *
 * The text and time columns are ImportOptions.textField (default "text") and ImportOptions.timeField (default the
 * first of "time", "date", "created_at", "timestamp"); JSONL fields may be dotted paths ("user.name"). Optional
 * columns: id, author (or from/sender/user/name/username), url, channel, platform, thread/thread_id, reply_to.
 */
import { CHANNELS, describeValue, PLATFORMS } from '@pause/core';
import type { Channel, Platform } from '@pause/core';
import type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from '../types.js';
import { ImportError } from '../types.js';
import { checkDepth } from '../json-depth.js';
import { jsonFault } from '../json-fault.js';
import { decodeStream, lineBatches } from '../text.js';
import { entryLabel } from '../archive.js';
import { DEFAULT_TIME_ZONE, checkTimeZone, parseTimeValue } from '../time.js';

const CSV = /\.(?:csv|tsv)$/i;
const JSONL = /\.(?:jsonl|ndjson)$/i;
const TIME_FIELDS = ['time', 'date', 'created_at', 'timestamp'];
const AUTHOR_FIELDS = ['author', 'from', 'sender', 'user', 'username', 'name'];

export interface CsvOptions {
  /** Field separator; detected from the header line when absent. */
  delimiter?: string;
  /** Longest field, in characters. Default 16 Mi. */
  maxFieldChars?: number;
}

/**
 * Stream CSV records (arrays of fields) from text chunks. RFC 4180 with tolerance: CRLF, LF or CR line ends;
 * quotes inside unquoted fields are kept literally.
 * Yields each record with the line number where it starts.
 */
export async function* csvRecords(
  texts: AsyncIterable<string>,
  file: string,
  options: CsvOptions = {},
): AsyncIterable<{ fields: string[]; line: number }[]> {
  const maxField = options.maxFieldChars ?? 16 * 1024 * 1024;
  let delim = options.delimiter ? options.delimiter.charCodeAt(0) : -1;
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let quoteSeen = false; // the previous char was a quote inside a quoted field
  let atFieldStart = true;
  let pendingCR = false;
  let line = 1;
  let recordLine = 1;
  let headText = '';
  const out: { fields: string[]; line: number }[] = [];

  const endRecord = (): void => {
    fields.push(field);
    field = '';
    if (!(fields.length === 1 && fields[0] === '')) out.push({ fields, line: recordLine });
    fields = [];
    atFieldStart = true;
  };

  for await (let chunk of texts) {
    if (delim < 0) {
      headText += chunk;
      const nl = headText.search(/\r|\n/);
      if (nl < 0 && headText.length < 65536) continue;
      delim = detectDelimiter(nl < 0 ? headText : headText.slice(0, nl));
      chunk = headText;
      headText = '';
    }
    let start = 0; // start of the plain run being accumulated into `field`
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (c === 0x0a) {
          start = i + 1;
          continue;
        }
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === 0x22) {
            // "" → "
            field += '"';
            start = i + 1;
            continue;
          }
          inQuotes = false; // the quote closed the field; fall through to handle c unquoted
        } else {
          if (c === 0x22) {
            field += chunk.slice(start, i);
            quoteSeen = true;
            start = i + 1;
          } else if (c === 0x0a || (c === 0x0d && chunk.charCodeAt(i + 1) !== 0x0a)) line++;
          continue;
        }
      }
      if (c === 0x22 && atFieldStart) {
        inQuotes = true;
        atFieldStart = false;
        start = i + 1;
        continue;
      }
      if (c === delim) {
        field += chunk.slice(start, i);
        fields.push(field);
        field = '';
        atFieldStart = true;
        start = i + 1;
        continue;
      }
      if (c === 0x0a || c === 0x0d) {
        field += chunk.slice(start, i);
        endRecord();
        line++;
        recordLine = line;
        if (c === 0x0d) pendingCR = true;
        start = i + 1;
        continue;
      }
      atFieldStart = false;
    }
    if (quoteSeen) {
      // Chunk ended right after a quote: decide on the next chunk.
    } else {
      field += chunk.slice(start);
    }
    if (field.length > maxField)
      throw new ImportError(
        file,
        `a field longer than ${maxField} characters near line ${recordLine}; is a quote missing?`,
      );
    if (out.length) {
      yield out.splice(0, out.length);
    }
  }
  if (headText) {
    // Whole file shorter than one line.
    yield* csvRecords(
      (async function* () {
        yield `${headText}\n`;
      })(),
      file,
      { ...options, delimiter: String.fromCharCode(detectDelimiter(headText)) },
    );
    return;
  }
  if (inQuotes && !quoteSeen)
    throw new ImportError(file, `a quoted field that starts on line ${recordLine} never ends (truncated file?)`);
  if (field !== '' || fields.length) endRecord();
  if (out.length) yield out;
}

function detectDelimiter(header: string): number {
  let best = 0x2c;
  let bestCount = 0;
  for (const d of [0x2c, 0x3b, 0x09, 0x7c]) {
    let count = 0;
    let q = false;
    for (let i = 0; i < header.length; i++) {
      const c = header.charCodeAt(i);
      if (c === 0x22) q = !q;
      else if (!q && c === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

const CHANNEL_SET = new Set<string>(CHANNELS);
const PLATFORM_SET = new Set<string>(PLATFORMS);

interface Fields {
  text: string;
  time: string;
}

/**
 * The text and time fields. `columns` says what the file offers, for the error when one is missing: a JSONL
 * object's keys are names, but a CSV's first line is only a header if the file has one, so it is counted, not
 * quoted (without a header it is a post).
 */
function pickFields(
  names: readonly string[],
  columns: string,
  options: ImportOptions,
  file: string,
  hasField: (n: string) => boolean,
): Fields {
  const lower = (s: string): string => s.trim().toLowerCase();
  const find = (want: string): string | undefined =>
    names.find((n) => n === want) ?? names.find((n) => lower(n) === lower(want));
  const text = find(options.textField ?? 'text');
  const time = options.timeField ? find(options.timeField) : TIME_FIELDS.map(find).find((x) => x !== undefined);
  if (!text && !(options.textField && hasField(options.textField))) {
    throw new ImportError(
      file,
      `no text column "${options.textField ?? 'text'}" (${columns}); choose one with the text-field option`,
    );
  }
  if (!time && !(options.timeField && hasField(options.timeField))) {
    throw new ImportError(
      file,
      `no time column ${options.timeField ? `"${options.timeField}"` : '("time", "date", "created_at" or "timestamp")'} (${columns}); choose one with the time-field option`,
    );
  }
  return { text: text ?? (options.textField as string), time: time ?? (options.timeField as string) };
}

function optional(names: readonly string[], wanted: readonly string[]): string | undefined {
  for (const w of wanted) {
    const hit = names.find((n) => n.trim().toLowerCase() === w);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function makeItem(
  get: (name: string | undefined) => unknown,
  names: readonly string[],
  f: Fields,
  tz: string,
  file: string,
  fallbackId: string,
  where: string,
): ArchivedItem {
  const rawTime = get(f.time);
  const at = parseTimeValue(rawTime, tz);
  if (!at) throw new ImportError(file, `${where}: cannot read the time in "${f.time}" (${describeValue(rawTime)})`);
  const str = (v: unknown): string | undefined =>
    v === undefined || v === null || v === ''
      ? undefined
      : typeof v === 'string'
        ? v
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  const channel = str(get(optional(names, ['channel'])));
  const platform = str(get(optional(names, ['platform'])));
  const item: ArchivedItem = {
    id: str(get(optional(names, ['id', 'id_str']))) ?? fallbackId,
    platform: platform && PLATFORM_SET.has(platform) ? (platform as Platform) : 'other',
    channel: channel && CHANNEL_SET.has(channel) ? (channel as Channel) : 'public-post',
    at,
    author: str(get(optional(names, AUTHOR_FIELDS))) ?? '',
    text: str(get(f.text)) ?? '',
  };
  const url = str(get(optional(names, ['url', 'link'])));
  if (url) item.url = url;
  const thread = str(get(optional(names, ['thread_id', 'thread', 'threadid', 'conversation_id'])));
  if (thread) item.threadId = thread;
  const reply = str(get(optional(names, ['reply_to', 'replyto', 'in_reply_to'])));
  if (reply) item.replyTo = reply;
  return item;
}

async function* readCsv(
  entry: ArchiveEntry,
  source: ArchiveSource,
  options: ImportOptions,
): AsyncIterable<ArchivedItem> {
  const file = entryLabel(source, entry);
  const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(tz);
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let f: Fields | undefined;
  for await (const batch of csvRecords(
    decodeStream(entry.stream(), file),
    file,
    entry.path.toLowerCase().endsWith('.tsv') ? { delimiter: '\t' } : {},
  )) {
    for (const rec of batch) {
      if (!header) {
        header = rec.fields.map((h) => h.trim());
        index = new Map(header.map((h, i) => [h, i]));
        f = pickFields(header, `the first line has ${header.length} columns`, options, file, () => false);
        continue;
      }
      const fields = rec.fields;
      const get = (name: string | undefined): unknown =>
        name === undefined ? undefined : fields[index.get(name) ?? -1];
      yield makeItem(get, header, f as Fields, tz, file, `${entry.path}:${rec.line}`, `line ${rec.line}`);
    }
  }
  if (!header) throw new ImportError(file, 'empty CSV file (no header row)');
}

function getPath(obj: Record<string, unknown>, name: string): unknown {
  if (name in obj) return obj[name];
  if (!name.includes('.')) return undefined;
  let cur: unknown = obj;
  for (const part of name.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

async function* readJsonl(
  entry: ArchiveEntry,
  source: ArchiveSource,
  options: ImportOptions,
): AsyncIterable<ArchivedItem> {
  const file = entryLabel(source, entry);
  const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(tz);
  let lineNo = 0;
  let f: Fields | undefined;
  let names: string[] = [];
  for await (const batch of lineBatches(decodeStream(entry.stream(), file), file)) {
    for (const line of batch) {
      lineNo++;
      if (!line.trim()) continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (err) {
        throw new ImportError(file, `line ${lineNo} is not JSON (${jsonFault(err, line)})`);
      }
      checkDepth(obj, file);
      if (!obj || typeof obj !== 'object' || Array.isArray(obj))
        throw new ImportError(file, `line ${lineNo} is not a JSON object`);
      const o = obj as Record<string, unknown>;
      if (!f) {
        names = Object.keys(o);
        const listed = names.length ? `fields: ${names.map((n) => `"${n}"`).join(', ')}` : 'no fields';
        f = pickFields(names, listed, options, file, (n) => getPath(o, n) !== undefined);
      }
      const keys = Object.keys(o);
      yield makeItem(
        (n) => (n === undefined ? undefined : getPath(o, n)),
        keys,
        f,
        tz,
        file,
        `${entry.path}:${lineNo}`,
        `line ${lineNo}`,
      );
    }
  }
}

function genericEntry(source: ArchiveSource): ArchiveEntry | undefined {
  if (source.entries.length !== 1) return undefined;
  const e = source.entries[0] as ArchiveEntry;
  return CSV.test(e.path) || JSONL.test(e.path) ? e : undefined;
}

export const genericImporter: Importer = {
  id: 'generic',
  description: 'Generic CSV or JSONL file (one post or message per row; text and time columns chosen by option)',
  async detect(source) {
    return genericEntry(source) !== undefined;
  },
  async *items(source, options) {
    const e = genericEntry(source);
    if (!e) throw new ImportError(source.name, 'generic import needs a single .csv, .tsv, .jsonl or .ndjson file');
    yield* JSONL.test(e.path) ? readJsonl(e, source, options) : readCsv(e, source, options);
  },
};
