/** --attach at the edge: a bounded read of the file, described by the importers' describePicture; the fixtures. */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, makeJpeg } from '../test-fixtures/jpeg.mjs';
import { HEAD_BYTES, pngExif } from '@pause/importers/picture';
import { readAttachment, readAttachments } from './attach.js';
import { UsageError } from './errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'test-fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'pause-attach-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const put = (name: string, bytes: Buffer | string) => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};

describe('the committed fixtures', () => {
  it('are exactly what test-fixtures/jpeg.mjs builds', () => {
    for (const [name, bytes] of Object.entries(fixtures())) {
      expect(readFileSync(join(dir, name)).equals(bytes)).toBe(true);
    }
  });
});

describe('readAttachment', () => {
  it('reads GPS, time taken and camera from a JPEG', async () => {
    expect(await readAttachment(join(dir, 'photo-gps.jpg'))).toEqual({
      kind: 'image',
      name: 'photo-gps.jpg',
      format: 'jpeg',
      hasLocation: true,
      takenAt: '2026-05-14T13:35:00+01:00',
      camera: 'Pausecam Fixture One',
    });
  });

  it('says hasLocation false for a JPEG without GPS, and for one without any EXIF', async () => {
    expect((await readAttachment(join(dir, 'photo-plain.jpg'))).hasLocation).toBe(false);
    const bare = await readAttachment(put('bare.jpeg', makeJpeg({ exif: false })));
    expect(bare).toEqual({ kind: 'image', name: 'bare.jpeg', format: 'jpeg', hasLocation: false });
  });

  it('goes by the bytes, not the name: a JPEG called .png, a picture with no extension', async () => {
    expect(await readAttachment(put('odd.png', makeJpeg({ gps: { latitude: 51.5, longitude: -0.12 } })))).toMatchObject(
      { kind: 'image', format: 'jpeg', hasLocation: true },
    );
    expect(await readAttachment(put('noext', makeJpeg()))).toMatchObject({ kind: 'image', format: 'jpeg' });
  });

  it('treats a 0,0 GPS placeholder as no location', async () => {
    expect((await readAttachment(put('zero.jpg', makeJpeg({ gps: { latitude: 0, longitude: 0 } })))).hasLocation).toBe(
      false,
    );
  });

  it('reads only the head of a large file', async () => {
    const big = Buffer.concat([
      makeJpeg({ gps: { latitude: 53.8, longitude: -1.55 } }).subarray(0, -2),
      Buffer.alloc(HEAD_BYTES * 3),
      Buffer.from([0xff, 0xd9]),
    ]);
    expect((await readAttachment(put('big.jpg', big))).hasLocation).toBe(true);
  });

  it('finds the EXIF block of a PNG (eXIf chunk)', async () => {
    const tiff = makeJpeg({ gps: { latitude: 53.8, longitude: -1.55 } });
    const start = tiff.indexOf(Buffer.from('Exif\0\0', 'latin1')) + 6;
    const len = tiff.readUInt16BE(start - 8) - 8;
    const block = tiff.subarray(start, start + len);
    const chunk = (type: string, data: Buffer) => {
      const l = Buffer.alloc(4);
      l.writeUInt32BE(data.length, 0);
      return Buffer.concat([l, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', Buffer.alloc(13)),
      chunk('eXIf', block),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(Buffer.from(pngExif(png) ?? []).equals(block)).toBe(true);
    expect(await readAttachment(put('shot.png', png))).toMatchObject({
      kind: 'image',
      format: 'png',
      hasLocation: true,
    });
  });

  it('marks videos, and other files as files', async () => {
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42', 'latin1'), Buffer.alloc(12)]);
    expect(await readAttachment(put('clip.mp4', mp4))).toEqual({ kind: 'video', name: 'clip.mp4', format: 'video' });
    const located = Buffer.concat([
      mp4,
      Buffer.from([0xa9, 0x78, 0x79, 0x7a]),
      Buffer.from('+53.80-001.55/', 'latin1'),
    ]);
    expect((await readAttachment(put('walk.mov', located))).hasLocation).toBe(true);
    expect(await readAttachment(put('minutes.pdf', '%PDF-1.7\n'))).toEqual({ kind: 'file', name: 'minutes.pdf' });
    expect(await readAttachment(put('notes.txt', 'hello'))).toEqual({ kind: 'file', name: 'notes.txt' });
  });

  it('fails with a UsageError naming the option and the file', async () => {
    await expect(readAttachment(join(tmp, 'missing.jpg'))).rejects.toThrow(/^--attach .*missing\.jpg: no such file$/);
    await expect(readAttachment(tmp)).rejects.toThrow(/is a directory/);
    await expect(readAttachment(put('empty.jpg', ''))).rejects.toThrow(/is empty/);
    await expect(readAttachment(put('text.jpg', 'hello'))).rejects.toThrow(/is not a readable image/);
    await expect(readAttachment(put('text.mp4', 'hello'))).rejects.toThrow(/is not a readable video/);
    await expect(readAttachment(tmp)).rejects.toBeInstanceOf(UsageError);
  });

  it('caps the number of attachments', async () => {
    await expect(readAttachments(Array.from({ length: 21 }, () => join(dir, 'photo-plain.jpg')))).rejects.toThrow(
      /the limit is 20/,
    );
  });
});
