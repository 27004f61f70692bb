import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importItems } from '../index.js';
import type { ArchivedItem } from '../types.js';
import { csvRecords } from './generic.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test-fixtures/generic/${name}`, import.meta.url));
async function all(path: string, options = {}): Promise<ArchivedItem[]> {
  const out: ArchivedItem[] = [];
  for await (const i of importItems(path, options)) out.push(i);
  return out;
}
async function* pieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function records(text: string, size: number): Promise<string[][]> {
  const out: string[][] = [];
  for await (const b of csvRecords(pieces(text, size), 'f.csv')) for (const r of b) out.push(r.fields);
  return out;
}

describe('CSV (RFC 4180)', () => {
  const CSV = 'a,b,c\r\n1,"multi\r\nline, with ""quotes""",3\r\n"",x,\r\n\r\nlast,"q""",end';
  const WANT = [
    ['a', 'b', 'c'],
    ['1', 'multi\r\nline, with "quotes"', '3'],
    ['', 'x', ''],
    ['last', 'q"', 'end'],
  ];
  it.each([1, 2, 3, 5, 1000])('parses quoted multi-line fields in chunks of %i', async (size) => {
    expect(await records(CSV, size)).toEqual(WANT);
  });
  it('detects ; and tab separators from the header', async () => {
    expect(await records('text;time\n"a;b";2024-01-01\n', 4)).toEqual([
      ['text', 'time'],
      ['a;b', '2024-01-01'],
    ]);
    expect(await records('text\ttime\nx\t1\n', 100)).toEqual([
      ['text', 'time'],
      ['x', '1'],
    ]);
  });
  it('reports an unterminated quote', async () => {
    await expect(records('text,time\n"never ends,1\n', 5)).rejects.toThrow(
      /f\.csv: a quoted field that starts on line 2 never ends/,
    );
  });
  it('imports a CSV with the text column chosen by option and a date column found by default', async () => {
    const items = await all(fixture('posts.csv'), { textField: 'ShareCommentary' });
    expect(items.map((i) => [i.text, i.at, i.platform, i.channel])).toEqual([
      [
        'First line of the post\r\nsecond line with "quotes", and a comma',
        '2025-07-01T14:33:22+01:00',
        'other',
        'public-post',
      ],
      ['Plain post', '2025-01-15T09:00:00+00:00', 'other', 'public-post'],
      ['Ends with quote "x"', '2025-01-16T10:00:00+00:00', 'other', 'public-post'],
    ]);
    expect(items[0]!.id).toBe('posts.csv:2');
    expect(items[1]!.id).toBe('posts.csv:4');
  });
  it('counts the columns when the text column is missing, and quotes none (the first line may be a post)', async () => {
    await expect(all(fixture('posts.csv'))).rejects.toThrow(
      /posts\.csv: no text column "text" \(the first line has 6 columns\); choose one with the text-field option$/,
    );
    const d = mkdtempSync(join(tmpdir(), 'pause-csv-'));
    const p = join(d, 'no-header.csv');
    writeFileSync(p, 'Mrs Jones in bed 4 again,2025-01-15T09:00:00Z\nPlain post,2025-01-16T09:00:00Z\n');
    await expect(all(p)).rejects.toThrow(/no-header\.csv: no text column "text" \(the first line has 2 columns\)/);
  });
  it('reports a row whose time cannot be read', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pause-csv-'));
    const p = join(d, 'bad.csv');
    writeFileSync(p, 'text,time\nhello,not a time\n');
    await expect(all(p)).rejects.toThrow(
      /bad\.csv: line 2: cannot read the time in "time" \(a string of 10 characters\)$/,
    );
  });
});

describe('JSONL', () => {
  it('imports with dotted text/time fields and optional columns', async () => {
    const items = await all(fixture('posts.jsonl'), { textField: 'body', timeField: 'meta.posted' });
    expect(items).toEqual([
      {
        id: 'a1',
        platform: 'other',
        channel: 'public-post',
        at: '2024-06-02T00:30:00+01:00',
        author: 'drsam',
        text: 'Posted from the ward',
      },
      {
        id: 'a2',
        platform: 'other',
        channel: 'reply',
        at: '2024-06-02T01:00:00+01:00',
        author: 'drsam',
        text: 'Second post\nwith a newline escape',
      },
    ]);
  });
  it('names the fields of the first object when the text field is missing', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pause-jsonl-'));
    const p = join(d, 'other.jsonl');
    writeFileSync(p, '{"body":"a","time":1}\n');
    await expect(all(p)).rejects.toThrow(/other\.jsonl: no text column "text" \(fields: "body", "time"\)/);
  });
  it('reports a line that is not JSON', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pause-jsonl-'));
    const p = join(d, 'bad.jsonl');
    writeFileSync(p, '{"text":"a","time":1}\n{oops\n');
    await expect(all(p)).rejects.toThrow(/bad\.jsonl: line 2 is not JSON/);
  });
});
