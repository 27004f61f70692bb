import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importItems } from '../index.js';
import type { ArchivedItem } from '../types.js';
import { inferDaysFirst, looksLikeWhatsApp } from './whatsapp.js';

const SAMPLES = '/work/shared/eval/archive_samples';
const HAVE = existsSync(SAMPLES);
if (!HAVE) console.warn(`[importers] ${SAMPLES} is absent: WhatsApp sample-file tests are skipped`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pause-wa-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function chat(
  text: string | Uint8Array,
  options: Parameters<typeof importItems>[1] = {},
  name = 'WhatsApp Chat with Test.txt',
): Promise<ArchivedItem[]> {
  const sub = join(dir, String(n++));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(sub);
  const p = join(sub, name);
  writeFileSync(p, text);
  const out: ArchivedItem[] = [];
  for await (const i of importItems(p, options)) out.push(i);
  return out;
}
async function file(path: string, options = {}): Promise<ArchivedItem[]> {
  const out: ArchivedItem[] = [];
  for await (const i of importItems(path, options)) out.push(i);
  return out;
}
const utcIso = (iso: string): string => new Date(iso).toISOString();

interface Formats {
  date_format_cases: {
    id: string;
    line: string;
    expected_author: string;
    expected_message: string;
    expected_datetime_utc: string;
  }[];
  attachment_cases: { id: string; line: string; expected_attachment_filename: string }[];
}

describe.skipIf(!HAVE)('WhatsApp: every date layout of pustur_whatsapp_line_formats.json', () => {
  const formats = HAVE
    ? (JSON.parse(readFileSync(`${SAMPLES}/whatsapp/pustur_whatsapp_line_formats.json`, 'utf8')) as Formats)
    : { date_format_cases: [], attachment_cases: [] };
  it.each(formats.date_format_cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const items = await chat(`${c.line}\n`, { timeZone: 'UTC' });
    expect(items).toHaveLength(1);
    const it0 = items[0]!;
    expect(it0.author).toBe(c.expected_author);
    expect(it0.text).toBe(c.expected_message);
    expect(it0.at).toBe(c.expected_datetime_utc.replace('.000Z', '+00:00'));
    expect(utcIso(it0.at)).toBe(c.expected_datetime_utc);
    // The same wall-clock time in London (the default zone) carries the BST offset in June.
    const london = await chat(`${c.line}\n`);
    expect(london[0]!.at).toBe(c.expected_datetime_utc.replace('.000Z', '+01:00'));
  });
  it.each(formats.attachment_cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const items = await chat(`${c.line}\n`);
    expect(items).toHaveLength(1);
    expect(items[0]!.attachments).toEqual([c.expected_attachment_filename]);
    expect(items[0]!.text).not.toContain(c.expected_attachment_filename);
  });
  it('attachment with a caption keeps the caption', async () => {
    const items = await chat(`${formats.attachment_cases[3]!.line}\n`);
    expect(items[0]!.text).toBe('Dir auch frohe Ostern.');
  });
});

