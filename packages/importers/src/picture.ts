/**
 * What the engine is told about an attached picture or video, read from the file's own bytes: its kind,
 * its format from the magic bytes, and from the EXIF block whether it carries where it was taken, when
 * and with what camera. The engine never sees the picture; the edges (the CLI's `--attach`, the web app's
 * photo button) read the first bytes of the file (and for a video the last) and call this, so the same
 * reading serves both. No file system, no network: bytes in, an Attachment out.
 */
import type { Attachment } from '@pause/core';

/** How much of a file is read: EXIF sits in the first segments of a JPEG, near the start of HEIC/PNG. */
export const HEAD_BYTES = 1024 * 1024;
/** For a video, also the end of the file, where phones often put the movie header and its location. */
export const TAIL_BYTES = 1024 * 1024;

export type PictureFormat =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'heic'
  | 'avif'
  | 'tiff'
  | 'bmp'
  | 'video'
  | 'pdf'
  | 'other';

/** Why a file could not be described: its bytes do not match its name, or its metadata is damaged. */
export class PictureError extends Error {
  constructor(
    readonly reason: 'mismatch' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'PictureError';
  }
}

const IMAGE_EXT: Record<string, PictureFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
  avif: 'avif',
  tif: 'tiff',
  tiff: 'tiff',
  bmp: 'bmp',
  dng: 'tiff',
};
const VIDEO_EXT = new Set(['mp4', 'mov', 'm4v', '3gp', 'avi', 'webm', 'mkv']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** QuickTime location atoms: "©xyz" (ISO 6709 string) and Apple's metadata key. */
const VIDEO_LOCATION_MARKERS = [
  Uint8Array.from([0xa9, 0x78, 0x79, 0x7a]),
  latin1('com.apple.quicktime.location.ISO6709'),
];

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function textAt(bytes: Uint8Array, i: number, s: string): boolean {
  if (bytes.length < i + s.length) return false;
  for (let k = 0; k < s.length; k++) if (bytes[i + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** The format from the first bytes of the file, or undefined when they match none we know. */
export function sniff(head: Uint8Array): PictureFormat | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (textAt(head, 0, 'GIF87a') || textAt(head, 0, 'GIF89a')) return 'gif';
  if (textAt(head, 0, 'RIFF') && textAt(head, 8, 'WEBP')) return 'webp';
  if (textAt(head, 0, 'RIFF') && textAt(head, 8, 'AVI ')) return 'video';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (textAt(head, 0, 'BM') && head.length >= 26) return 'bmp';
  if (textAt(head, 0, '%PDF-')) return 'pdf';
  if (at(0, 0x1a, 0x45, 0xdf, 0xa3)) return 'video'; // Matroska / WebM
  if (textAt(head, 4, 'ftyp')) {
    const brand = String.fromCharCode(...head.subarray(8, 12));
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (HEIF_BRANDS.has(brand)) return 'heic';
    return 'video'; // isom, mp41, mp42, qt, 3gp…
  }
  return undefined;
}

/** Whether the file should be read at its end too: a video, by its bytes or (unrecognised) by its name. */
export function wantsTail(head: Uint8Array, name: string): boolean {
  const s = sniff(head);
  return s === 'video' || (s === undefined && VIDEO_EXT.has(extensionOf(name)));
}

type Exif = Record<string, unknown>;

interface ExifReader {
  parse(data: Uint8Array, options: object): Promise<unknown>;
}
let exifrModule: Promise<ExifReader> | undefined;
/**
 * exifr's "lite" build (JPEG, HEIC, AVIF; the EXIF and GPS blocks): it has no file-system or network
 * readers at all, and it is loaded only when a picture is attached.
 */
function exifr(): Promise<ExifReader> {
  exifrModule ??= import('exifr/dist/lite.esm.mjs').then((m) => m.default as ExifReader);
  return exifrModule;
}

/** Largest TIFF block that fits in one JPEG APP1 segment. */
const MAX_APP1 = 65533 - 8;

/** A TIFF (EXIF) block wrapped as a minimal JPEG, so the lite reader can parse it. */
function asJpeg(tiff: Uint8Array): Uint8Array {
  const body = tiff.subarray(0, MAX_APP1);
  const len = body.length + 8;
  const out = new Uint8Array(4 + 2 + 6 + body.length + 2);
  out.set([0xff, 0xd8, 0xff, 0xe1, len >> 8, len & 0xff], 0);
  out.set(latin1('Exif\0\0'), 6);
  out.set(body, 12);
  out.set([0xff, 0xd9], 12 + body.length);
  return out;
}

/** The data of a PNG's eXIf chunk (a TIFF block), if it lies within the bytes read. */
export function pngExif(head: Uint8Array): Uint8Array | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let at = 8;
  while (at + 12 <= head.length) {
    const len = view.getUint32(at);
    if (textAt(head, at + 4, 'eXIf'))
      return at + 8 + len <= head.length ? head.subarray(at + 8, at + 8 + len) : undefined;
    if (textAt(head, at + 4, 'IEND')) return undefined;
    at += 12 + len;
  }
  return undefined;
}

/** What exifr should read for each format, or undefined when the format carries no EXIF it reads. */
function exifSource(format: PictureFormat, head: Uint8Array): Uint8Array | undefined {
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
/** A string without the NUL padding EXIF writers leave at its end (a loop: a regex for it is quadratic). */
function withoutNulPadding(v: string): string {
  let end = v.length;
  while (end > 0 && v.charCodeAt(end - 1) === 0) end--;
  return v.slice(0, end);
}
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? withoutNulPadding(v).trim() : undefined;

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

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * An Attachment for a file, from its name (only the base name is kept), its first HEAD_BYTES and, for a
 * video, its last TAIL_BYTES: kind, format, hasLocation, takenAt and camera where the EXIF block says.
 * Throws PictureError when the bytes contradict the name or the metadata is damaged.
 */
export async function describePicture(name: string, head: Uint8Array, tail?: Uint8Array): Promise<Attachment> {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const ext = extensionOf(base);
  const sniffed = sniff(head);
  const byExt: PictureFormat | undefined = IMAGE_EXT[ext] ?? (VIDEO_EXT.has(ext) ? 'video' : undefined);
  if (sniffed === undefined && byExt !== undefined)
    throw new PictureError(
      'mismatch',
      `is not a readable ${byExt === 'video' ? 'video' : 'image'} (its contents do not match its .${ext} name)`,
    );
  const format = sniffed ?? 'other';
  if (format === 'pdf' || format === 'other') return { kind: 'file', name: base };

  if (format === 'video') {
    const hay = tail ? [head, tail] : [head];
    const located = hay.some((b) => VIDEO_LOCATION_MARKERS.some((m) => contains(b, m)));
    // Without the marker in the bytes read, the location is unknown rather than absent.
    return { kind: 'video', name: base, format: 'video', ...(located ? { hasLocation: true } : {}) };
  }

  const attachment: Attachment = { kind: 'image', name: base, format, hasLocation: false };
  const source = exifSource(format, head);
  if (!source) return attachment; // GIF, BMP, WebP, a PNG without an eXIf chunk: no location data we can read
  let tags: Exif = {};
  try {
    const parsed = await (await exifr()).parse(source, EXIF_OPTIONS);
    if (parsed && typeof parsed === 'object') tags = parsed as Exif;
  } catch {
    throw new PictureError(
      'damaged',
      `its metadata cannot be read (the ${format === 'jpeg' ? 'JPEG' : format.toUpperCase()} looks damaged)`,
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
