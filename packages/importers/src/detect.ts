/** Which importer reads an opened export. */
import type { ArchiveSource, Importer } from './types.js';
import { ImportError } from './types.js';
import { IMPORTERS } from './registry.js';
import { peekText } from './text.js';

/** "x (X/Twitter archive…), whatsapp (…)" for error messages. */
export function supportedFormats(importers: readonly Importer[] = IMPORTERS): string {
  return importers.map((i) => `${i.id} (${i.description})`).join('; ');
}

/**
 * The first importer that recognises the export. Throws an ImportError naming the file, what it looked like
 * and the supported formats when none does.
 */
export async function detectImporter(
  source: ArchiveSource,
  importers: readonly Importer[] = IMPORTERS,
): Promise<Importer> {
  for (const imp of importers) {
    if (await imp.detect(source)) return imp;
  }
  throw new ImportError(
    source.name,
    `${await describe(source)}, not an export this tool can read. Supported formats: ${supportedFormats(importers)}`,
  );
}

async function describe(source: ArchiveSource): Promise<string> {
  const n = source.entries.length;
  if (n === 0) return 'an empty folder or archive';
  if (n === 1) {
    const e = source.entries[0];
    if (!e) return 'an empty archive';
    if (e.size === 0) return 'an empty file';
    const head = (await peekText(e, 512)).trimStart();
    if (/\.json$/i.test(e.path) || head.startsWith('{') || head.startsWith('['))
      return 'a JSON file, but not a known export (no Telegram result.json shape, no Slack/X/Facebook/Instagram structure)';
    if (/\.txt$/i.test(e.path)) return 'a text file, but its lines do not start with WhatsApp dates';
    return `a file ("${e.path}") of an unknown kind`;
  }
  const sample = source.entries
    .slice(0, 5)
    .map((e) => e.path)
    .join(', ');
  return `${n} files (${sample}${n > 5 ? ', …' : ''}) with no known export layout`;
}
