import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mkdtempSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomFillSync } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { openArchive, safeEntryPath } from './archive.js';
import { ImportError } from './types.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pause-archive-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, data: Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

async function readAll(path: string, limits = {}): Promise<Record<string, string>> {
  const src = await openArchive(path, { limits });
  const out: Record<string, string> = {};
  for (const e of src.entries) out[e.path] = new TextDecoder().decode(await e.bytes());
  return out;
}

async function errorOf(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected an ImportError');
}

/** Replace the name bytes of a zip made by zipSync (same length) in both headers. */
function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const a = Buffer.from(zip);
  const f = Buffer.from(from);
  let i = a.indexOf(f);
  while (i >= 0) {
    Buffer.from(to).copy(a, i);
    i = a.indexOf(f, i + 1);
  }
  return new Uint8Array(a);
}

describe('openArchive: zip', () => {
  it('lists entries without directories and streams them', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hello'), 'sub/b.json': strToU8('{"x":1}'), 'empty/': new Uint8Array(0) });
    const p = write('ok.zip', zip);
    expect(await readAll(p)).toEqual({ 'a.txt': 'hello', 'sub/b.json': '{"x":1}' });
    const src = await openArchive(p);
    expect(src.find('sub/b.json')?.size).toBe(7);
    expect(src.find('./a.txt')?.path).toBe('a.txt');
  });

  it('streams a large deflated entry in chunks', async () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    randomFillSync(big);
    for (let i = 0; i < big.length; i++) big[i] = 97 + ((big[i] as number) % 20);
    const p = write('big.zip', zipSync({ 'big.bin': big }, { level: 6 }));
    const src = await openArchive(p);
    let n = 0;
    let chunks = 0;
    let maxChunk = 0;
    for await (const c of src.entries[0]!.stream()) {
      n += c.length;
      chunks++;
      maxChunk = Math.max(maxChunk, c.length);
    }
    expect(n).toBe(big.length);
    expect(chunks).toBeGreaterThan(10);
    expect(maxChunk).toBeLessThan(2 * 1024 * 1024);
  });

  it('rejects a truncated zip, naming the file', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hello world '.repeat(1000)) });
    const p = write('truncated.zip', zip.subarray(0, Math.floor(zip.length / 2)));
    const err = await errorOf(openArchive(p));
    expect(err.message).toContain('truncated.zip');
    expect(err.message).toMatch(/truncated or corrupt zip/);
  });

  it('rejects an entry whose data is damaged (inflate error or CRC)', async () => {
    const zip = zipSync({ 'a.txt': strToU8('some text that compresses a bit a bit a bit '.repeat(50)) });
    const bad = zip.slice();
    bad[40] = (bad[40] ?? 0) ^ 0xff; // inside the compressed data of the first entry
    bad[45] = (bad[45] ?? 0) ^ 0x55;
    const p = write('damaged.zip', bad);
    const src = await openArchive(p);
    const err = await errorOf(src.entries[0]!.bytes());
    expect(err.message).toMatch(/damaged\.zip.*(cannot be inflated|CRC|bytes, the directory says|ends before)/);
  });

  it('rejects a zip bomb by compression ratio before reading it', async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const p = write('bomb.zip', zipSync({ 'zeros.txt': zeros }, { level: 9 }));
    const err = await errorOf(openArchive(p));
    expect(err.message).toMatch(
      /bomb\.zip: possible zip bomb: entry "zeros\.txt" expands .* \(ratio \d+:1, limit 200:1\)/,
    );
  });

  it('rejects many small entries that together make a bomb, each under the per-entry ratio check', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 40; i++) entries[`tweets-part${i}.js`] = new Uint8Array(512 * 1024).fill(32);
    const p = write('quiet-bomb.zip', zipSync(entries, { level: 9 }));
    const limits = { archiveRatioMinBytes: 8 * 1024 * 1024 };
    expect((await errorOf(openArchive(p, { limits }))).message).toMatch(
      /quiet-bomb\.zip: possible zip bomb: its entries together expand from .* to 20\.0 MiB \(ratio \d+:1, limit 200:1\)/,
    );
    // Under the size from which the whole archive is held to the ratio, it opens.
    await expect(openArchive(p)).resolves.toBeTruthy();
  });

  it('a real-looking export of text (about 10:1) is not mistaken for a bomb', async () => {
    const text = strToU8(
      Array.from(
        { length: 20_000 },
        (_, i) => `{"tweet":{"id":"${i}","full_text":"Clinic ${i % 97} ran late, thanks all ${(i * 7919) % 10007}"}}`,
      ).join(',\n'),
    );
    const p = write('export.zip', zipSync({ 'data/tweets.js': text }));
    await expect(openArchive(p, { limits: { archiveRatioMinBytes: 1024 } })).resolves.toBeTruthy();
  });

  it('rejects a zip bomb by total size and by entry count (configurable limits)', async () => {
    const some = new Uint8Array(64 * 1024).fill(65);
    const p = write('many.zip', zipSync({ 'a.txt': some, 'b.txt': some, 'c.txt': some }));
    expect((await errorOf(openArchive(p, { limits: { maxTotalBytes: 100_000 } }))).message).toMatch(
      /possible zip bomb: compressed entries expand to .* over the .* limit/,
    );
    expect((await errorOf(openArchive(p, { limits: { maxEntries: 2 } }))).message).toMatch(
      /possible zip bomb: 3 entries, over the limit of 2/,
    );
    await expect(openArchive(p)).resolves.toBeTruthy();
  });

  it('stops an entry that expands beyond its declared size', async () => {
    const data = new Uint8Array(200_000).fill(66);
    const zip = zipSync({ 'liar.txt': data });
    // Patch the central directory's uncompressed size (offset 24 of the central header) to 1000.
    const buf = Buffer.from(zip);
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(1000, cd + 24);
    const p = write('liar.zip', buf);
    const src = await openArchive(p);
    const err = await errorOf(src.entries[0]!.bytes());
    expect(err.message).toMatch(/liar\.zip: possible zip bomb: entry "liar\.txt" expands beyond its declared/);
  });

  it.each([
    ['../evil.txt', 'path traversal'],
    ['a/../../x.txt', 'path traversal'],
    ['/etc/passwd1', 'absolute path'],
    ['C:/windows.txt', 'drive letter'],
    ['..\\evil2.txt', 'path traversal'],
  ])('rejects the unsafe entry path %s and writes nothing', async (name, why) => {
    const placeholder = 'x'.repeat(name.length);
    const zip = renameEntry(zipSync({ [placeholder]: strToU8('pwned') }), placeholder, name);
    const before = readdirSync(dir).sort();
    const p = write(`unsafe-${before.length}.zip`, zip);
    const err = await errorOf(openArchive(p));
    expect(err.message).toContain(`unsafe entry path "${name}"`);
    expect(err.message).toContain(why);
    expect(err.message).toContain('nothing was extracted');
    expect(readdirSync(dir).sort()).toEqual([...before, `unsafe-${before.length}.zip`].sort());
  });

  it('safeEntryPath normalises harmless forms', () => {
    expect(safeEntryPath('z', './a//b/./c.txt')).toBe('a/b/c.txt');
    expect(safeEntryPath('z', 'dir\\file.txt')).toBe('dir/file.txt');
    expect(() => safeEntryPath('z', 'a\0b')).toThrow(/NUL/);
  });
});

