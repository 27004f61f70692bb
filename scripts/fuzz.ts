#!/usr/bin/env -S npx tsx
/*
 * npm run fuzz: the long run of the property checks `npm test` runs a few hundred times. Generated drafts
 * through the engine (1,000,000 by default) and damaged exports through the importers (10,000: each read
 * by its own importer and by detection in memory, and as a damaged zip from disk), with the same contracts:
 * the engine answers or refuses with a DraftError, its findings point at their words and the verdict
 * follows from them; an import yields well-formed items or stops with an ImportError that repeats nothing
 * of the files. And no input may take over a second.
 *
 *   npm run fuzz -- [--drafts N] [--archives N] [--seed S] [--every N]
 *
 * The seed is printed first: the same seed and counts generate the same inputs again. Progress is printed
 * every N drafts (default 100,000) and every N/100 archives. Any input that breaks a contract or takes over
 * a second is saved under a temporary folder (the path is printed, the text never is) and the run exits 1.
 * Not part of `npm test` or CI: it takes many minutes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createChecker } from '@pause/core';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { assessmentProblems } from '../packages/core/test/contract.ts';
import { ANY_DRAFT } from '../packages/core/test/drafts.ts';
import { detectImporter } from '../packages/importers/src/detect.ts';
import { testSource } from '../packages/importers/src/formats/test-source.ts';
import { importItems } from '../packages/importers/src/index.ts';
import { importerById } from '../packages/importers/src/registry.ts';
import { archiveMutation, chunkSize, importOptions, zipEdits } from '../packages/importers/test/arbitraries.ts';
import { checkImport, describeThrown, type ImportOutcome } from '../packages/importers/test/check.ts';
import { applyZipEdit, mutateFiles } from '../packages/importers/test/mutate.ts';
import { loadSeeds, type Seed } from '../packages/importers/test/seeds.ts';

/** No input may take longer. */
const LIMIT_MS = 1000;

/**
 * Runs `run` and times it; an input over the limit is run once more and the faster time kept, so that a
 * pause for garbage collection or another process on the machine is not taken for the input's own cost.
 */
async function timed<T>(run: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  let started = performance.now();
  const result = await run();
  let ms = performance.now() - started;
  if (ms > LIMIT_MS) {
    started = performance.now();
    await run();
    ms = Math.min(ms, performance.now() - started);
  }
  return { result, ms };
}

const { values: flags } = parseArgs({
  options: {
    drafts: { type: 'string', default: '1000000' },
    archives: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    every: { type: 'string', default: '100000' },
  },
});
const count = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${value}`);
  return n;
};
const drafts = count('drafts', flags.drafts);
const archives = count('archives', flags.archives);
const every = Math.max(1, count('every', flags.every));
const seed = flags.seed === undefined ? Date.now() % 2 ** 31 : count('seed', flags.seed);

const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');

/** What a run of one kind of input found. */
class Tally {
  runs = 0;
  failures = 0;
  over = 0;
  slowest = { ms: 0, index: -1, size: 0 };
  private readonly started = performance.now();

  constructor(readonly kind: 'drafts' | 'archives') {}

  time(index: number, ms: number, size: number): boolean {
    if (ms > this.slowest.ms) this.slowest = { ms, index, size };
    if (ms <= LIMIT_MS) return false;
    this.over++;
    return true;
  }

  line(total: number): string {
    const s = (performance.now() - this.started) / 1000;
    return `${this.kind} ${fmt(this.runs)} of ${fmt(total)} · ${s.toFixed(0)} s · ${fmt(this.runs / Math.max(s, 1e-3))}/s · slowest ${fmt(this.slowest.ms)} ms · over 1 s ${this.over} · failures ${this.failures}`;
  }
}

let saveDir: string | undefined;
/** Writes an input that failed to a file under the run's temporary folder and returns its path. */
function save(name: string, content: string | Uint8Array): string {
  saveDir ??= mkdtempSync(join(tmpdir(), 'pause-fuzz-'));
  const path = join(saveDir, name);
  writeFileSync(path, content);
  return path;
}

function report(kind: string, index: number, problems: readonly string[], saved: string): void {
  for (const p of problems) console.log(`  ${kind} #${index}: ${p}`);
  console.log(`  saved to ${saved}`);
}

