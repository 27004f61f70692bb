export type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from './types.js';
export { ImportError } from './types.js';
export type { ArchiveLimits, OpenArchiveOptions } from './archive.js';
export { DEFAULT_LIMITS, entryLabel, safeEntryPath } from './archive.js';
export { detectImporter, supportedFormats } from './detect.js';
export { IMPORTERS, importerById } from './registry.js';
export { decodeText, decodeStream, lineBatches, lines, peekText, StreamDecoder } from './text.js';
export { streamJson } from './json-stream.js';
export type { JsonPath, JsonSelected } from './json-stream.js';
export { DEFAULT_TIME_ZONE, instantToIso, parseTimeValue, wallClockToIso } from './time.js';
export { csvRecords } from './formats/generic.js';

import { openArchive as open } from './archive.js';
import type { OpenArchiveOptions } from './archive.js';
import { detectImporter } from './detect.js';
import { importerById, IMPORTERS } from './registry.js';
import { supportedFormats } from './detect.js';
import { ImportError } from './types.js';
import type { ArchivedItem, ArchiveSource, ImportOptions } from './types.js';

export interface ImportItemsOptions extends ImportOptions, OpenArchiveOptions {
  /** Force an importer by id (e.g. "whatsapp") instead of detecting the format. */
  format?: string;
}

/** Open a folder, a .zip or a single file as an ArchiveSource (nothing is extracted or written). */
export function openArchive(path: string, options: OpenArchiveOptions = {}): Promise<ArchiveSource> {
  return open(path, options);
}

/** Every item of an export, streamed, oldest first within each file; `since` drops earlier items. */
export async function* importItems(path: string, options: ImportItemsOptions = {}): AsyncIterable<ArchivedItem> {
  const source = await open(path, options);
  let importer;
  if (options.format) {
    importer = importerById(options.format);
    if (!importer) throw new ImportError(path, `unknown format "${options.format}". Supported formats: ${supportedFormats(IMPORTERS)}`);
  } else importer = await detectImporter(source);
  const since = options.since ? options.since.getTime() : undefined;
  for await (const item of importer.items(source, options)) {
    if (since !== undefined && Date.parse(item.at) < since) continue;
    yield item;
  }
}
