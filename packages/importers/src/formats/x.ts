/**
 * X / Twitter "Download an archive of your data" (zip or folder).
 *
 * Files (all JavaScript assignments `window.YTD.<name>.part0 = [ … ]`):
 * - data/tweets.js (data/tweet.js in older exports; data/tweets-part1.js … for large ones), and
 *   data/deleted-tweets.js: [{tweet: {id_str, full_text, created_at "Wed Oct 10 20:19:24 +0000 2018",
 *   in_reply_to_status_id_str, in_reply_to_screen_name, entities: {urls: [{url, expanded_url}], media}}}]
 * - data/direct-messages.js, data/direct-messages-group.js:
 *   [{dmConversation: {conversationId, messages: [{messageCreate: {id, text, createdAt, senderId, urls}}]}}]
 * - data/account.js: [{account: {username, accountId, accountDisplayName}}]
 *
 * Tweet files are parsed element by element from the byte stream (see jsonArrayValues), so a 100,000-tweet
 * archive is never one object graph.
 */
import {
  ImportError,
  type ArchiveEntry,
  type ArchiveSource,
  type ArchivedItem,
  type Importer,
  type ImportOptions,
} from '../types.js';
import { peekText } from '../text.js';
import {
  arr,
  decodeEntities,
  fileName,
  isObject,
  isoAt,
  jsonArrayValues,
  keep,
  matching,
  str,
  type Json,
} from './support.js';

const TWEETS = /(?:^|\/)(deleted-)?tweets?(?:-part(\d+))?\.js$/;
const DMS = /(?:^|\/)direct-messages(-group)?(?:-part(\d+))?\.js$/;
const ACCOUNT = /(?:^|\/)account\.js$/;
const MANIFEST = /(?:^|\/)data\/manifest\.js$/;
const YTD = /^\s*(?:\ufeff)?window\.YTD\./;

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};
const CREATED_AT = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** "Wed Oct 10 20:19:24 +0000 2018" (or an ISO string, as DMs use) → epoch ms. */
export function parseXDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = CREATED_AT.exec(value.trim());
  if (m) {
    const month = MONTHS[m[1]!];
    if (month === undefined) return undefined;
    const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8])) * 60_000;
    return Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offset;
  }
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : undefined;
}

/** Replaces t.co links with their expanded form and decodes the HTML entities X escapes text with. */
export function expandText(text: string, entities: unknown): string {
  let out = text;
  if (isObject(entities)) {
    for (const list of [entities.urls, entities.media]) {
      for (const u of arr(list)) {
        if (!isObject(u)) continue;
        const short = str(u.url);
        const long = str(u.expanded_url) ?? str(u.expanded);
        if (short && long && short !== long) out = out.split(short).join(long);
      }
    }
  }
  return decodeEntities(out);
}

interface Account {
  username?: string;
  accountId?: string;
  displayName?: string;
}

async function readAccount(source: ArchiveSource): Promise<Account> {
  const found = matching(source, ACCOUNT)[0];
  if (!found) return {};
  for await (const value of jsonArrayValues(found.entry, fileName(source, found.entry))) {
    const account = isObject(value) && isObject(value.account) ? value.account : undefined;
    if (account) {
      return {
        username: str(account.username),
        accountId: str(account.accountId),
        displayName: str(account.accountDisplayName),
      };
    }
  }
  return {};
}

function ordered(list: { entry: ArchiveEntry; match: RegExpExecArray }[], partGroup: number, kindGroup: number) {
  return list.sort((a, b) => {
    const kind = (a.match[kindGroup] ? 1 : 0) - (b.match[kindGroup] ? 1 : 0);
    if (kind) return kind;
    return (
      Number(a.match[partGroup] ?? 0) - Number(b.match[partGroup] ?? 0) || a.entry.path.localeCompare(b.entry.path)
    );
  });
}

