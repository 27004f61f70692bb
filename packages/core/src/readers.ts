import { READERS, type Finding, type Reader, type ReaderView } from './types.js';

/**
 * The final test of the guidance: would a patient, a colleague, an employer, NHS England, the GMC,
 * a police officer or a judge be content to read this? A reader objects when any finding above
 * info names them.
 */
export function readersPanel(findings: readonly Finding[]): Record<Reader, ReaderView> {
  const objecting = new Set<Reader>();
  for (const f of findings) if (f.severity !== 'info') for (const r of f.readers) objecting.add(r);
  return Object.fromEntries(READERS.map((r) => [r, objecting.has(r) ? 'objects' : 'fine'])) as Record<Reader, ReaderView>;
}

/** Why each reader objects: the messages of the findings that name them. */
export function readerReasons(findings: readonly Finding[]): Record<Reader, string[]> {
  const reasons = Object.fromEntries(READERS.map((r) => [r, [] as string[]])) as Record<Reader, string[]>;
  for (const f of findings) if (f.severity !== 'info') for (const r of f.readers) reasons[r].push(f.message);
  return reasons;
}
