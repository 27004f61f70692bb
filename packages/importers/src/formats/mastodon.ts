/**
 * Mastodon "Request your archive" export: outbox.json (an ActivityStreams OrderedCollection) and actor.json.
 *
 * orderedItems[] are activities: `Create` with object {type: Note, id, url, published, content (HTML), summary
 * (content warning), inReplyTo, to, cc, conversation} becomes an item; `Announce` (a boost: object is a URL, not
 * the author's words) is skipped. Visibility from the addressing: the public collection in `to` or `cc` (public /
 * unlisted) or only followers → public-post (reply when inReplyTo is set); addressed only to people → direct-message.
 * The outbox is streamed item by item.
 */
import { ImportError, type ArchiveSource, type ArchivedItem, type Importer, type ImportOptions } from '../types.js';
import { peekText } from '../text.js';
import {
  arr,
  fileName,
  htmlToText,
  isObject,
  isoAt,
  jsonArrayValues,
  keep,
  matching,
  readJson,
  str,
  type Json,
} from './support.js';

const OUTBOX = /(?:^|\/)outbox\.json$/;
const ACTOR = /(?:^|\/)actor\.json$/;
const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);

function addresses(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return arr(value)
    .map((v) => (typeof v === 'string' ? v : isObject(v) ? str(v.id) : undefined))
    .filter((v): v is string => !!v);
}

/** 'public' (public, unlisted or followers-only) or 'direct'. */
export function visibility(note: Json, activity?: Json): 'public' | 'direct' {
  const all = [...addresses(note.to), ...addresses(note.cc), ...addresses(activity?.to), ...addresses(activity?.cc)];
  if (all.some((a) => PUBLIC.has(a))) return 'public';
  if (all.some((a) => /\/followers$/.test(a))) return 'public';
  return all.length ? 'direct' : 'public';
}

async function actorName(source: ArchiveSource): Promise<string | undefined> {
  const found = matching(source, ACTOR)[0];
  if (!found) return undefined;
  try {
    const actor = await readJson(found.entry, fileName(source, found.entry));
    if (!isObject(actor)) return undefined;
    const user = str(actor.preferredUsername);
    const host = (() => {
      try {
        return new URL(str(actor.id) ?? str(actor.url) ?? '').host;
      } catch {
        return '';
      }
    })();
    return user ? (host ? `@${user}@${host}` : user) : str(actor.name);
  } catch {
    return undefined;
  }
}

function noteText(note: Json): string {
  const body = htmlToText(str(note.content) ?? '');
  const warning = str(note.summary)?.trim();
  return warning ? `CW: ${htmlToText(warning)}\n${body}` : body;
}

export const mastodonImporter: Importer = {
  id: 'mastodon',
  description: 'Mastodon archive (outbox.json, ActivityPub)',

  async detect(source) {
    for (const { entry } of matching(source, OUTBOX)) {
      const head = await peekText(entry, 2048);
      if (/OrderedCollection/.test(head) || /"orderedItems"/.test(head)) return true;
    }
    return false;
  },

  async *items(source: ArchiveSource, options: ImportOptions): AsyncGenerator<ArchivedItem> {
    const outbox = matching(source, OUTBOX)[0];
    if (!outbox) throw new ImportError(source.name, 'has no outbox.json: not a Mastodon archive');
    const file = fileName(source, outbox.entry);
    const fallbackAuthor = await actorName(source);
    for await (const activity of jsonArrayValues(outbox.entry, file, { members: ['orderedItems'] })) {
      if (!isObject(activity) || str(activity.type) !== 'Create' || !isObject(activity.object)) continue;
      const note = activity.object;
      const id = str(note.id) ?? str(activity.id);
      const when = isoAt(Date.parse(str(note.published) ?? str(activity.published) ?? ''), options);
      if (!id || !when) continue;
      const replyTo = str(note.inReplyTo) ?? (isObject(note.inReplyTo) ? str(note.inReplyTo.id) : undefined);
      const direct = visibility(note, activity) === 'direct';
      const item: ArchivedItem = {
        id,
        platform: 'mastodon',
        channel: direct ? 'direct-message' : replyTo ? 'reply' : 'public-post',
        at: when,
        author: fallbackAuthor ?? str(activity.actor) ?? str(note.attributedTo) ?? '',
        text: noteText(note),
      };
      const url =
        str(note.url) ??
        (isObject(note.url) ? str(note.url.href) : undefined) ??
        (id.startsWith('http') ? id : undefined);
      if (url) item.url = url;
      if (replyTo) item.replyTo = replyTo;
      const conversation = str(note.conversation);
      if (conversation) item.threadId = conversation;
      if (keep(item, options)) yield item;
    }
  },
};
