/**
 * `pause audit` as users meet it: a process over a small WhatsApp export and the generic JSONL
 * fixture. Built with `npm run build` first, like cli.test.ts; spawned through bin/pause.mjs.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const main = join(root, 'packages', 'cli', 'bin', 'pause.mjs');
const generic = join(root, 'packages', 'importers', 'test-fixtures', 'generic', 'posts.jsonl');
let tmp = '';
let chat = '';

const CHAT = [
  '01/06/2024, 23:30 - Ann Reid: Are you on call tonight?',
  '01/06/2024, 23:31 - Dr Sam: Yes. That patient in bed 4 is an idiot <script>alert(1)</script>',
  '02/06/2024, 09:00 - Dr Sam: Flu clinic on Saturday 9am to 1pm.',
  '',
].join('\n');

beforeAll(() => {
  // vitest's globalSetup (scripts/test-build.js) has built the command once for every test file.
  tmp = mkdtempSync(join(tmpdir(), 'pause-audit-'));
  chat = join(tmp, 'WhatsApp Chat with Ann Reid.txt');
  writeFileSync(chat, CHAT);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Spawned with pipes: stderr is not a terminal, so no progress line may appear. */
function pause(args: string[]): SpawnSyncReturns<string> {
  const env: Record<string, string | undefined> = { ...process.env, TZ: 'Europe/London' };
  delete env.PAUSE_DEBUG;
  return spawnSync(process.execPath, [main, ...args], { cwd: tmp, encoding: 'utf8', env, timeout: 60_000 });
}

