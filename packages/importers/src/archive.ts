/**
 * Opening an export as an ArchiveSource: a folder, a single file or a .zip.
 *
 * Nothing here writes to disk. Zips are read from their central directory and each entry is inflated
 * as a stream (fflate's streaming Inflate over 16 KiB slices of the compressed data), so memory does
 * not grow with the size of an entry. Every failure is an ImportError naming the file and the problem.
 */
import { open, lstat, opendir, realpath, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import { basename, join, relative, sep } from 'node:path';
import { Inflate } from 'fflate';
import { ImportError } from './types.js';
import type { ArchiveEntry, ArchiveSource } from './types.js';

/** Safety limits for opening archives. All sizes in bytes. */
export interface ArchiveLimits {
  /** Largest single file (on disk or inside a zip) that may be read. Default 2 GiB. */
  maxFileBytes: number;
  /**
   * Largest total uncompressed size of the compressible entries of a zip (entries whose compression ratio
   * is above 2:1; incompressible entries such as photos cannot expand beyond the zip's own size). Default 2 GiB.
   */
  maxTotalBytes: number;
  /** Largest compression ratio of one entry above `ratioMinBytes`. Default 200 (200:1). */
  maxRatio: number;
  /** Entries smaller than this are not held to `maxRatio`. Default 1 MiB. */
  ratioMinBytes: number;
  /**
   * The compressible entries together are held to `maxRatio` too once they expand past this. Default
   * 64 MiB: thousands of entries each under `ratioMinBytes` must not add up to a bomb (real exports of
   * text compress about 10:1).
   */
  archiveRatioMinBytes: number;
  /** Most entries in a zip. Default 50,000. */
  maxEntries: number;
  /** Most files listed from a folder. Default 500,000. */
  maxFolderEntries: number;
}

export const DEFAULT_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxFileBytes: 2 * 1024 ** 3,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  ratioMinBytes: 1024 ** 2,
  archiveRatioMinBytes: 64 * 1024 ** 2,
  maxEntries: 50_000,
  maxFolderEntries: 500_000,
});

export interface OpenArchiveOptions {
  limits?: Partial<ArchiveLimits>;
}

const READ_CHUNK = 64 * 1024;
const INFLATE_SLICE = 16 * 1024;

export function resolveLimits(limits?: Partial<ArchiveLimits>): ArchiveLimits {
  return { ...DEFAULT_LIMITS, ...(limits ?? {}) };
}

/** How to name an entry in messages: the path the user gave for a single file, else "archive → entry". */
export function entryLabel(source: ArchiveSource, entry: ArchiveEntry): string {
  return source.entries.length === 1 && source.name.endsWith(entry.path)
    ? source.name
    : `${source.name} → ${entry.path}`;
}

/** Human-readable size for error messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

class Source implements ArchiveSource {
  readonly entries: readonly ArchiveEntry[];
  private readonly byPath = new Map<string, ArchiveEntry>();
  /** Per entry opened so far: its size, and the bytes its latest reading has reached. */
  private readonly reading = new Map<ArchiveEntry, { size: number; at: number }>();

  constructor(
    readonly name: string,
    entries: readonly ArchiveEntry[],
  ) {
    this.entries = entries.map((e) => this.metered(e));
    for (const e of this.entries) if (!this.byPath.has(e.path)) this.byPath.set(e.path, e);
  }

  find(path: string): ArchiveEntry | undefined {
    return this.byPath.get(path.replace(/^\.?\//, ''));
  }

  progress(): number {
    let size = 0;
    let at = 0;
    for (const r of this.reading.values()) {
      size += r.size;
      at += Math.min(r.at, r.size);
    }
    return size > 0 ? at / size : 0;
  }

  /** The entry, counting what each reading of it has reached (a second pass starts again from 0). */
  private metered(entry: ArchiveEntry): ArchiveEntry {
    const reading = this.reading;
    const stream = async function* (): AsyncIterable<Uint8Array> {
      const r = { size: entry.size, at: 0 };
      reading.set(metered, r);
      for await (const chunk of entry.stream()) {
        r.at += chunk.length;
        yield chunk;
      }
    };
    const metered: ArchiveEntry = { path: entry.path, size: entry.size, stream, bytes: () => collect(stream()) };
    return metered;
  }
}

/** Open a folder, a zip or a single file as an ArchiveSource. */
export async function openArchive(path: string, options: OpenArchiveOptions = {}): Promise<ArchiveSource> {
  const limits = resolveLimits(options.limits);
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ImportError(path, 'no such file or folder');
    if (code === 'EACCES' || code === 'EPERM') throw new ImportError(path, 'permission denied');
    throw new ImportError(path, `cannot open (${code ?? String(err)})`);
  }
  if (st.isDirectory()) return openFolder(path, limits);
  if (!st.isFile()) throw new ImportError(path, 'not a regular file or folder');
  checkFileSize(path, st.size, limits);
  if (await looksLikeZip(path, st.size)) return openZip(path, st.size, limits);
  return new Source(path, [fileEntry(path, basename(path), st.size, limits)]);
}