describe('WhatsApp: messages', () => {
  it('joins continuation lines into one multi-line message', async () => {
    const items = await chat('23/06/2018, 01:55 p.m. - Loris: one\ntwo\n\nthree\n23/06/2018, 01:56 p.m. - Ann: next\n');
    expect(items.map((i) => [i.author, i.text])).toEqual([
      ['Loris', 'one\ntwo\n\nthree'],
      ['Ann', 'next'],
    ]);
    expect(items[0]!.at).toBe('2018-06-23T13:55:00+01:00');
  });
  it('skips system messages and encryption notices, keeps empty messages', async () => {
    const items = await chat(
      [
        '06/03/2017, 00:45 - Messages to this group are now secured with end-to-end encryption. Tap for more info.',
        '06/03/2017, 00:45 - You created group "Test"',
        '06/03/2017, 00:46 - Group name: Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
        '03/02/17, 18:42 - Luke: ',
        '23/06/2018, 01:55 a.m. - Luke: Hey!',
      ].join('\n'),
    );
    expect(items.map((i) => [i.author, i.text, i.at])).toEqual([
      ['Luke', '', '2017-02-03T18:42:00+00:00'],
      ['Luke', 'Hey!', '2018-06-23T01:55:00+01:00'],
    ]);
  });
  it('marks omitted media as an attachment with no text', async () => {
    const items = await chat('1/1/21, 12:03 - B: <Media omitted>\n1/1/21, 12:04 - A: ok\n');
    expect(items[0]).toMatchObject({ author: 'B', text: '', attachments: ['(media omitted)'] });
  });
  it('is direct-message with two authors and group-chat with more (or a group notice)', async () => {
    const two = await chat('1/1/21, 12:00 - A: Hi\n1/1/21, 12:01 - B: Hello\n');
    expect(two.map((i) => i.channel)).toEqual(['direct-message', 'direct-message']);
    const three = await chat('1/1/21, 12:00 - A: Hi\n1/1/21, 12:01 - B: Hello\n1/1/21, 12:02 - C: Hey\n');
    expect(new Set(three.map((i) => i.channel))).toEqual(new Set(['group-chat']));
    const created = await chat(
      '1/1/21, 11:00 - A created group "Ward 7"\n1/1/21, 12:00 - A: Hi\n1/1/21, 12:01 - B: Hello\n',
    );
    expect(created[0]!.channel).toBe('group-chat');
  });
  it('names the thread after the chat', async () => {
    const items = await chat('1/1/21, 12:00 - A: Hi\n', {}, 'WhatsApp Chat with Dr Ann Smith.txt');
    expect(items[0]!.threadId).toBe('Dr Ann Smith');
    expect(items[0]!.platform).toBe('whatsapp');
  });
  it('decides day/month order from the whole chat (month first when a second number passes 12)', async () => {
    const items = await chat('03/04/21, 09:00 - A: first\n03/20/21, 09:00 - B: later\n');
    expect(items.map((i) => i.at.slice(0, 10))).toEqual(['2021-03-04', '2021-03-20']);
    expect(
      inferDaysFirst([
        [1, 3, 2021],
        [2, 3, 2021],
        [3, 3, 2021],
      ]),
    ).toBe(true);
    expect(
      inferDaysFirst([
        [3, 1, 2021],
        [3, 2, 2021],
        [4, 1, 2021],
      ]),
    ).toBe(false);
  });
  it('reads a UTF-16 export with a BOM and a windows-1252 one', async () => {
    const s = '12/03/2020, 10:00 - Zoë: café ✓\n';
    const u16 = new Uint8Array(2 + s.length * 2);
    u16[0] = 0xff;
    u16[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      u16[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      u16[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    expect((await chat(u16))[0]).toMatchObject({ author: 'Zoë', text: 'café ✓' });
    const cp1252 = new Uint8Array([...strToU8('12/03/2020, 10:00 - Zo'), 0xeb, ...strToU8(': caf'), 0xe9, 0x0a]);
    expect((await chat(cp1252))[0]).toMatchObject({ author: 'Zoë', text: 'café' });
  });
  it('reads the chat inside a WhatsApp .zip with media', async () => {
    const zip = zipSync({
      'WhatsApp Chat with Ann.txt': strToU8(
        '01/02/2022, 09:00 - Ann: photo below\n01/02/2022, 09:01 - Ann: IMG-20220201-WA0001.jpg (file attached)\n',
      ),
      'IMG-20220201-WA0001.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    });
    const p = join(dir, 'WhatsApp Chat with Ann.zip');
    writeFileSync(p, zip);
    const items = await file(p);
    expect(items.map((i) => [i.text, i.attachments])).toEqual([
      ['photo below', undefined],
      ['', ['IMG-20220201-WA0001.jpg']],
    ]);
    expect(items[0]!.id).toBe('WhatsApp Chat with Ann.txt#1');
  });
  it('detects WhatsApp text', () => {
    expect(looksLikeWhatsApp('[2016/04/15 15:04] Ash: hi\n')).toBe(true);
    expect(looksLikeWhatsApp('Dear diary,\n12/03/2020 was a good day\n')).toBe(false);
  });
});

describe.skipIf(!HAVE)('WhatsApp: sample chats', () => {
  it.each([
    ['whatstk/pokemon.txt', 18, '2016-08-06T13:23:00+01:00', 'Ash Ketchum', 'group-chat'],
    ['whatstk/legacy_tests_example_1.txt', 18, '2016-08-06T13:23:00+01:00', 'Ash Ketchum', 'group-chat'],
    ['whatstk/legacy_tests_example_2.txt', 18, '2016-08-06T13:23:00+01:00', 'Ash Ketchum', 'group-chat'],
    ['whatstk/legacy_tests_example-12h.txt', 18, '2016-08-06T13:23:00+01:00', 'Ash Ketchum', 'group-chat'],
    ['whatstk/legacy_tests_example-12h-2.txt', 18, '2016-08-06T13:23:00+01:00', 'Ash Ketchum', 'group-chat'],
    ['whatstk/lorem.txt', 500, '2020-01-15T02:22:56+00:00', 'Mary', 'group-chat'],
    ['whatstk/lorem-2000.txt', 2000, '2019-04-16T02:09:00+01:00', '+1 123 456 789', 'group-chat'],
    ['pustur_short-chat.txt', 3, '2017-06-03T00:45:00+01:00', 'Sample User', 'group-chat'],
  ])('%s: %i messages, first at %s by %s', async (path, count, firstAt, firstAuthor, channel) => {
    const items = await file(`${SAMPLES}/whatsapp/${path}`);
    expect(items).toHaveLength(count);
    expect(items[0]).toMatchObject({ at: firstAt, author: firstAuthor, channel, platform: 'whatsapp' });
    for (const i of items) expect(Number.isNaN(Date.parse(i.at))).toBe(false);
  });
  it('chat-analytics 2A_5M: 2 authors, 5 messages, the media one marked', async () => {
    const items = await file(`${SAMPLES}/chat_analytics_mlomb/whatsapp/2A_5M.txt`);
    expect(items.map((i) => [i.author, i.text, i.at])).toEqual([
      ['A', 'Hi', '2021-01-01T12:00:00+00:00'],
      ['B', 'Whats up?', '2021-01-01T12:01:00+00:00'],
      ['A', 'All good', '2021-01-01T12:02:00+00:00'],
      ['B', '', '2021-01-01T12:03:00+00:00'],
      ['A', 'This message should be reordered', '2021-01-01T12:02:00+00:00'],
    ]);
    expect(items[3]!.attachments).toEqual(['(media omitted)']);
    expect(items.every((i) => i.channel === 'direct-message')).toBe(true);
  });
  it('chat-analytics 4A_11M: 11 messages, system lines skipped, group chat', async () => {
    const items = await file(`${SAMPLES}/chat_analytics_mlomb/whatsapp/4A_11M.txt`);
    expect(items).toHaveLength(11);
    expect(items.every((i) => i.channel === 'group-chat')).toBe(true);
    expect(items.some((i) => /created group|added you|end-to-end/.test(i.text))).toBe(false);
  });
  it('multi-line message in the short chat', async () => {
    const items = await file(`${SAMPLES}/whatsapp/pustur_short-chat.txt`);
    expect(items[2]!.text).toBe('How are you?\nIs everything alright?');
  });
});

describe('importItems progress', () => {
  it('is 0 before the export is opened and 1 once it is read; the second pass over the chat starts again from 0', async () => {
    const sub = join(dir, 'progress');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    const p = join(sub, 'WhatsApp Chat with Test.txt');
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        `0${1 + (i % 9)}/03/2024, 10:${String(i % 60).padStart(2, '0')} - Sam: message number ${i} about the rota`,
    );
    writeFileSync(p, lines.join('\n'));
    const stream = importItems(p);
    expect(stream.progress()).toBe(0);
    const seen: number[] = [];
    for await (const _ of stream) seen.push(stream.progress());
    expect(seen).toHaveLength(3000);
    // items come from the second pass (the first only reads the dates), which starts below the end
    expect(seen[0]).toBeLessThan(1);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });
});

describe('importAll', () => {
  it('reads the exports in turn, keeps their conversations apart and weighs progress by size', async () => {
    const { mkdirSync } = await import('node:fs');
    const { importAll } = await import('../index.js');
    const paths = ['one', 'two'].map((name, k) => {
      const sub = join(dir, `all-${name}`);
      mkdirSync(sub);
      const p = join(sub, 'WhatsApp Chat with Team.txt');
      const lines = Array.from(
        { length: 200 * (k + 1) },
        (_, i) => `0${1 + (i % 9)}/03/2024, 10:${String(i % 60).padStart(2, '0')} - Sam: ${name} ${i}`,
      );
      writeFileSync(p, lines.join('\n'));
      return p;
    });
    const stream = importAll(paths);
    const items: ArchivedItem[] = [];
    const progress: number[] = [];
    for await (const item of stream) {
      items.push(item);
      progress.push(stream.progress());
    }
    expect(items).toHaveLength(600);
    expect(new Set(items.slice(0, 200).map((i) => i.threadId))).toEqual(new Set(['1:Team']));
    expect(new Set(items.slice(200).map((i) => i.threadId))).toEqual(new Set(['2:Team']));
    expect(items[0]!.text).toBe('one 0');
    // the first export is a third of the bytes: its last item is read at about a third of the way
    expect(progress[199]).toBeGreaterThan(0.25);
    expect(progress[199]).toBeLessThan(0.4);
    expect(progress.at(-1)).toBe(1);
  });

  it('is importItems itself for one export', async () => {
    const { importAll } = await import('../index.js');
    const p = join(dir, 'single.txt');
    writeFileSync(p, '01/03/2024, 10:00 - Sam: hello\n');
    const items: ArchivedItem[] = [];
    for await (const item of importAll([p])) items.push(item);
    expect(items.map((i) => [i.text, i.threadId])).toEqual([['hello', 'single']]);
  });
});
