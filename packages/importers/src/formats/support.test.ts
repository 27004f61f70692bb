import { describe, expect, it } from 'vitest';
import { ImportError } from '../types.js';
import { decodeEntities, htmlToText, jsonArrayValues } from './support.js';
import { collect, entryOf } from './test-source.js';

const values = (text: string, options = {}, chunk = 3) =>
  collect(jsonArrayValues(entryOf('f.json', text, chunk), 'f.json', options));

describe('jsonArrayValues', () => {
  it('splits a top-level array, whatever the chunk size', async () => {
    const text = '[{"a":"x,]}[{\\"y"}, [1,[2,3]], "s\\\\", 12, null ,{"b":{"c":[]}}]';
    const expected = JSON.parse(text);
    for (const chunk of [1, 2, 3, 5, 64]) expect(await values(text, {}, chunk)).toEqual(expected);
  });

  it('skips a window.YTD prefix', async () => {
    expect(await values('window.YTD.tweets.part0 = [ {"tweet":{"id_str":"1"}} ]', {})).toEqual([
      { tweet: { id_str: '1' } },
    ]);
  });

  it('finds the array under a named member of an object', async () => {
    const text = '{"@context":"x","first":[9],"orderedItems":[{"k":"[{,"},2],"after":true}';
    expect(await values(text, { members: ['orderedItems'] })).toEqual([{ k: '[{,' }, 2]);
    expect(await values(text, { members: '*' })).toEqual([9]);
  });

  it('keeps multi-byte characters split across chunks', async () => {
    expect(await values('["😀é’", "ok"]', {}, 1)).toEqual(['😀é’', 'ok']);
  });

  it('repairs every string of an element when asked', async () => {
    expect(await values('[{"a":["x"],"b":{"c":"y"}}]', {}, 3)).toEqual([{ a: ['x'], b: { c: 'y' } }]);
    const upper = await collect(
      jsonArrayValues(entryOf('f.json', '[{"a":["x"],"b":{"c":"y"}}]'), 'f.json', {}, (t) => t.toUpperCase()),
    );
    expect(upper).toEqual([{ a: ['X'], b: { c: 'Y' } }]);
  });

  it('handles an empty array', async () => {
    expect(await values('[]')).toEqual([]);
    expect(await values('{"orderedItems": [ ]}', { members: ['orderedItems'] })).toEqual([]);
  });

  it('reports truncation, naming the file', async () => {
    await expect(values('[{"a":1},{"b":')).rejects.toThrow(/f\.json: .*truncated/);
    await expect(values('{"orderedItems":[{"a":1}', { members: ['orderedItems'] })).rejects.toBeInstanceOf(ImportError);
    await expect(values('')).rejects.toThrow(/f\.json: .*empty/);
  });

  it('reports a file that is not the expected JSON', async () => {
    await expect(values('{"other": 1}', { members: ['orderedItems'] })).rejects.toThrow(/no "orderedItems" array/);
    await expect(values('{"a": 1}')).rejects.toThrow(/expected a JSON array/);
    await expect(values('hello')).rejects.toThrow(/f\.json: .*JSON/);
    await expect(values('[{"a":1}, {b:2}]')).rejects.toThrow(/f\.json: invalid JSON/);
  });

  it('rejects bytes that are not UTF-8', async () => {
    const bad = new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x41, 0x22, 0x5d]);
    await expect(collect(jsonArrayValues(entryOf('bad.json', bad), 'bad.json'))).rejects.toThrow(/bad\.json.*UTF-8/);
  });
});

describe('html', () => {
  it('decodes entities', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &quot;e&quot; &hellip; &unknown;')).toBe(
      'a & b <c> \'d\' "e" … &unknown;',
    );
  });
  it('turns HTML into text', () => {
    expect(
      htmlToText(
        '<p>One<br>two<br/>three</p><p>Para &amp; <a href="x"><span class="invisible">https://</span>ex.org</a></p>',
      ),
    ).toBe('One\ntwo\nthree\n\nPara & https://ex.org');
    expect(htmlToText('plain &lt;3')).toBe('plain <3');
  });
});
