import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createChecker } from './checker.js';
import { RULES } from './registry.js';
import { CATEGORIES, GUIDANCE_SECTIONS, READERS, SEVERITIES } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

describe('rule registry', () => {
  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('lists every rule file, and every rule file is listed', () => {
    const files = CATEGORIES.flatMap((c) => {
      const dir = join(here, 'rules', c);
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
            .map((f) => `${c}.${f.slice(0, -3)}`)
        : [];
    });
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const [category, name] = rule.id.split('.') as [string, string];
      it('lives at rules/<category>/<name>.ts with its test beside it', () => {
        expect(rule.category).toBe(category);
        expect(existsSync(join(here, 'rules', category, `${name}.ts`))).toBe(true);
        expect(existsSync(join(here, 'rules', category, `${name}.test.ts`))).toBe(true);
      });
      it('has a generated docs page', () => {
        expect(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`))).toBe(true);
      });
      it('has complete metadata', () => {
        expect(SEVERITIES).toContain(rule.severity);
        expect(GUIDANCE_SECTIONS).toContain(rule.guidance);
        for (const r of rule.readers) expect(READERS).toContain(r);
        expect(rule.description.length).toBeGreaterThan(10);
        expect(rule.rationale.length).toBeGreaterThan(40);
        expect(rule.examples.flagged.length).toBeGreaterThan(0);
        expect(rule.examples.clean.length).toBeGreaterThan(0);
      });
    });
  }
});

describe('every rule on adversarial input', () => {
  const checker = createChecker();
  const nasty: Array<[string, string]> = [
    ['100k repeated letters', 'a'.repeat(100_000)],
    ['100k exclamation marks', '!'.repeat(100_000)],
    ['repeated words', 'you idiot '.repeat(9_000)],
    ['spaced letters', 'f u c k '.repeat(12_000)],
    // Was quadratic: each match in one 100,000-character "word" widened to all of it (about a minute).
    ['a masked word run together', 'f*ck'.repeat(25_000)],
    // Was quadratic: every sentence's window searched every sexual cue (15 s).
    ['a sexual word a line', 'nudes\n'.repeat(16_700)],
    ['a group named a line', 'Muslims\n'.repeat(12_500)],
    ['lone surrogates and controls', '\uD800\uDC00\uDFFF\u0000\u0007 hello \uD83D'.repeat(5_000)],
    ['capitals', 'WHY '.repeat(25_000)],
    ['digits', '1234567890 '.repeat(9_000)],
  ];
  for (const [name, text] of nasty) {
    it(`finishes on ${name}`, () => {
      const t0 = performance.now();
      for (const channel of ['public-post', 'group-chat'] as const) {
        const a = checker.assess({ text: text.slice(0, 100_000), channel, composedAt: '2026-11-23T02:00:00+00:00' });
        for (const f of a.findings) if (f.start !== undefined) expect(f.end).toBeLessThanOrEqual(text.length);
      }
      // A generous bound: catches catastrophic backtracking, not ordinary slowness (benchmarks do that).
      expect(performance.now() - t0).toBeLessThan(10_000);
    });
  }
});
