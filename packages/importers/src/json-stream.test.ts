import { describe, expect, it } from 'vitest';
import { streamJson } from './json-stream.js';
import type { JsonPath } from './json-stream.js';

async function* pieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function pick(
  text: string,
  select: (p: JsonPath) => boolean,
  size = 1e9,
): Promise<{ path: (string | number)[]; value: unknown }[]> {
  const out = [];
  for await (const x of streamJson(pieces(text, size), 'doc.json', { select })) out.push(x);
  return out;
}

const DOC = JSON.stringify(
  {
    name: 'Chat "one"',
    id: 7,
    flags: [true, false, null],
    nested: { messages: [{ no: 1 }] },
    messages: [
      { id: 1, text: 'a, b] } {', e: '\\"' },
      { id: 2, text: ['x', { type: 'bold', text: 'y' }] },
      -1.5e3,
      'str',
      [],
      {},
    ],
    'k\\"ey': 1,
    after: { list: [] },
  },
  null,
  1,
);

describe('streamJson', () => {
  const sel = (p: JsonPath): boolean => p.length === 2 && p[0] === 'messages';
  it('captures the selected elements whole, with their paths, at every chunk size', async () => {
    const want = JSON.parse(DOC).messages;
    for (const size of [1, 2, 3, 7, 64, 1e9]) {
      const got = await pick(DOC, sel, size);
      expect(got.map((g) => g.value)).toEqual(want);
      expect(got.map((g) => g.path)).toEqual(want.map((_: unknown, i: number) => ['messages', i]));
    }
  });
  it('captures random documents exactly, whatever the chunking (strings full of quotes, escapes and brackets)', async () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const ALPHABET = ['a', ' ', '"', '\\', '{', '}', '[', ']', ',', ':', 'é', '😀', '\n', '\u2028'];
    const str = (): string => Array.from({ length: rand(12) }, () => ALPHABET[rand(ALPHABET.length)]).join('');
    const value = (depth: number): unknown => {
      const k = depth > 3 ? rand(3) : rand(5);
      if (k === 0) return str();
      if (k === 1) return rand(1000) - 500;
      if (k === 2) return [null, true, false][rand(3)];
      if (k === 3) return Array.from({ length: rand(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: rand(4) }, () => [str(), value(depth + 1)]));
    };
    for (let doc = 0; doc < 40; doc++) {
      const messages = Array.from({ length: 1 + rand(5) }, () => value(0));
      const text = JSON.stringify({ [str()]: value(1), messages, tail: str() }, null, rand(3));
      const got = await pick(text, sel, 1 + rand(40));
      expect(got.map((g) => g.value)).toEqual(messages);
    }
  });
  it('captures scalars by path', async () => {
    const got = await pick(DOC, (p) => p.length === 1 && (p[0] === 'name' || p[0] === 'id' || p[0] === 'k\\"ey'), 3);
    expect(got.map((g) => g.value)).toEqual(['Chat "one"', 7, 1]);
  });
  it('reads the window.YTD prefix of X archives', async () => {
    const got = await pick(
      'window.YTD.tweets.part0 = [ {"tweet": {"id": "1"}}, {"tweet": {"id": "2"}} ];',
      (p) => p.length === 1,
      5,
    );
    expect(got.map((g) => g.value)).toEqual([{ tweet: { id: '1' } }, { tweet: { id: '2' } }]);
  });
  it('reports truncated and invalid JSON with the file name', async () => {
    await expect(pick(DOC.slice(0, DOC.length - 20), sel, 16)).rejects.toThrow(/doc\.json: the JSON ends too early/);
    await expect(pick('{"messages": [1, 2,, 3]}', sel)).rejects.toThrow(/doc\.json: invalid JSON near character/);
    await expect(pick('{"a": 1} x', sel)).rejects.toThrow(/extra text/);
    await expect(pick('', sel)).rejects.toThrow(/empty file/);
  });
});
