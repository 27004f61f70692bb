import { describe, expect, it } from 'vitest';
import { ImportError } from '../types.js';
import { blueskyImporter, postText } from './bluesky.js';
import { buildRepo, DID } from '../../test/bluesky-repo.js';
import { collect, testSource } from './test-source.js';

const utc = { timeZone: 'UTC' };

describe('Bluesky repository CAR', () => {
  it('detects a CAR export and not other files', async () => {
    expect(await blueskyImporter.detect(testSource({ 'repo.car': await buildRepo() }))).toBe(true);
    expect(await blueskyImporter.detect(testSource({ 'notes.car': 'just text' }))).toBe(false);
    expect(await blueskyImporter.detect(testSource({ 'repo.json': '{}' }))).toBe(false);
  });

  it('extracts app.bsky.feed.post records with keys, links and replies', async () => {
    const items = await collect(blueskyImporter.items(testSource({ 'repo.car': await buildRepo() }), utc));
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(items).toHaveLength(2);
    expect(byId.get(`at://${DID}/app.bsky.feed.post/3kaaaaaaaaa22`)).toEqual({
      id: `at://${DID}/app.bsky.feed.post/3kaaaaaaaaa22`,
      platform: 'bluesky',
      channel: 'public-post',
      at: '2024-11-20T10:00:00+00:00',
      author: DID,
      text: 'Hello from the practice 👋',
      url: `https://bsky.app/profile/${DID}/post/3kaaaaaaaaa22`,
    });
    expect(byId.get(`at://${DID}/app.bsky.feed.post/3kbbbbbbbbb22`)).toMatchObject({
      channel: 'reply',
      text: 'Read this: https://example.org/guidance-on-social-media',
      replyTo: 'at://did:plc:other/app.bsky.feed.post/3kparent',
      threadId: 'at://did:plc:other/app.bsky.feed.post/3kroot',
    });
  });

  it('honours since', async () => {
    const items = await collect(
      blueskyImporter.items(testSource({ 'repo.car': await buildRepo() }), {
        ...utc,
        since: new Date('2024-11-21T00:00:00Z'),
      }),
    );
    expect(items.map((i) => i.text)).toEqual(['Read this: https://example.org/guidance-on-social-media']);
  });

  it('names the file when the CAR is truncated', async () => {
    const bytes = await buildRepo();
    const src = testSource({ 'repo.car': bytes.subarray(0, bytes.length - 40) }, { name: 'bsky-export' });
    const error = await collect(blueskyImporter.items(src, utc)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^bsky-export\/repo\.car: is truncated/);
  });

  it('keeps link labels that are words, not shortened URLs', () => {
    const text = 'see the guidance here';
    const start = text.indexOf('guidance');
    expect(
      postText({
        text,
        facets: [
          {
            index: { byteStart: start, byteEnd: start + 8 },
            features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://e.org' }],
          },
        ],
      }),
    ).toBe(text);
  });
});