describe('pause audit', () => {
  it('writes a self-contained HTML report and exits 1 when something is flagged; no progress when piped', () => {
    const out = join(tmp, 'report.html');
    const r = pause(['audit', chat, '--me', 'Dr Sam', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^3 items read, 1 flagged/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<svg class="chart heatmap"[^>]*role="img"/);
    expect(html).toContain('<svg class="chart timeline"');
    expect(html).toContain('<mark>idiot</mark>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
  });

  it('writes ./pause-audit.html by default and exits 0 when nothing is flagged', () => {
    const calm = join(tmp, 'calm.txt');
    writeFileSync(calm, '02/06/2024, 09:00 - Dr Sam: Flu clinic on Saturday 9am to 1pm.\n');
    const r = pause(['audit', calm, '--me', 'Dr Sam']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nothing flagged');
    expect(existsSync(join(tmp, 'pause-audit.html'))).toBe(true);
  });

  it('--max-items stops an export with more items than that: exit 2, one clear line, no report', () => {
    const out = join(tmp, 'capped.html');
    const r = pause(['audit', chat, '--me', 'Dr Sam', '--max-items', '2', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pause: the export holds more than 2 items, the most one audit reads; .*--max-items/m);
    expect(existsSync(out)).toBe(false);
    expect(pause(['audit', chat, '--max-items', 'lots']).stderr).toMatch(/--max-items lots: must be a whole number/);
  });

  it('--json prints the summary, and writes no HTML unless --out is given', () => {
    const r = pause(['audit', generic, '--text-field', 'body', '--time-field', 'meta.posted', '--json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    const s = JSON.parse(r.stdout);
    expect(s.items).toBe(2);
    expect(s.heatmap).toHaveLength(7);
    expect(Array.isArray(s.top)).toBe(true);
    expect(r.status).toBe(s.flagged === 0 ? 0 : 1);
  });

  it('--csv prints one RFC 4180 row per finding', () => {
    const r = pause(['audit', chat, '--me', 'Dr Sam', '--csv']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('date,platform,id,url,rule,severity,excerpt,message');
    expect(lines.slice(1).some((l) => l.startsWith('2024-06-01T23:31:00+01:00,whatsapp,'))).toBe(true);
  });

  it('a missing archive, a bad --since and an --out that is a directory: exit 2 with one line', () => {
    const dir = join(tmp, 'a-folder');
    mkdirSync(dir, { recursive: true });
    for (const [args, word] of [
      [['audit', join(tmp, 'missing.zip'), '--out', join(tmp, 'never.html')], /missing\.zip/],
      [['audit', chat, '--since', 'last week', '--json'], /--since/],
      [['audit', chat, '--out', dir], /is a directory/],
      [['audit'], /no archive/],
    ] as Array<[string[], RegExp]>) {
      const r = pause(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^pause: [^\n]+\n$/);
      expect(r.stderr).toMatch(word);
    }
    expect(existsSync(join(tmp, 'never.html'))).toBe(false);
  });

  it('--since drops earlier items', () => {
    const r = pause(['audit', chat, '--me', 'Dr Sam', '--since', '2024-06-02', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ items: 1, flagged: 0 });
  });

  it('--workers: a pool of worker threads gives the same summary as one thread; a bad count is exit 2', () => {
    // A longer chat, so that the pool gets several batches.
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const who = i % 3 === 0 ? 'Dr Sam' : i % 3 === 1 ? 'Ann Reid' : 'Tom Evans';
      const text =
        i % 17 === 0
          ? 'That patient in bed 4 is an idiot'
          : i % 11 === 0
            ? 'This is fucking ridiculous!!'
            : `Clinic note ${i}, all fine`;
      lines.push(
        `0${1 + (i % 9)}/06/2024, ${String(8 + (i % 15)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} - ${who}: ${text}`,
      );
    }
    const long = join(tmp, 'WhatsApp Chat with the team.txt');
    writeFileSync(long, `${lines.join('\n')}\n`);
    const one = pause(['audit', long, '--me', 'Dr Sam', '--json', '--workers', '1']);
    const two = pause(['audit', long, '--me', 'Dr Sam', '--json', '--workers', '2']);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(one.status).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    for (const bad of ['0', 'many', '99']) {
      const r = pause(['audit', long, '--workers', bad, '--json']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^pause: --workers [^\n]+\n$/);
    }
  });

  it('with no --me, a chat whose messages are none of them marked as yours is an error naming the senders, not "nothing flagged"', () => {
    const r = pause(['audit', chat, '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('none of the messages in this export is marked as yours');
    expect(r.stderr).toContain('Dr Sam (2)');
    expect(r.stderr).toContain('Ann Reid (1)');
    expect(r.stderr).toContain('--me "Dr Sam"');
    // Draft text is never echoed, only who sent it.
    expect(r.stderr).not.toContain('idiot');
  });

  it('a --me that matches no sender says so and lists the senders', () => {
    const r = pause(['audit', chat, '--me', 'Dr Sm', '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--me "Dr Sm" matched no sender');
    expect(r.stderr).toContain('Dr Sam (2)');
  });

  it('several exports make one report: the items add up, each export detected on its own', () => {
    const alone = [
      JSON.parse(pause(['audit', chat, '--me', 'Dr Sam', '--json']).stdout),
      JSON.parse(
        pause(['audit', generic, '--me', 'drsam', '--text-field', 'body', '--time-field', 'meta.posted', '--json'])
          .stdout,
      ),
    ];
    const r = pause([
      'audit',
      chat,
      generic,
      '--me',
      'Dr Sam',
      '--me',
      'drsam',
      '--text-field',
      'body',
      '--time-field',
      'meta.posted',
      '--json',
    ]);
    expect(r.stderr).toBe('');
    const both = JSON.parse(r.stdout);
    expect(both.items).toBe(alone[0].items + alone[1].items);
    expect(both.flagged).toBe(alone[0].flagged + alone[1].flagged);
    expect(Object.keys(both.byPlatform).sort()).toEqual(
      [...new Set([...Object.keys(alone[0].byPlatform), ...Object.keys(alone[1].byPlatform)])].sort(),
    );
    expect(r.status).toBe(both.flagged === 0 ? 0 : 1);
  });

  it('several exports: --format is refused, and --out may not be one of them', () => {
    for (const [args, word] of [
      [['audit', chat, generic, '--format', 'whatsapp', '--json'], /--format applies to one archive/],
      [['audit', generic, chat, '--out', chat], /is an archive being audited/],
    ] as Array<[string[], RegExp]>) {
      const r = pause(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^pause: [^\n]+\n$/);
      expect(r.stderr).toMatch(word);
    }
    expect(readFileSync(chat, 'utf8')).toBe(CHAT);
  });

  it('help mentions audit', () => {
    expect(pause(['--help']).stdout).toContain('pause audit');
    expect(pause(['audit', '--help']).stdout).toContain('--out <file>');
    expect(pause(['audit', '--help']).stdout).toContain('--workers <n>');
  });
});
