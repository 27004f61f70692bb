/**
 * Endings that mark a word as the generic name of a medicine: the common stems of the WHO's
 * International Nonproprietary Names. A word of at least MIN_LENGTH letters ending in one of them
 * ("bisoprolol", "ramipril", "colchicine" is not one; "gabapentin", "olanzapine", "tranexamic" is
 * not one either) is read as a medicine even when no list names it, so a clinical opinion about a
 * drug nobody thought to list is still seen as clinical.
 * Source: WHO, "The use of stems in the selection of International Nonproprietary Names (INN) for
 * pharmaceutical substances" (2018 edition); only stems that no common English word of that length
 * ends in are kept.
 */
export const DRUG_STEMS: readonly string[] = [
  'olol',
  'pril',
  'sartan',
  'statin',
  'azole',
  'mycin',
  'cillin',
  'cycline',
  'floxacin',
  'prazole',
  'tidine',
  'triptan',
  'gliptin',
  'gliflozin',
  'glutide',
  'parin',
  'xaban',
  'gatran',
  'oxetine',
  'ipramine',
  'lukast',
  'dipine',
  'semide',
  'thiazide',
  'profen',
  'fenac',
  'coxib',
  'setron',
  'peridol',
  'apine',
  'azepam',
  'zolam',
  'dronate',
  'pentin',
  'gabalin',
  'olimus',
  'tropium',
  'terol',
  'steride',
  'tinoin',
  'amivir',
  'ciclovir',
  'zumab',
  'ximab',
  'tinib',
  'trigine',
  'trexate',
  'phylline',
];

/** Shorter words ending in a stem are too often ordinary English ("alpine"). */
export const DRUG_STEM_MIN_LENGTH = 8;

/** A generic medicine name by its INN stem, whether or not any list names it ("bisoprolol", "ramipril"). */
export function isGenericMedicineName(word: string): boolean {
  return word.length >= DRUG_STEM_MIN_LENGTH && DRUG_STEMS.some((s) => word.endsWith(s));
}

/** A medicine or a class of them by its stem, in the plural or as "-oids" ("statins", "gabapentinoids"). */
export function isMedicineWord(word: string): boolean {
  const singular = word.replace(/(?:oids|oid|s)$/, '');
  return isGenericMedicineName(word) || (singular !== word && isGenericMedicineName(singular));
}
