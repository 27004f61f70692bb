import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importItems } from '../index.js';
import type { ArchivedItem } from '../types.js';
import { telegramImporter, telegramText } from './telegram.js';
import { collect, testSource } from './test-source.js';

const SAMPLES = '/work/shared/eval/archive_samples/chat_analytics_mlomb/telegram';
const HAVE = existsSync(SAMPLES);
if (!HAVE) console.warn(`[importers] ${SAMPLES} is absent: Telegram sample tests are skipped`);
const FULL = fileURLToPath(new URL('../../test-fixtures/telegram/result.json', import.meta.url));

async function all(path: string, options = {}): Promise<ArchivedItem[]> {
  const out: ArchivedItem[] = [];
  for await (const i of importItems(path, options)) out.push(i);
  return out;
}

describe.skipIf(!HAVE)('Telegram samples (chat-analytics)', () => {
  it('DM_2A_7M: a personal chat, service messages skipped, rich text joined', async () => {
    const items = await all(`${SAMPLES}/DM_2A_7M.json`);
    expect(items).toHaveLength(6);
    expect(items.every((i) => i.channel === 'direct-message' && i.platform === 'telegram')).toBe(true);
    expect(new Set(items.map((i) => i.author))).toEqual(new Set(['Alice', 'Bob']));
    expect(items[0]).toMatchObject({
      id: '700000000:3644',
      text: 'https://google.com 👀',
      at: '2019-07-12T16:55:32+01:00',
      threadId: 'telegram:700000000',
    });
    expect(items[2]!.at).toBe('2022-05-09T23:23:53+01:00'); // date_unixtime 1652135033 (no wall-clock date given)
    expect(items.at(-1)).toMatchObject({ text: '', attachments: ['(media omitted)'] });
  });
  it('BIG_20A_5475M: 5,475 messages by 20 authors in a supergroup, streamed', async () => {
    const items = await all(`${SAMPLES}/BIG_20A_5475M.json`);
    expect(items).toHaveLength(5475);
    expect(new Set(items.map((i) => i.author)).size).toBe(20);
    expect(items.every((i) => i.channel === 'group-chat')).toBe(true);
    expect(items[0]!.at).toBe('2017-01-01T06:20:09.248+00:00');
  });
});

describe('Telegram full account export (synthetic fixture)', () => {
  it('reads every chat, with its type, replies and attachments', async () => {
    const items = await all(FULL);
    expect(items.map((i) => [i.id, i.channel, i.author, i.text, i.at])).toEqual([
      ['200:1', 'direct-message', 'Alex', 'Are you on call tonight?', '2023-07-01T21:15:00+01:00'],
      [
        '200:2',
        'direct-message',
        'Sam Doctor',
        'Yes, all night "again" — with \\ backslash',
        '2023-07-01T21:16:00+01:00',
      ],
      ['300:10', 'group-chat', 'Jo', 'Happy Christmas {all} [team]', '2023-12-25T08:00:00+00:00'],
      ['300:11', 'group-chat', 'Sam Doctor', '', '2023-12-25T08:05:00+00:00'],
      ['400:5', 'public-post', 'Old news', 'Clocks went forward', '2020-03-29T02:30:00+01:00'],
    ]);
    expect(items[1]!.replyTo).toBe('200:1');
    expect(items[3]!.attachments).toEqual(['photos/photo_1@25-12-2023_08-05-00.jpg']);
  });
  it('honours since', async () => {
    const items = await all(FULL, { since: new Date('2023-08-01') });
    expect(items.map((i) => i.id)).toEqual(['300:10', '300:11']);
  });
  it('reads a message whose fields have the wrong types (a damaged export) as strings or not at all', async () => {
    const chat = {
      name: 'Ward',
      type: 'private_group',
      id: 9,
      messages: [
        { id: 1, type: 'message', date: '2024-01-02T10:00:00', from: 1e308, text: 'a number for a name' },
        { id: [[1]], type: 'message', date: '2024-01-02T10:01:00', from: { a: 1 }, from_id: 'user7', text: 'ok' },
        { id: 3, type: 'message', date: '2024-01-02T10:02:00', text: '', sticker_emoji: ['x'], photo: 5 },
      ],
    };
    const source = testSource({ 'result.json': JSON.stringify(chat) });
    const items = await collect(telegramImporter.items(source, { timeZone: 'UTC' }));
    expect(items.map((i) => [i.id, i.author, i.text, i.attachments])).toEqual([
      ['9:1', '1e+308', 'a number for a name', undefined],
      ['9:1', 'user7', 'ok', undefined],
      ['9:3', 'Deleted Account', '', ['5']],
    ]);
  });
  it('telegramText joins strings and entities', () => {
    expect(telegramText(['a', { type: 'link', text: 'b' }, 3, { type: 'x' }])).toBe('ab');
    expect(telegramText(undefined)).toBe('');
  });
});
