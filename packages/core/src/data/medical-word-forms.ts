/**
 * The endings that make a medical term in English: a word ending in "-itis", "-osis", "-oma",
 * "-pathy", "-ectomy"… names a condition, a finding or a procedure, whether or not any list knows the
 * word ("necrobiosis", "sarcoidosis", "cholangiocarcinoma"). Everyday words with the same endings are
 * listed apart.
 *
 * Source: the Greek and Latin suffixes of medical terminology, as taught in medical-terminology
 * courses (e.g. Wikipedia, "List of medical roots, suffixes and prefixes"); the everyday exceptions
 * are Pause editorial.
 */

/** Suffixes of conditions, findings and procedures. */
const SUFFIXES = [
  'itis',
  'osis',
  'oma',
  'omas',
  'aemia',
  'emia',
  'pathy',
  'algia',
  'ectomy',
  'otomy',
  'ostomy',
  'plasia',
  'plasty',
  'trophy',
  'uria',
  'rrhoea',
  'rrhea',
  'rrhage',
  'penia',
  'megaly',
  'scopy',
  'iasis',
  'ectasia',
  'emesis',
] as const;

/** Everyday words that end like a medical term. */
const EVERYDAY: ReadonlySet<string> = new Set([
  'diploma',
  'diplomas',
  'aroma',
  'aromas',
  'paloma',
  'sauna',
  'nostalgia',
  'empathy',
  'sympathy',
  'apathy',
  'telepathy',
  'antipathy',
  'academia',
  'bohemia',
  'apotheosis',
  'metamorphosis',
  'symbiosis',
  'hypnosis',
  'osmosis',
  'trophy',
  'trophies',
]);

/** The shortest stem before the suffix: "coma" and "stoma" are too short to tell apart from other words. */
const MIN_STEM = 3;

/** True when a lower-case word has the form of a medical term. */
export function isMedicalTermForm(word: string): boolean {
  if (EVERYDAY.has(word)) return false;
  return SUFFIXES.some((s) => word.length - s.length >= MIN_STEM && word.endsWith(s));
}
