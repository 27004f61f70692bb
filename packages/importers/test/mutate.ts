/**
 * Damage done to an export on purpose, for fuzzing the importers: edits described as plain data (so fast-check
 * can generate and shrink them, and a long run can save and replay them), applied to a file's bytes.
 *
 * Positions are taken modulo the file's length, so any number is a valid edit of any file and a shrunk edit
 * still applies. Inserted material is bounded (see MAX_INSERT) so that no input is large enough to be slow
 * for its size alone.
 */

/** What an `insert` edit adds. */
export const INSERTS = [
  'nul', // NUL bytes
  'huge-line', // one long line of text
  'deep-json', // [[[…]]] balanced, `size` bytes of it
  'deep-open', // {"a":{"a":… never closed
  'invalid-utf8', // bytes that are not UTF-8
  'bom', // a byte-order mark in the middle
  'newlines', // \r, \n and \r\n
  'quote', // a lone " (opens a CSV field or a JSON string)
] as const;
export type Insert = (typeof INSERTS)[number];

export const ENCODINGS = ['utf-16le', 'utf-16be', 'utf-16le-bom', 'windows-1252', 'utf-8-bom'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type Edit =
  | { op: 'set'; at: number; value: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'insert'; at: number; what: Insert; size: number }
  | { op: 'delete-line' | 'duplicate-line' | 'swap-lines'; at: number }
  | { op: 'encode'; as: Encoding }
  /** Replaces the `at`-th value of a JSON (or JS-assigned, or JSONL) file with `value`: a wrong type or size. */
  | { op: 'json'; at: number; value: unknown }
  /** The same with [[[…]]] as deep as `depth`: valid JSON that recursion cannot walk. */
  | { op: 'json-deep'; at: number; depth: number };

/** Edits to one file of the export (`file` modulo the number of files). */
export interface FileEdits {
  file: number;
  edits: Edit[];
}

/** Damage to a whole export: files edited, and optionally one left out. */
export interface ArchiveMutation {
  files: FileEdits[];
  drop?: number;
}

/** Bytes added by one insert, at most: a long line or a deep nesting, not a large file. */
export const MAX_INSERT = 256 * 1024;

const utf8 = new TextEncoder();
const decoder = new TextDecoder();

function inserted(what: Insert, size: number): Uint8Array {
  const n = Math.max(1, Math.min(size, MAX_INSERT));
  switch (what) {
    case 'nul':
      return new Uint8Array(Math.min(n, 64));
    case 'huge-line':
      return utf8.encode('word '.repeat(Math.ceil(n / 5)).slice(0, n));
    case 'deep-json': {
      const depth = Math.floor(n / 2);
      return utf8.encode('['.repeat(depth) + ']'.repeat(depth));
    }
    case 'deep-open':
      return utf8.encode('{"a":'.repeat(Math.ceil(n / 5)));
    case 'invalid-utf8':
      return Uint8Array.of(0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xf8).subarray(0, Math.min(n, 8));
    case 'bom':
      return Uint8Array.of(0xef, 0xbb, 0xbf);
    case 'newlines':
      return utf8.encode('\r\n\r\n\n\r'.slice(0, Math.min(n, 6)));
    case 'quote':
      return utf8.encode('"');
  }
}

function splice(bytes: Uint8Array, at: number, remove: number, add: Uint8Array = new Uint8Array(0)): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + add.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(add, at);
  out.set(bytes.subarray(at + remove), at + add.length);
  return out;
}

/** Byte offsets where lines start. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

function lineEdit(bytes: Uint8Array, op: 'delete-line' | 'duplicate-line' | 'swap-lines', at: number): Uint8Array {
  const starts = lineStarts(bytes);
  const k = at % starts.length;
  const from = starts[k] as number;
  const to = starts[k + 1] ?? bytes.length;
  const line = bytes.slice(from, to);
  if (op === 'delete-line') return splice(bytes, from, to - from);
  if (op === 'duplicate-line') return splice(bytes, to, 0, line);
  const nextEnd = starts[k + 2] ?? bytes.length;
  if (to >= nextEnd) return bytes;
  return splice(bytes, from, nextEnd - from, new Uint8Array([...bytes.subarray(to, nextEnd), ...line]));
}

function encode(bytes: Uint8Array, as: Encoding): Uint8Array {
  const text = decoder.decode(bytes);
  switch (as) {
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    case 'windows-1252':
      // Each UTF-16 code unit cut to its low byte: accents survive as Latin-1, anything else is garbled.
      return new Uint8Array(Buffer.from(text, 'latin1'));
    case 'utf-16le':
    case 'utf-16le-bom': {
      const body = new Uint8Array(Buffer.from(text, 'utf16le'));
      return as === 'utf-16le' ? body : new Uint8Array([0xff, 0xfe, ...body]);
    }
    case 'utf-16be': {
      const le = new Uint8Array(Buffer.from(text, 'utf16le'));
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
      return le;
    }
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the `at`-th value (in document order, among the first 10,000) of a parsed document, or the document. */
function replaceValue(root: { doc: Json }, at: number, value: Json): void {
  const slots: [Record<string, Json> | Json[], string | number][] = [];
  const stack: Json[] = [root.doc];
  while (stack.length && slots.length < 10_000) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        slots.push([v, i]);
        stack.push(v[i] as Json);
      }
    } else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v).reverse()) {
        slots.push([v, key]);
        stack.push(v[key] as Json);
      }
    }
  }
  if (!slots.length) {
    root.doc = value;
    return;
  }
  const [holder, key] = slots[at % slots.length] as [Record<string, Json>, string];
  holder[key] = value;
}