async function fuzzDrafts(): Promise<Tally> {
  const tally = new Tally('drafts');
  const checker = createChecker();
  let refused = 0;
  /** The contract's problems with the answer to `draft`, or undefined when it is refused with a DraftError. */
  const check = (draft: Record<string, unknown>): string[] | undefined => {
    try {
      return assessmentProblems(draft.text as string, checker.assess(draft));
    } catch (e) {
      if ((e as Error)?.name === 'DraftError') return undefined;
      return [`threw ${describeThrown(e)}, not a DraftError`];
    }
  };
  await fc.check(
    fc.asyncProperty(ANY_DRAFT, async (draft) => {
      const index = tally.runs++;
      const length = typeof draft.text === 'string' ? draft.text.length : 0;
      const { result, ms } = await timed(() => check(draft));
      if (result === undefined) refused++;
      const problems = result ?? [];
      if (tally.time(index, ms, length)) problems.push(`took ${fmt(ms)} ms (${fmt(length)} characters)`);
      if (problems.length) {
        tally.failures++;
        report('draft', index, problems, save(`draft-${index}.json`, JSON.stringify(draft)));
      }
      if (tally.runs % every === 0) console.log(tally.line(drafts));
      return true;
    }),
    { seed, numRuns: drafts },
  );
  console.log(`  ${fmt(drafts - refused)} answered, ${fmt(refused)} refused with a DraftError`);
  return tally;
}

async function fuzzArchives(seeds: Seed[]): Promise<Tally> {
  const tally = new Tally('archives');
  const scratch = mkdtempSync(join(tmpdir(), 'pause-fuzz-zip-'));
  const totals = { items: 0, importErrors: 0 };
  const archiveEvery = Math.max(1, Math.floor(every / 100));
  try {
    await fc.check(
      fc.asyncProperty(
        fc.nat(),
        archiveMutation,
        chunkSize,
        importOptions,
        fc.constantFrom(0 as const, 6 as const),
        zipEdits,
        async (k, mutation, chunk, options, level, edits) => {
          const index = tally.runs++;
          const seedExport = seeds[k % seeds.length] as Seed;
          const files = mutateFiles(seedExport.files, mutation);
          const size = Math.max(0, ...Object.values(files).map((b) => b.length));
          const source = testSource(files, { name: seedExport.name, chunkSize: Math.max(chunk, size >> 12) });
          const own = importerById(seedExport.importer)!;
          const asked = { ...seedExport.options, ...options };
          const names = [seedExport.name, ...Object.keys(seedExport.files)];
          let zip: Uint8Array = zipSync(files, { level });
          for (const { edit, region } of edits) zip = applyZipEdit(zip, edit, region);
          const zipPath = join(scratch, 'export.zip');
          writeFileSync(zipPath, zip);
          // Its own importer and detection in memory, then the damaged zip from disk.
          const reads: (() => Promise<ImportOutcome>)[] = [
            () => checkImport(() => own.items(source, asked), seedExport.contents, names),
            () =>
              checkImport(
                async function* () {
                  const found = await detectImporter(source);
                  if (found !== own) yield* found.items(source, asked);
                },
                seedExport.contents,
                names,
              ),
            () => checkImport(() => importItems(zipPath, asked), seedExport.contents, [zipPath, ...names]),
          ];
          const outcomes: ImportOutcome[] = [];
          for (const read of reads) {
            const { result, ms } = await timed(read);
            outcomes.push({ ...result, ms });
          }
          const problems = outcomes.flatMap((o) => o.problems);
          for (const o of outcomes) {
            totals.items += o.items;
            if (o.error !== undefined) totals.importErrors++;
            if (tally.time(index, o.ms, zip.length)) problems.push(`a read took ${fmt(o.ms)} ms`);
          }
          if (problems.length) {
            tally.failures++;
            const what = JSON.stringify({ export: seedExport.name, mutation, chunk, options, level, edits });
            save(`archive-${index}.json`, what);
            report(`archive (${seedExport.importer})`, index, problems, save(`archive-${index}.zip`, zip));
          }
          if (tally.runs % archiveEvery === 0) console.log(tally.line(archives));
          return true;
        },
      ),
      { seed, numRuns: archives },
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`  ${fmt(totals.items)} items read, ${fmt(totals.importErrors)} reads stopped with an ImportError`);
  return tally;
}

function summary(tally: Tally, what: string): string {
  const { ms, index, size } = tally.slowest;
  const slowest = index < 0 ? 'none' : `${fmt(ms)} ms (#${index}, ${fmt(size)} ${what})`;
  return `${tally.kind}: ${fmt(tally.runs)} run, ${tally.failures} failed, slowest ${slowest}, over 1 s: ${tally.over}`;
}

async function main(): Promise<number> {
  console.log(
    `pause fuzz: seed ${seed} (run again with --seed ${seed}), ${fmt(drafts)} drafts, ${fmt(archives)} archives`,
  );
  const draftTally = await fuzzDrafts();
  const archiveTally = await fuzzArchives(await loadSeeds());
  console.log(summary(draftTally, 'characters'));
  console.log(summary(archiveTally, 'bytes zipped'));
  const failed = draftTally.failures + archiveTally.failures;
  console.log(failed ? `FAILED: ${failed} inputs saved under ${saveDir}` : 'passed: no failure, no input over 1 s');
  return failed ? 1 : 0;
}

process.exitCode = await main();
