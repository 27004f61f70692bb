import { describe, expect, it } from 'vitest';
import { withoutFastPaths } from '../fast-path.js';
import { anyMatchTest, hasMatch, matchesOf, quickTest, quickTestAny, requiredLiterals } from './prefilter.js';

describe('requiredLiterals', () => {
  it.each([
    [/\bprivate (?:[^ |]+ ){0,2}(?:clinic|service)\b/g, ['private ']],
    [/\b(?:called|rung) you (?:\d+|two) times\b/g, [' times']],
    [/\bevery (?:day|week) until (?:you|he)\b/g, [' until ']],
    [/#(?:ad|promo)\b/gi, ['#ad', '#promo']],
    [/a(?:bc)?d/, ['ad', 'abcd']],
    [/x{2,3}yz|q/, ['q', 'yz']],
    [/(?<![\p{L}\p{N}])(?:ffs|wtf)(?![\p{L}\p{N}])/giu, ['ffs', 'wtf']],
    [/£\s?\d/, ['£']],
    [/[\]a]bc/, ['bc']],
    [/\u00e9t\u{1F600}/u, ['ét']],
    [/caf\xe9/, ['café']],
  ])('reads %s', (re, want) => {
    expect(requiredLiterals(re)).toEqual(want);
  });

  it.each([/a*b?/, /[abc]+/, /./, /(a?)\1/, /(?=abc)/, /a|b*/, /\d+/])('finds nothing required in %s', (re) => {
    expect(requiredLiterals(re)).toBeNull();
  });

  it('is sound on random regexes: every match contains a required literal', () => {
    // A seeded generator of small regexes over a tiny alphabet, and of texts to try them on.
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const atom = (depth: number): string => {
      const r = rand();
      if (depth < 3 && r < 0.25) {
        const n = 1 + Math.floor(rand() * 3);
        const body = Array.from({ length: n }, () => seq(depth + 1)).join('|');
        return `${pick(['(?:', '(', '(?=', '(?!', '(?<=', '(?<!']) + body})`;
      }
      if (r < 0.35) return pick(['[ab]', '[^a]', '.', '\\b', '\\B', '^', '$', '\\s', '\\w', '\\.']);
      return pick(['a', 'b', 'c', ' ', 'ab', 'ba', 'cab']);
    };
    const seq = (depth: number): string =>
      Array.from(
        { length: 1 + Math.floor(rand() * 4) },
        () => atom(depth) + (rand() < 0.3 ? pick(['?', '*', '+', '{2}', '{0,2}', '{1,3}', '??', '+?']) : ''),
      ).join('');
    const texts = Array.from({ length: 60 }, () =>
      Array.from({ length: Math.floor(rand() * 12) }, () => pick(['a', 'b', 'c', ' ', '.', 'A'])).join(''),
    );
    let checked = 0;
    for (let k = 0; k < 4000; k++) {
      let re: RegExp;
      try {
        re = new RegExp(seq(0) + (rand() < 0.3 ? `|${seq(0)}` : ''), rand() < 0.3 ? 'i' : '');
      } catch {
        continue; // e.g. a quantified look-behind
      }
      const need = requiredLiterals(re);
      if (need === null) continue;
      const pre = new RegExp(
        need.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
        re.ignoreCase ? 'i' : '',
      );
      const quick = quickTest(re);
      for (const t of texts) {
        if (re.test(t)) {
          expect(
            pre.test(t),
            `/${re.source}/${re.flags} matches ${JSON.stringify(t)} but needs ${JSON.stringify(need)}`,
          ).toBe(true);
          expect(quick.test(t), `quick test of /${re.source}/${re.flags} on ${JSON.stringify(t)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('quickTest, matchesOf and hasMatch', () => {
  it('says "maybe" when the literals are too common to help', () => {
    expect(quickTest(/a\d+/).test('zzz')).toBe(true);
    expect(quickTest(/until/).test('zzz')).toBe(false);
  });

  it('keeps the regex case rules', () => {
    expect(quickTest(/sweet fa/i).test('SWEET FA')).toBe(true);
    expect(quickTest(/sweet/iu).test('ſweet')).toBe(/sweet/iu.test('ſweet'));
  });

  it('gives the same matches as matchAll and test, with and without the fast paths', () => {
    const re = /\bkeep (?:calling|asking)\b/g;
    for (const text of ['I will keep calling you', 'nothing here', 'keep asking, keep calling']) {
      const fast = [...matchesOf(re, text)].map((m) => [m.index, m[0]]);
      const slow = withoutFastPaths(() => [...matchesOf(re, text)].map((m) => [m.index, m[0]]));
      expect(fast).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
      expect(slow).toEqual(fast);
      expect(hasMatch(/\bkeep calling\b/, text)).toBe(/\bkeep calling\b/.test(text));
    }
    expect(() => hasMatch(/x/y, 'x')).toThrow(/without the y/);
  });

  it('searches a global regex from the start and leaves its lastIndex alone', () => {
    const re = /\bkeep calling\b/g;
    re.lastIndex = 30;
    expect(hasMatch(re, 'keep calling until you answer')).toBe(true);
    expect(re.lastIndex).toBe(30);
    expect(hasMatch(re, 'keep on calling')).toBe(false);
    expect(withoutFastPaths(() => hasMatch(re, 'I keep calling'))).toBe(true);
    expect(re.lastIndex).toBe(30);
  });

  it('anyMatchTest is true exactly where one of the regexes matches; quickTestAny only where one may', () => {
    const res = [/\bevery (?:day|hour) until (?:you|he)\b/g, /\bcalled you \d+ times\b/g];
    const texts = [
      'every day until you reply',
      'called you 6 times',
      'every day I wait until you',
      'called you many times',
      'nothing here',
    ];
    const exact = anyMatchTest(res);
    for (const t of texts) expect(exact.test(t), t).toBe(res.some((re) => new RegExp(re.source).test(t)));
    // The literal union says "maybe" for a text with the words in another order; the exact test does not.
    expect(quickTestAny(res).test('every day I wait until you')).toBe(true);
    expect(exact.test('every day I wait until you')).toBe(false);
  });

  it('yields what matchAll yields, empty matches and a set lastIndex included, and leaves lastIndex alone', () => {
    const seen = (it: Iterable<RegExpMatchArray>) => [...it].map((m) => [m.index, m[0], m.slice(1)]);
    const cases: Array<[RegExp, string]> = [
      [/x*/g, 'axxb'],
      [/(?:)/gu, 'a😀b'],
      [/(b)(c)?/g, 'abcb'],
      [/\bcalled you \d+ times\b/g, 'I called you 6 times, called you 7 times'],
    ];
    for (const [re, text] of cases) {
      for (const start of [0, 2]) {
        re.lastIndex = start;
        const want = seen(text.matchAll(re));
        re.lastIndex = start;
        expect(seen(matchesOf(re, text))).toEqual(want);
        expect(re.lastIndex).toBe(start);
      }
      re.lastIndex = 0;
    }
  });
});
