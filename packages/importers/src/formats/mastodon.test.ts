import { describe, expect, it } from 'vitest';
import { mastodonImporter, visibility } from './mastodon.js';
import { collect, fixtureDir, folderFiles, testSource } from './test-source.js';

const utc = { timeZone: 'UTC' };

describe('Mastodon outbox', () => {
  const source = () => testSource(folderFiles(fixtureDir('mastodon')), { name: 'archive-mastodon.tar' });

  it('detects an outbox', async () => {
    expect(await mastodonImporter.detect(source())).toBe(true);
    expect(await mastodonImporter.detect(testSource({ 'outbox.json': '{"hello":1}' }))).toBe(false);
  });

  it('reads Create/Note activities: HTML to text, visibility, replies, CW; skips boosts', async () => {
    const items = await collect(mastodonImporter.items(source(), utc));
    expect(items.map((i) => [i.channel, i.text])).toEqual([
      ['public-post', 'First line & more\nsecond line\n\nNew paragraph with https://example.org/x <3'],
      ['reply', '@colleague I disagree, respectfully.'],
      ['direct-message', '@friend private note'],
      ['public-post', 'CW: clinical details\nSpoiler text'],
    ]);
    expect(items[0]).toMatchObject({
      id: 'https://mastodon.example/users/drsynthetic/statuses/110000000000000001',
      platform: 'mastodon',
      at: '2024-05-01T10:00:00+00:00',
      author: '@drsynthetic@mastodon.example',
      url: 'https://mastodon.example/@drsynthetic/110000000000000001',
      threadId: 'tag:mastodon.example,2024-05-01:objectId=1:objectType=Conversation',
    });
    expect(items[1]?.replyTo).toBe('https://other.example/users/colleague/statuses/1');
  });

  it('classifies visibility from to/cc', () => {
    const P = 'https://www.w3.org/ns/activitystreams#Public';
    expect(visibility({ to: [P] })).toBe('public');
    expect(visibility({ to: ['https://m.example/users/me/followers'] })).toBe('public');
    expect(visibility({ to: ['https://m.example/users/someone'], cc: [] })).toBe('direct');
  });

  it('names the file when outbox.json is truncated or has no orderedItems', async () => {
    const text = new TextDecoder().decode(folderFiles(fixtureDir('mastodon'))['outbox.json']);
    const cut = testSource({ 'outbox.json': text.slice(0, text.length / 2) }, { name: 'm' });
    await expect(collect(mastodonImporter.items(cut, utc))).rejects.toThrow(/m\/outbox\.json: .*truncated/);
    const wrong = testSource({ 'outbox.json': '{"type":"OrderedCollection","items":[]}' }, { name: 'm' });
    await expect(collect(mastodonImporter.items(wrong, utc))).rejects.toThrow(
      /m\/outbox\.json: is not in the expected format \(no "orderedItems" array/,
    );
  });
});
