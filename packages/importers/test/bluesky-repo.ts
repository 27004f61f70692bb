/**
 * Test helper: a small but real Bluesky repository CAR (commit, one MST node, two posts, a like, the profile), for
 * the importer's tests and the fuzzing that mutates it.
 */
import { writeCarStream } from '@atcute/car';
import { encode, toBytes, toCidLink } from '@atcute/cbor';
import { create, type Cid } from '@atcute/cid';
import { concat } from '../src/formats/test-source.js';

export const DID = 'did:plc:synthetic0000000000000000';
const enc = new TextEncoder();

interface Block {
  cid: Cid;
  data: Uint8Array;
}

async function block(value: unknown): Promise<Block> {
  const data = encode(value);
  return { cid: await create(0x71, data), data };
}

/** A small but real repository: commit → one MST node → records (posts, a like, the profile). */
export async function buildRepo(): Promise<Uint8Array> {
  const post1 = await block({
    $type: 'app.bsky.feed.post',
    text: 'Hello from the practice 👋',
    createdAt: '2024-11-20T10:00:00.000Z',
    langs: ['en'],
  });
  const linkText = 'Read this: example.org/guidance-on-so…';
  const start = enc.encode('Read this: ').length;
  const post2 = await block({
    $type: 'app.bsky.feed.post',
    text: linkText,
    createdAt: '2024-11-21T23:30:00.000Z',
    facets: [
      {
        index: { byteStart: start, byteEnd: enc.encode(linkText).length },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.org/guidance-on-social-media' }],
      },
    ],
    reply: {
      root: { uri: `at://did:plc:other/app.bsky.feed.post/3kroot`, cid: 'bafyreiroot' },
      parent: { uri: `at://did:plc:other/app.bsky.feed.post/3kparent`, cid: 'bafyreiparent' },
    },
  });
  const like = await block({
    $type: 'app.bsky.feed.like',
    subject: { uri: 'at://x/app.bsky.feed.post/1', cid: 'b' },
    createdAt: '2024-11-22T00:00:00.000Z',
  });
  const profile = await block({ $type: 'app.bsky.actor.profile', displayName: 'Dr Synthetic' });
  const keys: [string, Block][] = [
    ['app.bsky.actor.profile/self', profile],
    ['app.bsky.feed.like/3kalike', like],
    ['app.bsky.feed.post/3kaaaaaaaaa22', post1],
    ['app.bsky.feed.post/3kbbbbbbbbb22', post2],
  ];
  let previous = '';
  const entries = keys.map(([key, b]) => {
    let p = 0;
    while (p < key.length && key[p] === previous[p]) p++;
    previous = key;
    return { p, k: toBytes(enc.encode(key.slice(p))), v: toCidLink(b.cid), t: null };
  });
  const node = await block({ l: null, e: entries });
  const commit = await block({
    did: DID,
    version: 3,
    data: toCidLink(node.cid),
    rev: '3kzzzzzzzzz22',
    prev: null,
    sig: toBytes(new Uint8Array(64)),
  });
  // records before the tree that names them: the importer must not depend on block order
  const order = [commit, post2, like, post1, profile, node];
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeCarStream(
    [toCidLink(commit.cid)],
    order.map((b) => ({ cid: b.cid.bytes, data: b.data })),
  ))
    chunks.push(chunk);
  return concat(chunks);
}
