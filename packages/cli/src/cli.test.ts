/**
 * The CLI as users meet it: a process, its exit code, stdout and stderr. vitest's globalSetup runs
 * `npm run build` once (tsc and the esbuild bundle); every test spawns `node packages/cli/bin/pause.mjs`.
 * Rules are being written alongside this, so behaviour is checked through robust expectations
 * (clean sentences pass; exit codes agree with the verdict) and structure through the JSON.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
// The command as npm links it: the committed entry that loads the esbuild bundle.
const main = join(root, 'packages', 'cli', 'bin', 'pause.mjs');
const CLEAN = 'Flu clinic on Saturday 9am to 1pm.';
const AT = '2026-11-23T14:00:00+00:00';
const MAX_TEXT_LENGTH = 100_000;
let tmp = '';

beforeAll(() => {
  // vitest's globalSetup (scripts/test-build.js) has built the command once for every test file.
  expect(existsSync(join(root, 'packages', 'cli', 'dist', 'pause.mjs'))).toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'pause-cli-'));
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface RunOptions {
  input?: string;
  env?: Record<string, string | undefined>;
}

function pause(args: string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  const env: Record<string, string | undefined> = { ...process.env, COLUMNS: '80', TZ: 'Europe/London' };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.PAUSE_DEBUG;
  Object.assign(env, options.env);
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    encoding: 'utf8',
    input: options.input ?? '',
    env,
    timeout: 30_000,
  });
}

function file(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

/** A usage or input error: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectInputError(r: SpawnSyncReturns<string>, ...words: Array<string | RegExp>): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^pause: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const w of words) expect(r.stderr).toMatch(w);
  return r.stderr;
}

describe('pause (top level)', () => {
  it('--version prints the version', () => {
    const r = pause(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pause \d+\.\d+\.\d+\n$/);
  });

  it('help and --help print usage and exit 0', () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const r = pause(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('pause check');
      expect(r.stdout).toContain('pause rules');
    }
    expect(pause(['help', 'check']).stdout).toContain('--channel');
    expect(pause(['help', 'rules']).stdout).toContain('pause rules <id>');
  });

  it('no command: usage on stderr, exit 2', () => {
    const r = pause([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage');
  });

  it('an unknown command: usage and exit 2', () => {
    const r = pause(['chek', 'hello']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage');
    expect(r.stderr).toMatch(/pause: unknown command "chek"/);
  });

  it('serve off loopback without a token: exit 2 with one line saying why (nothing started, no data folder made)', () => {
    const data = join(tmp, 'serve-refused');
    const r = pause(['serve', '--host', '0.0.0.0', '--port', '0', '--data', data], { env: { PAUSE_TOKEN: undefined } });
    expectInputError(
      r,
      /^pause: refusing to listen on 0\.0\.0\.0 without an access token/,
      /--token or the PAUSE_TOKEN environment variable/,
    );
    expect(existsSync(data)).toBe(false);
  });

  it('serve --help lists its flags; the main help lists serve', () => {
    for (const args of [
      ['serve', '--help'],
      ['help', 'serve'],
    ]) {
      const r = pause(args);
      expect(r.status).toBe(0);
      for (const flag of [
        '--port <n>',
        '--host <addr>',
        '--data <dir>',
        '--token <t>',
        '--allow-host <name>',
        '--max-upload <mb>',
        '--log',
        'PAUSE_TOKEN',
        'PAUSE_DATA',
        '4711',
        '127.0.0.1',
      ]) {
        expect(r.stdout).toContain(flag);
      }
    }
    expect(pause(['--help']).stdout).toMatch(/pause serve \[options\] +run the web app/);
    expect(pause(['--help']).stdout).not.toContain('not available yet');
  });

  it('serve with bad flags: exit 2 with one line', () => {
    expectInputError(
      pause(['serve', '--port', 'eighty']),
      /^pause: --port eighty: must be a port number from 0 to 65535/,
    );
    expectInputError(pause(['serve', '--port', '70000']), /--port 70000/);
    expectInputError(pause(['serve', '--max-upload', '0']), /--max-upload 0: must be a whole number of megabytes/);
    expectInputError(pause(['serve', '--host', '0.0.0.0', '--token', 'short']), /access token is too short/);
    expectInputError(pause(['serve', '--bogus']), /unknown option --bogus/);
    expectInputError(pause(['serve', 'extra']), /unexpected argument "extra"/);
  });

  it('audit of a missing export: exit 2, one line naming the file (the rest is in audit.test.ts)', () => {
    expectInputError(pause(['audit', 'export.zip', '--json']), /^pause: export\.zip: /);
  });
});

describe('pause check', () => {
  it('passes a clean sentence: exit 0, a POST header and all seven readers content', () => {
    const r = pause(['check', '--at', AT, CLEAN]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\[POST\] /);
    for (const reader of ['patient', 'colleague', 'employer', 'NHS England', 'GMC', 'police', 'judge']) {
      expect(r.stdout).toContain(`✓ ${reader}`);
    }
  });

  it('--json prints one Assessment', () => {
    const r = pause(['check', '--json', '--at', AT, CLEAN]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a).sort()).toEqual(['advice', 'findings', 'readers', 'rewrite', 'verdict']);
    expect(a.verdict).toBe('post');
    expect(Array.isArray(a.findings)).toBe(true);
    expect(Object.keys(a.readers).sort()).toEqual([
      'colleague',
      'employer',
      'gmc',
      'judge',
      'nhs-england',
      'patient',
      'police',
    ]);
    expect(a.advice.action).toBe('post');
    expect(a.rewrite).toBe(CLEAN);
  });

  it('exit code agrees with the verdict (an angry draft at 2am)', () => {
    const args = [
      'check',
      '--mood',
      'angry',
      '--channel',
      'reply',
      '--at',
      '2026-11-23T02:14:00+00:00',
      'You are wrong about this and everyone knows it',
    ];
    const json = pause([...args, '--json']);
    const a = JSON.parse(json.stdout);
    expect(json.status).toBe(a.verdict === 'post' ? 0 : 1);
    const human = pause([...args, '--no-color']);
    expect(human.status).toBe(json.status);
    expect(human.stdout).toContain(a.verdict === 'post' ? '[POST]' : a.verdict === 'review' ? '[REVIEW]' : '[HOLD]');
    for (const f of a.findings) expect(human.stdout).toContain(f.ruleId);
  });

  it('reads the text from stdin when no text is given', () => {
    const fromArg = pause(['check', '--json', '--at', AT, CLEAN]);
    const fromStdin = pause(['check', '--json', '--at', AT], { input: `${CLEAN}\n` });
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromArg.stdout));
    const dash = pause(['check', '--json', '--at', AT, '-'], { input: CLEAN });
    expect(JSON.parse(dash.stdout)).toEqual(JSON.parse(fromArg.stdout));
  });

  it('joins several words given without quotes', () => {
    const r = pause(['check', '--json', '--at', AT, 'Flu', 'clinic', 'on', 'Saturday', '9am', 'to', '1pm.']);
    expect(JSON.parse(r.stdout).rewrite).toBe(CLEAN);
  });

  it('--draft reads a whole Draft, and flags override its fields', () => {
    const p = file(
      'draft.json',
      JSON.stringify({ text: CLEAN, channel: 'group-chat', platform: 'whatsapp', composedAt: AT }),
    );
    const plain = pause(['check', '--no-color', '--draft', p]);
    expect(plain.stdout).toContain('group chat on WhatsApp');
    expect(plain.stdout).toContain('Mon 23 Nov 14:00');
    const over = pause([
      'check',
      '--no-color',
      '--draft',
      p,
      '--channel',
      'email',
      '--platform',
      'email',
      '--at',
      '2026-11-24T09:30:00+00:00',
    ]);
    expect(over.stdout).toContain('email on email');
    expect(over.stdout).toContain('Tue 24 Nov 09:30');
    // A flag fixes a field the file has wrong, and the text argument replaces the file's text.
    const bad = file('bad-channel.json', JSON.stringify({ text: '', channel: 'carrier-pigeon' }));
    const fixed = pause(['check', '--json', '--draft', bad, '--channel', 'email', '--at', AT, CLEAN]);
    expect(fixed.status).toBe(0);
    expect(JSON.parse(fixed.stdout).rewrite).toBe(CLEAN);
  });

  it('--draft with the text in the file does not wait for stdin', () => {
    const p = file('with-text.json', JSON.stringify({ text: CLEAN }));
    const r = pause(['check', '--json', '--draft', p, '--at', AT], { input: 'ignored' });
    expect(JSON.parse(r.stdout).rewrite).toBe(CLEAN);
  });

  it('--at accepts HH:MM in the draft zone, and defaults to now', () => {
    const r = pause(['check', '--no-color', '--at', '02:14', '--tz', 'Asia/Tokyo', CLEAN]);
    expect(r.stdout).toMatch(/ 02:14 Asia\/Tokyo/);
    const now = pause(['check', '--no-color', CLEAN]);
    expect(now.stdout).toMatch(/\d\d:\d\d Europe\/London/);
  });

  it('--policy is read and checked', () => {
    const p = file(
      'policy.json',
      JSON.stringify({
        sensitivity: 'strict',
        quietHours: { start: '22:00', end: '07:00' },
        severity: { 'behaviour.unusual-hour': 'off' },
      }),
    );
    const r = pause(['check', '--policy', p, '--at', AT, CLEAN]);
    expect(r.status).toBe(0);
    const bad = file('bad-policy.json', JSON.stringify({ severity: { 'content.profanity': 'loud' } }));
    expectInputError(pause(['check', '--policy', bad, CLEAN]), /policy\.severity\.content\.profanity/);
  });

  describe('colour', () => {
    const args = ['check', '--at', AT, CLEAN];
    it('none when stdout is not a terminal', () => {
      expect(pause(args).stdout).not.toContain('\x1b[');
    });
    it('FORCE_COLOR turns it on', () => {
      expect(pause(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    });
    it('NO_COLOR and --no-color win over FORCE_COLOR', () => {
      expect(pause(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
      expect(pause([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    });
  });

  describe('bad usage or input: one line on stderr, exit 2, never the draft', () => {
    const SECRET = 'Mrs Secretpatient of 4 Hidden Lane';
    it('empty text', () => expectInputError(pause(['check', '']), /text/, /empty/));
    it('whitespace-only text', () => expectInputError(pause(['check', '   \n\t ']), /text/, /whitespace/));
    it('empty stdin', () => expectInputError(pause(['check'], { input: '' }), /text/, /empty/));
    it('an unknown channel', () => {
      const e = expectInputError(pause(['check', '--channel', 'fax', SECRET]), /channel/, /public-post/);
      expect(e).not.toContain('Secretpatient');
    });
    it('an unknown mood, direction or platform', () => {
      expectInputError(pause(['check', '--mood', 'furious', CLEAN]), /^pause: mood/);
      expectInputError(pause(['check', '--direction', 'sideways', CLEAN]), /^pause: direction/);
      expectInputError(pause(['check', '--platform', 'myspace', CLEAN]), /^pause: platform/);
    });
    it('a bad time or zone', () => {
      expectInputError(pause(['check', '--at', 'yesterday', CLEAN]), /composedAt/);
      expectInputError(pause(['check', '--tz', 'Mars/Olympus', CLEAN]), /timeZone/);
    });
    it('text over the length limit', () => {
      const long = `${SECRET} ${'a'.repeat(MAX_TEXT_LENGTH)}`;
      const e = expectInputError(pause(['check'], { input: long }), /text/, /too long/);
      expect(e).not.toContain('Secretpatient');
      expect(e).not.toContain('aaaa');
    });
    it('--draft holding something other than an object', () => {
      expectInputError(pause(['check', '--draft', file('array.json', '[1,2]')]), /JSON object/, /an array/);
      expectInputError(pause(['check', '--draft', file('string.json', JSON.stringify(SECRET))]), /JSON object/);
    });
    it('--draft with invalid JSON', () => {
      const e = expectInputError(
        pause(['check', '--draft', file('broken.json', `{"text": "${SECRET}",, }`)]),
        /not valid JSON/,
        /broken\.json/,
      );
      expect(e).not.toContain('Secretpatient');
    });
    it('--draft with a bad field names the field', () => {
      expectInputError(
        pause([
          'check',
          '--draft',
          file('badthread.json', JSON.stringify({ text: SECRET, thread: [{ author: 'me' }] })),
        ]),
        /thread\[0\]\.text/,
      );
    });
    it('a missing file', () => {
      expectInputError(pause(['check', '--draft', join(tmp, 'nope.json')]), /nope\.json/, /no such file/);
      expectInputError(pause(['check', '--policy', join(tmp, 'nope-policy.json'), CLEAN]), /--policy/, /no such file/);
    });
    it('an unknown option or a missing value', () => {
      expectInputError(pause(['check', '--chanel', 'email', CLEAN]), /unknown option --chanel/);
      expectInputError(pause(['check', CLEAN, '--channel']), /--channel needs a value/);
    });
    it('--json with --jsonl', () => expectInputError(pause(['check', '--json', '--jsonl']), /--jsonl/));
  });
});

describe('pause check --jsonl', () => {
  it('one Assessment a line, in order; a bad line gives an error on its line and the rest go on', () => {
    const lines = [
      JSON.stringify({ text: CLEAN, composedAt: AT }),
      '{"text": "Mrs Secretpatient", oops',
      JSON.stringify({ text: 'See you at the practice meeting on Tuesday.', composedAt: AT }),
      '',
      JSON.stringify({ text: 'Mrs Secretpatient', channel: 'fax' }),
      JSON.stringify([1]),
      JSON.stringify({ text: '  ' }),
      JSON.stringify({ text: 'Practice closed on the bank holiday.', composedAt: AT }),
    ];
    const r = pause(['check', '--jsonl'], { input: `${lines.join('\n')}\n` });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('Secretpatient');
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(7); // the blank line is skipped
    expect(out[0].verdict).toBe('post');
    expect(out[1].error).toMatch(/^line 2: .*not valid JSON/);
    expect(out[2].verdict).toBe('post');
    expect(out[3].error).toMatch(/^line 5: channel/);
    expect(out[4].error).toMatch(/^line 6: .*JSON object/);
    expect(out[5].error).toMatch(/^line 7: text/);
    expect(out[6].verdict).toBe('post');
    expect(out[6].rewrite).toBe('Practice closed on the bank holiday.');
  });

  it('exits 0 when every draft is post; flags give defaults a line can override', () => {
    const input = [CLEAN, 'Practice closed on the bank holiday.'].map((text) => JSON.stringify({ text })).join('\r\n');
    const r = pause(['check', '--jsonl', '--at', AT, '--channel', 'email'], { input });
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).verdict),
    ).toEqual(['post', 'post']);
    const bad = pause(['check', '--jsonl', '--channel', 'fax'], {
      input: JSON.stringify({ text: CLEAN, channel: 'email', composedAt: AT }),
    });
    expect(JSON.parse(bad.stdout).verdict).toBe('post');
  });

  it('streams: an answer comes back before stdin is closed', async () => {
    const child = spawn(process.execPath, [main, 'check', '--jsonl'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    child.stdin.write(`${JSON.stringify({ text: CLEAN, composedAt: AT })}\n`);
    const line = await first;
    expect(JSON.parse(line.trim().split('\n')[0] ?? '').verdict).toBe('post');
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('refuses a text argument', () => expectInputError(pause(['check', '--jsonl', CLEAN]), /--jsonl/));
});

describe('pause rules', () => {
  const ids = (): string[] => JSON.parse(pause(['rules', '--json']).stdout).map((r: { id: string }) => r.id);

  it('lists every rule, grouped by category, with severity and description', () => {
    const r = pause(['rules']);
    expect(r.status).toBe(0);
    const all = ids();
    expect(all.length).toBeGreaterThan(10);
    for (const id of all)
      expect(r.stdout).toMatch(new RegExp(`^  ${id.replace('.', '\\.')} +(info|caution|stop)\\b`, 'm'));
    for (const c of ['content', 'behaviour', 'disclosability']) expect(r.stdout).toMatch(new RegExp(`^${c}$`, 'm'));
    expect(
      r.stdout.indexOf('\ncontent\n') < r.stdout.indexOf('\nbehaviour\n') || r.stdout.startsWith('content\n'),
    ).toBe(true);
  });

  it('shows one rule in full', () => {
    const r = pause(['rules', 'content.profanity']);
    expect(r.status).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(r.stdout).toContain('content.profanity');
    expect(flat).toContain('The pitfalls of social media usage and how to avoid them (Londonwide LMCs');
    expect(flat).toContain('section "Content"');
    for (const heading of ['Why it matters', 'Flagged', 'Clean', 'readers', 'severity'])
      expect(r.stdout).toContain(heading);
    const json = JSON.parse(pause(['rules', 'content.profanity', '--json']).stdout);
    expect(json).toMatchObject({ id: 'content.profanity', category: 'content', guidance: 'Content' });
  });

  it('an unknown id: exit 2 with close ids suggested', () => {
    expectInputError(
      pause(['rules', 'content.profanty']),
      /no rule "content\.profanty"/,
      /did you mean content\.profanity/,
    );
    expectInputError(pause(['rules', 'profanity']), /content\.profanity/);
    expectInputError(pause(['rules', 'zzzzzzzzzz']), /"pause rules" lists them all/);
  });
});

describe('pause check --attach', () => {
  // Two 1×1 JPEGs built byte by byte by test-fixtures/jpeg.mjs (make-fixtures.mjs writes them).
  const fixtures = join(root, 'packages', 'cli', 'test-fixtures');
  const GPS = join(fixtures, 'photo-gps.jpg');
  const PLAIN = join(fixtures, 'photo-plain.jpg');
  const imageFinding = (a: { findings: Array<{ ruleId: string; message: string; why?: string[] }> }) =>
    a.findings.find((f) => f.ruleId === 'confidentiality.image');

  it('flags a clinical photo: "What do we think of this rash?"', () => {
    const r = pause(['check', '--json', '--at', AT, '--attach', PLAIN, 'What do we think of this rash?']);
    expect(r.status).toBe(1);
    const f = imageFinding(JSON.parse(r.stdout));
    expect(f?.message).toContain('"photo-plain.jpg"');
    expect(f?.message).not.toContain(fixtures); // the base name only, never the path
    expect(f?.message).not.toMatch(/GPS/);
  });

  it('flags a photo with GPS data in a non-clinical post, for its location', () => {
    const r = pause(['check', '--json', '--at', AT, '--attach', GPS, 'Lovely afternoon at the practice garden party!']);
    expect(r.status).toBe(1);
    const f = imageFinding(JSON.parse(r.stdout));
    expect(f?.message).toMatch(/GPS location data/);
    expect(f?.why).toContain('location data in "photo-gps.jpg"');
  });

  it('passes the same post with a photo without location data', () => {
    const r = pause([
      'check',
      '--json',
      '--at',
      AT,
      '--attach',
      PLAIN,
      'Lovely afternoon at the practice garden party!',
    ]);
    expect(r.status).toBe(0);
    expect(imageFinding(JSON.parse(r.stdout))).toBeUndefined();
  });

  it('is repeatable and adds to the attachments of --draft', () => {
    const draft = file(
      'with-attachment.json',
      JSON.stringify({ text: 'Garden party!', attachments: [{ kind: 'image', name: 'from-file.jpg' }] }),
    );
    const r = pause(['check', '--json', '--at', AT, '--draft', draft, '--attach', PLAIN, '--attach', GPS]);
    expect(r.status).toBe(1);
    const f = imageFinding(JSON.parse(r.stdout));
    expect(f?.message).toContain('"photo-gps.jpg"');
    expect(f?.why).toEqual(['location data in "photo-gps.jpg"']);
  });

  it('the human report shows the finding', () => {
    const r = pause([
      'check',
      '--no-color',
      '--at',
      AT,
      '--channel',
      'group-chat',
      '--attach',
      PLAIN,
      'What do we think of this rash?',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('confidentiality.image');
  });

  it('a missing file, a directory, an empty file or a fake .jpg: exit 2 with one clear line', () => {
    expectInputError(
      pause(['check', '--attach', join(tmp, 'nope.jpg'), 'Garden party']),
      /--attach .*nope\.jpg: no such file/,
    );
    expectInputError(pause(['check', '--attach', tmp, 'Garden party']), /is a directory/);
    expectInputError(pause(['check', '--attach', file('empty.jpg', ''), 'Garden party']), /is empty/);
    expectInputError(
      pause(['check', '--attach', file('fake.jpg', 'not a picture at all'), 'Garden party']),
      /is not a readable image/,
    );
    expectInputError(pause(['check', '--attach', '', 'Garden party']), /--attach needs a file name/);
    expectInputError(pause(['check', '--attach']), /--attach needs a value/);
  });

  it('a non-picture file is attached as a file and judged by no image rule', () => {
    const r = pause(['check', '--json', '--at', AT, '--attach', file('minutes.pdf', '%PDF-1.7\n…'), CLEAN]);
    expect(r.status).toBe(0);
  });

  it('cannot be combined with --jsonl', () => {
    expectInputError(
      pause(['check', '--jsonl', '--attach', PLAIN], { input: '{"text":"hi"}\n' }),
      /--attach belongs to one draft/,
    );
  });

  it('--help documents it', () => {
    expect(pause(['check', '--help']).stdout).toContain('--attach <file>');
  });
});

describe('pause forget', () => {
  /** A data folder with what Pause makes, and optionally a file of the user's own. */
  function dataFolder(foreign = false): string {
    const dir = mkdtempSync(join(tmp, 'data-'));
    writeFileSync(join(dir, 'pause.db'), 'db');
    writeFileSync(join(dir, 'pause.db-wal'), 'wal');
    mkdirSync(join(dir, 'audits'));
    writeFileSync(join(dir, 'audits', 'report.html'), '<html>');
    mkdirSync(join(dir, 'uploads'));
    if (foreign) writeFileSync(join(dir, 'my-notes.txt'), 'mine');
    return dir;
  }

  it('with nothing stored, says so and exits 0', () => {
    const r = pause(['forget', '--data', join(tmp, 'never-made')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Nothing to forget: there is no data folder/);
  });

  it('without --yes and without a terminal to ask on, lists what is stored, erases nothing and exits 2', () => {
    const dir = dataFolder();
    const r = pause(['forget', '--data', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/outbox, settings and audit list/);
    expect(r.stderr).toMatch(/audit reports \(1 item\)/);
    expect(r.stderr).toMatch(/add --yes to erase without asking/);
    expect(readdirSync(dir).sort()).toEqual(['audits', 'pause.db', 'pause.db-wal', 'uploads']);
  });

  it('with --yes, erases what Pause made and the folder it leaves empty', () => {
    const dir = dataFolder();
    const r = pause(['forget', '--data', dir, '--yes']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Erased outbox, settings and audit list, database wal file, audit reports \(1 item\), unfinished uploads \(0 items\) and the empty folder/,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('keeps files Pause did not make, and the folder that holds them', () => {
    const dir = dataFolder(true);
    expect(pause(['forget', '--data', dir, '--yes']).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['my-notes.txt']);
  });

  it('is documented in the main help and its own', () => {
    expect(pause(['--help']).stdout).toContain('pause forget');
    const help = pause(['forget', '--help']);
    expect(help.status).toBe(0);
    for (const flag of ['--data <dir>', '--yes', 'PAUSE_DATA']) expect(help.stdout).toContain(flag);
  });
});
