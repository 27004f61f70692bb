/**
 * Facebook "Download your information" (JSON format), and the Messenger part of it.
 *
 * - posts: your_posts_1.json, your_posts__check_ins__photos_and_videos_1.json (older: posts/your_posts_1.json;
 *   newer: your_facebook_activity/posts/…): [{timestamp (unix s), data: [{post} | {update_timestamp}],
 *   attachments: [{data: [{external_context: {url}} | {place} | {media}]}], title}] (very old exports wrap the array
 *   in {status_updates: […]}).
 * - comments: comments.json / comments_1.json: {comments_v2: [{timestamp, data: [{comment: {comment, author}}], title}]}.
 * - Messenger: messages/{inbox,archived_threads,filtered_threads,message_requests,e2ee_cutover}/<thread>/message_N.json:
 *   {participants: [{name}], messages: [{sender_name, timestamp_ms, content, photos, files, share…}], thread_path}.
 *
 * Facebook writes text as UTF-8 bytes escaped one by one as \u00XX (Latin-1 code units): "\u00e2\u0080\u0099" for
 * "’". Every string is repaired by re-encoding its code units as bytes and decoding them as UTF-8, only when all
 * code units are below 256 and the bytes are valid UTF-8 (so genuine Latin-1 text such as "café" is left alone).
 */
import {
  ImportError,
  type ArchiveEntry,
  type ArchiveSource,
  type ArchivedItem,
  type Importer,
  type ImportOptions,
} from '../types.js';
import type { Platform } from '@pause/core';
import { peekText } from '../text.js';
import {
  arr,
  fileName,
  isObject,
  isoAt,
  jsonItems,
  keep,
  matching,
  num,
  readJson,
  sortedMatches,
  str,
  type Json,
} from './support.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Repairs Facebook's mojibake ("\u00c3\u00a9" → "é"); returns the string unchanged when it is not mojibake. */
export function repairMojibake(value: string): string {
  let high = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return value;
    if (c >= 0x80) high = true;
  }
  if (!high) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) bytes[i] = value.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return value;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Messenger-shaped threads (shared with Instagram)