/** Stands for a nesting too deep for JSON.stringify until the text is written. */
const DEEP = '\u0000deep\u0000';

/** A JSON edit on a JSON document (after an optional `window.YTD.x = ` prefix) or on one line of JSONL. */
function jsonEdit(bytes: Uint8Array, at: number, value: Json, depth = 0): Uint8Array {
  const out = jsonEditText(decoder.decode(bytes), at, depth > 0 ? DEEP : value);
  if (out === undefined) return bytes;
  const deep = Math.min(depth, MAX_INSERT / 2);
  return utf8.encode(depth > 0 ? out.replace(JSON.stringify(DEEP), '['.repeat(deep) + ']'.repeat(deep)) : out);
}

function jsonEditText(text: string, at: number, value: Json): string | undefined {
  const start = text.search(/[[{]/);
  if (start < 0) return undefined;
  try {
    const root = { doc: JSON.parse(text.slice(start)) as Json };
    replaceValue(root, at, value);
    return text.slice(0, start) + JSON.stringify(root.doc);
  } catch {
    // JSONL, or JSON already damaged by an earlier edit: edit one line of it instead.
    const lines = text.split('\n');
    const k = at % lines.length;
    try {
      const root = { doc: JSON.parse(lines[k] as string) as Json };
      replaceValue(root, Math.floor(at / lines.length), value);
      lines[k] = JSON.stringify(root.doc);
      return lines.join('\n');
    } catch {
      return undefined;
    }
  }
}

/** The file with one edit applied. */
export function applyEdit(bytes: Uint8Array, edit: Edit): Uint8Array {
  const n = bytes.length;
  switch (edit.op) {
    case 'set':
      if (n === 0) return bytes;
      return splice(bytes, edit.at % n, 1, Uint8Array.of(edit.value & 0xff));
    case 'truncate':
      return bytes.slice(0, edit.at % (n + 1));
    case 'delete': {
      const at = edit.at % (n + 1);
      return splice(bytes, at, Math.min(edit.length, n - at));
    }
    case 'duplicate': {
      const at = edit.at % (n + 1);
      return splice(bytes, at, 0, bytes.slice(at, at + edit.length));
    }
    case 'insert':
      return splice(bytes, edit.at % (n + 1), 0, inserted(edit.what, edit.size));
    case 'delete-line':
    case 'duplicate-line':
    case 'swap-lines':
      return lineEdit(bytes, edit.op, edit.at);
    case 'encode':
      return encode(bytes, edit.as);
    case 'json':
      return jsonEdit(bytes, edit.at, edit.value as Json);
    case 'json-deep':
      return jsonEdit(bytes, edit.at, null, edit.depth);
  }
}

/** Where a zip's central directory starts (from its end record), or 0 when the end record is not found. */
function directoryStart(zip: Uint8Array): number {
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 5 && zip[i + 3] === 6) {
      const at = new DataView(zip.buffer, zip.byteOffset).getUint32(i + 16, true);
      return at < zip.length ? at : 0;
    }
  }
  return 0;
}

/**
 * A zip with one edit applied; in the `directory` region, positions count from the start of its central
 * directory (the entry names, sizes and offsets), where a single wrong byte matters most.
 */
export function applyZipEdit(zip: Uint8Array, edit: Edit, region: 'any' | 'directory'): Uint8Array {
  if (region === 'any' || !('at' in edit)) return applyEdit(zip, edit);
  const from = directoryStart(zip);
  return applyEdit(zip, { ...edit, at: from + (edit.at % (zip.length - from + 1)) });
}

/** The export's files after the mutation (paths are kept; a dropped file is left out). */
export function mutateFiles(files: Record<string, Uint8Array>, mutation: ArchiveMutation): Record<string, Uint8Array> {
  const paths = Object.keys(files);
  const out: Record<string, Uint8Array> = { ...files };
  for (const { file, edits } of mutation.files) {
    const path = paths[file % paths.length] as string;
    out[path] = edits.reduce(applyEdit, out[path] as Uint8Array);
  }
  if (mutation.drop !== undefined && paths.length > 1) delete out[paths[mutation.drop % paths.length] as string];
  return out;
}
