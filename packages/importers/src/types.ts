import type { Channel, Platform } from '@pause/core';

/** One post or message from an exported archive, as the audit reads it. */
export interface ArchivedItem {
  /** Stable within the archive (the service's id where it has one). */
  id: string;
  platform: Platform;
  channel: Channel;
  /** ISO 8601 with offset. */
  at: string;
  /** Display name or handle of the author; who is "me" is decided by the audit. */
  author: string;
  text: string;
  url?: string;
  threadId?: string;
  replyTo?: string;
  /** Names of files sent with the message ("(media omitted)" when the export left them out). */
  attachments?: string[];
}

/** A file inside an export: a folder on disk, a zip, or a single file. Paths use "/" and are relative. */
export interface ArchiveEntry {
  readonly path: string;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** The whole file (small files only: importers of large files use `stream`). */
  bytes(): Promise<Uint8Array>;
  /** The file in chunks, so that memory does not grow with its size. */
  stream(): AsyncIterable<Uint8Array>;
}

/** An opened export: its files, listed without reading them. */
export interface ArchiveSource {
  /** What the user named (file or folder), for error messages. */
  readonly name: string;
  readonly entries: readonly ArchiveEntry[];
  find(path: string): ArchiveEntry | undefined;
  /**
   * How far reading has got, 0 to 1: the bytes reached by the latest reading of each entry opened so
   * far, over those entries' sizes (an importer that reads a file twice starts again from 0). For a
   * progress estimate: entries not yet opened are not counted.
   */
  progress(): number;
}

export interface ImportOptions {
  /** Items before this instant are skipped. */
  since?: Date;
  /** For generic CSV / JSONL: which columns hold the text and the time. */
  textField?: string;
  timeField?: string;
  /** Default time zone for exports whose times carry no offset (WhatsApp, LinkedIn…). */
  timeZone?: string;
}

/** One export format. Adding a format adds one importer file and one registry line. */
export interface Importer {
  readonly id: string;
  readonly description: string;
  /** Whether this importer recognises the export, from its file names (and a short peek if needed). */
  detect(source: ArchiveSource): Promise<boolean>;
  /** The items, oldest or file order, streamed. Throws ImportError on a broken file. */
  items(source: ArchiveSource, options: ImportOptions): AsyncIterable<ArchivedItem>;
}

/** A clear, user-facing error naming the file and the problem. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ImportError';
  }
}
