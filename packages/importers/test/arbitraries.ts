/** fast-check generators of damage to an export (see mutate.ts), shared by `npm test` and `npm run fuzz`. */
import fc from 'fast-check';
import { type ArchiveMutation, type Edit, ENCODINGS, INSERTS, MAX_INSERT } from './mutate.js';

/** Values a JSON edit puts in place of a field: wrong types, extreme numbers, long or odd strings (json-deep nests). */
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(1e300, -1e300, 1e20, -1, 0, 2 ** 53, 8.64e15 + 1, '', null, true, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
);

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    what: fc.constantFrom(...INSERTS),
    size: fc.integer({ min: 1, max: MAX_INSERT }),
  }),
  fc.record({
    op: fc.constantFrom('delete-line' as const, 'duplicate-line' as const, 'swap-lines' as const),
    at: fc.nat(),
  }),
  fc.record({ op: fc.constant('encode' as const), as: fc.constantFrom(...ENCODINGS) }),
  fc.record({ op: fc.constant('json' as const), at: fc.nat(), value: jsonValue }),
  fc.record({
    op: fc.constant('json-deep' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: MAX_INSERT / 2 }),
  }),
);

export const archiveMutation: fc.Arbitrary<ArchiveMutation> = fc.record(
  {
    files: fc.array(fc.record({ file: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    drop: fc.nat(),
  },
  { requiredKeys: ['files'] },
);

/** Damage to the zip itself, after it is built from the (damaged) files. */
export const zipEdits = fc.array(
  fc.record({
    edit: edit.filter((e) => e.op !== 'encode' && !e.op.startsWith('json')),
    region: fc.constantFrom('any' as const, 'directory' as const),
  }),
  { maxLength: 3 },
);

/** How the importer is asked: a zone (times without an offset are read in it) and sometimes a start date. */
export const importOptions = fc.record(
  {
    timeZone: fc.constantFrom('UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata'),
    since: fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2030-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
  },
  { requiredKeys: ['timeZone'] },
);

/** Chunk sizes the in-memory source hands out: a token or a character split anywhere, or whole files. */
export const chunkSize = fc.constantFrom(1, 7, 64, 4096, 65_536);
