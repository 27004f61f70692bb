#!/usr/bin/env node
/**
 * The `pause` command. Dispatches to a command module, loaded only when needed so that help and
 * --version start instantly. Errors are one line on stderr (never a stack trace, never the draft)
 * and exit 2; a check exits 0 for post and 1 for review or hold; an audit 0 when nothing is flagged, else 1.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import { MAIN_HELP } from './help.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      process.stderr.write(MAIN_HELP);
      return 2;
    case '--version':
    case '-v':
    case 'version':
      process.stdout.write(`pause ${version()}\n`);
      return 0;
    case '--help':
    case '-h':
    case 'help': {
      const topic = rest[0];
      if (topic === 'check') return (await import('./check.js')).runCheck(['--help']);
      if (topic === 'rules') return (await import('./rules.js')).runRules(['--help']);
      if (topic === 'audit') return (await import('./audit.js')).runAudit(['--help']);
      if (topic === 'serve') return (await import('./serve.js')).runServe(['--help']);
      if (topic === 'forget') return (await import('./forget.js')).runForget(['--help']);
      if (topic !== undefined)
        throw new UsageError(
          `no help on "${topic.slice(0, 40)}": the commands are check, rules, audit, serve and forget`,
        );
      process.stdout.write(MAIN_HELP);
      return 0;
    }
    case 'check':
      return (await import('./check.js')).runCheck(rest);
    case 'rules':
      return (await import('./rules.js')).runRules(rest);
    case 'audit':
      return (await import('./audit.js')).runAudit(rest);
    case 'serve':
      return (await import('./serve.js')).runServe(rest);
    case 'forget':
      return (await import('./forget.js')).runForget(rest);
    default:
      process.stderr.write(MAIN_HELP);
      throw new UsageError(
        `unknown command "${command.slice(0, 40)}"`,
        'the commands are check, rules, audit, serve and forget; see "pause --help"',
      );
  }
}

/** One line for stderr, whatever was thrown. Engine errors name a field and never carry the draft. */
function describeError(e: unknown): string {
  if (e instanceof UsageError) return e.hint ? `${e.message} (${e.hint})` : e.message;
  const err = e as { name?: string; message?: string };
  if (err && (err.name === 'DraftError' || err.name === 'PolicyError')) return String(err.message);
  const detail = err?.message ? `: ${String(err.message).split('\n')[0]}` : '';
  return `internal error${detail} (please report it; set PAUSE_DEBUG=1 for details)`;
}

// A closed pipe (pause check --jsonl | head) is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  if (process.env.PAUSE_DEBUG) console.error(e);
  process.stderr.write(`pause: ${describeError(e)}\n`);
  process.exitCode = 2;
}
