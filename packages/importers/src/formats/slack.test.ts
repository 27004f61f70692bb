import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { importItems } from '../index.js';
import type { ArchivedItem } from '../types.js';
import { slackImporter, slackText } from './slack.js';
import { collect, fixtureDir, folderFiles, testSource } from './test-source.js';

const SAMPLE = '/work/shared/eval/archive_samples/slack_hfaran_testarchive';
const HAVE = existsSync(SAMPLE);
if (!HAVE) console.warn(`[importers] ${SAMPLE} is absent: Slack sample tests are skipped`);

async function all(path: string, options = {}): Promise<ArchivedItem[]> {
  const out: ArchivedItem[] = [];
  for await (const i of importItems(path, options)) out.push(i);
  return out;
}

describe.skipIf(!HAVE)('Slack sample export (hfaran testarchive)', () => {
  it('reads the zip and the extracted folder alike', async () => {
    const zip = await all(`${SAMPLE}/testarchive.zip`);
    const folder = await all(`${SAMPLE}/extracted`);
    expect(zip).toEqual(folder);
    // 158 records in the day files, minus 8 channel_join and 3 bot_add notices.
    expect(zip).toHaveLength(147);
    expect(zip.every((i) => i.platform === 'slack' && i.channel === 'group-chat')).toBe(true);
    expect(new Set(zip.map((i) => i.threadId))).toEqual(new Set(['C0JGLMMNX', 'C0JL6CGQ2']));
  });
  it('names authors from users.json and resolves mentions', async () => {
    const items = await all(`${SAMPLE}/testarchive.zip`);
    expect(items[0]).toMatchObject({
      id: 'C0JGLMMNX:1452837352.000006',
      at: '2016-01-15T05:55:52+00:00',
      author: 'Hamza Faran',
      text: '@Harry Potter: Created an issue for a setup.py so that it can be installed to a standard place',
    });
    expect(items.some((i) => /<@U/.test(i.text))).toBe(false);
  });
  it('takes bot posts text from their attachments', async () => {
    const items = await all(`${SAMPLE}/extracted`);
    const bot = items.find((i) => i.id === 'C0JL6CGQ2:1459254786.000027');
    expect(bot?.text).toContain('[traveling-sailor:master] 1 new commit by Hamza Faran');
    expect(bot?.at).toBe('2016-03-29T13:33:06+01:00');
  });
});

describe('Slack: DMs, group DMs, threads (synthetic export in a wrapping folder)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pause-slack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps channels, mpims and DMs, thread_ts to threadId/replyTo, files to attachments', async () => {
    const zip = zipSync(folderFiles(fixtureDir('slack')));
    const p = join(dir, 'slack.zip');
    writeFileSync(p, zip);
    const items = await all(p);
    expect(items.map((i) => [i.channel, i.author, i.text, i.threadId, i.replyTo])).toEqual([
      ['group-chat', 'Dr Sam Jones', 'Rota & #general NHS link @channel', 'C1:1706778000.000100', undefined],
      ['group-chat', 'alex.k', 'Reply in thread @Dr Sam Jones', 'C1:1706778000.000100', 'C1:1706778000.000100'],
      ['group-chat', 'jo', 'see file', 'G1', undefined],
      ['direct-message', 'Dr Sam Jones', 'Private word', 'D1', undefined],
    ]);
    expect(items[2]!.attachments).toEqual(['notes.pdf']);
    expect(items[3]!.at).toBe('2024-07-03T09:00:00+01:00');
  });
  it('skips a message whose time is not one a date can hold (a damaged export), and reads the rest', async () => {
    const day = [
      { type: 'message', user: 'U1', text: 'far future', ts: '8640000000000001' },
      { type: 'message', user: 'U1', text: 'not a time', ts: 1e300 },
      { type: 'message', user: 'U1', text: 'kept', ts: '1706778000.000100' },
    ];
    const source = testSource({ 'users.json': '[]', 'general/2024-02-01.json': JSON.stringify(day) });
    const items = await collect(slackImporter.items(source, { timeZone: 'UTC' }));
    expect(items.map((i) => [i.text, i.at])).toEqual([['kept', '2024-02-01T09:00:00+00:00']]);
  });
  it('reads a record whose fields have the wrong types (a damaged export) as far as it can, without a TypeError', async () => {
    const users = [
      { id: 'U1', real_name: ['Dr Sam'], name: 'sam', profile: 'x' },
      { id: 7, name: {} },
    ];
    const day = [
      { type: 'message', user: 'U1', text: ['not', 'text'], ts: '1706778000', files: 'notes.pdf', attachments: 5 },
      { type: 'message', user: 7, user_profile: 'x', text: 'hello', ts: 1706778060, files: [null, { name: 'a.png' }] },
    ];
    const source = testSource({ 'users.json': JSON.stringify(users), 'general/2024-02-01.json': JSON.stringify(day) });
    const items = await collect(slackImporter.items(source, { timeZone: 'UTC' }));
    expect(items.map((i) => [i.author, i.text, i.attachments])).toEqual([
      ['sam', '', undefined],
      ['7', 'hello', ['a.png']],
    ]);
  });
  it('slackText handles the markup forms', () => {
    const users = new Map([['U1', 'Sam']]);
    expect(slackText('<@U1> <@U9> <mailto:a@b.c|a@b.c> <https://x.y> <!subteam^S1|@gps> 1 &lt; 2', users)).toBe(
      '@Sam @U9 a@b.c https://x.y @gps 1 < 2',
    );
  });
});
