/**
 * The app icon as PNG, drawn at build time: browsers that cannot use the SVG icon (install
 * prompts, some launchers) need bitmaps, and a few lines of drawing beat committing binaries.
 * The design matches public/icons/icon.svg: two white bars on the brand colour, inside the
 * maskable safe zone (the middle 80%), on a full-bleed square so launchers can crop it.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG of `width` × `height` pixels, rows top to bottom. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('encodePng: pixel data does not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0)),
  ]);
}

const BRAND = [0x0a, 0x5c, 0x63, 0xff] as const;
const WHITE = [0xff, 0xff, 0xff, 0xff] as const;

/** The pause icon at `size` px square, as RGBA pixels (the SVG's bars: x 33–45 and 55–67, y 29–71 of 100). */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const inBar = (u: number, v: number) => v >= 29 && v < 71 && ((u >= 33 && u < 45) || (u >= 55 && u < 67));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const colour = inBar(((x + 0.5) * 100) / size, ((y + 0.5) * 100) / size) ? WHITE : BRAND;
      px.set(colour, (y * size + x) * 4);
    }
  }
  return px;
}
