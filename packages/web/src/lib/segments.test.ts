import { describe, expect, it } from 'vitest';
import { rebaseSpans, toSegments, type Span } from './segments.ts';

const span = (start: number, end: number, severity: Span['severity'] = 'caution', finding = 0): Span => ({
  start,
  end,
  severity,
  category: 'content',
  finding,
});
const view = (text: string, spans: Span[]) =>
  toSegments(text, spans).map((s) => [s.text, s.severity ?? null, s.findings]);

describe('toSegments: the underline backdrop', () => {
  it('gives the text back in one plain segment when nothing is flagged', () => {
    expect(view('All fine here.', [])).toEqual([['All fine here.', null, []]]);
    expect(toSegments('', [])).toEqual([]);
  });

  it('cuts around a span and joins back to the text', () => {
    const text = 'What an idiot that is';
    const segs = toSegments(text, [span(8, 13)]);
    expect(segs.map((s) => [s.start, s.end, s.text, s.severity ?? null])).toEqual([
      [0, 8, 'What an ', null],
      [8, 13, 'idiot', 'caution'],
      [13, 21, ' that is', null],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping spans into runs, the most severe leading each run', () => {
    // "NHS number 943 476 5919" (stop, 0-23) overlapped by "number 943" (caution, 4-14).
    const text = 'NHS number 943 476 5919 ok';
    expect(view(text, [span(0, 23, 'stop', 0), span(4, 14, 'caution', 1)])).toEqual([
      ['NHS ', 'stop', [0]],
      ['number 943', 'stop', [0, 1]],
      [' 476 5919', 'stop', [0]],
      [' ok', null, []],
    ]);
    // A caution inside a stop still shows as stop; a caution alone shows as caution.
    expect(view('abcdef', [span(1, 3, 'caution', 0), span(2, 5, 'stop', 1)])).toEqual([
      ['a', null, []],
      ['b', 'caution', [0]],
      ['c', 'stop', [1, 0]],
      ['de', 'stop', [1]],
      ['f', null, []],
    ]);
  });

  it('merges touching runs covered by the same findings, and keeps equal spans together', () => {
    expect(view('abcd', [span(1, 3, 'info', 0), span(1, 3, 'caution', 1)])).toEqual([
      ['a', null, []],
      ['bc', 'caution', [1, 0]],
      ['d', null, []],
    ]);
  });

  it('never splits an emoji (a surrogate pair) and counts it as two UTF-16 units', () => {
    const text = 'You 🤬 idiot';
    // 'You ' is 0-4, the emoji 4-6, ' idiot' 6-12.
    expect(view(text, [span(7, 12)])).toEqual([
      ['You 🤬 ', null, []],
      ['idiot', 'caution', [0]],
    ]);
    // A span whose edges fall inside the pair grows to hold the whole emoji.
    const segs = toSegments(text, [span(5, 5 + 1)]);
    expect(segs.map((s) => s.text)).toEqual(['You ', '🤬', ' idiot']);
    expect(segs.every((s) => !/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(s.text))).toBe(true);
  });

  it('draws CR LF as the LF a textarea shows, without cutting the pair', () => {
    const text = 'Line one\r\nidiot\r\n';
    const segs = toSegments(text, [span(10, 15), span(9, 9 + 2, 'info', 1)]);
    expect(segs.map((s) => s.text).join('')).toBe('Line one\nidiot\n');
    // The info span began between CR and LF: it now starts before the CR.
    expect(segs.find((s) => s.findings.includes(1))?.start).toBe(8);
    expect(toSegments('a\rb', []).map((s) => s.text)).toEqual(['a\nb']);
  });

  it('drops empty, inverted and out-of-range spans and clamps overlong ones', () => {
    expect(view('abc', [span(2, 2), span(3, 1), span(10, 12)])).toEqual([['abc', null, []]]);
    expect(view('abc', [span(-4, 2), span(1, 99, 'stop', 1)])).toEqual([
      ['a', 'caution', [0]],
      ['b', 'stop', [1, 0]],
      ['c', 'stop', [1]],
    ]);
  });
});

describe('rebaseSpans: underlines that keep their place while the engine catches up', () => {
  const spans = [span(0, 4, 'caution', 0), span(10, 15, 'stop', 1)];
  it('keeps spans before an insertion and shifts those after it', () => {
    // Typing "ab" at offset 6.
    expect(rebaseSpans('0123456789idiot', '012345ab6789idiot', spans)).toEqual([
      span(0, 4, 'caution', 0),
      span(12, 17, 'stop', 1),
    ]);
  });
  it('drops a span the edit touches', () => {
    expect(rebaseSpans('0123456789idiot', '0123456789idit', spans)).toEqual([span(0, 4, 'caution', 0)]);
    expect(rebaseSpans('0123456789idiot', 'X123456789idiot', spans)).toEqual([span(10, 15, 'stop', 1)]);
  });
  it('handles deletions and unchanged text', () => {
    expect(rebaseSpans('0123456789idiot', '01236789idiot', spans)).toEqual([
      span(0, 4, 'caution', 0),
      span(8, 13, 'stop', 1),
    ]);
    expect(rebaseSpans('same', 'same', spans)).toEqual(spans);
  });
  it('keeps a span that ends where typing continues', () => {
    expect(rebaseSpans('idiot', 'idiots', [span(0, 5)])).toEqual([span(0, 5)]);
  });
});
