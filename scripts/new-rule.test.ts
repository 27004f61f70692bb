/**
 * scripts/new-rule.js, run as a process against a temporary copy of packages/core (the real tree
 * is never touched): it creates the rule, its test and the registry lines, the result type-checks,
 * and it refuses existing ids and malformed names.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'scripts', 'new-rule.js');
let tmp = '';
let core = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pause-new-rule-'));
  core = join(tmp, 'packages', 'core');
  for (const part of ['src', 'test', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, 'packages', 'core', part), join(core, part), { recursive: true });
  }
  cpSync(join(root, 'tsconfig.base.json'), join(tmp, 'tsconfig.base.json'));
  symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args, '--core', core], { encoding: 'utf8' });
const registry = () => readFileSync(join(core, 'src', 'registry.ts'), 'utf8');

describe('scripts/new-rule.js', () => {
  it('scaffolds the rule, its test and one registry import and entry', () => {
    const before = registry();
    const r = run('content.copyright-test-rule', '--severity', 'stop');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rule = readFileSync(join(core, 'src', 'rules', 'content', 'copyright-test-rule.ts'), 'utf8');
    expect(rule).toContain("id: 'content.copyright-test-rule'");
    expect(rule).toContain("category: 'content'");
    expect(rule).toContain("severity: 'stop'");
    expect(rule).toContain("guidance: 'Content'");
    const test = readFileSync(join(core, 'src', 'rules', 'content', 'copyright-test-rule.test.ts'), 'utf8');
    expect(test).toContain("import { testRule } from '../../../test/rule-tester.js'");
    expect(test).toContain("import rule from './copyright-test-rule.js'");
    const after = registry();
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(added).toEqual([
      "import copyrightTestRule from './rules/content/copyright-test-rule.js';",
      '  copyrightTestRule,',
    ]);
    // Placed with its category: after the last content rule, before the first rule of another.
    const entries = after
      .slice(after.indexOf('export const RULES'))
      .split('\n')
      .map((l) => l.trim().replace(/,$/, ''));
    const at = entries.indexOf('copyrightTestRule');
    expect(at).toBeGreaterThan(0);
    expect(entries[at + 1]).not.toBe('');
  });

  it('makes a tree that type-checks', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        core,
        '--noEmit',
        '--composite',
        'false',
        '--declaration',
        'false',
      ],
      { encoding: 'utf8' },
    );
    // Other rules may be mid-edit in the real tree: only errors in the scaffolded files count here.
    const ours = `${r.stdout}${r.stderr}`.split('\n').filter((l) => /copyright-test-rule|registry\.ts/.test(l));
    expect(ours).toEqual([]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/error TS(5\d{3}|6\d{3})/); // a config error would hide the check
  }, 120_000);

  it('gives a new category its first rule and avoids a clashing identifier', () => {
    const r = run('promotion.reminder');
    expect(r.status).toBe(0);
    expect(registry()).toContain("import promotionReminder from './rules/promotion/reminder.js';");
    expect(registry()).toMatch(/^ {2}promotionReminder,$/m);
    expect(existsSync(join(core, 'src', 'rules', 'promotion', 'reminder.test.ts'))).toBe(true);
  });

  it('refuses an id that exists', () => {
    const before = registry();
    for (const id of ['content.profanity', 'content.copyright-test-rule']) {
      const r = run(id);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/exists already|already in registry/);
    }
    expect(registry()).toBe(before);
  });

  it('refuses malformed ids and unknown categories', () => {
    const before = registry();
    for (const id of [
      'profanity',
      'content.',
      'content.Bad_Name',
      'content.two.dots',
      'weather.rain',
      'content.-dash',
      'content.trailing-',
      '../etc.passwd',
    ]) {
      const r = run(id);
      expect(r.status, id).toBe(2);
      expect(r.stderr).toMatch(/^new-rule: /);
    }
    expect(registry()).toBe(before);
    expect(existsSync(join(core, 'src', 'rules', 'weather'))).toBe(false);
  });

  it('without an id prints usage and exits 2', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage');
  });
});
