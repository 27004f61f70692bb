import { describe, expect, it } from 'vitest';
import { defineLexicon, type LexiconEntry } from './lexicon.js';
import { PhraseMatcher } from './matcher.js';
import { normalise } from './normalise.js';
import { tokenise } from './tokens.js';

const e = (phrase: string, extra: Partial<LexiconEntry> = {}): LexiconEntry => ({
  phrase,
  source: 'test',
  note: 'test',
  ...extra,
});
const lex = (id: string, ...phrases: Array<string | LexiconEntry>) =>
  defineLexicon({ id, description: id, entries: phrases.map((p) => (typeof p === 'string' ? e(p) : p)) });

function run(matcher: PhraseMatcher, text: string) {
  return matcher.match(tokenise(normalise(text))).map((h) => ({
    lexicon: h.lexicon,
    phrase: h.entry.phrase,
    excerpt: text.slice(h.start, h.end),
    tokens: [h.tokenStart, h.tokenEnd],
  }));
}
const excerpts = (matcher: PhraseMatcher, text: string) => run(matcher, text).map((h) => h.excerpt);

describe('PhraseMatcher', () => {
  const insult = lex('insult', 'idiot', 'waste of space', 'muppet*', 'frequent flyer', 'bed-blocker');
  const m = new PhraseMatcher([insult, lex('emotion', 'sick of', 'sick and tired')]);

  it('finds single words and multi-word phrases with original offsets', () => {
    expect(run(m, 'He is an idiot and a waste of space.')).toEqual([
      { lexicon: 'insult', phrase: 'idiot', excerpt: 'idiot', tokens: [3, 4] },
      { lexicon: 'insult', phrase: 'waste of space', excerpt: 'waste of space', tokens: [6, 9] },
    ]);
  });

  it('matches whole tokens only', () => {
    expect(excerpts(m, 'idiotic idiots')).toEqual([]);
    expect(excerpts(m, 'waste of spaces')).toEqual([]);
  });

  it('matches a stem `word*` against any word beginning with it', () => {
    expect(excerpts(m, 'Muppet, muppets, MUPPETRY, mupp')).toEqual(['Muppet', 'muppets', 'MUPPETRY']);
  });

  it('is indifferent to case, accents, homoglyphs, zero-width characters and curly quotes', () => {
    expect(excerpts(m, 'IDIOT idiót іdіоt id\u200Biot Ｉｄｉｏｔ')).toEqual([
      'IDIOT',
      'idiót',
      'іdіоt',
      'id\u200Biot',
      'Ｉｄｉｏｔ',
    ]);
    const q = new PhraseMatcher([lex('x', "don't care")]);
    expect(excerpts(q, 'I don’t care')).toEqual(['don’t care']);
  });

  it('treats hyphenated and spaced forms the same, either way round', () => {
    expect(excerpts(m, 'a bed-blocker, a bed blocker, a bed – blocker')).toEqual([
      'bed-blocker',
      'bed blocker',
      'bed – blocker',
    ]);
    expect(excerpts(m, 'a frequent-flyer')).toEqual(['frequent-flyer']);
    expect(excerpts(m, 'bedblocker')).toEqual([]);
  });

  it('keeps overlapping and nested hits from one or several lexicons', () => {
    expect(run(m, 'I am sick and tired of it').map((h) => [h.lexicon, h.excerpt])).toEqual([
      ['emotion', 'sick and tired'],
    ]);
    const both = new PhraseMatcher([
      lex('a', 'waste', 'waste of space'),
      lex('b', 'of space', 'space'),
      lex('c', 'waste of space'),
    ]);
    expect(run(both, 'a waste of space').map((h) => [h.lexicon, h.excerpt])).toEqual([
      ['a', 'waste'],
      ['a', 'waste of space'],
      ['c', 'waste of space'],
      ['b', 'of space'],
      ['b', 'space'],
    ]);
  });

  it('finds a phrase and a stem that share a prefix', () => {
    const s = new PhraseMatcher([lex('x', 'idiot', 'idiot*', 'idio*')]);
    expect(
      run(s, 'idiots')
        .map((h) => h.phrase)
        .sort(),
    ).toEqual(['idio*', 'idiot*']);
    expect(
      run(s, 'idiot')
        .map((h) => h.phrase)
        .sort(),
    ).toEqual(['idio*', 'idiot', 'idiot*']);
  });

  it('supports a stem at the end of a multi-word phrase', () => {
    const s = new PhraseMatcher([lex('x', 'bed block*')]);
    expect(excerpts(s, 'bed blockers and bed-blocking and bed blo')).toEqual(['bed blockers', 'bed-blocking']);
  });

  it('returns hits in token order and with the entry itself', () => {
    const entry = e('moron', { tags: ['name-calling'], weight: 0.8 });
    const s = new PhraseMatcher([lex('insult', entry)]);
    const hits = s.match(tokenise(normalise('moron! Moron.')));
    expect(hits.map((h) => h.start)).toEqual([0, 7]);
    expect(hits[0]?.entry).toBe(entry);
  });

  it('matches across emoji and punctuation between words', () => {
    expect(excerpts(m, 'waste 😀 of… space')).toEqual(['waste 😀 of… space']);
  });

  it('finds nothing in empty text, and nothing with no lexicons', () => {
    expect(excerpts(m, '')).toEqual([]);
    expect(excerpts(new PhraseMatcher([]), 'idiot')).toEqual([]);
    expect(excerpts(new PhraseMatcher([lex('empty')]), 'idiot')).toEqual([]);
  });

  it('rejects a stem shorter than three letters', () => {
    expect(() => new PhraseMatcher([lex('x', 'id*')])).toThrow(/stem "id\*".*three|shorter than 3/);
    expect(() => new PhraseMatcher([lex('x', 'big id*')])).toThrow(/shorter than 3/);
    expect(() => new PhraseMatcher([lex('x', 'idi*')])).not.toThrow();
  });

  it('rejects an empty phrase or one with no words', () => {
    expect(() => new PhraseMatcher([lex('x', '')])).toThrow(/has no words/);
    expect(() => new PhraseMatcher([lex('x', '*')])).toThrow(/has no words/);
    expect(() => new PhraseMatcher([lex('x', '!!!')])).toThrow(/lexicon x/);
  });

  it('stays fast on a long draft with a large lexicon', () => {
    const big = lex('big', ...Array.from({ length: 5000 }, (_, i) => `word${i} thing${i}`), 'idi*');
    const s = new PhraseMatcher([big]);
    const tokens = tokenise(normalise('word1 thing1 idiot '.repeat(5000)));
    const t0 = performance.now();
    expect(s.match(tokens).length).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(2000); // a hang guard, not a speed target (see npm run bench)
  });
});
