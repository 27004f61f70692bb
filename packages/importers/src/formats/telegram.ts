/**
 * Telegram Desktop JSON exports: one chat ("Export chat history" → result.json with name/type/id/messages) or the
 * whole account ("Export Telegram data" → result.json with chats.list[] and left_chats.list[]).
 *
 * The file is streamed: only one message is parsed at a time (json-stream.ts), so memory does not grow with the
 * size of the export. Chat name/type/id precede `messages` in Telegram's output, so each message knows its chat.
 */
import type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from '../types.js';
import type { Channel } from '@pause/core';
import { decodeStream, peekText } from '../text.js';
import { streamJson } from '../json-stream.js';
import type { JsonPath } from '../json-stream.js';
import { entryLabel } from '../archive.js';
import { DEFAULT_TIME_ZONE, checkTimeZone, instantToIso, parseTimeValue } from '../time.js';
import { isObject, str } from './support.js';

const CHAT_TYPE =
  /"type"\s*:\s*"(?:personal_chat|bot_chat|saved_messages|private_group|private_supergroup|public_supergroup|private_channel|public_channel)"/;
const FULL_EXPORT = /"(?:personal_information|left_chats|frequent_contacts)"\s*:|"chats"\s*:\s*\{\s*"about"/;

/** Whether the start of a JSON text looks like a Telegram export. */
export function looksLikeTelegram(head: string): boolean {
  const t = head.trimStart();
  if (!t.startsWith('{')) return false;
  return FULL_EXPORT.test(t) || (CHAT_TYPE.test(t) && /"messages"\s*:\s*\[/.test(t));
}

async function exportEntries(source: ArchiveSource): Promise<ArchiveEntry[]> {
  const json = source.entries.filter((e) => /\.json$/i.test(e.path));
  const named = json.filter((e) => /(?:^|\/)result\.json$/i.test(e.path));
  const candidates = named.length ? named : json.length === 1 ? json : [];
  const out: ArchiveEntry[] = [];
  for (const e of candidates) if (looksLikeTelegram(await peekText(e, 16 * 1024))) out.push(e);
  return out;
}

export function telegramChannel(type: string | undefined): Channel {
  switch (type) {
    case 'personal_chat':
    case 'bot_chat':
    case 'saved_messages':
      return 'direct-message';
    case 'public_channel':
      return 'public-post';
    default:
      return 'group-chat';
  }
}

/** Telegram text: a string, or an array of strings and {type, text} entities. */
export function telegramText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  let out = '';
  for (const part of text) {
    if (typeof part === 'string') out += part;
    else if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string')
      out += (part as { text: string }).text;
  }
  return out;
}

const META_KEYS = new Set(['name', 'type', 'id']);

function select(path: JsonPath): boolean {
  const n = path.length;
  if (n === 2) return path[0] === 'messages' && typeof path[1] === 'number';
  if (n === 1) return META_KEYS.has(path[0] as string);
  if (n === 4 || n === 5) {
    if ((path[0] !== 'chats' && path[0] !== 'left_chats') || path[1] !== 'list' || typeof path[2] !== 'number')
      return false;
    if (n === 4) return META_KEYS.has(path[3] as string);
    return path[3] === 'messages' && typeof path[4] === 'number';
  }
  return false;
}

interface TelegramMessage {
  id?: string;
  type?: string;
  date?: string;
  date_unixtime?: string;
  from?: string;
  from_id?: string;
  text?: unknown;
  reply_to_message_id?: string;
  photo?: string;
  file?: string;
  sticker_emoji?: string;
}

/** A message with the fields read, each a string or absent: a damaged export may hold anything. */
function readMessage(raw: unknown): TelegramMessage | undefined {
  if (!isObject(raw)) return undefined;
  return {
    id: str(raw.id),
    type: str(raw.type),
    date: str(raw.date),
    date_unixtime: str(raw.date_unixtime),
    from: str(raw.from),
    from_id: str(raw.from_id),
    text: raw.text,
    reply_to_message_id: str(raw.reply_to_message_id),
    photo: str(raw.photo),
    file: str(raw.file),
    sticker_emoji: str(raw.sticker_emoji),
  };
}

async function* readExport(
  entry: ArchiveEntry,
  source: ArchiveSource,
  options: ImportOptions,
): AsyncIterable<ArchivedItem> {
  const file = entryLabel(source, entry);
  const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(tz);
  let chatKey = '';
  let meta: { name?: string; type?: string; id?: string } = {};
  for await (const { path, value } of streamJson(decodeStream(entry.stream(), file), file, { select })) {
    const key = path.length >= 4 ? `${path[0]}/${path[2]}` : '';
    if (key !== chatKey) {
      chatKey = key;
      meta = {};
    }
    const last = path[path.length - 1];
    if (typeof last === 'string') {
      if (value !== null && value !== undefined && typeof value !== 'object')
        meta[last as 'name' | 'type' | 'id'] = String(value);
      continue;
    }
    const m = readMessage(value);
    if (!m || m.type === 'service') continue;
    let at: string | undefined;
    if (m.date_unixtime !== undefined && m.date_unixtime !== '') {
      const s = Number(m.date_unixtime);
      if (Number.isFinite(s)) at = instantToIso(s * 1000, tz);
    }
    at ??= parseTimeValue(m.date, tz);
    if (!at) continue;
    const chatId = meta.id ?? (key || 'chat');
    const attachments: string[] = [];
    for (const f of [m.photo, m.file]) {
      if (f) attachments.push(f.startsWith('(File not included') ? '(media omitted)' : f);
    }
    let text = telegramText(m.text);
    if (!text && m.sticker_emoji) text = m.sticker_emoji;
    const item: ArchivedItem = {
      id: `${chatId}:${m.id ?? path[path.length - 1]}`,
      platform: 'telegram',
      channel: telegramChannel(meta.type),
      at,
      author: m.from ?? m.from_id ?? 'Deleted Account',
      text,
      threadId: `telegram:${chatId}`,
    };
    if (m.reply_to_message_id !== undefined) item.replyTo = `${chatId}:${m.reply_to_message_id}`;
    if (attachments.length) item.attachments = attachments;
    yield item;
  }
}

export const telegramImporter: Importer = {
  id: 'telegram',
  description: 'Telegram Desktop JSON export (result.json: one chat or the whole account)',
  async detect(source) {
    return (await exportEntries(source)).length > 0;
  },
  async *items(source, options) {
    for (const entry of await exportEntries(source)) yield* readExport(entry, source, options);
  },
};
