/**
 * `--attach file`: describes a picture for the engine without ever sending it anywhere.
 *
 * The engine judges attachment metadata only (kind, name, hasLocation…), so the edge reads the file:
 * a bounded read of its first bytes (and, for a video, its last bytes), the format from its magic
 * bytes (or, failing that, its extension), and the EXIF block parsed from that buffer by exifr. The
 * file itself never leaves this process and is never handed to exifr by path, so exifr cannot read
 * more than the cap or fetch anything. Only the base name of the file is passed on.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Attachment } from '@pause/core';
import { UsageError } from './errors.js';

/** How much of a file is read: EXIF sits in the first segments of a JPEG, near the start of HEIC/PNG. */
export const HEAD_BYTES = 1024 * 1024;
/** For a video, also the end of the file, where phones often put the movie header and its location. */
export const TAIL_BYTES = 1024 * 1024;
/** Most attachments on one draft. */
export const MAX_ATTACHMENTS = 20;

type Format = 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'avif' | 'tiff' | 'bmp' | 'video' | 'pdf' | 'other';

const IMAGE_EXT: Record<string, Format> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.jpe': 'jpeg',
  '.jfif': 'jpeg',
  '.png': 'png',
  '.gif': 'gif',
  '.webp': 'webp',
  '.heic': 'heic',
  '.heif': 'heic',
  '.avif': 'avif',
  '.tif': 'tiff',
  '.tiff': 'tiff',
  '.bmp': 'bmp',
  '.dng': 'tiff',
};
const VIDEO_EXT = new Set(['.mp4', '.mov', '.m4v', '.3gp', '.avi', '.webm', '.mkv']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
/** QuickTime location atoms: "©xyz" (ISO 6709 string) and Apple's metadata key. */
const VIDEO_LOCATION_MARKERS = [
  Buffer.from([0xa9, 0x78, 0x79, 0x7a]),
  Buffer.from('com.apple.quicktime.location.ISO6709', 'latin1'),
];

/** The format from the first bytes of the file, or undefined when they match none we know. */
export function sniff(head: Buffer): Format | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  const text = (i: number, s: string) => head.length >= i + s.length && head.toString('latin1', i, i + s.length) === s;
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (text(0, 'GIF87a') || text(0, 'GIF89a')) return 'gif';
  if (text(0, 'RIFF') && text(8, 'WEBP')) return 'webp';
  if (text(0, 'RIFF') && text(8, 'AVI ')) return 'video';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (text(0, 'BM') && head.length >= 26) return 'bmp';
  if (text(0, '%PDF-')) return 'pdf';
  if (at(0, 0x1a, 0x45, 0xdf, 0xa3)) return 'video'; // Matroska / WebM
  if (text(4, 'ftyp')) {
    const brand = head.toString('latin1', 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (HEIF_BRANDS.has(brand)) return 'heic';
    return 'video'; // isom, mp41, mp42, qt, 3gp…
  }
  return undefined;
}

function describeCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${code ?? 'error'})`;
}

/** The first HEAD_BYTES (and for a video the last TAIL_BYTES) of a regular file. */
function readBounded(path: string, wantTail: (head: Buffer) => boolean): { head: Buffer; tail?: Buffer; size: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new UsageError(`--attach ${path}: ${describeCode(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`--attach ${path}: is a directory, not a file`);
    if (!st.isFile()) throw new UsageError(`--attach ${path}: is not a regular file`);
    if (st.size === 0) throw new UsageError(`--attach ${path}: is empty`);
    const head = Buffer.alloc(Math.min(st.size, HEAD_BYTES));
    const n = readSync(fd, head, 0, head.length, 0);
    const got = head.subarray(0, n);
    if (st.size > HEAD_BYTES && wantTail(got)) {
      const tail = Buffer.alloc(Math.min(TAIL_BYTES, st.size - HEAD_BYTES));
      const m = readSync(fd, tail, 0, tail.length, st.size - tail.length);
      return { head: got, tail: tail.subarray(0, m), size: st.size };
    }
    return { head: got, size: st.size };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--attach ${path}: ${describeCode(e)}`);
  } finally {
    closeSync(fd);
  }
}

type Exif = Record<string, unknown>;

interface ExifReader {
  parse(data: Uint8Array, options: object): Promise<unknown>;
}
let exifrModule: Promise<ExifReader> | undefined;
/**
 * exifr's "lite" build (JPEG, HEIC, AVIF; the EXIF and GPS blocks): it has no file-system or network
 * readers at all, and it is loaded only when a picture is attached, so plain checks start as before.
 */
function exifr(): Promise<ExifReader> {
  exifrModule ??= import('exifr/dist/lite.esm.mjs').then((m) => m.default as ExifReader);
  return exifrModule;
}

/** Largest TIFF block that fits in one JPEG APP1 segment. */
const MAX_APP1 = 65533 - 8;

/** A TIFF (EXIF) block wrapped as a minimal JPEG, so the lite reader can parse it. */
function asJpeg(tiff: Buffer): Buffer {
  const body = tiff.subarray(0, MAX_APP1);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(body.length + 8, 0);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe1]),
    len,
    Buffer.from('Exif\0\0', 'latin1'),
    body,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** The data of a PNG's eXIf chunk (a TIFF block), if it lies within the bytes read. */
export function pngExif(head: Buffer): Buffer | undefined {
  let at = 8;
  while (at + 12 <= head.length) {
    const len = head.readUInt32BE(at);
    const type = head.toString('latin1', at + 4, at + 8);
    if (type === 'eXIf') return at + 8 + len <= head.length ? head.subarray(at + 8, at + 8 + len) : undefined;
    if (type === 'IEND') return undefined;
    at += 12 + len;
  }
  return undefined;
}

/** What exifr should read for each format, or undefined when the format carries no EXIF it reads. */
function exifSource(format: Format, head: Buffer): Buffer | undefined {
  if (format === 'jpeg' || format === 'heic' || format === 'avif') return head;
  if (format === 'tiff') return asJpeg(head);
  if (format === 'png') {
    const block = pngExif(head);
    return block ? asJpeg(block) : undefined;
  }
  return undefined;
}

const EXIF_OPTIONS = {
  tiff: true,
  ifd0: true,
  exif: true,
  gps: true,
  interop: false,
  ifd1: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  reviveValues: false,
  translateValues: false,
  mergeOutput: true,
  silentErrors: true,
};

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.replace(/\0+$/, '').trim() : undefined;

/** "2026:05:14 13:35:00" (+ "+01:00") → "2026-05-14T13:35:00+01:00". */
export function exifTime(value: unknown, offset: unknown): string | undefined {
  const s = str(value);
  const m = s === undefined ? null : /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(s);
  if (!m || m[1] === '0000') return undefined;
  const off = str(offset);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${off && /^[+-]\d{2}:\d{2}$/.test(off) ? off : ''}`;
}

