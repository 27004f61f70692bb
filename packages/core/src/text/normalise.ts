import { fastPaths } from '../fast-path.js';

/**
 * A lower-cased, canonical view of the draft that keeps a map back to the original, so every
 * match found in the view can be reported with UTF-16 offsets into the text the author wrote.
 */

export interface NormalisedText {
  /** The normalised view: NFKC, look-alike letters folded to Latin, lower case, invisible characters dropped. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /** Maps a half-open range of the view to the half-open range of the original it came from. */
  toOriginal(start: number, end: number): [number, number];
  /** The original is plain ASCII, so the view is one character for each character of the original. */
  readonly ascii?: boolean;
}

// ASCII only: every character folds to exactly one character (lower case; control characters to a
// space; a backquote to an apostrophe), so the view needs no offset map.
const ASCII = /^[\x00-\x7f]*$/;
const HAS_ASCII_CONTROL = /[\x00-\x1f\x7f]/;
const ASCII_CONTROL = /[\x00-\x1f\x7f]/g;
const BACKQUOTE = /`/g;

function normaliseAscii(original: string): NormalisedText {
  let text = original.toLowerCase();
  if (HAS_ASCII_CONTROL.test(text)) text = text.replace(ASCII_CONTROL, ' ');
  if (text.includes('`')) text = text.replace(BACKQUOTE, "'");
  const length = original.length;
  return {
    text,
    original,
    ascii: true,
    toOriginal(start: number, end: number): [number, number] {
      // The same answers as the mapped form below, with starts[i] = i and ends[i] = i + 1.
      const from = start >= 0 && start < length ? start : length;
      if (end <= start) return [from, from];
      return [from, end - 1 >= 0 && end - 1 < length ? end : length];
    },
  };
}

// Characters that hide inside words to dodge filters and carry no meaning of their own.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible code point is matched and dropped alone.
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/u;

// Look-alike letters from other scripts that NFKC leaves alone (Unicode confusables, the common subset).
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ѡ: 'w',
  ß: 'ss',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

// Latin letters with diacritics fold to their base letter so "idiót" reads as "idiot".
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  const lower = ch.toLowerCase();
  const mapped = CONFUSABLES[lower];
  if (mapped !== undefined) return mapped;
  const cp = lower.codePointAt(0) ?? 0;
  // Lower-casing can add a combining mark ("İ" becomes "i" + U+0307): drop it like any other accent.
  if (cp < 0x80) return cp < 0x20 || cp === 0x7f ? ' ' : lower.replace(COMBINING_MARKS, '');
  const nfkc = lower.normalize('NFKC').toLowerCase();
  const base = nfkc.normalize('NFD').replace(COMBINING_MARKS, '');
  // Control and line-separator characters become spaces so they still separate words.
  return /^[\p{Cc}\p{Zl}\p{Zp}\p{Zs}]$/u.test(base) ? ' ' : base.normalize('NFC');
}

export function normalise(original: string): NormalisedText {
  if (fastPaths() && ASCII.test(original)) return normaliseAscii(original);
  let text = '';
  // starts[i] / ends[i]: the original range of the character that produced text[i].
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const folded = cp < 0x7f && cp >= 0x20 && cp !== 0x60 ? ch.toLowerCase() : foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += folded;
    i += width;
  }
  return {
    text,
    original,
    toOriginal(start: number, end: number): [number, number] {
      if (end <= start) {
        const at = start < starts.length ? (starts[start] ?? original.length) : original.length;
        return [at, at];
      }
      return [starts[start] ?? original.length, ends[end - 1] ?? original.length];
    },
  };
}
