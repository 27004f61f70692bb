/**
 * Bluesky repository export (Settings → Export my data → repo.car): a CAR v1 file of DAG-CBOR blocks, read with
 * @atcute/car (streaming) and @atcute/cbor.
 *
 * The blocks are the signed commit {did, version, data, rev, sig}, the Merkle search tree nodes
 * {l, e: [{p, k, v, t}]} (keys "collection/rkey", prefix-compressed within a node) and the records. Posts are
 * records with $type app.bsky.feed.post {text, createdAt, reply: {root, parent}, facets}.
 *
 * Two streaming passes over the file, because block order is not guaranteed: the first keeps only the map from a
 * post's CID to its record key (a few dozen bytes a post) and the DID; the second decodes posts and yields them.
 */
import { fromStream } from '@atcute/car';
import { CidLinkWrapper, decode, fromBytes, isBytes } from '@atcute/cbor';
import {
  ImportError,
  type ArchiveEntry,
  type ArchiveSource,
  type ArchivedItem,
  type Importer,
  type ImportOptions,
} from '../types.js';
import { arr, fileName, isObject, isoAt, keep, matching, num, str, type Json } from './support.js';

const CAR = /(?:^|\/)[^/]*\.car$/i;
const POST = 'app.bsky.feed.post';

function readable(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/** Decoded blocks of a CAR entry; undecodable blocks (not DAG-CBOR) are skipped. */
async function* blocks(entry: ArchiveEntry, file: string): AsyncGenerator<{ cid: string; value: unknown }> {
  const car = fromStream(readable(entry.stream()));
  let count = 0;
  try {
    for await (const block of car) {
      count++;
      let value: unknown;
      try {
        value = decode(block.bytes);
      } catch {
        continue;
      }
      yield { cid: new CidLinkWrapper(block.cid.bytes).$link, value };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (count === 0) throw new ImportError(file, `is not a readable CAR file (${message})`);
    throw new ImportError(
      file,
      /eof/i.test(message)
        ? `is truncated: the CAR file ends inside block ${count + 1}`
        : `is damaged after block ${count} (${message})`,
    );
  } finally {
    await car.dispose();
  }
}

/** A CidLink from a record or MST node as its "b…" string. */
function linkOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.$link === 'string' ? value.$link : undefined;
}

const utf8 = new TextDecoder();
const SHORTENED = /(?:…|\.\.\.)$/;
const encoder = new TextEncoder();

/** Record keys from an MST node's entries (each key shares `p` leading bytes with the one before). */
function nodeKeys(node: Json, onKey: (key: string, cid: string) => void): boolean {
  if (!Array.isArray(node.e) || !('l' in node)) return false;
  let previous = new Uint8Array(0);
  for (const e of node.e) {
    if (!isObject(e) || !isBytes(e.k)) return false;
    const suffix = fromBytes(e.k);
    const p = num(e.p) ?? 0;
    const key = new Uint8Array(p + suffix.length);
    key.set(previous.subarray(0, p), 0);
    key.set(suffix, p);
    previous = key;
    const cid = linkOf(e.v);
    if (cid) onKey(utf8.decode(key), cid);
  }
  return true;
}

/** The post text with shortened link labels replaced by their full URI (from link facets). */
export function postText(record: Json): string {
  const text = str(record.text) ?? '';
  const links: { start: number; end: number; uri: string }[] = [];
  for (const facet of arr(record.facets)) {
    if (!isObject(facet) || !isObject(facet.index)) continue;
    const start = num(facet.index.byteStart);
    const end = num(facet.index.byteEnd);
    const link = arr(facet.features).find((f) => isObject(f) && f.$type === 'app.bsky.richtext.facet#link');
    const uri = isObject(link) ? str(link.uri) : undefined;
    if (start !== undefined && end !== undefined && uri && end > start) links.push({ start, end, uri });
  }
  if (!links.length) return text;
  const bytes = encoder.encode(text);
  links.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const link of links) {
    if (link.start < at || link.end > bytes.length) continue;
    out += utf8.decode(bytes.subarray(at, link.start));
    const label = utf8.decode(bytes.subarray(link.start, link.end));
    // clients shorten link labels ("example.org/long-pa…"): show the whole link then, otherwise keep the words
    out += SHORTENED.test(label) ? link.uri : label;
    at = link.end;
  }
  return out + utf8.decode(bytes.subarray(at));
}

export const blueskyImporter: Importer = {
  id: 'bluesky',
  description: 'Bluesky repository export (repo.car)',

  async detect(source) {
    for (const { entry } of matching(source, CAR)) {
      let text = '';
      for await (const chunk of entry.stream()) {
        text += String.fromCharCode(...chunk.subarray(0, 64));
        if (text.length >= 64) break;
      }
      if (text.includes('roots') && text.includes('version')) return true;
    }
    return false;
  },

  async *items(source: ArchiveSource, options: ImportOptions): AsyncGenerator<ArchivedItem> {
    const found = matching(source, CAR)[0];
    if (!found) throw new ImportError(source.name, 'has no .car file: not a Bluesky repository export');
    const file = fileName(source, found.entry);

    // pass 1: DID and post record keys
    let did: string | undefined;
    const keys = new Map<string, string>();
    let sawNode = false;
    for await (const { value } of blocks(found.entry, file)) {
      if (!isObject(value)) continue;
      if (!did && typeof value.did === 'string' && 'data' in value && 'sig' in value) {
        did = value.did;
        continue;
      }
      sawNode =
        nodeKeys(value, (key, cid) => {
          if (key.startsWith(`${POST}/`)) keys.set(cid, key.slice(POST.length + 1));
        }) || sawNode;
    }
    if (!did && !sawNode)
      throw new ImportError(file, 'is a CAR file but not a Bluesky repository (no commit, no record tree)');

    // pass 2: the posts
    for await (const { cid, value } of blocks(found.entry, file)) {
      if (!isObject(value) || value.$type !== POST) continue;
      const when = isoAt(Date.parse(str(value.createdAt) ?? ''), options);
      if (!when) continue;
      const rkey = keys.get(cid);
      const uri = did && rkey ? `at://${did}/${POST}/${rkey}` : undefined;
      const reply = isObject(value.reply) ? value.reply : undefined;
      const parent = reply && isObject(reply.parent) ? str(reply.parent.uri) : undefined;
      const root = reply && isObject(reply.root) ? str(reply.root.uri) : undefined;
      const item: ArchivedItem = {
        id: uri ?? cid,
        platform: 'bluesky',
        channel: parent ? 'reply' : 'public-post',
        at: when,
        author: did ?? '',
        text: postText(value),
      };
      if (did && rkey) item.url = `https://bsky.app/profile/${did}/post/${rkey}`;
      if (parent) item.replyTo = parent;
      if (root) item.threadId = root;
      if (keep(item, options)) yield item;
    }
  },
};
