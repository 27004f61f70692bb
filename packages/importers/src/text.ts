/**
 * Bytes → text, and text streams → lines, without holding a whole file.
 *
 * Encoding decision: UTF-8 (a BOM is stripped); UTF-16 LE/BE when the file starts with their BOM, or when it has
 * no BOM but the first bytes show the tell-tale zero bytes of ASCII text in UTF-16. Bytes that are not valid
 * UTF-8 switch the decoder to windows-1252 from that chunk on (older Windows tools — Excel CSVs, Notepad — write
 * it), rather than failing the whole import: an audit that reads slightly mis-decoded accents is more useful than
 * none. `decodeText(…, { strict: true })` raises an ImportError instead.
 */
import { ImportError } from './types.js';
import type { ArchiveEntry } from './types.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodeOptions {
  /** Throw an ImportError on invalid UTF-8 instead of falling back to windows-1252. */
  strict?: boolean;
}

/** The encoding a file's first bytes announce, and the length of its BOM. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bom: number } {
  const [a, b, c] = [head[0], head[1], head[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // No BOM: UTF-16 text of mostly ASCII has a zero in every other byte.
  const n = Math.min(head.length, 512) & ~1;
  if (n >= 8) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) evenZero++;
      if (head[i + 1] === 0) oddZero++;
    }
    const pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', bom: 0 };
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', bom: 0 };
  }
  return { encoding: 'utf-8', bom: 0 };
}

/** Decode a whole (small) file. */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  const d = new StreamDecoder(file, options);
  return d.write(bytes) + d.end();
}

/** Incremental decoder: feed chunks, get strings; multi-byte characters split across chunks are kept whole. */
export class StreamDecoder {
  private encoding: TextEncodingName | undefined;
  private decoder: TextDecoder | undefined;
  private carry: Uint8Array | undefined;
  private started = false;
  private head: Uint8Array | undefined;
  private offset = 0;

  constructor(
    private readonly file: string,
    private readonly options: DecodeOptions = {},
  ) {}

  /** The encoding in use (after the first chunk). */
  get detected(): TextEncodingName | undefined {
    return this.encoding;
  }

  write(chunk: Uint8Array): string {
    if (!this.started) {
      // Wait for at least 4 bytes to see a BOM (tiny first chunks).
      const buf = this.head ? concat(this.head, chunk) : chunk;
      if (buf.length < 4) {
        this.head = buf;
        return '';
      }
      this.head = undefined;
      this.started = true;
      const { encoding, bom } = sniffEncoding(buf);
      this.setEncoding(encoding);
      this.offset = bom;
      return this.decodeChunk(buf.subarray(bom));
    }
    return this.decodeChunk(chunk);
  }

  end(): string {
    if (!this.started) {
      const buf = this.head ?? new Uint8Array(0);
      this.head = undefined;
      this.started = true;
      const { encoding, bom } = sniffEncoding(buf);
      this.setEncoding(encoding);
      return this.decodeChunk(buf.subarray(bom)) + this.end();
    }
    if (this.encoding === 'utf-8' && this.carry?.length) {
      const tail = this.carry;
      this.carry = undefined;
      return this.fallback(tail, true);
    }
    return this.decoder ? this.decoder.decode() : '';
  }

  private setEncoding(enc: TextEncodingName): void {
    this.encoding = enc;
    this.decoder = enc === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder(enc);
  }

  private decodeChunk(chunk: Uint8Array): string {
    const dec = this.decoder as TextDecoder;
    if (this.encoding !== 'utf-8') {
      this.offset += chunk.length;
      return dec.decode(chunk, { stream: true });
    }
    // UTF-8: decode up to the last complete character ourselves, so that a failure can fall back cleanly.
    const buf = this.carry?.length ? concat(this.carry, chunk) : chunk;
    const cut = completeUtf8Length(buf);
    this.carry = cut < buf.length ? buf.slice(cut) : undefined;
    const whole = buf.subarray(0, cut);
    try {
      const s = dec.decode(whole);
      this.offset += whole.length;
      return s;
    } catch {
      return this.fallback(buf, false);
    }
  }

