import { describe, expect, it } from 'vitest';
import { ImportError } from '../types.js';
import { expandText, parseXDate, xImporter } from './x.js';
import { collect, fixtureDir, folderFiles, fromDisk, testSource } from './test-source.js';

const SAMPLE = '/work/shared/eval/archive_samples/twitter_x_knowledgemaxxing/tweets.js';
const utc = { timeZone: 'UTC' };

describe('X archive', () => {
  const source = () => testSource(folderFiles(fixtureDir('x')), { name: 'twitter-archive.zip' });

  it('detects an X archive and not other things', async () => {
    expect(await xImporter.detect(source())).toBe(true);
    expect(await xImporter.detect(testSource({ 'tweets.js': '[1]' }))).toBe(false);
    expect(await xImporter.detect(testSource({ 'notes.txt': 'hello' }))).toBe(false);
  });

  it('reads tweets, tweet parts, deleted tweets and DMs', async () => {
    const items = await collect(xImporter.items(source(), utc));
    expect(items.map((i) => i.id)).toEqual([
      '1100000000000000001',
      '1100000000000000002',
      '1200000000000000003',
      '1300000000000000004',
      '9000000000000000001',
      '9000000000000000002',
      '9100000000000000001',
    ]);
    const [first, reply] = items;
    expect(first).toEqual({
      id: '1100000000000000001',
      platform: 'x',
      channel: 'public-post',
      at: '2019-01-07T08:15:00+00:00',
      author: 'drsynthetic',
      text: 'Clinic ran late again & the waiting room was full. Details: https://example.org/nhs-waits <sigh>',
      url: 'https://x.com/drsynthetic/status/1100000000000000001',
    });
    expect(reply).toMatchObject({ channel: 'reply', replyTo: '1099999999999999999' });
    expect(reply?.text).toContain('"quoted" text, commas, [brackets] and {braces} in one tweet 😀');
  });

  it('orders DMs in time, names my own messages and expands their links', async () => {
    const dms = (await collect(xImporter.items(source(), utc))).filter(
      (i) => i.channel !== 'public-post' && i.channel !== 'reply',
    );
    expect(dms.map((d) => [d.channel, d.author, d.threadId, d.text])).toEqual([
      ['direct-message', '3003', '1001-3003', 'Here is the rota https://example.org/rota'],
      ['direct-message', 'drsynthetic', '1001-3003', 'Thanks, see you Monday'],
      ['group-chat', '4004', '1500000000000000000', 'Who is covering Friday?'],
    ]);
  });

  it('shows times in the chosen time zone and honours since', async () => {
    const london = await collect(xImporter.items(source(), { timeZone: 'Europe/London' }));
    expect(london.find((i) => i.id === '1200000000000000003')?.at).toBe('2019-06-15T13:00:00+01:00');
    const recent = await collect(xImporter.items(source(), { ...utc, since: new Date('2019-06-01T00:00:00Z') }));
    expect(recent.map((i) => i.id)).toEqual(['1200000000000000003', '1300000000000000004']);
  });

  it('reads the shared knowledgemaxxing sample (root-level tweets.js, no account.js)', async () => {
    const items = await collect(xImporter.items(testSource({ 'tweets.js': fromDisk(SAMPLE) }), utc));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      id: '3333333333333333333',
      at: '2018-10-10T20:19:24+00:00',
      channel: 'public-post',
      text: 'RT @guzey: Why you should start a blog right now. New essay: https://guzey.com/why-blog/',
      url: 'https://x.com/i/web/status/3333333333333333333',
    });
    expect(items[2]).toMatchObject({ channel: 'reply', replyTo: '4444444444444444444' });
  });

  it('names the file when tweets.js is truncated', async () => {
    const text = new TextDecoder().decode(fromDisk(SAMPLE));
    const broken = testSource({ 'data/tweets.js': text.slice(0, text.length - 200) }, { name: 'archive.zip' });
    const error = await collect(xImporter.items(broken, utc)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe('archive.zip/data/tweets.js');
    expect((error as Error).message).toMatch(/truncated/);
  });

  it('parses X dates and expands entities', () => {
    expect(parseXDate('Wed Oct 10 20:19:24 +0000 2018')).toBe(Date.UTC(2018, 9, 10, 20, 19, 24));
    expect(parseXDate('Wed Oct 10 20:19:24 -0130 2018')).toBe(Date.UTC(2018, 9, 10, 21, 49, 24));
    expect(parseXDate('2019-03-01T10:00:00.000Z')).toBe(Date.UTC(2019, 2, 1, 10));
    expect(parseXDate('yesterday')).toBeUndefined();
    expect(
      expandText('a https://t.co/1 &amp;&gt; https://t.co/1', {
        urls: [{ url: 'https://t.co/1', expanded_url: 'https://e.org/' }],
      }),
    ).toBe('a https://e.org/ &> https://e.org/');
  });

  it('streams a 20,000-tweet tweets.js: items arrive long before the file has been read', async () => {
    const total = 20_000;
    let produced = 0;
    let maxAhead = 0;
    let consumed = 0;
    const encoder = new TextEncoder();
    async function* generate(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('window.YTD.tweets.part0 = [');
      for (let n = 0; n < total; n++) {
        produced++;
        maxAhead = Math.max(maxAhead, produced - consumed);
        const tweet = {
          tweet: {
            id_str: String(1e15 + n),
            created_at: 'Mon Jan 07 08:15:00 +0000 2019',
            full_text: `Tweet number ${n}, with "quotes", [brackets] & ${'x'.repeat(n % 50)}`,
            entities: { urls: [] },
          },
        };
        yield encoder.encode(`${n ? ',' : ''}\n  ${JSON.stringify(tweet)}`);
      }
      yield encoder.encode('\n]');
    }
    const source = testSource({ 'data/tweets.js': generate });
    let firstAt = -1;
    let outOfOrder = 0;
    for await (const item of xImporter.items(source, utc)) {
      if (firstAt < 0) firstAt = produced;
      if (item.id !== String(1e15 + consumed)) outOfOrder++;
      consumed++;
    }
    expect(consumed).toBe(total);
    expect(outOfOrder).toBe(0);
    expect(firstAt).toBeLessThan(5);
    // the reader never runs ahead of the consumer by more than a couple of chunks: memory stays bounded
    expect(maxAhead).toBeLessThan(5);
  });

  it('names a tweet without a readable time by its place, not by its id (which a damaged file can fill with anything)', async () => {
    const tweets = [
      { tweet: { id_str: '1', full_text: 'fine', created_at: 'Mon Jan 07 08:15:00 +0000 2019' } },
      { tweet: { id_str: 'Mrs Jones in bed 4', full_text: 'broken', created_at: 'not a time' } },
    ];
    const source = testSource({ 'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}` });
    const error = await collect(xImporter.items(source, utc)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe('test-archive/data/tweets.js: item 2 (a tweet) has no readable created_at');
  });
});
