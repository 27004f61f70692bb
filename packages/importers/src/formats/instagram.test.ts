import { describe, expect, it } from 'vitest';
import { facebookImporter } from './facebook.js';
import { instagramImporter } from './instagram.js';
import { collect, fixtureDir, folderFiles, testSource } from './test-source.js';

const utc = { timeZone: 'UTC' };

describe('Instagram export', () => {
  const source = () => testSource(folderFiles(fixtureDir('instagram')), { name: 'instagram-dr.synthetic.zip' });

  it('detects Instagram, not Facebook (both have messages/inbox)', async () => {
    expect(await instagramImporter.detect(source())).toBe(true);
    expect(await facebookImporter.detect(source())).toBe(false);
  });

  it('reads posts (single and carousel captions), comments and messages, repairing mojibake', async () => {
    const items = await collect(instagramImporter.items(source(), utc));
    expect(items.map((i) => [i.channel, i.author, i.text])).toEqual([
      ['public-post', 'dr.synthetic', 'Morning run before clinic ☀️'],
      ['public-post', 'dr.synthetic', 'Carousel caption – two photos'],
      ['comment', 'dr.synthetic', 'Great photo! 😍'],
      ['direct-message', 'Zoë Synthetic', 'Ça va 🙂'],
      ['direct-message', 'Friend Account', 'You’re on call tomorrow?'],
    ]);
    expect(items[0]).toMatchObject({ platform: 'instagram', at: '2019-01-09T02:13:20+00:00' });
    expect(items[3]?.threadId).toBe('inbox/friendaccount_987654');
  });

  it('works with the newer your_instagram_activity layout and an object-wrapped comments file', async () => {
    const src = testSource({
      'your_instagram_activity/content/posts_1.json':
        '[{"media":[{"uri":"m.jpg","creation_timestamp":1600000000,"title":"New layout"}]}]',
      'your_instagram_activity/comments/post_comments_1.json':
        '{"comments_media_comments":[{"string_map_data":{"Comment":{"value":"Wrapped"},"Time":{"timestamp":1600000100}}}]}',
    });
    expect(await instagramImporter.detect(src)).toBe(true);
    const items = await collect(instagramImporter.items(src, utc));
    expect(items.map((i) => i.text)).toEqual(['New layout', 'Wrapped']);
  });

  it('names the file when posts_1.json is truncated', async () => {
    const src = testSource(
      { 'content/posts_1.json': '[{"media":[{"title":"a","creation_timestamp":1}]},{"media":[' },
      { name: 'ig' },
    );
    await expect(collect(instagramImporter.items(src, utc))).rejects.toThrow(/ig\/content\/posts_1\.json: .*truncated/);
  });
});
