import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { LEXICONS } from '../data/index.js';
import { phraseTokens, tokenise } from './tokens.js';

const toks = (s: string) => tokenise(normalise(s));

describe('tokenise', () => {
  it('splits words and numbers with original offsets and raw casing', () => {
    const s = 'Flu clinic on Saturday at 9.';
    const t = toks(s);
    expect(t.map((x) => x.norm)).toEqual(['flu', 'clinic', 'on', 'saturday', 'at', '9']);
    expect(t.map((x) => x.raw)).toEqual(['Flu', 'clinic', 'on', 'Saturday', 'at', '9']);
    expect(t.map((x) => x.kind)).toEqual(['word', 'word', 'word', 'word', 'word', 'number']);
    for (const x of t) expect(s.slice(x.start, x.end)).toBe(x.raw);
  });

  it('keeps inner apostrophes, straight or curly', () => {
    expect(toks("don't o'clock").map((x) => x.norm)).toEqual(["don't", "o'clock"]);
    const t = toks('Don’t you dare');
    expect(t[0]?.norm).toBe("don't");
    expect(t[0]?.raw).toBe('Don’t');
  });

  it('does not keep a leading or trailing apostrophe', () => {
    expect(toks("'tis the doctors' room").map((x) => x.norm)).toEqual(['tis', 'the', 'doctors', 'room']);
  });

  it('splits on hyphens and other punctuation, so hyphenated and spaced forms agree', () => {
    expect(toks('bed-blocker').map((x) => x.norm)).toEqual(['bed', 'blocker']);
    expect(toks('bed blocker').map((x) => x.norm)).toEqual(['bed', 'blocker']);
    expect(toks('bed–blocker').map((x) => x.norm)).toEqual(['bed', 'blocker']);
    expect(toks('a/b,c.d').map((x) => x.norm)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('mixes letters and digits in one word (kind word), digits alone are numbers', () => {
    const t = toks('sh1t 2026 hba1c');
    expect(t.map((x) => [x.norm, x.kind])).toEqual([
      ['sh1t', 'word'],
      ['2026', 'number'],
      ['hba1c', 'word'],
    ]);
  });

  it('maps tokens through homoglyphs, ligatures and zero-width characters to the original', () => {
    const s = '😀 ﬁlthy іdіоt m\u200Boron';
    const t = toks(s);
    expect(t.map((x) => x.norm)).toEqual(['filthy', 'idiot', 'moron']);
    expect(t.map((x) => x.raw)).toEqual(['ﬁlthy', 'іdіоt', 'm\u200Boron']);
    for (const x of t) expect(s.slice(x.start, x.end)).toBe(x.raw);
  });

  it('gives no tokens for empty, blank, emoji-only or punctuation-only text', () => {
    expect(toks('')).toEqual([]);
    expect(toks('   \n\t')).toEqual([]);
    expect(toks('😀👍🏽')).toEqual([]);
    expect(toks('!!! ... ???')).toEqual([]);
  });

  it('treats control characters and lone surrogates as separators', () => {
    expect(toks('a\u0000b\uD800c').map((x) => x.norm)).toEqual(['a', 'b', 'c']);
  });

  it('keeps accented letters folded in norm but raw as written', () => {
    const t = toks('Café idio\u0301t');
    expect(t.map((x) => x.norm)).toEqual(['cafe', 'idiot']);
    expect(t.map((x) => x.raw)).toEqual(['Café', 'idio\u0301t']);
  });

  it('is linear on long inputs', () => {
    const t0 = performance.now();
    toks("a'".repeat(50_000));
    toks('x'.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('phraseTokens', () => {
  it('splits a phrase with the same rules as drafts', () => {
    expect(phraseTokens('Bed-Blocker', normalise)).toEqual(['bed', 'blocker']);
    expect(phraseTokens('  Frequent   flyer ', normalise)).toEqual(['frequent', 'flyer']);
    expect(phraseTokens('don’t care', normalise)).toEqual(["don't", 'care']);
    expect(phraseTokens('ıdıot', normalise)).toEqual(['idiot']);
    expect(phraseTokens('', normalise)).toEqual([]);
    expect(phraseTokens('!!!', normalise)).toEqual([]);
  });

  it('splits a plain phrase on its spaces exactly as the full scan would', () => {
    // A trailing full stop sends the same phrase down the full Unicode scan.
    for (const lexicon of LEXICONS)
      for (const { phrase } of lexicon.entries)
        expect(phraseTokens(phrase, normalise)).toEqual(phraseTokens(`${phrase}.`, normalise));
  });
});
