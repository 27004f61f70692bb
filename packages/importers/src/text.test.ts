import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStream, decodeText, lineBatches, lines, sniffEncoding } from './text.js';
import { ImportError } from './types.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
async function* chunksOf(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function* texts(parts: string[]): AsyncIterable<string> {
  yield* parts;
}
async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (be ? 0 : 1)] = c >> 8;
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('héllo')]), 'f')).toBe('héllo');
  });
  it('decodes UTF-16 LE and BE with a BOM', () => {
    const s = '12/03/2020, 10:00 - Dr Ann: café ☕ 😀';
    expect(decodeText(utf16(s, false, true), 'f')).toBe(s);
    expect(decodeText(utf16(s, true, true), 'f')).toBe(s);
  });
  it('recognises UTF-16 LE without a BOM from its zero bytes', () => {
    const s = 'plain ASCII text in UTF-16 little endian';
    expect(sniffEncoding(utf16(s, false, false)).encoding).toBe('utf-16le');
    expect(decodeText(utf16(s, false, false), 'f')).toBe(s);
  });
  it('falls back to windows-1252 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]), 'f')).toBe('café €5');
  });
  it('throws a clear ImportError in strict mode', () => {
    expect(() => decodeText(new Uint8Array([0x63, 0xe9, 0x20]), 'notes.txt', { strict: true })).toThrow(ImportError);
    expect(() => decodeText(new Uint8Array([0x63, 0xe9, 0x20]), 'notes.txt', { strict: true })).toThrow(
      /notes\.txt: not valid UTF-8/,
    );
  });
  it('keeps multi-byte characters split across chunks, one byte at a time', async () => {
    const s = 'Zoë → 😀 ✓ naïve';
    for (const size of [1, 2, 3, 5]) expect((await all(decodeStream(chunksOf(enc(s), size), 'f'))).join('')).toBe(s);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(s)]);
    expect((await all(decodeStream(chunksOf(bom, 1), 'f'))).join('')).toBe(s);
    expect((await all(decodeStream(chunksOf(utf16(s, false, true), 3), 'f'))).join('')).toBe(s);
  });
  it('switches to windows-1252 mid-stream after valid UTF-8 chunks', async () => {
    const bytes = new Uint8Array([...enc('ok ✓ '), 0xe9, 0x74, 0xe9]);
    expect((await all(decodeStream(chunksOf(bytes, 6), 'f'))).join('')).toBe('ok ✓ été');
  });
  it('decodes an empty file', () => {
    expect(decodeText(new Uint8Array(0), 'f')).toBe('');
  });
});

describe('lineBatches', () => {
  it('splits \\n, \\r\\n and \\r, including a \\r\\n split across chunks', async () => {
    expect(await all(lines(texts(['a\r', '\nb\nc\r', 'd\r\n', 'e']), 'f'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await all(lines(texts(['one line']), 'f'))).toEqual(['one line']);
    expect(await all(lines(texts(['x\n', '\n', 'y\n']), 'f'))).toEqual(['x', '', 'y']);
  });
  it('splits the same however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\r', '\n'), maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 8 }),
        async (text, cuts) => {
          const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
          const parts = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
          const want = text.split(/\r\n|\r|\n/);
          if (want[want.length - 1] === '') want.pop();
          expect(await all(lines(texts(parts), 'f'))).toEqual(want);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });
  it('reads a long line in small chunks in time proportional to its length (it was quadratic)', async () => {
    const chunk = 'word '.repeat(13);
    const started = performance.now();
    const got = await all(lines(texts([...Array(40_000).fill(chunk), '\nnext']), 'f'));
    expect(got.map((l) => l.length)).toEqual([chunk.length * 40_000, 4]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('rejects a runaway line', async () => {
    await expect(
      all(lineBatches(texts(['a'.repeat(50), 'b'.repeat(60)]), 'blob.txt', { maxLineLength: 100 })),
    ).rejects.toThrow(/blob\.txt: a line is longer than 100/);
  });
});
