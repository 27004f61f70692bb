/**
 * Property-based check of `pause check --jsonl` as a process (fast-check, fixed seed, bounded runs): any lines
 * (drafts, drafts with unknown fields or deep attachments, wrong types, broken JSON, huge strings, any Unicode)
 * get one output line per input line, each an Assessment or `{"error": "line N: …"}` that names a field and
 * repeats nothing of the line; the process never crashes and never treats a line as a usage error.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_FIELDS } from '../../core/src/draft.js';
import { DRAFT } from '../../core/test/drafts.js';
import { echoes, stringValues } from '../../../test/echo.js';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'pause.mjs');
const AT = '2026-11-23T14:00:00+00:00';

/** A line, and what it must give: an Assessment, an error, or either (the generator cannot tell). */
interface Line {
  text: string;
  expect: 'result' | 'error' | 'either';
}

/** The draft fields the contract names. */
const KEYS = KNOWN_FIELDS.draft as readonly string[];
const noBreaks = (s: string): string => s.replace(/[\r\n]/g, ' ');

const draftLine = (draft: Record<string, unknown>): Line => ({
  text: JSON.stringify(draft),
  expect: typeof draft.text === 'string' && draft.text.trim() !== '' ? 'result' : 'error',
});

const LINE: fc.Arbitrary<Line> = fc.oneof(
  { weight: 4, arbitrary: DRAFT.map(draftLine) },
  // Fields the contract does not name are ignored outside the API.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        DRAFT,
        fc.dictionary(
          fc.string({ maxLength: 12 }).filter((k) => !KEYS.includes(k)),
          fc.jsonValue(),
        ),
      )
      .map(([draft, extra]) => draftLine({ ...extra, ...draft })),
  },
  // Attachments are open objects: any depth must be carried, not walked (written as text: too deep to stringify).
  {
    weight: 1,
    arbitrary: fc.tuple(DRAFT, fc.integer({ min: 1, max: 20_000 })).map(([draft, depth]) => {
      const line = draftLine({ ...draft, attachments: [{ kind: 'image', extra: 0 }] });
      return { ...line, text: line.text.replace('"extra":0', `"extra":${'['.repeat(depth)}${']'.repeat(depth)}`) };
    }),
  },
  // Known fields with values of any type (rarely a valid draft).
  {
    weight: 3,
    arbitrary: fc
      .dictionary(
        fc.constantFrom(...KEYS),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 60 })),
      )
      .map((o): Line => ({ text: JSON.stringify(o), expect: 'either' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue()
      .filter((v) => v === null || typeof v !== 'object' || Array.isArray(v))
      .map((v): Line => ({ text: JSON.stringify(v), expect: 'error' })),
  },
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 200 })
      .map((s): Line => ({ text: noBreaks(s), expect: 'either' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 100_001, max: 120_000 }), fc.string({ minLength: 1, maxLength: 12 }))
      .map(([n, word]): Line => ({ text: JSON.stringify({ text: word.repeat(n).slice(0, n) }), expect: 'error' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.constantFrom('idiot ', 'Mrs Jones bed 4 ', '😂', 'a'))
      .map(([n, word]) => draftLine({ text: word.repeat(n).slice(0, n), composedAt: AT })),
  },
);

function run(input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, 'check', '--jsonl', '--at', AT], {
      env: { ...process.env, TZ: 'Europe/London' },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('pause check --jsonl on lines of any shape', () => {
  it('answers each line with an Assessment or an error naming the line, never echoing it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(LINE, { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        async (lines, crlf, bom) => {
          const input = (bom ? '\uFEFF' : '') + lines.map((l) => l.text).join(crlf ? '\r\n' : '\n');
          const { status, stdout, stderr } = await run(input);
          expect(stderr).toBe('');
          expect([0, 1]).toContain(status);
          const read = lines.filter((l) => l.text.trim() !== '');
          const out = stdout.split('\n');
          expect(out.pop()).toBe('');
          expect(out).toHaveLength(read.length);
          const numbers = lines.flatMap((l, i) => (l.text.trim() === '' ? [] : [i + 1]));
          out.forEach((text, i) => {
            const answer = JSON.parse(text) as Record<string, unknown>;
            const line = read[i] as Line;
            if ('error' in answer) {
              expect(line.expect).not.toBe('result');
              expect(Object.keys(answer)).toEqual(['error']);
              expect(answer.error).toMatch(new RegExp(`^line ${numbers[i]}: [a-z]`));
              expect(echoes(answer.error as string, stringValues(line.text))).toBe(false);
            } else {
              expect(line.expect).not.toBe('error');
              expect(['post', 'review', 'hold']).toContain(answer.verdict);
              expect(Array.isArray(answer.findings)).toBe(true);
            }
          });
        },
      ),
      { seed: 20261208, numRuns: 6 },
    );
  }, 120_000);
});
