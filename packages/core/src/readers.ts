import { READERS, type Finding, type Reader, type ReaderView } from './types.js';

/** Every reader content, in READERS order (the panel's key order). */
const ALL_FINE = Object.fromEntries(READERS.map((r) => [r, 'fine'])) as Record<Reader, ReaderView>;

/**
 * The final test of the guidance: would a patient, a colleague, an employer, NHS England, the GMC,
 * a police officer or a judge be content to read this? A reader objects when any finding above
 * info names them.
 */
export function readersPanel(findings: readonly Finding[]): Record<Reader, ReaderView> {
  const panel = { ...ALL_FINE };
  for (const f of findings)
    if (f.severity !== 'info') for (const r of f.readers) if (panel[r] !== undefined) panel[r] = 'objects';
  return panel;
}

/** Why each reader objects: the messages of the findings that name them. */
export function readerReasons(findings: readonly Finding[]): Record<Reader, string[]> {
  const reasons = Object.fromEntries(READERS.map((r) => [r, [] as string[]])) as Record<Reader, string[]>;
  for (const f of findings) if (f.severity !== 'info') for (const r of f.readers) reasons[r].push(f.message);
  return reasons;
}
