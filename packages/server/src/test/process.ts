/** The real server as a child process: `pause serve`, as a user starts it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const PAUSE = join(ROOT, 'packages', 'cli', 'bin', 'pause.mjs');

export interface Running {
  child: ChildProcess;
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** The startup line as printed. */
  line: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended and its output is all read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `pause serve --port 0 --data DIR …` and resolves once it prints its URL. */
export function serve(dataDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, [PAUSE, 'serve', '--port', '0', '--data', dataDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, PAUSE_DEBUG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('close', (code, signal) => done({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let ready = false;
    const collect = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = ready ? null : /^(Pause is running at (http:\/\/[^\s#]+)\S* \(data: [^)]+\))\n/m.exec(out);
      if (m) {
        ready = true;
        resolve({ child, url: m[2]!, line: m[1]!, output: () => out, exited });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then(({ code, signal }) => {
      if (!ready) reject(new Error(`pause serve exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}
