import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

/** The original text behind a range of the view. */
const back = (original: string, start: number, end: number): string => {
  const [s, e] = normalise(original).toOriginal(start, end);
  return original.slice(s, e);
};

/** Finds `needle` in the view and returns the original text it came from. */
const originalOf = (original: string, needle: string): string => {
  const view = normalise(original).text;
  const at = view.indexOf(needle);
  expect(at, `"${needle}" in view "${view}"`).toBeGreaterThanOrEqual(0);
  return back(original, at, at + needle.length);
};

describe('normalise: the view', () => {
  it('lower-cases plain ASCII and keeps it the same length', () => {
    const v = normalise('Flu Clinic ON Saturday.');
    expect(v.text).toBe('flu clinic on saturday.');
    expect(v.original).toBe('Flu Clinic ON Saturday.');
  });

  it('is empty for empty text, and maps the empty range to 0', () => {
    const v = normalise('');
    expect(v.text).toBe('');
    expect(v.toOriginal(0, 0)).toEqual([0, 0]);
  });

  it('folds Cyrillic and Greek look-alike letters to Latin', () => {
    expect(normalise('іdіоt').text).toBe('idiot'); // Cyrillic і and о
    expect(normalise('ΙDΙΟΤ').text).toBe('idiot'); // Greek capitals
    expect(normalise('Мoron').text).toBe('moron'); // Cyrillic capital М
  });

  it('expands NFKC ligatures and compatibility forms', () => {
    expect(normalise('ﬁne').text).toBe('fine');
    expect(normalise('ﬀ').text).toBe('ff');
    expect(normalise('𝐟𝐨𝐨').text).toBe('foo'); // mathematical bold
  });

  it('folds fullwidth letters', () => {
    expect(normalise('Ｉｄｉｏｔ').text).toBe('idiot');
  });

  it('drops zero-width and other invisible characters', () => {
    expect(normalise('id\u200Bi\u200Cot\u200D').text).toBe('idiot');
    expect(normalise('i\u00ADdiot').text).toBe('idiot'); // soft hyphen
    expect(normalise('\uFEFFidiot').text).toBe('idiot'); // byte-order mark
    expect(normalise('idiot\uFE0F').text).toBe('idiot'); // variation selector
  });

  it('removes accents, precomposed or combining', () => {
    expect(normalise('idiót').text).toBe('idiot');
    expect(normalise('idio\u0301t').text).toBe('idiot');
    expect(normalise('Résumé café naïve').text).toBe('resume cafe naive');
  });

  it('folds a dotted capital I to a plain i (lower-casing adds a combining dot)', () => {
    expect(normalise('İdiot').text).toBe('idiot');
  });

  it('folds sharp s to ss', () => {
    expect(normalise('Straße').text).toBe('strasse');
    expect(normalise('ẞ').text).toBe('ss');
  });

  it('turns curly quotes and dashes into their ASCII forms', () => {
    expect(normalise('don’t ‘say’ “that” – ok — `x`').text).toBe("don't 'say' \"that\" - ok - 'x'");
  });

  it('turns control characters and unusual spaces into plain spaces, one for one', () => {
    expect(normalise('a\tb\u0000c\u007Fd').text).toBe('a b c d');
    expect(normalise('a\u00A0b\u2003c').text).toBe('a b c');
    expect(normalise('a\u2028b\u2029c').text).toBe('a b c');
    expect(normalise('a\r\nb').text).toBe('a  b');
  });

  it('keeps emoji (surrogate pairs) whole', () => {
    const v = normalise('😀 ok 👍🏽');
    expect(v.text).toContain('😀');
    expect(v.text).toContain('ok');
  });

  it('keeps a lone surrogate without throwing', () => {
    expect(() => normalise('a\uD800b\uDC00c')).not.toThrow();
    const v = normalise('A\uD800B');
    expect(v.text.replace(/[\uD800-\uDFFF]/g, '')).toBe('ab');
  });
});

