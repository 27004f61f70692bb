/**
 * LinkedIn "Get a copy of your data" export (a zip of CSV files).
 *
 * - Shares.csv: Date ("2025-07-01 14:33:22", no offset), ShareLink, ShareCommentary (multi-line, quoted, with
 *   doubled quotes), SharedUrl, MediaUrl, Visibility → public-post.
 * - Comments.csv: Date, Link, Message → comment.
 * - messages.csv: CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT PROFILE URLS,
 *   DATE ("2024-01-15 10:23:45 UTC"), SUBJECT, CONTENT, FOLDER → direct-message (group-chat with several recipients).
 *
 * A lone "Shares (1).csv" (a download saved again) is recognised by its name's start and its header. Times without an offset are read in ImportOptions.timeZone. CSV is read with generic.ts's streaming RFC 4180 reader.
 */
import {
  ImportError,
  type ArchiveEntry,
  type ArchiveSource,
  type ArchivedItem,
  type Importer,
  type ImportOptions,
} from '../types.js';
import { decodeStream, peekText } from '../text.js';
import { DEFAULT_TIME_ZONE, parseTimeValue } from '../time.js';
import { csvRecords } from './generic.js';
import { fileName, htmlToText, sortedMatches, toItem, type ItemBase, type ItemFields } from './support.js';

/** Rows as records keyed by upper-cased header names; the header is the first row naming `required`. */
async function* records(entry: ArchiveEntry, file: string, required: string): AsyncGenerator<Map<string, string>> {
  let header: string[] | undefined;
  let skipped = 0;
  for await (const batch of csvRecords(decodeStream(entry.stream(), file), file, { delimiter: ',' })) {
    for (const { fields } of batch) {
      if (!header) {
        const names = fields.map((h) => h.trim().toUpperCase());
        if (names.includes(required)) header = names;
        else if (++skipped > 20) break;
        continue;
      }
      const record = new Map<string, string>();
      header.forEach((name, i) => {
        record.set(name, fields[i] ?? '');
      });
      yield record;
    }
    if (!header && skipped > 20) break;
  }
  if (!header) throw new ImportError(file, `is not a LinkedIn export file (no "${required}" column)`);
}

const SHARES = /(?:^|\/)shares\.csv$/i;
const COMMENTS = /(?:^|\/)comments\.csv$/i;
const MESSAGES = /(?:^|\/)messages\.csv$/i;
const HAS_HTML = /<\/?(?:p|br|div|span|a)\b/i;
const CRLF = /\r\n?/g;

/** A CSV field's text with Windows line ends made plain. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(CRLF, '\n').trim();
}

interface CsvKind {
  pattern: RegExp;
  /** The same name with something added before ".csv" (a browser's " (1)"). */
  renamed: RegExp;
  required: string;
  signature: RegExp;
}

const KINDS: CsvKind[] = [
  {
    pattern: SHARES,
    renamed: /(?:^|\/)shares[^/]*\.csv$/i,
    required: 'SHARECOMMENTARY',
    signature: /ShareCommentary/i,
  },
  {
    pattern: COMMENTS,
    renamed: /(?:^|\/)comments[^/]*\.csv$/i,
    required: 'MESSAGE',
    signature: /^\ufeff?"?Date"?,"?Link"?,"?Message"?/i,
  },
  {
    pattern: MESSAGES,
    renamed: /(?:^|\/)messages[^/]*\.csv$/i,
    required: 'CONVERSATION ID',
    signature: /CONVERSATION ID/i,
  },
];

/**
 * The files of one kind: by the names LinkedIn gives them, or else a lone CSV whose name begins the
 * same way and whose header is LinkedIn's (a download saved as "Shares (1).csv" or "messages-2.csv").
 * Any other CSV is left to the generic importer, whose column options then apply.
 */
async function filesOf(source: ArchiveSource, kind: CsvKind): Promise<ArchiveEntry[]> {
  const named = sortedMatches(source, kind.pattern);
  if (named.length) return named;
  const only = source.entries.length === 1 ? source.entries[0] : undefined;
  return only && kind.renamed.test(only.path) && kind.signature.test(await peekText(only, 512)) ? [only] : [];
}

/** Items from the rows of LinkedIn CSV files, one file after another. */
async function* csvItems(
  source: ArchiveSource,
  entries: readonly ArchiveEntry[],
  required: string,
  options: ImportOptions,
  base: Omit<ItemBase, 'idPrefix'>,
  read: (record: Map<string, string>) => ItemFields,
): AsyncGenerator<ArchivedItem> {
  for (const entry of entries) {
    let n = 0;
    for await (const record of records(entry, fileName(source, entry), required)) {
      const item = toItem({ ...base, idPrefix: `linkedin:${entry.path}` }, read(record), ++n, options);
      if (item) yield item;
    }
  }
}

export const linkedinImporter: Importer = {
  id: 'linkedin',
  description: 'LinkedIn data export (Shares.csv, Comments.csv, messages.csv)',

  async detect(source) {
    for (const kind of KINDS) {
      for (const entry of await filesOf(source, kind)) {
        if (kind.signature.test(await peekText(entry, 512))) return true;
      }
    }
    return false;
  },

  async *items(source: ArchiveSource, options: ImportOptions): AsyncGenerator<ArchivedItem> {
    const [shares, comments, messages] = (await Promise.all(KINDS.map((kind) => filesOf(source, kind)))) as [
      ArchiveEntry[],
      ArchiveEntry[],
      ArchiveEntry[],
    ];
    if (!shares.length && !comments.length && !messages.length) {
      throw new ImportError(source.name, 'has no Shares.csv, Comments.csv or messages.csv: not a LinkedIn export');
    }
    const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
    const base = (channel: ArchivedItem['channel']) => ({ platform: 'linkedin' as const, channel, author: '' });
    yield* csvItems(source, shares, 'SHARECOMMENTARY', options, base('public-post'), (r) => ({
      text: clean(r.get('SHARECOMMENTARY')) || clean(r.get('SHAREDURL')),
      at: parseTimeValue(r.get('DATE'), tz),
      id: clean(r.get('SHARELINK')),
      url: clean(r.get('SHARELINK')),
    }));
    yield* csvItems(source, comments, 'MESSAGE', options, base('comment'), (r) => ({
      text: clean(r.get('MESSAGE')),
      at: parseTimeValue(r.get('DATE'), tz),
      url: clean(r.get('LINK')),
    }));
    yield* csvItems(source, messages, 'CONVERSATION ID', options, base('direct-message'), (r) => {
      const raw = clean(r.get('CONTENT'));
      const content = HAS_HTML.test(raw) ? htmlToText(raw) : raw;
      const subject = clean(r.get('SUBJECT'));
      const recipients = (r.get('RECIPIENT PROFILE URLS') ?? '').split(',').filter((u) => u.trim()).length;
      return {
        text: subject && !content.startsWith(subject) ? `${subject}\n${content}` : content,
        at: parseTimeValue(r.get('DATE'), tz),
        author: clean(r.get('FROM')),
        channel: recipients > 1 ? 'group-chat' : 'direct-message',
        threadId: clean(r.get('CONVERSATION ID')),
      };
    });
  },
};
