/**
 * Slack workspace exports (zip or extracted folder): channels.json, groups.json (private channels), mpims.json
 * (group DMs), dms.json, users.json, and one folder per conversation holding a `YYYY-MM-DD.json` per day.
 * Day files are small and read one at a time, so memory does not grow with the size of the export.
 */
import type { Channel } from '@pause/core';
import type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from '../types.js';
import { ImportError } from '../types.js';
import { checkDepth } from '../json-depth.js';
import { jsonFault } from '../json-fault.js';
import { arr, isObject, str, type Json } from './support.js';
import { decodeText } from '../text.js';
import { entryLabel } from '../archive.js';
import { DEFAULT_TIME_ZONE, checkTimeZone, instantToIso } from '../time.js';

const MARKERS = ['channels.json', 'users.json', 'dms.json', 'mpims.json', 'groups.json'];
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

/** Folder of the export inside the source ("" or "name/" when the zip wraps it in a folder). */
function exportRoot(source: ArchiveSource): string | undefined {
  let best: string | undefined;
  for (const e of source.entries) {
    const slash = e.path.lastIndexOf('/');
    const base = e.path.slice(slash + 1);
    if (!MARKERS.includes(base)) continue;
    const dir = e.path.slice(0, slash + 1);
    if (dir.split('/').length > 2) continue; // at most one folder deep
    if (best === undefined || dir.length < best.length) best = dir;
  }
  if (best === undefined) return undefined;
  const root = best;
  // A Slack export has users.json or channels.json and at least one day file one folder below the root.
  const hasUsers = source.find(`${root}users.json`) || source.find(`${root}channels.json`);
  const hasDay = source.entries.some(
    (e) =>
      e.path.startsWith(root) &&
      DAY_FILE.test(e.path.slice(e.path.lastIndexOf('/') + 1)) &&
      e.path.slice(root.length).split('/').length === 2,
  );
  return hasUsers && hasDay ? root : undefined;
}

interface Conversation {
  id: string;
  folder: string;
  name: string;
  channel: Channel;
}

interface SlackUser {
  id?: string;
  name?: string;
  real_name?: string;
  profile?: { real_name?: string; display_name?: string };
}

interface SlackMessage {
  type?: string;
  subtype?: string;
  user?: string;
  username?: string;
  bot_id?: string;
  user_profile?: { real_name?: string; display_name?: string };
  text?: string;
  ts?: string;
  thread_ts?: string;
  files?: { name?: string; title?: string }[];
  attachments?: { pretext?: string; text?: string; fallback?: string }[];
}

/** A users.json record with the fields read, each a string or absent: a damaged export may hold anything. */
function readUser(raw: Json): SlackUser {
  const profile = isObject(raw.profile) ? raw.profile : {};
  return {
    id: str(raw.id),
    name: str(raw.name),
    real_name: str(raw.real_name),
    profile: { real_name: str(profile.real_name), display_name: str(profile.display_name) },
  };
}

/** A day file's record with the fields read, each of the type the interface says, or undefined. */
function readMessage(raw: unknown): SlackMessage | undefined {
  if (!isObject(raw)) return undefined;
  const profile = isObject(raw.user_profile) ? raw.user_profile : {};
  return {
    type: str(raw.type),
    subtype: str(raw.subtype),
    user: str(raw.user),
    username: str(raw.username),
    bot_id: str(raw.bot_id),
    user_profile: { real_name: str(profile.real_name), display_name: str(profile.display_name) },
    text: str(raw.text),
    ts: str(raw.ts),
    thread_ts: str(raw.thread_ts),
    files: arr(raw.files)
      .filter(isObject)
      .map((f) => ({ name: str(f.name), title: str(f.title) })),
    attachments: arr(raw.attachments)
      .filter(isObject)
      .map((a) => ({ pretext: str(a.pretext), text: str(a.text), fallback: str(a.fallback) })),
  };
}

/** Text of a message; bot posts with no text of their own carry it in attachments. */
function messageText(raw: SlackMessage, users: ReadonlyMap<string, string>): string {
  if (raw.text) return slackText(raw.text, users);
  const parts: string[] = [];
  for (const a of raw.attachments ?? []) {
    const body = [a.pretext, a.text].filter((x): x is string => !!x);
    if (body.length) parts.push(...body);
    else if (a.fallback) parts.push(a.fallback);
  }
  return slackText(parts.join('\n'), users);
}

/** Subtypes that are Slack's own notices, not something a person wrote. */
const SYSTEM_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'group_archive',
  'group_unarchive',
  'pinned_item',
  'unpinned_item',
  'bot_add',
  'bot_remove',
  'tombstone',
  'joiner_notification',
  'reminder_add',
  'channel_convert_to_private',
  'channel_convert_to_public',
  'sh_room_created',
]);

async function readJson(source: ArchiveSource, entry: ArchiveEntry): Promise<unknown> {
  const file = entryLabel(source, entry);
  const text = decodeText(await entry.bytes(), file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ImportError(file, `invalid JSON (${jsonFault(err, text)})`);
  }
  checkDepth(value, file);
  return value;
}

