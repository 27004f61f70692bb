import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { detectImporter, importItems, openArchive, IMPORTERS, ImportError } from './index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pause-detect-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function detectPath(name: string, data: string | Uint8Array): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, data);
  return (await detectImporter(await openArchive(p))).id;
}
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as Error).message;
  }
  throw new Error('expected an ImportError');
}

describe('detectImporter', () => {
  it("recognises each of this package's formats", async () => {
    expect(await detectPath('WhatsApp Chat with A.txt', '1/1/21, 12:00 - A: Hi\n')).toBe('whatsapp');
    expect(await detectPath('result.json', '{"name":"A","type":"personal_chat","id":1,"messages":[]}')).toBe(
      'telegram',
    );
    expect(await detectPath('export.json', '{\n "about": "x",\n "personal_information": {}\n}')).toBe('telegram');
    expect(await detectPath('rows.csv', 'text,time\nhi,2024-01-01\n')).toBe('generic');
    expect(await detectPath('rows.jsonl', '{"text":"hi","time":1}\n')).toBe('generic');
    const slack = zipSync({
      'users.json': strToU8('[]'),
      'channels.json': strToU8('[]'),
      'general/2020-01-01.json': strToU8('[]'),
    });
    expect(await detectPath('slack.zip', slack)).toBe('slack');
  });

  it('explains a JSON file that is not an export and lists the formats', async () => {
    const p = join(dir, 'package.json');
    writeFileSync(p, '{"name": "left-pad", "version": "1.0.0"}');
    const msg = await failure(detectImporter(await openArchive(p)));
    expect(msg).toContain(p);
    expect(msg).toMatch(/a JSON file, but not a known export/);
    expect(msg).toMatch(/Supported formats: .*whatsapp .*slack|Supported formats: .*slack.*whatsapp/);
    for (const imp of IMPORTERS) expect(msg).toContain(imp.id);
  });

  it('explains a text file that is not a chat and a folder of unknown files', async () => {
    const p = join(dir, 'notes.txt');
    writeFileSync(p, 'Dear diary\nnothing to see\n');
    expect(await failure(importItems(p)[Symbol.asyncIterator]().next())).toMatch(
      /notes\.txt: a text file, but its lines do not start with WhatsApp dates/,
    );
    const f = join(dir, 'stuff');
    mkdirSync(f);
    writeFileSync(join(f, 'a.bin'), 'x');
    writeFileSync(join(f, 'b.bin'), 'y');
    expect(await failure(importItems(f)[Symbol.asyncIterator]().next())).toMatch(
      /stuff: 2 files \(a\.bin, b\.bin\) with no known export layout/,
    );
  });

  it('reports a missing path and an unknown forced format', async () => {
    expect(await failure(importItems(join(dir, 'missing.zip'))[Symbol.asyncIterator]().next())).toMatch(
      /missing\.zip: no such file or folder/,
    );
    const p = join(dir, 'forced.txt');
    writeFileSync(p, '1/1/21, 12:00 - A: Hi\n');
    expect(await failure(importItems(p, { format: 'myspace' })[Symbol.asyncIterator]().next())).toMatch(
      /unknown format "myspace"/,
    );
    const items = [];
    for await (const i of importItems(p, { format: 'whatsapp' })) items.push(i);
    expect(items).toHaveLength(1);
  });

  it('keeps the generic importer last', () => {
    expect(IMPORTERS.at(-1)?.id).toBe('generic');
  });
});