function tweetItem(
  value: unknown,
  account: Account,
  file: string,
  index: number,
  options: ImportOptions,
): ArchivedItem | undefined {
  const tweet = isObject(value) ? (isObject(value.tweet) ? value.tweet : value) : undefined;
  if (!tweet) throw new ImportError(file, `item ${index} is not a tweet`);
  const id = str(tweet.id_str) ?? str(tweet.id);
  const raw = str(tweet.full_text) ?? str(tweet.text);
  if (!id || raw === undefined) return undefined;
  const at = isoAt(parseXDate(str(tweet.created_at)), options);
  // Named by its place, as above: in a damaged file the id can be any text of it.
  if (!at) throw new ImportError(file, `item ${index} (a tweet) has no readable created_at`);
  const replyTo = str(tweet.in_reply_to_status_id_str) ?? str(tweet.in_reply_to_status_id);
  const item: ArchivedItem = {
    id,
    platform: 'x',
    channel: replyTo || str(tweet.in_reply_to_screen_name) ? 'reply' : 'public-post',
    at,
    author: account.username ?? account.displayName ?? '',
    text: expandText(raw, tweet.entities),
    url: account.username ? `https://x.com/${account.username}/status/${id}` : `https://x.com/i/web/status/${id}`,
  };
  if (replyTo) item.replyTo = replyTo;
  return item;
}

interface DmMessage {
  id: string;
  at: string;
  ms: number;
  senderId: string;
  text: string;
}

function dmMessages(conversation: Json, options: ImportOptions): DmMessage[] {
  const out: DmMessage[] = [];
  for (const m of arr(conversation.messages)) {
    const create = isObject(m) && isObject(m.messageCreate) ? m.messageCreate : undefined;
    if (!create) continue; // joinConversation, participantsLeave, reactions …
    const id = str(create.id);
    const ms = parseXDate(str(create.createdAt));
    const at = isoAt(ms, options);
    const text = str(create.text);
    if (!id || !at || ms === undefined || text === undefined) continue;
    out.push({ id, at, ms, senderId: str(create.senderId) ?? '', text: expandText(text, { urls: create.urls }) });
  }
  // exports list messages newest first: hand them out in time order for thread context
  return out.sort((a, b) => a.ms - b.ms);
}

export const xImporter: Importer = {
  id: 'x',
  description: 'X / Twitter archive (data/tweets.js, deleted tweets, direct messages)',

  async detect(source) {
    if (matching(source, MANIFEST).length && (matching(source, TWEETS).length || matching(source, DMS).length))
      return true;
    for (const { entry } of [...matching(source, TWEETS), ...matching(source, DMS)]) {
      if (YTD.test(await peekText(entry, 64))) return true;
    }
    return false;
  },

  async *items(source: ArchiveSource, options: ImportOptions): AsyncGenerator<ArchivedItem> {
    const account = await readAccount(source);
    const tweetFiles = ordered(matching(source, TWEETS), 2, 1);
    const dmFiles = ordered(matching(source, DMS), 2, 1);
    if (!tweetFiles.length && !dmFiles.length) {
      throw new ImportError(source.name, 'has no tweets.js or direct-messages.js: not an X archive');
    }
    for (const { entry } of tweetFiles) {
      const file = fileName(source, entry);
      let index = 0;
      for await (const value of jsonArrayValues(entry, file)) {
        const item = tweetItem(value, account, file, ++index, options);
        if (item && keep(item, options)) yield item;
      }
    }
    for (const { entry, match } of dmFiles) {
      const file = fileName(source, entry);
      const group = Boolean(match[1]);
      for await (const value of jsonArrayValues(entry, file)) {
        const conversation = isObject(value) && isObject(value.dmConversation) ? value.dmConversation : undefined;
        if (!conversation) throw new ImportError(file, 'an item is not a dmConversation');
        const threadId = str(conversation.conversationId);
        for (const m of dmMessages(conversation, options)) {
          const mine = account.accountId !== undefined && m.senderId === account.accountId;
          const item: ArchivedItem = {
            id: m.id,
            platform: 'x',
            channel: group ? 'group-chat' : 'direct-message',
            at: m.at,
            author: mine ? (account.username ?? m.senderId) : m.senderId,
            text: m.text,
          };
          if (threadId) item.threadId = threadId;
          if (keep(item, options)) yield item;
        }
      }
    }
  },
};