/** Whether the EXIF GPS block holds a position (a 0,0 placeholder written without a fix does not count). */
export function exifHasLocation(tags: Exif): boolean {
  const lat = tags.latitude;
  const lon = tags.longitude;
  if (isNum(lat) && isNum(lon)) return !(lat === 0 && lon === 0);
  const raw = tags.GPSLatitude;
  return Array.isArray(raw) && raw.some((x) => isNum(x) && x !== 0);
}

function camera(tags: Exif): string | undefined {
  const make = str(tags.Make);
  const model = str(tags.Model);
  if (make && model) return model.toLowerCase().startsWith(make.toLowerCase()) ? model : `${make} ${model}`;
  return model ?? make;
}

/** Reads one --attach file into an Attachment: kind, name, format, hasLocation, takenAt, camera. */
export async function readAttachment(path: string): Promise<Attachment> {
  const ext = extname(path).toLowerCase();
  const { head, tail } = readBounded(
    path,
    (h) => sniff(h) === 'video' || (sniff(h) === undefined && VIDEO_EXT.has(ext)),
  );
  const sniffed = sniff(head);
  const name = basename(path);
  const byExt: Format | undefined = IMAGE_EXT[ext] ?? (VIDEO_EXT.has(ext) ? 'video' : undefined);

  if (sniffed === undefined && byExt !== undefined) {
    throw new UsageError(
      `--attach ${path}: is not a readable ${byExt === 'video' ? 'video' : 'image'} (its contents do not match its .${ext.slice(1)} name)`,
    );
  }
  const format = sniffed ?? 'other';
  if (format === 'pdf' || format === 'other') return { kind: 'file', name };

  if (format === 'video') {
    const hay = tail ? [head, tail] : [head];
    const located = hay.some((b) => VIDEO_LOCATION_MARKERS.some((m) => b.includes(m)));
    // Without the marker in the bytes read, the location is unknown rather than absent.
    return { kind: 'video', name, format: 'video', ...(located ? { hasLocation: true } : {}) };
  }

  const attachment: Attachment = { kind: 'image', name, format, hasLocation: false };
  const source = exifSource(format, head);
  if (!source) return attachment; // GIF, BMP, WebP, a PNG without an eXIf chunk: no location data we can read
  let tags: Exif = {};
  try {
    const parsed = await (await exifr()).parse(source, EXIF_OPTIONS);
    if (parsed && typeof parsed === 'object') tags = parsed as Exif;
  } catch {
    throw new UsageError(
      `--attach ${path}: its metadata cannot be read (the ${format === 'jpeg' ? 'JPEG' : format.toUpperCase()} looks damaged)`,
    );
  }
  attachment.hasLocation = exifHasLocation(tags);
  const takenAt = exifTime(
    tags.DateTimeOriginal ?? tags.CreateDate ?? tags.DateTime,
    tags.OffsetTimeOriginal ?? tags.OffsetTime,
  );
  if (takenAt) attachment.takenAt = takenAt;
  const cam = camera(tags);
  if (cam) attachment.camera = cam.slice(0, 100);
  return attachment;
}

/** Every --attach, in order. */
export async function readAttachments(paths: readonly string[]): Promise<Attachment[]> {
  if (paths.length > MAX_ATTACHMENTS)
    throw new UsageError(`--attach was given ${paths.length} times; the limit is ${MAX_ATTACHMENTS}`);
  const out: Attachment[] = [];
  for (const p of paths) {
    if (p.trim() === '') throw new UsageError('--attach needs a file name');
    out.push(await readAttachment(p));
  }
  return out;
}
