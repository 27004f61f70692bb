/**
 * Instagram "Download your information" (JSON format).
 *
 * - posts: content/posts_1.json (newer: your_instagram_activity/content/posts_1.json, or …/media/posts_1.json):
 *   [{media: [{uri, creation_timestamp, title}], title?, creation_timestamp?}] — a single-photo post keeps its caption
 *   in media[0].title, a carousel in the outer title. stories.json ({ig_stories: [{title, creation_timestamp}]}) and
 *   reels.json ({ig_reels_media: [{media: […]}]}) are read the same way.
 * - comments: comments/post_comments_1.json, reels_comments.json:
 *   [{string_map_data: {Comment: {value}, "Media Owner": {value}, Time: {timestamp}}}] (older exports wrap the
 *   array in {comments_media_comments: […]}).
 * - messages: messages/inbox/<thread>/message_N.json, the same shape as Messenger's (and the same mojibake).
 * - owner: personal_information.json {profile_user: [{string_map_data: {Username: {value}, Name: {value}}}]}.
 */
import { ImportError, type ArchiveSource, type ArchivedItem, type Importer, type ImportOptions } from '../types.js';
import { looksLikeInstagram, messageFiles, messengerItems, repairMojibake } from './facebook.js';
import {
  arr,
  fileName,
  isObject,
  jsonItems,
  matching,
  num,
  readJson,
  sortedMatches,
  str,
  type ItemFields,
  type Json,
} from './support.js';

const MEDIA = /(?:^|\/)(?:content|media)\/(?:posts_\d+|stories|reels|igtv_videos)\.json$/;
const COMMENTS = /(?:^|\/)comments\/(?:post_comments|reels_comments)(?:_\d+)?\.json$/;
const PERSONAL = /(?:^|\/)personal_information\.json$/;

function mapValue(data: Json, key: string): Json | undefined {
  const map = isObject(data.string_map_data) ? data.string_map_data : undefined;
  const value = map?.[key];
  return isObject(value) ? value : undefined;
}

async function ownerName(source: ArchiveSource): Promise<string | undefined> {
  const found = matching(source, PERSONAL)[0];
  if (!found) return undefined;
  try {
    const data = await readJson(found.entry, fileName(source, found.entry), repairMojibake);
    const user = isObject(data) ? arr(data.profile_user)[0] : undefined;
    if (!isObject(user)) return undefined;
    return str(mapValue(user, 'Username')?.value) ?? str(mapValue(user, 'Name')?.value);
  } catch {
    return undefined;
  }
}

/** Caption and time of a post / story / reel record. */
function mediaPost(value: Json): ItemFields | undefined {
  const first = arr(value.media).find(isObject);
  const text = str(value.title) || (first ? str(first.title) : undefined) || '';
  const seconds = num(value.creation_timestamp) ?? (first ? num(first.creation_timestamp) : undefined);
  return text.trim() ? { text, ms: (seconds ?? NaN) * 1000 } : undefined;
}

export const instagramImporter: Importer = {
  id: 'instagram',
  description: 'Instagram "Download your information" JSON (posts, stories, comments, messages)',

  async detect(source) {
    return looksLikeInstagram(source) || matching(source, MEDIA).length > 0 || matching(source, COMMENTS).length > 0;
  },

  async *items(source: ArchiveSource, options: ImportOptions): AsyncGenerator<ArchivedItem> {
    const owner = (await ownerName(source)) ?? '';
    const mediaFiles = sortedMatches(source, MEDIA);
    const commentFiles = sortedMatches(source, COMMENTS);
    const threads = messageFiles(source);
    if (!mediaFiles.length && !commentFiles.length && !threads.length) {
      throw new ImportError(source.name, 'has no posts, comments or messages: not an Instagram export');
    }
    yield* jsonItems(
      source,
      mediaFiles,
      options,
      { platform: 'instagram', channel: 'public-post', author: owner },
      mediaPost,
      repairMojibake,
    );
    yield* jsonItems(
      source,
      commentFiles,
      options,
      { platform: 'instagram', channel: 'comment', author: owner },
      (record) => ({
        text: str(mapValue(record, 'Comment')?.value),
        ms: (num(mapValue(record, 'Time')?.timestamp) ?? NaN) * 1000,
      }),
      repairMojibake,
    );
    for (const entry of threads) yield* messengerItems(source, entry, 'instagram', options);
  },
};
