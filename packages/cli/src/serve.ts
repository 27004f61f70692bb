/**
 * `pause serve`: the local server (packages/server), loaded on demand so that `pause check` never
 * pays for Fastify or SQLite. Prints one line with the URL and the data folder, then runs until
 * SIGINT or SIGTERM, when it closes the server and the database cleanly.
 */
import { resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { UsageError } from './errors.js';
import { SERVE_HELP } from './help.js';

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  data: { type: 'string' },
  token: { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  'max-upload': { type: 'string' },
  log: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(
      `--port ${value.slice(0, 20)}: must be a port number from 0 to 65535`,
      '0 picks any free port',
    );
  return port;
}

function parseMegabytes(value: string): number {
  const mb = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(mb >= 1))
    throw new UsageError(`--max-upload ${value.slice(0, 20)}: must be a whole number of megabytes, at least 1`);
  return mb * 1024 * 1024;
}

/** Errors from starting the server, as one line for the user. */
function startupProblem(e: unknown, where: { host: string; port: number; dataDir: string }): UsageError | undefined {
  const err = e as NodeJS.ErrnoException & { name?: string };
  if (err?.name === 'StartupError') return new UsageError(err.message);
  switch (err?.code) {
    case 'EADDRINUSE':
      return new UsageError(
        `port ${where.port} is already in use on ${where.host}`,
        'stop the other server, or choose another port with --port (0 for any free port)',
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new UsageError(`cannot listen on ${where.host}: it is not an address of this machine`);
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`permission denied: cannot use the data folder ${where.dataDir} or port ${where.port}`);
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new UsageError(`the database in ${where.dataDir} is damaged or not a Pause database`);
    default:
      return undefined;
  }
}

export async function runServe(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, 'serve');
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]!.slice(0, 40)}"`, 'see "pause serve --help"');
  const port = typeof values.port === 'string' ? parsePort(values.port) : 4711;
  const host = typeof values.host === 'string' && values.host.trim() ? values.host.trim() : '127.0.0.1';
  const tokenValue = typeof values.token === 'string' ? values.token : process.env.PAUSE_TOKEN;
  const token = tokenValue ? tokenValue : undefined;
  const allow = values['allow-host'];
  const allowedHosts = Array.isArray(allow) ? allow.filter((h): h is string => typeof h === 'string') : [];
  const maxUploadBytes = typeof values['max-upload'] === 'string' ? parseMegabytes(values['max-upload']) : undefined;

  const server = await import('@pause/server');
  const dataDir = typeof values.data === 'string' ? resolve(values.data) : server.defaultDataDir();
  const where = { host, port, dataDir };
  const write = (line: string) => process.stderr.write(`${line}\n`);
  let app: ReturnType<typeof server.createServer>;
  try {
    app = server.createServer({
      dataDir,
      host,
      port,
      token,
      ...(allowedHosts.length ? { allowedHosts } : {}),
      ...(maxUploadBytes ? { maxUploadBytes } : {}),
      logger: { ...(values.log ? { info: write } : {}), error: write },
    });
  } catch (e) {
    throw startupProblem(e, where) ?? e;
  }
  let url: string;
  try {
    url = await app.start();
  } catch (e) {
    await app.close();
    throw startupProblem(e, where) ?? e;
  }
  process.stdout.write(
    `Pause is running at ${url}${token ? `#token=${encodeURIComponent(token)}` : ''} (data: ${dataDir})\n`,
  );

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      app.close().then(done, (e: unknown) => {
        write(`pause: error while stopping: ${(e as Error)?.name ?? 'Error'}`);
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
