/**
 * The exports the fuzzing starts from: every importer's committed test fixture (test-fixtures/<name>), and the
 * Bluesky repository the Bluesky tests build, each with the importer that reads it and a name like the one a
 * user's download has.
 */
import { fixtureDir, folderFiles } from '../src/formats/test-source.js';
import type { ImportOptions } from '../src/types.js';
import { buildRepo } from './bluesky-repo.js';

export interface Seed {
  /** The importer that reads it (importerById). */
  importer: string;
  /** What the user named: the ArchiveSource's name, and the file name of the zip it is written to. */
  name: string;
  files: Record<string, Uint8Array>;
  /** What the importer needs to be told (the generic importer, which column holds the text). */
  options: ImportOptions;
  /**
   * What the files say, as opposed to their structure: JSON strings of words (not keys, ids, times or links),
   * CSV rows after the header, every line of text. An error may name a key, a column or an id; not these.
   */
  contents: string[];
}

const decoder = new TextDecoder();

/** The string values of a JSON document that hold words (a space), keys left out. */
function jsonStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (/\s/.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
}

function contentsOf(files: Record<string, Uint8Array>): string[] {
  const out: string[] = [];
  for (const [path, bytes] of Object.entries(files)) {
    const text = decoder.decode(bytes);
    if (/\.jsonl$/.test(path)) for (const line of text.split('\n')) line && jsonStrings(JSON.parse(line), out);
    else if (/\.js(?:on)?$/.test(path)) jsonStrings(JSON.parse(text.slice(text.search(/[[{]/))), out);
    else if (/\.csv$/.test(path)) out.push(...text.split('\n').slice(1));
    else out.push(text); // chats, and the CAR's post texts (stored as UTF-8 within it)
  }
  return out;
}

const FOLDERS: [importer: string, folder: string, name: string][] = [
  ['x', 'x', 'twitter-archive.zip'],
  ['facebook', 'facebook', 'facebook-export.zip'],
  ['instagram', 'instagram', 'instagram-export.zip'],
  ['linkedin', 'linkedin', 'Basic_LinkedInDataExport.zip'],
  ['mastodon', 'mastodon', 'archive-mastodon.zip'],
  ['telegram', 'telegram', 'telegram-export.zip'],
  ['slack', 'slack', 'slack-export.zip'],
  ['whatsapp', 'whatsapp', 'WhatsApp Chat with Practice team.zip'],
];

export async function loadSeeds(): Promise<Seed[]> {
  const exports: Omit<Seed, 'contents'>[] = FOLDERS.map(([importer, folder, name]) => ({
    importer,
    name,
    files: folderFiles(fixtureDir(folder)),
    options: {},
  }));
  // The generic importer reads one file: each of its fixtures is an export of its own.
  for (const [path, bytes] of Object.entries(folderFiles(fixtureDir('generic')))) {
    const options = path.endsWith('.csv')
      ? { textField: 'ShareCommentary' }
      : { textField: 'body', timeField: 'meta.posted' };
    exports.push({ importer: 'generic', name: path, files: { [path]: bytes }, options });
  }
  exports.push({
    importer: 'bluesky',
    name: 'bluesky-repo.zip',
    files: { 'repo.car': await buildRepo() },
    options: {},
  });
  return exports.map((e) => ({ ...e, contents: contentsOf(e.files) }));
}
