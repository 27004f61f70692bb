import { describe, expect, it } from 'vitest';
import { ImportError } from '../types.js';
import { facebookImporter, repairMojibake } from './facebook.js';
import { instagramImporter } from './instagram.js';
import { collect, fixtureDir, folderFiles, fromDisk, testSource } from './test-source.js';

const MESSENGER_SAMPLE = '/work/shared/eval/archive_samples/chat_analytics_mlomb/messenger/2A_7M.json';
const utc = { timeZone: 'UTC' };

describe('repairMojibake', () => {
  it('re-decodes UTF-8 bytes written as Latin-1 code units', () => {
    expect(repairMojibake('\u00e2\u0080\u0099')).toBe('’');
    expect(repairMojibake('It\u00e2\u0080\u0099s \u00f0\u009f\u0098\u0082')).toBe('It’s 😂');
    expect(repairMojibake('Zo\u00c3\u00ab')).toBe('Zoë');
  });
  it('leaves text alone when it is not mojibake', () => {
    expect(repairMojibake('plain ascii')).toBe('plain ascii');
    expect(repairMojibake('café')).toBe('café'); // é alone is not valid UTF-8
    expect(repairMojibake('already ’ fine')).toBe('already ’ fine'); // code unit above 255
    expect(repairMojibake('£5 ×2')).toBe('£5 ×2');
  });
});

describe('Facebook export', () => {
  const source = () => testSource(folderFiles(fixtureDir('facebook')), { name: 'facebook-zoe.zip' });

  it('detects Facebook, not Instagram', async () => {
    expect(await facebookImporter.detect(source())).toBe(true);
    expect(await instagramImporter.detect(source())).toBe(false);
    expect(await facebookImporter.detect(testSource({ 'a.txt': 'x' }))).toBe(false);
  });

  it('reads posts, comments and Messenger threads with the mojibake repaired', async () => {
    const items = await collect(facebookImporter.items(source(), utc));
    const posts = items.filter((i) => i.channel === 'public-post');
    expect(posts.map((p) => [p.at, p.author, p.text])).toEqual([
      ['2019-01-01T00:00:00+00:00', 'Zoë Synthetic', 'Happy New Year from the surgery team! It’s been a long year 😂'],
      ['2019-01-02T00:00:00+00:00', 'Zoë Synthetic', 'https://example.org/article'],
      ['2019-01-04T00:00:00+00:00', 'Zoë Synthetic', 'Café au lait — naïve résumé'],
    ]);
    const comment = items.find((i) => i.channel === 'comment');
    expect(comment).toMatchObject({
      author: 'Zoë Synthetic',
      text: 'Totally agree – “well said”',
      at: '2019-01-05T00:00:00+00:00',
    });

    const dm = items.filter((i) => i.channel === 'direct-message');
    // message_2.json (older) first, each file in time order
    expect(dm.map((m) => [m.author, m.text])).toEqual([
      ['Zoë Synthetic', '[photo: 123.jpg]'],
      ['Sam Colleague', 'Older message from message_2.json'],
      ['Sam Colleague', 'Are you coming tonight?'],
      ['Zoë Synthetic', 'See you at the practice meeting 👍'],
    ]);
    expect(new Set(dm.map((m) => m.threadId))).toEqual(new Set(['inbox/samcolleague_ab12cd']));
    const group = items.find((i) => i.channel === 'group-chat');
    expect(group).toMatchObject({
      author: 'A One',
      text: 'Group chat message\nhttps://example.org/shared',
      platform: 'facebook',
    });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('reads the shared Messenger sample (7 messages, 2 authors, BOM)', async () => {
    const src = testSource({ 'messages/inbox/alice_aaaaaaaaaa/message_1.json': fromDisk(MESSENGER_SAMPLE) });
    expect(await facebookImporter.detect(src)).toBe(true);
    const items = await collect(facebookImporter.items(src, utc));
    expect(items).toHaveLength(7);
    expect(new Set(items.map((i) => i.author))).toEqual(new Set(['Alice', 'Bob']));
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort());
    expect(items.at(-1)).toMatchObject({
      author: 'Alice',
      text: 'Hello',
      at: '2014-11-05T00:35:32.056+00:00',
      channel: 'direct-message',
    });
    expect(items.map((i) => i.text)).toContain('[file: blabla.docx]');
    expect(items.every((i) => i.threadId === 'inbox/alice_aaaaaaaaaa')).toBe(true);
  });

  it('reads a Messenger file given on its own', async () => {
    const src = testSource({ '2A_7M.json': fromDisk(MESSENGER_SAMPLE) });
    expect(await facebookImporter.detect(src)).toBe(true);
    const items = await collect(facebookImporter.items(src, utc));
    expect(items).toHaveLength(7);
    expect(items[0]?.threadId).toBe('inbox/alice_aaaaaaaaaa');
  });

  it('honours since', async () => {
    const items = await collect(facebookImporter.items(source(), { ...utc, since: new Date('2019-01-06T00:00:00Z') }));
    expect(items.map((i) => i.text)).toEqual([
      'Group chat message\nhttps://example.org/shared',
      'Are you coming tonight?',
      'See you at the practice meeting 👍',
    ]);
  });

  it('names the file when a JSON file is truncated or not an export', async () => {
    const truncated = testSource(
      { 'posts/your_posts_1.json': '[{"timestamp": 1546300800, "data": [{"post": "hi"}]}, {"timestamp": 15' },
      { name: 'fb' },
    );
    await expect(collect(facebookImporter.items(truncated, utc))).rejects.toThrow(
      /fb\/posts\/your_posts_1\.json: .*truncated/,
    );
    const badThread = testSource({
      'messages/inbox/x_1/message_1.json': '{"participants": [], "messages": [{"sender_name": "A"',
    });
    const error = await collect(facebookImporter.items(badThread, utc)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/message_1\.json: .*truncated/);
    const notThread = testSource({ 'messages/inbox/x_1/message_1.json': '{"hello": "world"}' });
    await expect(collect(facebookImporter.items(notThread, utc))).rejects.toThrow(
      /message_1\.json: is not a message file/,
    );
  });
});