function checkFileSize(name: string, size: number, limits: ArchiveLimits): void {
  if (size > limits.maxFileBytes) {
    throw new ImportError(
      name,
      `file is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit for one file`,
    );
  }
}

async function looksLikeZip(path: string, size: number): Promise<boolean> {
  if (size < 4) return false;
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    // Local file header, empty archive (EOCD first) or spanned-archive marker.
    return (
      head[0] === 0x50 &&
      head[1] === 0x4b &&
      ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6) || (head[2] === 7 && head[3] === 8))
    );
  } finally {
    await fh.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Plain files and folders

function fileEntry(absPath: string, relPath: string, size: number, limits: ArchiveLimits): ArchiveEntry {
  const stream = async function* (): AsyncIterable<Uint8Array> {
    checkFileSize(absPath, size, limits);
    let fh: FileHandle;
    try {
      fh = await open(absPath, 'r');
    } catch (err) {
      throw new ImportError(absPath, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    // The next chunk is read while the caller works on this one, so the engine never waits on the disk.
    let pending: Promise<{ bytesRead: number; buffer: Uint8Array }> | undefined;
    const readAt = (at: number) => {
      pending = fh.read(new Uint8Array(READ_CHUNK), 0, READ_CHUNK, at);
      pending.catch(() => undefined); // awaited below (or on close); no unhandled rejection meanwhile
      return pending;
    };
    try {
      let pos = 0;
      let next = readAt(pos);
      for (;;) {
        const { bytesRead, buffer } = await next;
        pending = undefined;
        if (bytesRead === 0) break;
        pos += bytesRead;
        if (pos > limits.maxFileBytes) {
          throw new ImportError(
            absPath,
            `file grew past the ${formatBytes(limits.maxFileBytes)} limit while being read`,
          );
        }
        next = readAt(pos);
        yield bytesRead === READ_CHUNK ? buffer : buffer.subarray(0, bytesRead);
      }
    } finally {
      if (pending) await pending.catch(() => undefined);
      await fh.close();
    }
  };
  return { path: relPath, size, stream, bytes: () => collect(stream()) };
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of chunks) {
    parts.push(c);
    total += c.length;
  }
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

async function openFolder(root: string, limits: ArchiveLimits): Promise<ArchiveSource> {
  const realRoot = await realpath(root);
  const entries: ArchiveEntry[] = [];
  const walk = async (dir: string): Promise<void> => {
    let handle: Awaited<ReturnType<typeof opendir>>;
    try {
      handle = await opendir(dir);
    } catch (err) {
      throw new ImportError(dir, `cannot list folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const names: { name: string; dir: boolean; link: boolean; file: boolean }[] = [];
    for await (const d of handle)
      names.push({ name: d.name, dir: d.isDirectory(), link: d.isSymbolicLink(), file: d.isFile() });
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of names) {
      const abs = join(dir, d.name);
      if (d.dir) {
        await walk(abs);
        continue;
      }
      let size: number;
      if (d.link) {
        // Symlinks: only regular files that resolve inside the folder; never a linked folder (loops, escapes).
        let target: string;
        try {
          target = await realpath(abs);
        } catch {
          continue; // dangling link
        }
        const rel = relative(realRoot, target);
        if (
          rel === '' ||
          rel.startsWith('..') ||
          rel.split(sep)[0] === '..' ||
          /^[a-zA-Z]:/.test(rel) ||
          rel.startsWith(sep)
        )
          continue;
        const tst = await stat(target);
        if (!tst.isFile()) continue;
        size = tst.size;
      } else if (d.file) {
        size = (await lstat(abs)).size;
      } else {
        continue; // sockets, fifos, devices
      }
      if (entries.length >= limits.maxFolderEntries) {
        throw new ImportError(root, `folder holds more than ${limits.maxFolderEntries} files`);
      }
      const relPath = relative(root, abs).split(sep).join('/');
      entries.push(fileEntry(abs, relPath, size, limits));
    }
  };
  await walk(root);
  return new Source(root, entries);
}

// ---------------------------------------------------------------------------------------------
// Zip

interface ZipRecord {
  path: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Uint8Array> {
  const buf = new Uint8Array(len);
  let got = 0;
  while (got < len) {
    const { bytesRead } = await fh.read(buf, got, len - got, pos + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === len ? buf : buf.subarray(0, got);
}

const corrupt = (name: string, what: string): ImportError => new ImportError(name, `truncated or corrupt zip: ${what}`);

/** Check a zip entry name: relative, "/"-separated, no "..", no drive letters. Returns the clean path. */
export function safeEntryPath(zipName: string, raw: string): string {
  const bad = (why: string): ImportError =>
    new ImportError(zipName, `unsafe entry path "${raw}" (${why}); the archive was rejected and nothing was extracted`);
  if (raw.includes('\0')) throw bad('contains a NUL character');
  const p = raw.replace(/\\/g, '/');
  if (p.startsWith('/')) throw bad('absolute path');
  if (/^[a-zA-Z]:/.test(p)) throw bad('drive letter');
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') throw bad('path traversal with ".."');
    if (seg === '' || seg === '.') continue;
    parts.push(seg);
  }
  return parts.join('/');
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  try {
    return utf8Strict.decode(bytes); // many tools write UTF-8 without setting the flag
  } catch {
    return latin1.decode(bytes);
  }
}

async function openZip(zipPath: string, fileSize: number, limits: ArchiveLimits): Promise<ArchiveSource> {
  const fh = await open(zipPath, 'r');
  let records: ZipRecord[];
  try {
    records = await readCentralDirectory(fh, zipPath, fileSize, limits);
  } finally {
    await fh.close();
  }
  // Zip-bomb checks on the declared sizes; streaming checks the real sizes against them.
  let total = 0;
  let packed = 0;
  for (const r of records) {
    if (r.size > r.compressedSize * 2) {
      total += r.size;
      packed += r.compressedSize;
    }
    if (r.size >= limits.ratioMinBytes) {
      const ratio = r.compressedSize === 0 ? Infinity : r.size / r.compressedSize;
      if (ratio > limits.maxRatio) {
        throw new ImportError(
          zipPath,
          `possible zip bomb: entry "${r.path}" expands from ${formatBytes(r.compressedSize)} to ${formatBytes(r.size)} (ratio ${Number.isFinite(ratio) ? Math.round(ratio) : '∞'}:1, limit ${limits.maxRatio}:1)`,
        );
      }
    }
  }
  const archiveRatio = packed === 0 ? Infinity : total / packed;
  if (total >= limits.archiveRatioMinBytes && archiveRatio > limits.maxRatio) {
    throw new ImportError(
      zipPath,
      `possible zip bomb: its entries together expand from ${formatBytes(packed)} to ${formatBytes(total)} (ratio ${Number.isFinite(archiveRatio) ? Math.round(archiveRatio) : '∞'}:1, limit ${limits.maxRatio}:1)`,
    );
  }
  if (total > limits.maxTotalBytes) {
    throw new ImportError(
      zipPath,
      `possible zip bomb: compressed entries expand to ${formatBytes(total)}, over the ${formatBytes(limits.maxTotalBytes)} limit`,
    );
  }
  const entries = records
    .filter((r) => !r.path.endsWith('/') && r.path !== '')
    .map((r) => zipEntry(zipPath, fileSize, r, limits));
  return new Source(zipPath, entries);
}

async function readCentralDirectory(
  fh: FileHandle,
  name: string,
  fileSize: number,
  limits: ArchiveLimits,
): Promise<ZipRecord[]> {
  if (fileSize < 22) throw corrupt(name, 'file too short to be a zip');
  const tailLen = Math.min(fileSize, 22 + 0xffff);
  const tailPos = fileSize - tailLen;
  const tail = await readAt(fh, tailPos, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 5 && tail[i + 3] === 6) {
      if (i + 22 + u16(tail, i + 20) <= tail.length) {
        eocd = i;
        break;
      }
    }
  }
  if (eocd < 0) throw corrupt(name, 'no end-of-central-directory record (the file was cut short or is damaged)');
  let diskNo = u16(tail, eocd + 4);
  let cdDisk = u16(tail, eocd + 6);
  let count = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  const eocdAbs = tailPos + eocd;
  let cdEnd = eocdAbs;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locPos = eocdAbs - 20;
    if (locPos < 0) throw corrupt(name, 'missing ZIP64 locator');
    const loc = await readAt(fh, locPos, 20);
    if (u32(loc, 0) !== 0x07064b50) throw corrupt(name, 'missing ZIP64 locator');
    const z64Pos = u64(loc, 8);
    if (z64Pos + 56 > locPos) throw corrupt(name, 'ZIP64 record points outside the file');
    const z = await readAt(fh, z64Pos, 56);
    if (u32(z, 0) !== 0x06064b50) throw corrupt(name, 'bad ZIP64 end record');
    diskNo = u32(z, 16);
    cdDisk = u32(z, 20);
    count = u64(z, 32);
    cdSize = u64(z, 40);
    cdOffset = u64(z, 48);
    cdEnd = z64Pos;
  }
  if (diskNo !== 0 || cdDisk !== 0)
    throw new ImportError(name, 'split (multi-part) zips are not supported; join the parts first');
  if (count > limits.maxEntries) {
    throw new ImportError(name, `possible zip bomb: ${count} entries, over the limit of ${limits.maxEntries}`);
  }
  if (cdOffset + cdSize > cdEnd) throw corrupt(name, 'central directory lies outside the file');
  if (cdSize > 46 * count + 256 * 1024 * 1024) throw corrupt(name, 'central directory is implausibly large');
  const cd = await readAt(fh, cdOffset, cdSize);
  if (cd.length < cdSize) throw corrupt(name, 'central directory is cut short');
  const out: ZipRecord[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50)
      throw corrupt(name, `central directory entry ${i + 1} is damaged`);
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    const crc = u32(cd, p + 16) >>> 0;
    let compressedSize = u32(cd, p + 20);
    let size = u32(cd, p + 24);
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    let localOffset = u32(cd, p + 42);
    const nameStart = p + 46;
    if (nameStart + nameLen + extraLen + commentLen > cd.length)
      throw corrupt(name, `central directory entry ${i + 1} is cut short`);
    const rawName = decodeName(cd.subarray(nameStart, nameStart + nameLen), (flags & 0x800) !== 0);
    // ZIP64 extended information
    let e = nameStart + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(cd, e);
      const len = u16(cd, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) {
          localOffset = u64(cd, q);
          q += 8;
        }
      }
      e += 4 + len;
    }
    const path = safeEntryPath(name, rawName) + (rawName.endsWith('/') || rawName.endsWith('\\') ? '/' : '');
    if (localOffset + 30 + compressedSize > cdOffset) {
      throw corrupt(name, `data of entry "${rawName}" lies outside the file`);
    }
    out.push({ path, method, flags, crc, compressedSize, size, localOffset });
    p = nameStart + nameLen + extraLen + commentLen;
  }
  return out;
}

const hasZlibCrc = typeof (zlib as { crc32?: unknown }).crc32 === 'function';
let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array, prev: number): number {
  if (hasZlibCrc) return (zlib as unknown as { crc32(d: Uint8Array, v: number): number }).crc32(data, prev);
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = ~prev;
  for (let i = 0; i < data.length; i++) c = (crcTable[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

function zipEntry(zipPath: string, fileSize: number, r: ZipRecord, limits: ArchiveLimits): ArchiveEntry {
  const label = `${zipPath} → ${r.path}`;
  const stream = async function* (): AsyncIterable<Uint8Array> {
    if (r.size > limits.maxFileBytes) {
      throw new ImportError(
        label,
        `file is ${formatBytes(r.size)}, over the ${formatBytes(limits.maxFileBytes)} limit for one file`,
      );
    }
    if (r.flags & 1) throw new ImportError(label, 'entry is encrypted; export the archive again without a password');
    if (r.method !== 0 && r.method !== 8)
      throw new ImportError(label, `unsupported compression method ${r.method} (only stored and deflate)`);
    const fh = await open(zipPath, 'r');
    try {
      const lh = await readAt(fh, r.localOffset, 30);
      if (lh.length < 30 || u32(lh, 0) !== 0x04034b50) throw corrupt(zipPath, `local header of "${r.path}" is damaged`);
      const dataStart = r.localOffset + 30 + u16(lh, 26) + u16(lh, 28);
      const dataEnd = dataStart + r.compressedSize;
      if (dataEnd > fileSize) throw corrupt(zipPath, `data of "${r.path}" runs past the end of the file`);
      let crc = 0;
      let produced = 0;
      const pending: Uint8Array[] = [];
      let finished = false;
      const inflater =
        r.method === 8
          ? new Inflate((chunk, final) => {
              pending.push(chunk);
              if (final) finished = true;
            })
          : undefined;
      let pos = dataStart;
      if (r.compressedSize === 0 && inflater) inflater.push(new Uint8Array(0), true);
      while (pos < dataEnd) {
        const want = Math.min(READ_CHUNK, dataEnd - pos);
        const buf = await readAt(fh, pos, want);
        if (buf.length < want) throw corrupt(zipPath, `data of "${r.path}" is cut short`);
        pos += want;
        const slices: Uint8Array[] = [];
        if (inflater) {
          for (let o = 0; o < buf.length; o += INFLATE_SLICE) {
            const slice = buf.subarray(o, Math.min(buf.length, o + INFLATE_SLICE));
            try {
              inflater.push(slice, pos >= dataEnd && o + INFLATE_SLICE >= buf.length);
            } catch (err) {
              throw corrupt(zipPath, `entry "${r.path}" cannot be inflated (${(err as Error).message})`);
            }
            while (pending.length) {
              const c = pending.shift() as Uint8Array;
              produced += c.length;
              if (produced > r.size) {
                throw new ImportError(
                  zipPath,
                  `possible zip bomb: entry "${r.path}" expands beyond its declared ${formatBytes(r.size)}`,
                );
              }
              crc = crc32(c, crc);
              slices.push(c);
            }
          }
        } else {
          produced += buf.length;
          crc = crc32(buf, crc);
          slices.push(buf);
        }
        for (const s of slices) if (s.length) yield s;
      }
      if (inflater && !finished)
        throw corrupt(zipPath, `entry "${r.path}" ends before its compressed data is complete`);
      if (produced !== r.size)
        throw corrupt(zipPath, `entry "${r.path}" is ${produced} bytes, the directory says ${r.size}`);
      if (crc >>> 0 !== r.crc) throw corrupt(zipPath, `entry "${r.path}" fails its CRC check`);
    } finally {
      await fh.close();
    }
  };
  return { path: r.path, size: r.size, stream, bytes: () => collect(stream()) };
}