describe('openArchive: files and folders', () => {
  it('reports a missing path', async () => {
    const err = await errorOf(openArchive(join(dir, 'nope', 'missing.zip')));
    expect(err.message).toMatch(/missing\.zip: no such file or folder/);
  });

  it('rejects a file over 2 GB (sparse file, nothing is read)', async () => {
    const p = join(dir, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3 + 1);
    closeSync(fd);
    const err = await errorOf(openArchive(p));
    expect(err.message).toMatch(/huge\.txt: file is 2\.0 GiB, over the 2\.0 GiB limit for one file/);
    rmSync(p);
  });

  it('opens a single file as a one-entry source', async () => {
    const p = write('one.txt', 'just text');
    const src = await openArchive(p);
    expect(src.name).toBe(p);
    expect(src.entries.map((e) => e.path)).toEqual(['one.txt']);
    expect(new TextDecoder().decode(await src.entries[0]!.bytes())).toBe('just text');
  });

  it('walks a folder with relative "/" paths and ignores symlinks that leave it', async () => {
    const root = join(dir, 'export');
    mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(root, 'top.json'), '[]');
    writeFileSync(join(root, 'sub', 'deeper', 'x.txt'), 'x');
    const outside = write('secret.txt', 'outside');
    symlinkSync(outside, join(root, 'link-out.txt'));
    symlinkSync(join(root, 'top.json'), join(root, 'sub', 'link-in.json'));
    symlinkSync(dir, join(root, 'loop'));
    const src = await openArchive(root);
    expect(src.entries.map((e) => e.path).sort()).toEqual(['sub/deeper/x.txt', 'sub/link-in.json', 'top.json']);
    expect(readFileSync(outside, 'utf8')).toBe('outside');
    // A file over the per-file limit inside a folder fails when read, naming it.
    const err = await errorOf(
      src
        .find('top.json')!
        .bytes()
        .then(() => openArchive(root, { limits: { maxFileBytes: 1 } }))
        .then((s) => s.find('top.json')!.bytes()),
    );
    expect(err.message).toMatch(/top\.json: file is 2 bytes, over the 1 bytes limit/);
  });
});

describe('reading progress', () => {
  it('counts the bytes each opened entry has reached, and starts an entry again when it is read again', async () => {
    const big = 'x'.repeat(200 * 1024);
    const folder = join(dir, 'progress');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), big);
    writeFileSync(join(folder, 'b.txt'), 'small');
    const src = await openArchive(folder);
    expect(src.progress()).toBe(0);
    const a = src.find('a.txt')!;
    const seen: number[] = [];
    for await (const _ of a.stream()) seen.push(src.progress());
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(1);
    expect(seen.at(-1)).toBe(1);
    // a second pass over a.txt: back to the start
    const again = a.stream()[Symbol.asyncIterator]();
    await again.next();
    expect(src.progress()).toBeCloseTo(seen[0]!);
    await again.return?.(undefined);
    // an entry opened later joins the total
    await src.find('b.txt')!.bytes();
    expect(src.progress()).toBeLessThan(1);
    expect(src.progress()).toBeGreaterThan(0);
  });

  it('counts a zip entry by its inflated bytes', async () => {
    const p = write('progress.zip', zipSync({ 'data/tweets.js': strToU8('y'.repeat(300 * 1024)) }));
    const src = await openArchive(p);
    await src.entries[0]!.bytes();
    expect(src.progress()).toBe(1);
  });
});
