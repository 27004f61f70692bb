/**
 * Property-based checks of every importer on damaged exports (fast-check, fixed seed, bounded runs): each
 * importer's committed fixture with bytes flipped, cut short, lines deleted or repeated, re-encoded, NULs, long
 * lines and deep nesting put in, fields given wrong types; and the same exports zipped, with the zip damaged
 * too. Whatever the damage, reading yields well-formed items or stops with an ImportError that repeats nothing
 * of the files, and no export takes long. `npm run fuzz` runs the same checks many more times.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectImporter } from './detect.js';
import { testSource } from './formats/test-source.js';
import { importItems } from './index.js';
import { importerById } from './registry.js';
import { archiveMutation, chunkSize, importOptions, zipEdits } from '../test/arbitraries.js';
import { checkImport, type ImportOutcome } from '../test/check.js';
import { applyZipEdit, mutateFiles } from '../test/mutate.js';
import { loadSeeds, type Seed } from '../test/seeds.js';
import type { ImportOptions } from './types.js';

const RUNS = { seed: 20261207, numRuns: 400 };
/** Far above what any of these small exports needs; a stall or a quadratic path shows up as seconds. */
const SLOW_MS = 2000;

let seeds: Seed[];
let dir: string;
beforeAll(async () => {
  seeds = await loadSeeds();
  dir = mkdtempSync(join(tmpdir(), 'pause-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectContract(outcomes: ImportOutcome[]): void {
  for (const o of outcomes) {
    expect(o.problems).toEqual([]);
    expect(o.ms).toBeLessThan(SLOW_MS);
  }
}

describe('importers on damaged exports', () => {
  it('every seed reads cleanly before damage', async () => {
    for (const seed of seeds) {
      const source = testSource(seed.files, { name: seed.name });
      const own = importerById(seed.importer);
      expect(await detectImporter(source)).toBe(own);
      const outcome = await checkImport(
        () => own!.items(source, { ...seed.options, timeZone: 'UTC' }),
        seed.contents,
        [],
      );
      expect(outcome.problems).toEqual([]);
      expect(outcome.error).toBeUndefined();
      expect(outcome.items).toBeGreaterThan(0);
    }
  });

  it('yield well-formed items or an ImportError that quotes nothing, read by their own importer and by detection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        archiveMutation,
        chunkSize,
        importOptions,
        async (k, mutation, chunk, options: ImportOptions) => {
          const seed = seeds[k % seeds.length] as Seed;
          const files = mutateFiles(seed.files, mutation);
          const size = Math.max(0, ...Object.values(files).map((b) => b.length));
          // At most a few thousand chunks a file, so a long inserted line is not read a byte at a time.
          const source = testSource(files, { name: seed.name, chunkSize: Math.max(chunk, size >> 12) });
          const own = importerById(seed.importer)!;
          const names = [seed.name, ...Object.keys(seed.files)];
          expectContract([
            await checkImport(() => own.items(source, { ...seed.options, ...options }), seed.contents, names),
            // Detection runs every importer's detect over the damage, then reads with the one that answers.
            await checkImport(
              async function* () {
                const found = await detectImporter(source);
                if (found !== own) yield* found.items(source, { ...seed.options, ...options });
              },
              seed.contents,
              names,
            ),
          ]);
        },
      ),
      RUNS,
    );
  });

  it('read from a damaged zip: the same contract, the archive layer included', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        archiveMutation,
        fc.constantFrom(0 as const, 6 as const),
        zipEdits,
        async (k, mutation, level, edits) => {
          const seed = seeds[k % seeds.length] as Seed;
          const files = mutateFiles(seed.files, mutation);
          let zip: Uint8Array = zipSync(files, { level });
          for (const { edit, region } of edits) zip = applyZipEdit(zip, edit, region);
          const path = join(dir, `export-${n++}.zip`);
          writeFileSync(path, zip);
          const outcome = await checkImport(
            () => importItems(path, { ...seed.options, timeZone: 'UTC' }),
            seed.contents,
            [path, ...Object.keys(seed.files)],
          );
          rmSync(path);
          expectContract([outcome]);
        },
      ),
      { ...RUNS, numRuns: 250 },
    );
  });
});
