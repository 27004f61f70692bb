/**
 * Builds tiny JPEG files for the --attach tests, byte by byte, so no camera picture (with a real
 * person or place in it) ever enters the repository.
 *
 * The picture is a valid 1×1 grey baseline JPEG (one quantisation table of ones, one-code Huffman
 * tables, one block whose DC difference is 0 and whose AC coefficients end at once). An optional
 * EXIF block (APP1, little-endian TIFF) carries the camera make and model, the time taken and,
 * when asked, a GPS position.
 *
 * make-fixtures.mjs writes photo-gps.jpg and photo-plain.jpg with it; the CLI test checks that the
 * committed files are exactly what this module builds.
 */

const TYPE = { BYTE: 1, ASCII: 2, LONG: 4, RATIONAL: 5 };
const SIZE = { 1: 1, 2: 1, 4: 4, 5: 8 };

function ascii(text) {
  return Buffer.from(`${text}\0`, 'latin1');
}

function rationals(values) {
  const b = Buffer.alloc(values.length * 8);
  values.forEach(([num, den], i) => {
    b.writeUInt32LE(num, i * 8);
    b.writeUInt32LE(den, i * 8 + 4);
  });
  return b;
}

/** Degrees as [deg/1, min/1, sec*100/100], the way phones write them. */
function dms(value) {
  const a = Math.abs(value);
  const deg = Math.floor(a);
  const min = Math.floor((a - deg) * 60);
  const sec = Math.round(((a - deg) * 60 - min) * 60 * 100);
  return rationals([[deg, 1], [min, 1], [sec, 100]]);
}

/**
 * One IFD at `offset` (from the TIFF header): entries sorted by tag, values over four bytes in a
 * data area right after it. Entries whose value is a function get it once the IFD offsets are known.
 */
function ifd(entries, offset) {
  const sorted = [...entries].sort((x, y) => x.tag - y.tag);
  const head = 2 + sorted.length * 12 + 4;
  const table = Buffer.alloc(head);
  const data = [];
  let dataAt = offset + head;
  table.writeUInt16LE(sorted.length, 0);
  sorted.forEach((e, i) => {
    const at = 2 + i * 12;
    const value = e.value;
    const count = e.type === TYPE.LONG && typeof value === 'number' ? 1 : value.length / SIZE[e.type];
    table.writeUInt16LE(e.tag, at);
    table.writeUInt16LE(e.type, at + 2);
    table.writeUInt32LE(count, at + 4);
    if (typeof value === 'number') table.writeUInt32LE(value, at + 8);
    else if (value.length <= 4) value.copy(table, at + 8);
    else {
      table.writeUInt32LE(dataAt, at + 8);
      const padded = value.length % 2 ? Buffer.concat([value, Buffer.alloc(1)]) : value;
      data.push(padded);
      dataAt += padded.length;
    }
  });
  table.writeUInt32LE(0, head - 4); // no next IFD
  return Buffer.concat([table, ...data]);
}

/** The TIFF structure of an EXIF block: IFD0 → Exif IFD (+ GPS IFD). */
function tiff({ make, model, takenAt, offsetTime, gps }) {
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  const exifEntries = [{ tag: 0x9003, type: TYPE.ASCII, value: ascii(takenAt) }];
  if (offsetTime) exifEntries.push({ tag: 0x9011, type: TYPE.ASCII, value: ascii(offsetTime) });
  const gpsEntries = gps
    ? [
        { tag: 0x0000, type: TYPE.BYTE, value: Buffer.from([2, 3, 0, 0]) },
        { tag: 0x0001, type: TYPE.ASCII, value: ascii(gps.latitude >= 0 ? 'N' : 'S') },
        { tag: 0x0002, type: TYPE.RATIONAL, value: dms(gps.latitude) },
        { tag: 0x0003, type: TYPE.ASCII, value: ascii(gps.longitude >= 0 ? 'E' : 'W') },
        { tag: 0x0004, type: TYPE.RATIONAL, value: dms(gps.longitude) },
      ]
    : [];
  // Lay out IFD0 first with placeholder pointers to learn its size, then the others after it.
  const ifd0Entries = (exifAt, gpsAt) => [
    { tag: 0x010f, type: TYPE.ASCII, value: ascii(make) },
    { tag: 0x0110, type: TYPE.ASCII, value: ascii(model) },
    { tag: 0x8769, type: TYPE.LONG, value: exifAt },
    ...(gps ? [{ tag: 0x8825, type: TYPE.LONG, value: gpsAt }] : []),
  ];
  const size0 = ifd(ifd0Entries(0, 0), 8).length;
  const exifAt = 8 + size0;
  const exif = ifd(exifEntries, exifAt);
  const gpsAt = exifAt + exif.length;
  const parts = [header, ifd(ifd0Entries(exifAt, gpsAt), 8), exif];
  if (gps) parts.push(ifd(gpsEntries, gpsAt));
  return Buffer.concat(parts);
}

function segment(marker, body) {
  const len = Buffer.alloc(2);
  len.writeUInt16BE(body.length + 2, 0);
  return Buffer.concat([Buffer.from([0xff, marker]), len, body]);
}

/** A 1×1 grey baseline JPEG, with an EXIF block unless `exif` is false. */
export function makeJpeg(options = {}) {
  const {
    exif = true, make = 'Pausecam', model = 'Fixture One', takenAt = '2026:05:14 13:35:00', offsetTime = '+01:00', gps,
  } = options;
  const soi = Buffer.from([0xff, 0xd8]);
  const app1 = exif ? [segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff({ make, model, takenAt, offsetTime, gps })]))] : [];
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]));
  const sof0 = segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
  const oneCode = (classAndId) => Buffer.concat([Buffer.from([classAndId, 1]), Buffer.alloc(15), Buffer.from([0x00])]);
  const dht = segment(0xc4, Buffer.concat([oneCode(0x00), oneCode(0x10)]));
  const sos = segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
  // DC: code "0" (difference 0); AC: code "0" (end of block); padded with ones.
  const scan = Buffer.from([0x3f]);
  const eoi = Buffer.from([0xff, 0xd9]);
  return Buffer.concat([soi, ...app1, dqt, sof0, dht, sos, scan, eoi]);
}

/** The committed fixtures: name → bytes. The GPS point is Leeds city centre (a public place). */
export function fixtures() {
  return {
    'photo-gps.jpg': makeJpeg({ gps: { latitude: 53.7997, longitude: -1.5492 } }),
    'photo-plain.jpg': makeJpeg(),
  };
}
