/** An attachment described from its bytes: the format by its magic bytes, the EXIF helpers. */
import { describe, expect, it } from 'vitest';
import { describePicture, exifHasLocation, exifTime, PictureError, sniff, wantsTail } from './picture.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('helpers', () => {
  it('sniff knows the common formats', () => {
    expect(sniff(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniff(bytes('GIF89a......'))).toBe('gif');
    expect(sniff(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniff(bytes('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heic');
    expect(sniff(bytes('\0\0\0\x18ftypavif\0\0\0\0'))).toBe('avif');
    expect(sniff(bytes('II*\0\x08\0\0\0'))).toBe('tiff');
    expect(sniff(bytes('hello'))).toBeUndefined();
  });

  it('exifTime turns EXIF time into ISO 8601', () => {
    expect(exifTime('2026:05:14 13:35:00', '+01:00')).toBe('2026-05-14T13:35:00+01:00');
    expect(exifTime('2026:05:14 13:35:00', undefined)).toBe('2026-05-14T13:35:00');
    expect(exifTime('0000:00:00 00:00:00', undefined)).toBeUndefined();
    expect(exifTime(42, undefined)).toBeUndefined();
  });

  it('exifHasLocation needs a real position', () => {
    expect(exifHasLocation({ latitude: 53.8, longitude: -1.5 })).toBe(true);
    expect(exifHasLocation({ latitude: 0, longitude: 0 })).toBe(false);
    expect(exifHasLocation({ GPSLatitude: [53, 47, 58] })).toBe(true);
    expect(exifHasLocation({})).toBe(false);
  });
});

describe('describePicture', () => {
  it('keeps only the base name, and refuses bytes that contradict the name', async () => {
    expect(await describePicture('C:\\Users\\gp\\notes.txt', bytes('hello'))).toEqual({
      kind: 'file',
      name: 'notes.txt',
    });
    await expect(describePicture('scan.jpg', bytes('hello'))).rejects.toBeInstanceOf(PictureError);
    await expect(describePicture('clip.mp4', bytes('hello'))).rejects.toThrow(/is not a readable video/);
  });

  it('reads a video at its end as well, by its bytes or its name', () => {
    expect(wantsTail(bytes('\0\0\0\x18ftypmp42'), 'clip.bin')).toBe(true);
    expect(wantsTail(bytes('????'), 'walk.mov')).toBe(true);
    expect(wantsTail(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpg')).toBe(false);
  });
});