export const MESSAGE_FILE =
  /(?:^|\/)messages\/(inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/([^/]+)\/message_(\d+)\.json$/;

/** Message files grouped by thread, each thread's files oldest first (message_1.json holds the newest). */
export function messageFiles(source: ArchiveSource): ArchiveEntry[] {
  return matching(source, MESSAGE_FILE)
    .sort((a, b) => {
      const thread = `${a.match[1]}/${a.match[2]}`.localeCompare(`${b.match[1]}/${b.match[2]}`);
      return thread || Number(b.match[3]) - Number(a.match[3]);
    })
    .map((m) => m.entry);
}

/** A Messenger message_N.json given on its own (outside its messages/inbox/<thread>/ folder). */
async function loneMessageFile(source: ArchiveSource): Promise<ArchiveEntry | undefined> {
  const entry = source.entries.length === 1 ? source.entries[0] : undefined;
  if (!entry || !/\.json$/i.test(entry.path)) return undefined;
  const head = await peekText(entry, 4096);
  return /"participants"\s*:/.test(head) && /"(?:sender_name|timestamp_ms)"\s*:/.test(head) ? entry : undefined;
}

/** Text for a message: its content, or a short note of what it carried when it has no text. */
function messageText(m: Json): string {
  const parts: string[] = [];
  const content = str(m.content);
  if (content) parts.push(content);
  const share = isObject(m.share) ? m.share : undefined;
  const link = share ? str(share.link) : undefined;
  if (link && !content?.includes(link)) parts.push(link);
  if (parts.length) return parts.join('\n');
  const kinds: [string, string][] = [
    ['photos', 'photo'],
    ['videos', 'video'],
    ['gifs', 'GIF'],
    ['audio_files', 'voice message'],
    ['files', 'file'],
  ];
  for (const [key, label] of kinds) {
    const list = arr(m[key]);
    if (list.length) {
      const names = list.map((f) => (isObject(f) ? str(f.uri)?.split('/').pop() : undefined)).filter(Boolean);
      return `[${label}${names.length ? `: ${names.join(', ')}` : ''}]`;
    }
  }
  if (isObject(m.sticker)) return '[sticker]';
  return '';
}

export async function* messengerItems(
  source: ArchiveSource,
  entry: ArchiveEntry,
  platform: Platform,
  options: ImportOptions,
): AsyncGenerator<ArchivedItem> {
  const file = fileName(source, entry);
  const data = await readJson(entry, file, repairMojibake);
  if (!isObject(data) || !Array.isArray(data.messages)) {
    throw new ImportError(file, 'is not a message file (no "messages" list)');
  }
  const match = MESSAGE_FILE.exec(entry.path);
  const threadId = str(data.thread_path) ?? (match ? `${match[1]}/${match[2]}` : entry.path);
  const participants = arr(data.participants).length;
  const channel = participants > 2 || str(data.thread_type) === 'RegularGroup' ? 'group-chat' : 'direct-message';
  const list = data.messages
    .map((m, index) => ({ m, index }))
    .filter((x): x is { m: Json; index: number } => isObject(x.m));
  list.sort((a, b) => (num(a.m.timestamp_ms) ?? 0) - (num(b.m.timestamp_ms) ?? 0) || b.index - a.index);
  for (const { m, index } of list) {
    const ms = num(m.timestamp_ms) ?? (num(m.timestamp) !== undefined ? num(m.timestamp)! * 1000 : undefined);
    const at = isoAt(ms, options);
    if (!at) continue;
    const item: ArchivedItem = {
      id: `${threadId}#${ms}-${index}`,
      platform,
      channel,
      at,
      author: str(m.sender_name) ?? '',
      text: messageText(m),
      threadId,
    };
    if (keep(item, options)) yield item;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Posts and comments

const POSTS = /(?:^|\/)your_posts[a-z_]*?(?:_(\d+))?\.json$/;
const COMMENTS = /(?:^|\/)comments(?:_(\d+))?\.json$/;
const PROFILE = /(?:^|\/)profile_information\/profile_information\.json$/;
const FB_MARKER = /(?:^|\/)(?:your_facebook_activity|profile_information|posts|facebook)\//;
const INSTAGRAM_MARKER =
  /(?:^|\/)(?:your_instagram_activity\/|content\/posts_\d+\.json$|comments\/post_comments_\d+\.json$|personal_information\/personal_information\.json$)/;

/** Whether the export looks like Instagram's (which shares Messenger's message file layout). */
export function looksLikeInstagram(source: ArchiveSource): boolean {
  return source.entries.some((e) => INSTAGRAM_MARKER.test(e.path));
}

async function ownerName(source: ArchiveSource): Promise<string | undefined> {
  const found = matching(source, PROFILE)[0];
  if (!found) return undefined;
  try {
    const data = await readJson(found.entry, fileName(source, found.entry), repairMojibake);
    const profile = isObject(data) ? (isObject(data.profile_v2) ? data.profile_v2 : data.profile) : undefined;
    const name = isObject(profile) && isObject(profile.name) ? profile.name : undefined;
    return name ? str(name.full_name) : undefined;
  } catch {
    return undefined;
  }
}

function firstText(list: unknown, key: string): string | undefined {
  for (const d of arr(list)) {
    if (!isObject(d)) continue;
    const value = d[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (isObject(value)) {
      const inner = str(value[key]);
      if (inner?.trim()) return inner;
    }
  }
  return undefined;
}

function sharedUrl(post: Json): string | undefined {
  for (const attachment of arr(post.attachments)) {
    for (const d of isObject(attachment) ? arr(attachment.data) : []) {
      const context = isObject(d) && isObject(d.external_context) ? d.external_context : undefined;
      const url = context ? str(context.url) : undefined;
      if (url) return url;
    }
  }
  return undefined;
}

export const facebookImporter: Importer = {
  id: 'facebook',
  description: 'Facebook "Download your information" JSON (posts, comments, Messenger)',

  async detect(source) {
    if (looksLikeInstagram(source)) return false;
    const posts = matching(source, POSTS).length > 0;
    const comments = matching(source, COMMENTS).some(
      ({ entry }) => FB_MARKER.test(entry.path) || /comments_and_reactions\//.test(entry.path),
    );
    return posts || comments || messageFiles(source).length > 0 || (await loneMessageFile(source)) !== undefined;
  },

  async *items(source: ArchiveSource, options: ImportOptions): AsyncGenerator<ArchivedItem> {
    const owner = (await ownerName(source)) ?? '';
    const postFiles = sortedMatches(source, POSTS);
    const commentFiles = sortedMatches(source, COMMENTS);
    const threads = messageFiles(source);
    const lone = threads.length ? undefined : await loneMessageFile(source);
    if (lone) threads.push(lone);
    if (!postFiles.length && !commentFiles.length && !threads.length) {
      throw new ImportError(source.name, 'has no posts, comments or Messenger files: not a Facebook export');
    }
    yield* jsonItems(
      source,
      postFiles,
      options,
      { platform: 'facebook', channel: 'public-post', author: owner },
      (post) => ({
        text: firstText(post.data, 'post') ?? sharedUrl(post),
        ms: (num(post.timestamp) ?? NaN) * 1000,
      }),
      repairMojibake,
    );
    yield* jsonItems(
      source,
      commentFiles,
      options,
      { platform: 'facebook', channel: 'comment', author: owner },
      (record) => {
        const comment = arr(record.data).find((d) => isObject(d) && isObject(d.comment));
        const body = isObject(comment) && isObject(comment.comment) ? comment.comment : undefined;
        return (
          body && {
            text: str(body.comment),
            ms: (num(record.timestamp) ?? num(body.timestamp) ?? NaN) * 1000,
            author: str(body.author),
          }
        );
      },
      repairMojibake,
    );
    for (const entry of threads) yield* messengerItems(source, entry, 'facebook', options);
  },
};