async function readList(source: ArchiveSource, path: string): Promise<Json[]> {
  const e = source.find(path);
  if (!e) return [];
  const v = await readJson(source, e);
  if (!Array.isArray(v)) throw new ImportError(`${source.name} → ${path}`, 'expected a JSON list');
  return v.filter(isObject);
}

/** Slack markup to plain text: mentions, channel links, links, special mentions, HTML escapes. */
export function slackText(text: string, users: ReadonlyMap<string, string>): string {
  return text
    .replace(/<([^<>\n]*)>/g, (_all, inner: string) => {
      const bar = inner.indexOf('|');
      const target = bar >= 0 ? inner.slice(0, bar) : inner;
      const label = bar >= 0 ? inner.slice(bar + 1) : '';
      if (target.startsWith('@')) return `@${label || users.get(target.slice(1)) || target.slice(1)}`;
      if (target.startsWith('#')) return `#${label || target.slice(1)}`;
      if (target.startsWith('!')) {
        const special = target.slice(1).split('^')[0] ?? '';
        return label || (special === 'subteam' ? '@team' : `@${special}`);
      }
      return label || target.replace(/^mailto:/, '');
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function userName(u: SlackUser): string {
  return u.real_name || u.profile?.real_name || u.profile?.display_name || u.name || u.id || 'unknown';
}

async function* readSlack(source: ArchiveSource, root: string, options: ImportOptions): AsyncIterable<ArchivedItem> {
  const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(tz);
  const users = new Map<string, string>();
  for (const u of (await readList(source, `${root}users.json`)).map(readUser)) if (u.id) users.set(u.id, userName(u));
  const conversations: Conversation[] = [];
  const add = (list: Json[], channel: Channel, byId: boolean): void => {
    for (const c of list) {
      const id = String(c.id ?? c.name ?? '');
      const name = typeof c.name === 'string' ? c.name : id;
      if (!id) continue;
      let label = name;
      if (byId && Array.isArray(c.members))
        label = (c.members as unknown[]).map((m) => users.get(String(m)) ?? String(m)).join(', ');
      conversations.push({ id, folder: byId ? id : name, name: label, channel });
    }
  };
  add(await readList(source, `${root}channels.json`), 'group-chat', false);
  add(await readList(source, `${root}groups.json`), 'group-chat', false);
  add(await readList(source, `${root}mpims.json`), 'group-chat', false);
  add(await readList(source, `${root}dms.json`), 'direct-message', true);
  // Folders that no list mentions (older exports): treat as channels named after the folder.
  const known = new Set(conversations.map((c) => c.folder));
  const folders = new Set<string>();
  for (const e of source.entries) {
    if (!e.path.startsWith(root)) continue;
    const rel = e.path.slice(root.length).split('/');
    if (rel.length === 2 && DAY_FILE.test(rel[1] as string) && !known.has(rel[0] as string))
      folders.add(rel[0] as string);
  }
  for (const f of [...folders].sort()) conversations.push({ id: f, folder: f, name: f, channel: 'group-chat' });

  for (const conv of conversations) {
    const prefix = `${root}${conv.folder}/`;
    const days = source.entries
      .filter((e) => e.path.startsWith(prefix) && DAY_FILE.test(e.path.slice(prefix.length)))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const day of days) {
      const list = await readJson(source, day);
      if (!Array.isArray(list))
        throw new ImportError(`${source.name} → ${day.path}`, 'expected a JSON list of messages');
      for (const raw of list.map(readMessage)) {
        if (!raw || (raw.type && raw.type !== 'message')) continue;
        if (raw.subtype && SYSTEM_SUBTYPES.has(raw.subtype)) continue;
        const at = raw.ts ? instantToIso(Math.round(Number(raw.ts) * 1000), tz) : undefined;
        if (!at) continue;
        const author =
          (raw.user && users.get(raw.user)) ||
          raw.user_profile?.real_name ||
          raw.user_profile?.display_name ||
          raw.username ||
          raw.user ||
          raw.bot_id ||
          'unknown';
        const attachments = (raw.files ?? []).map((f) => f.name || f.title || 'file');
        const item: ArchivedItem = {
          id: `${conv.id}:${raw.ts}`,
          platform: 'slack',
          channel: conv.channel,
          at,
          author,
          text: messageText(raw, users),
          threadId: raw.thread_ts ? `${conv.id}:${raw.thread_ts}` : conv.id,
        };
        if (raw.thread_ts && raw.thread_ts !== raw.ts) item.replyTo = `${conv.id}:${raw.thread_ts}`;
        if (attachments.length) item.attachments = attachments;
        yield item;
      }
    }
  }
}

export const slackImporter: Importer = {
  id: 'slack',
  description: 'Slack workspace export (zip or folder: channels.json, users.json, one folder per channel)',
  async detect(source) {
    return exportRoot(source) !== undefined;
  },
  async *items(source, options) {
    const root = exportRoot(source);
    if (root === undefined)
      throw new ImportError(source.name, 'not a Slack export (no channels.json / users.json with day files)');
    yield* readSlack(source, root, options);
  },
};
