/**
 * WhatsApp "Export chat" files: a `.txt` (Android "WhatsApp Chat with X.txt", iOS "_chat.txt"), alone or in the
 * `.zip` WhatsApp makes when media are included.
 *
 * whatsapp-chat-parser parses a whole string at once, so the file is streamed here in message blocks (a message
 * starts on a line that begins with a date and time; other lines continue the previous message) and the blocks
 * are handed to the parser in batches, with the day/month order fixed from a first pass over the dates (the
 * parser's own inference needs every date at once). The parser gives author, text and attachment; the date is
 * read here from the same header, because the parser builds it in the process's time zone while the chat's times
 * belong to ImportOptions.timeZone.
 */
import { parseString } from 'whatsapp-chat-parser';
import type { ArchivedItem, ArchiveEntry, ArchiveSource, Importer, ImportOptions } from '../types.js';
import { entryLineBatches, peekText } from '../text.js';
import { entryLabel } from '../archive.js';
import { DEFAULT_TIME_ZONE, checkTimeZone, wallClockToIso } from '../time.js';

/**
 * Start of a message line: optional LRM/RLM, optional "[", a date of three numbers, a time, optional am/pm,
 * optional "]", then " - " or ":". The same shape the parser recognises, with the parts captured.
 */
const HEADER =
  /^[\u200E\u200F]*\[?(\d{1,4})[-/.]\s?(\d{1,4})[-/.]\s?(\d{1,4})[,.]?\s\D*?(\d{1,2})[.:](\d{1,2})(?:[.:](\d{1,2}))?(?:\s([ap])\.?\s?m\.?)?\]?(?:\s-|:)?\s(?=[\s\S])/i;
/** The author part of a message line (after the header): "Name: ". */
const AUTHOR = /^(.+?):\s/;
/** WhatsApp's own notices that some exports attribute to the chat's name. */
const NOTICE =
  /^[\u200E\u200F]*(?:Messages and calls are end-to-end encrypted|Messages to this (?:group|chat) are now secured|Messages you send to this (?:group|chat) are now secured)/i;
