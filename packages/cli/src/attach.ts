/**
 * `--attach file`: describes a picture for the engine without ever sending it anywhere.
 *
 * The engine judges attachment metadata only (kind, name, hasLocation…), so the edge reads the file: a
 * bounded read of its first bytes (and, for a video, its last bytes), described by the importers'
 * describePicture (format from the magic bytes, EXIF by exifr's lite build, shared with the web app).
 * The file itself never leaves this process and is never handed to exifr by path, so exifr cannot read
 * more than the cap or fetch anything. Only the base name of the file is passed on.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Attachment } from '@pause/core';
import { describePicture, HEAD_BYTES, PictureError, TAIL_BYTES, wantsTail } from '@pause/importers/picture';
import { UsageError } from './errors.js';

/** Most attachments on one draft. */
export const MAX_ATTACHMENTS = 20;

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

/** Reads one --attach file into an Attachment: kind, name, format, hasLocation, takenAt, camera. */
export async function readAttachment(path: string): Promise<Attachment> {
  const { head, tail } = readBounded(path, (h) => wantsTail(h, path));
  try {
    return await describePicture(path, head, tail);
  } catch (e) {
    if (e instanceof PictureError) throw new UsageError(`--attach ${path}: ${e.message}`);
    throw e;
  }
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