  private fallback(buf: Uint8Array, atEnd: boolean): string {
    if (this.options.strict) {
      throw new ImportError(
        this.file,
        `not valid UTF-8 text (near byte ${this.offset}); save it as UTF-8 and try again`,
      );
    }
    this.carry = undefined;
    this.setEncoding('windows-1252');
    this.offset += buf.length;
    return (this.decoder as TextDecoder).decode(buf, { stream: !atEnd });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Length of the prefix of `buf` that ends on a UTF-8 character boundary. */
function completeUtf8Length(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b < 0x80) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Decode a stream of bytes to a stream of strings. */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  options: DecodeOptions = {},
): AsyncIterable<string> {
  const d = new StreamDecoder(file, options);
  for await (const c of chunks) {
    const s = d.write(c);
    if (s) yield s;
  }
  const s = d.end();
  if (s) yield s;
}

export interface LineOptions {
  /** Longest line accepted (characters); longer is an ImportError. Default 16 Mi characters. */
  maxLineLength?: number;
}

const NEWLINE = /\r\n|\r|\n/;
const LINE_BREAK = /[\r\n]/;

/**
 * Split a stream of text into batches of lines (\n, \r\n or \r), without the line terminators.
 * Batches (one per chunk) keep the per-line cost of async iteration low; see `lines` for one at a time.
 */
export async function* lineBatches(
  texts: AsyncIterable<string>,
  file: string,
  options: LineOptions = {},
): AsyncIterable<string[]> {
  const max = options.maxLineLength ?? 16 * 1024 * 1024;
  const tooLong = () => new ImportError(file, `a line is longer than ${max} characters; is this really a text export?`);
  let rest = '';
  // A trailing \r may be the first half of \r\n: it is held until the next chunk says.
  let heldCR = false;
  // Chunks since `rest` that hold no line break, joined only once one comes: a long line then costs its
  // length once, where splitting all of it again with every chunk took time quadratic in its length.
  let more: string[] = [];
  let length = 0;
  for await (const t of texts) {
    if (!LINE_BREAK.test(t)) {
      if (heldCR && t) {
        // no \n after the \r: it was a line break of its own
        yield [rest];
        rest = '';
        heldCR = false;
        length = 0;
      }
      more.push(t);
      length += t.length;
      if (length > max) throw tooLong();
      continue;
    }
    let s: string = (heldCR ? `${rest}\r` : rest) + more.join('') + t;
    more = [];
    heldCR = s.endsWith('\r');
    if (heldCR) s = s.slice(0, -1);
    const parts = s.split(NEWLINE);
    rest = parts.pop() ?? '';
    length = rest.length;
    if (length > max) throw tooLong();
    if (parts.length) yield parts;
  }
  rest += more.join('');
  if (rest.length || heldCR) yield [rest];
}

/** Lines of a text stream, one at a time. */
export async function* lines(
  texts: AsyncIterable<string>,
  file: string,
  options: LineOptions = {},
): AsyncIterable<string> {
  for await (const batch of lineBatches(texts, file, options)) yield* batch;
}

/** Lines of an archive entry, decoded (BOM, UTF-16, UTF-8 with windows-1252 fallback). */
export function entryLineBatches(
  entry: ArchiveEntry,
  file: string,
  options: DecodeOptions & LineOptions = {},
): AsyncIterable<string[]> {
  return lineBatches(decodeStream(entry.stream(), file, options), file, options);
}

/** The first `maxBytes` of an entry, decoded (for format detection). Never reads further. */
export async function peekText(entry: ArchiveEntry, maxBytes = 16 * 1024): Promise<string> {
  const d = new StreamDecoder(entry.path);
  let out = '';
  let got = 0;
  const it = entry.stream()[Symbol.asyncIterator]();
  try {
    while (got < maxBytes) {
      const r = await it.next();
      if (r.done) {
        out += d.end();
        break;
      }
      const c = r.value.length > maxBytes - got ? r.value.subarray(0, maxBytes - got) : r.value;
      got += c.length;
      out += d.write(c);
    }
  } finally {
    await it.return?.();
  }
  return out;
}