/** System lines that only happen in groups (English exports). */
const GROUP_CUE =
  /\b(?:created (?:the )?group|added|removed|left|changed the (?:subject|group)|joined using this group's invite link)\b/i;
/** Media left out of the export. */
const OMITTED =
  /^[\u200E\u200F]*<?\s*(?:media omitted|image omitted|video omitted|audio omitted|sticker omitted|gif omitted|document omitted|contact card omitted|medien ausgeschlossen|multimedia omitido|archivo omitido|media weggelaten|file allegato omesso|fichier omis)\s*(?:>\s*)?$/i;
const ATTACHED_LINE = /^[\u200E\u200F]*(?:<[^>\n:]*:([^>\n]+)>|([\w-]+\.\w+)\s[(<][^\n]*[)>])/;

const CHAT_TXT = /(?:^|\/)(?:_chat\.txt|WhatsApp Chat[^/]*\.txt|WhatsApp-Chat[^/]*\.txt)$/i;

function chatName(path: string): string {
  const base = path.split('/').pop() ?? path;
  const m =
    /^WhatsApp[ -]Chat (?:with|mit|con|avec|met) (.+)\.txt$/i.exec(base) ??
    /^WhatsApp[ -]Chat - (.+)\.txt$/i.exec(base);
  if (m?.[1]) return m[1];
  return base.replace(/\.txt$/i, '');
}

/** Whether a text looks like a WhatsApp export: most of its first non-empty lines start with a header. */
export function looksLikeWhatsApp(text: string): boolean {
  const ls = text
    .split(/\r\n|\r|\n/)
    .slice(0, 40)
    .filter((l) => l.trim());
  if (ls.length === 0) return false;
  const first = ls.slice(0, 5);
  return HEADER.test(first[0] ?? '') && first.filter((l) => HEADER.test(l)).length >= Math.ceil(first.length / 2);
}

async function chatEntries(source: ArchiveSource): Promise<ArchiveEntry[]> {
  const txt = source.entries.filter((e) => /\.txt$/i.test(e.path));
  const named = txt.filter((e) => CHAT_TXT.test(e.path));
  const candidates = named.length ? named : txt;
  const out: ArchiveEntry[] = [];
  for (const e of candidates) {
    if (looksLikeWhatsApp(await peekText(e, 8192))) out.push(e);
  }
  return out;
}

type Tuple = [number, number, number];

/** Order the three date numbers as the parser does: the longest is the year. */
function orderDate(a: string, b: string, c: string): Tuple {
  const max = Math.max(a.length, b.length, c.length);
  const [x, y, z] = c.length === max ? [a, b, c] : b.length === max ? [a, c, b] : [b, c, a];
  return [Number(x), Number(y), Number(z.padStart(4, '2000'))];
}

/**
 * Day first or month first, from the dates in order of appearance: a first number above 12 means day first,
 * a second above 12 month first; otherwise the number that changes while the other stays means the day.
 * Undecided → day first (UK usage, and the parser's default).
 */
export function inferDaysFirst(dates: readonly Tuple[]): boolean {
  if (dates.some((d) => d[0] > 12)) return true;
  if (dates.some((d) => d[1] > 12)) return false;
  const byYear = new Map<number, Tuple[]>();
  for (const d of dates) {
    const g = byYear.get(d[2]);
    if (g) g.push(d);
    else byYear.set(d[2], [d]);
  }
  let verdict: boolean | null = null;
  for (const g of byYear.values()) {
    let v: boolean | null = null;
    for (let i = 1; i < g.length && v === null; i++) if ((g[i] as Tuple)[0] < (g[i - 1] as Tuple)[0]) v = true;
    for (let i = 1; i < g.length && v === null; i++) if ((g[i] as Tuple)[1] < (g[i - 1] as Tuple)[1]) v = false;
    if (v === true) return true;
    if (v === false) verdict = false;
  }
  if (verdict !== null) return verdict;
  let d0 = 0;
  let d1 = 0;
  for (let i = 1; i < dates.length; i++) {
    d0 += Math.abs((dates[i] as Tuple)[0] - (dates[i - 1] as Tuple)[0]);
    d1 += Math.abs((dates[i] as Tuple)[1] - (dates[i - 1] as Tuple)[1]);
  }
  return d0 >= d1;
}

interface Scan {
  daysFirst: boolean;
  group: boolean;
}

/** First pass: the date order and whether the chat is a group. Holds only distinct dates and up to 3 authors. */
async function scan(entry: ArchiveEntry, file: string): Promise<Scan> {
  const seen = new Set<string>();
  const dates: Tuple[] = [];
  const authors = new Set<string>();
  let groupCue = false;
  let decided: boolean | undefined;
  for await (const batch of entryLineBatches(entry, file)) {
    for (const line of batch) {
      const m = HEADER.exec(line);
      if (!m) continue;
      if (decided === undefined) {
        const key = `${m[1]}/${m[2]}/${m[3]}`;
        if (!seen.has(key) && seen.size < 50_000) {
          seen.add(key);
          const t = orderDate(m[1] as string, m[2] as string, m[3] as string);
          dates.push(t);
          if (t[0] > 12) decided = true;
          else if (t[1] > 12) decided = false;
        }
      }
      if (authors.size <= 2 || !groupCue) {
        const rest = line.slice(m[0].length);
        const a = AUTHOR.exec(rest);
        if (a && !NOTICE.test(rest.slice(a[0].length))) {
          if (authors.size <= 2) authors.add(a[1] as string);
        } else if (!a && GROUP_CUE.test(rest)) groupCue = true;
      }
    }
  }
  return { daysFirst: decided ?? inferDaysFirst(dates), group: authors.size > 2 || groupCue };
}

interface Block {
  header: RegExpExecArray;
  text: string;
  line: number;
}

function blockTime(h: RegExpExecArray, daysFirst: boolean, tz: string): string | undefined {
  const [a, b, c] = orderDate(h[1] as string, h[2] as string, h[3] as string);
  const [day, month] = daysFirst ? [a, b] : [b, a];
  let hour = Number(h[4]);
  const minute = Number(h[5]);
  const second = Number(h[6] ?? 0);
  if (h[7]) {
    if (hour === 12) hour = 0;
    if (h[7].toLowerCase() === 'p') hour += 12;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  return wallClockToIso(c, month, day, hour, minute, second, tz);
}

const BATCH = 256;

async function* readChat(
  entry: ArchiveEntry,
  source: ArchiveSource,
  options: ImportOptions,
): AsyncIterable<ArchivedItem> {
  const file = entryLabel(source, entry);
  const tz = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(tz);
  const { daysFirst, group } = await scan(entry, file);
  const chat = chatName(entry.path);
  const channel = group ? 'group-chat' : 'direct-message';
  let blocks: Block[] = [];
  let current: { header: RegExpExecArray; lines: string[]; line: number } | undefined;
  let lineNo = 0;

  const flush = function* (): Iterable<ArchivedItem> {
    if (!blocks.length) return;
    const parsed = parseString(blocks.map((b) => b.text).join('\n'), { daysFirst, parseAttachments: true });
    // One block is one message for the parser too (same header shape); guard anyway.
    const same = parsed.length === blocks.length;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      const p = same ? parsed[i] : parseString(b.text, { daysFirst, parseAttachments: true })[0];
      if (!p || p.author === null) continue; // system message
      if (NOTICE.test(p.message)) continue;
      const at = blockTime(b.header, daysFirst, tz);
      if (!at) continue;
      let text = p.message;
      const attachments: string[] = [];
      if (OMITTED.test(text)) {
        attachments.push('(media omitted)');
        text = '';
      } else if (p.attachment) {
        attachments.push(p.attachment.fileName);
        const m = ATTACHED_LINE.exec(text);
        if (m) text = text.slice(m[0].length);
        const nl = text.indexOf('\n');
        // A caption follows the attachment line (or the rest of it).
        text = (nl >= 0 && !text.slice(0, nl).trim() ? text.slice(nl + 1) : text).trim();
      }
      text = text.replace(/\u200E|\u200F/g, '').replace(/(?<!\s)\s*<This message was edited>$/i, '');
      const item: ArchivedItem = {
        id: `${entry.path}#${b.line}`,
        platform: 'whatsapp',
        channel,
        at,
        author: p.author.replace(
          /^[\u200E\u200F\u202A-\u202E]+|(?<![\u200E\u200F\u202A-\u202E])[\u200E\u200F\u202A-\u202E]+$/g,
          '',
        ),
        text,
        threadId: chat,
      };
      if (attachments.length) item.attachments = attachments;
      yield item;
    }
    blocks = [];
  };

  for await (const batch of entryLineBatches(entry, file)) {
    for (const line of batch) {
      lineNo++;
      const h = HEADER.exec(line);
      if (h) {
        if (current) blocks.push({ header: current.header, text: current.lines.join('\n'), line: current.line });
        current = { header: h, lines: [line], line: lineNo };
      } else if (current) {
        current.lines.push(line);
        if (current.lines.length > 100_000) current.lines.length = 100_000; // runaway block: keep memory bounded
      }
    }
    if (blocks.length >= BATCH) yield* flush();
  }
  if (current) blocks.push({ header: current.header, text: current.lines.join('\n'), line: current.line });
  yield* flush();
}

export const whatsappImporter: Importer = {
  id: 'whatsapp',
  description: 'WhatsApp chat export (.txt, or the .zip with media)',
  async detect(source) {
    return (await chatEntries(source)).length > 0;
  },
  async *items(source, options) {
    for (const entry of await chatEntries(source)) yield* readChat(entry, source, options);
  },
};
