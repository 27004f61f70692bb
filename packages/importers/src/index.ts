export type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from './types.js';
export { ImportError } from './types.js';
export type { ArchiveLimits, OpenArchiveOptions } from './archive.js';
export { DEFAULT_LIMITS, entryLabel, safeEntryPath } from './archive.js';
export { detectImporter, supportedFormats } from './detect.js';
export { IMPORTERS, importerById } from './registry.js';
export { decodeText, decodeStream, lineBatches, lines, peekText, StreamDecoder } from './text.js';
export { streamJson } from './json-stream.js';
export { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';
export type { JsonPath, JsonSelected } from './json-stream.js';
export { DEFAULT_TIME_ZONE, instantToIso, parseTimeValue, wallClockToIso } from './time.js';
export { csvRecords } from './formats/generic.js';

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive as open } from './archive.js';
import type { OpenArchiveOptions } from './archive.js';
import { detectImporter } from './detect.js';
import { importerById, IMPORTERS } from './registry.js';
import { supportedFormats } from './detect.js';
import { ImportError } from './types.js';
import type { ArchivedItem, ArchiveSource, Importer, ImportOptions } from './types.js';

export interface ImportItemsOptions extends ImportOptions, OpenArchiveOptions {
  /** Force an importer by id (e.g. "whatsapp") instead of detecting the format. */
  format?: string;
}

/** Open a folder, a .zip or a single file as an ArchiveSource (nothing is extracted or written). */
export function openArchive(path: string, options: OpenArchiveOptions = {}): Promise<ArchiveSource> {
  return open(path, options);
}

/** The items of an export, as they are read, and how far reading has got. */
export interface ImportStream extends AsyncIterable<ArchivedItem> {
  /** 0 to 1 (see ArchiveSource.progress); 0 until the export is opened. */
  progress(): number;
}

/** Every item of an export, streamed, oldest first within each file; `since` drops earlier items. Iterate it once. */
export function importItems(path: string, options: ImportItemsOptions = {}): ImportStream {
  let opened: ArchiveSource | undefined;
  async function* items(): AsyncGenerator<ArchivedItem> {
    const source = (opened = await open(path, options));
    let importer: Importer | undefined;
    if (options.format) {
      importer = importerById(options.format);
      if (!importer)
        throw new ImportError(
          path,
          `unknown format "${options.format}". Supported formats: ${supportedFormats(IMPORTERS)}`,
        );
    } else importer = await detectImporter(source);
    const since = options.since ? options.since.getTime() : undefined;
    for await (const item of importer.items(source, options)) {
      if (since !== undefined && Date.parse(item.at) < since) continue;
      yield item;
    }
  }
  const run = items();
  return {
    [Symbol.asyncIterator]: () => run,
    progress: () => opened?.progress() ?? 0,
  };
}

/**
 * The items of several exports, one after another, as one stream: one audit and one report for, say, an
 * X archive and a WhatsApp chat. Each export's thread ids are prefixed with its place in the list ("2:…"),
 * so that chats that happen to share a name in two exports are never read as one conversation. Progress
 * weighs each export by its size on disk.
 */
export function importAll(paths: readonly string[], options: ImportItemsOptions = {}): ImportStream {
  if (paths.length === 1) return importItems(paths[0] as string, options);
  const streams = paths.map((p) => importItems(p, options));
  const sizes = paths.map((p) => Math.max(1, sizeOnDisk(p)));
  const total = sizes.reduce((a, b) => a + b, 0);
  let current = 0;
  async function* items(): AsyncGenerator<ArchivedItem> {
    for (let k = 0; k < streams.length; k++) {
      current = k;
      for await (const item of streams[k] as ImportStream) {
        yield item.threadId === undefined ? item : { ...item, threadId: `${k + 1}:${item.threadId}` };
      }
    }
  }
  const run = items();
  return {
    [Symbol.asyncIterator]: () => run,
    progress: () => {
      let done = 0;
      for (let k = 0; k < current; k++) done += sizes[k] as number;
      return (done + (sizes[current] as number) * (streams[current] as ImportStream).progress()) / total;
    },
  };
}

/**
 * Bytes of an export on disk: a file's size, or the sizes of a folder's files, walking at most `maxFiles`
 * of them (enough to tell a small export from a large one, and to weigh exports against each other).
 * Unreadable paths count 0: opening them gives the real error.
 */
export function sizeOnDisk(path: string, maxFiles = 5000): number {
  let total = 0;
  let seen = 0;
  const walk = (p: string): void => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isFile()) total += st.size;
    else if (st.isDirectory()) {
      let names: string[] = [];
      try {
        names = readdirSync(p);
      } catch {
        return;
      }
      for (const n of names) {
        if (++seen > maxFiles) return;
        walk(join(p, n));
      }
    }
  };
  walk(path);
  return total;
}