describe('normalise: offsets map back to the original exactly', () => {
  it('is the identity map for ASCII', () => {
    const s = 'Dr Patel is an idiot.';
    const v = normalise(s);
    for (let i = 0; i < s.length; i++) expect(v.toOriginal(i, i + 1)).toEqual([i, i + 1]);
    expect(v.toOriginal(3, 8)).toEqual([3, 8]);
  });

  it('maps through homoglyphs', () => {
    const s = 'What an іdіоt he is'; // Cyrillic і і о
    expect(originalOf(s, 'idiot')).toBe('іdіоt');
  });

  it('maps both letters of a ligature back to the one character', () => {
    const s = 'You ﬁlthy liar';
    const v = normalise(s);
    expect(v.text).toBe('you filthy liar');
    expect(originalOf(s, 'filthy')).toBe('ﬁlthy');
    // The "f" alone and the "i" alone both come from the ligature.
    expect(v.toOriginal(4, 5)).toEqual([4, 5]);
    expect(v.toOriginal(5, 6)).toEqual([4, 5]);
    // Everything after the ligature is shifted back by one.
    expect(v.toOriginal(11, 15)).toEqual([10, 14]);
    expect(s.slice(10, 14)).toBe('liar');
  });

  it('maps through fullwidth letters', () => {
    const s = 'so ｓｔｕｐｉｄ today';
    expect(originalOf(s, 'stupid')).toBe('ｓｔｕｐｉｄ');
  });

  it('maps across dropped zero-width characters', () => {
    const s = 'you m\u200Bo\u200Dron!';
    expect(normalise(s).text).toBe('you moron!');
    expect(originalOf(s, 'moron')).toBe('m\u200Bo\u200Dron');
    expect(originalOf(s, '!')).toBe('!');
  });

  it('maps across combining accents (the accent belongs to the span)', () => {
    const s = 'an idio\u0301t indeed';
    expect(originalOf(s, 'idiot')).toBe('idio\u0301t');
    expect(originalOf(s, 'indeed')).toBe('indeed');
  });

  it('maps across emoji and surrogate pairs', () => {
    const s = '😡😡 you idiot 👍🏽 fine';
    expect(originalOf(s, 'idiot')).toBe('idiot');
    expect(originalOf(s, 'fine')).toBe('fine');
    expect(originalOf(s, '😡')).toBe('😡');
    // Half of a pair in the view maps to the whole pair.
    const v = normalise(s);
    expect(v.toOriginal(0, 1)).toEqual([0, 2]);
  });

  it('maps across sharp s (one character to two)', () => {
    const s = 'Straße idiot';
    expect(originalOf(s, 'strasse')).toBe('Straße');
    expect(originalOf(s, 'idiot')).toBe('idiot');
  });

  it('maps across a lone surrogate', () => {
    const s = '\uD800 idiot';
    expect(originalOf(s, 'idiot')).toBe('idiot');
  });

  it('maps across control characters and curly quotes', () => {
    const s = '\u0007“don’t”\tidiot';
    expect(originalOf(s, "don't")).toBe('don’t');
    expect(originalOf(s, 'idiot')).toBe('idiot');
  });

  it('maps a mixture in one draft', () => {
    const s = 'ﬁ 😀 Ｈｉ іdіоt\u200B! café';
    for (const [needle, orig] of [
      ['idiot', 'іdіоt'],
      ['hi', 'Ｈｉ'],
      ['cafe', 'café'],
      ['fi', 'ﬁ'],
    ] as const) {
      expect(originalOf(s, needle)).toBe(orig);
    }
  });

  it('gives in-range offsets for every single character of the view', () => {
    const s = 'ﬁ😀\u200B\u0301Ｘ\uD800\u0000ß’İ';
    const v = normalise(s);
    for (let i = 0; i < v.text.length; i++) {
      const [a, b] = v.toOriginal(i, i + 1);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThan(a);
      expect(b).toBeLessThanOrEqual(s.length);
    }
  });

  it('never splits a surrogate pair in the original', () => {
    const s = 'a😀b👍🏽c';
    const v = normalise(s);
    for (let i = 0; i < v.text.length; i++) {
      for (let j = i + 1; j <= v.text.length; j++) {
        const [a, b] = v.toOriginal(i, j);
        const low = (n: number) => n > 0 && n < s.length && /[\uDC00-\uDFFF]/.test(s[n] as string);
        expect(low(a)).toBe(false);
        expect(low(b)).toBe(false);
      }
    }
  });

  it('maps an empty range to a point, and ranges past the end to the end', () => {
    const v = normalise('abc');
    expect(v.toOriginal(1, 1)).toEqual([1, 1]);
    expect(v.toOriginal(3, 3)).toEqual([3, 3]);
    expect(v.toOriginal(10, 12)).toEqual([3, 3]);
  });
});
