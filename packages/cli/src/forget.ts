/**
 * `pause forget`: erases everything Pause stored in its data folder (the outbox, settings and audit
 * reports in the database, audit reports on disk, unfinished uploads), after a confirmation. Only the
 * files Pause itself makes are removed, so pointing --data at the wrong folder cannot empty it; the
 * folder goes too when nothing else is left in it.
 */
import { existsSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { join, resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { UsageError } from './errors.js';
import { FORGET_HELP } from './help.js';

const OPTIONS = {
  data: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Item {
  readonly path: string;
  readonly what: string;
  readonly bytes: number;
}

/** Bytes under a path (a file, or a folder's files). */
function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function countIn(path: string): number {
  return readdirSync(path).length;
}

/** What Pause keeps in a data folder, as found there. */
function storedIn(dir: string, dbFile: string): Item[] {
  const items: Item[] = [];
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const path = join(dir, dbFile + suffix);
    if (existsSync(path))
      items.push({
        path,
        what: suffix ? `database ${suffix.slice(1)} file` : 'outbox, settings and audit list',
        bytes: sizeOf(path),
      });
  }
  for (const [name, what] of [
    ['audits', 'audit reports'],
    ['uploads', 'unfinished uploads'],
  ] as const) {
    const path = join(dir, name);
    if (existsSync(path))
      items.push({
        path,
        what: `${what} (${countIn(path)} item${countIn(path) === 1 ? '' : 's'})`,
        bytes: sizeOf(path),
      });
  }
  return items;
}

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`);

async function confirmed(dir: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(
      `Erase everything Pause keeps in ${dir}? This cannot be undone. Type "yes" to go on: `,
    );
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

export async function runForget(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, 'forget');
  if (values.help) {
    process.stdout.write(FORGET_HELP);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]!.slice(0, 40)}"`, 'see "pause forget --help"');
  const server = await import('@pause/server');
  const dir = typeof values.data === 'string' ? resolve(values.data) : server.defaultDataDir();
  if (!existsSync(dir)) {
    process.stdout.write(`Nothing to forget: there is no data folder at ${dir}.\n`);
    return 0;
  }
  const items = storedIn(dir, server.DB_FILE);
  if (items.length === 0) {
    process.stdout.write(`Nothing to forget: ${dir} holds nothing Pause made.\n`);
    return 0;
  }
  process.stderr.write(`Pause keeps these in ${dir} (stop "pause serve" first if it is running):\n`);
  for (const item of items) process.stderr.write(`  ${item.what}: ${kb(item.bytes)}\n`);
  if (!values.yes) {
    if (!process.stdin.isTTY)
      throw new UsageError('not erasing without a confirmation', 'add --yes to erase without asking');
    if (!(await confirmed(dir))) {
      process.stdout.write('Nothing erased.\n');
      return 1;
    }
  }
  for (const item of items) rmSync(item.path, { recursive: true, force: true });
  let folder = '';
  if (readdirSync(dir).length === 0) {
    rmdirSync(dir);
    folder = ' and the empty folder';
  }
  const total = kb(items.reduce((sum, i) => sum + i.bytes, 0));
  process.stdout.write(`Erased ${items.map((i) => i.what).join(', ')}${folder}: ${total}.\n`);
  return 0;
}
