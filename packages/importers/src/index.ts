export type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from './types.js';
export { ImportError } from './types.js';
