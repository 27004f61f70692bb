/** Shared by the server tests: a data folder per test, a settable clock, and JSON requests through inject. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createServer, type PauseServer, type ServerOptions } from '../server.js';

export const API = '/api/v1';

export function tempDir(prefix = 'pause-server-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-23T14:00:00Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set(iso: string) {
      t = new Date(iso).getTime();
    },
    advance(ms: number) {
      t += ms;
    },
  };
}

export interface Harness {
  app: PauseServer;
  dir: string;
  clock: ReturnType<typeof testClock>;
  close(): Promise<void>;
}

/** A server on a fresh data folder (or `dir`) with a test clock starting at `start`; no web build unless given. */
export function harness(options: Partial<ServerOptions> = {}, dir?: string, start?: string): Harness {
  const tmp = dir ? undefined : tempDir();
  const dataDir = dir ?? tmp!.path;
  const clock = testClock(start);
  const app = createServer({
    dataDir,
    now: clock.now,
    webRoot: join(dataDir, 'no-web-build'),
    auditWorkers: 1,
    ...options,
  });
  return {
    app,
    dir: dataDir,
    clock,
    async close() {
      await app.close();
      tmp?.remove();
    },
  };
}

export interface JsonResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON body of any route by path.
  body: any;
  text: string;
}

/** One request; a body object is sent as JSON. */
export async function call(
  app: PauseServer,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers: {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  let parsed: unknown;
  try {
    parsed = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.statusCode, headers: res.headers, body: parsed, text: res.body };
}

/** An error in the contract's shape, with the given status and code; the message matches `message`. */
export function expectError(res: JsonResponse, status: number, code: string, message?: RegExp, field?: string): void {
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
  expect(Object.keys(res.body)).toEqual(['error']);
  expect(typeof res.body.error.message).toBe('string');
  if (message) expect(res.body.error.message).toMatch(message);
  if (field !== undefined) expect(res.body.error.field).toBe(field);
}

/** A WhatsApp export of `lines` ordinary messages between two people: long enough to watch an audit run. */
export function chatExport(lines: number): string {
  const text = Array.from(
    { length: lines },
    (_, i) =>
      `${String(1 + (i % 28)).padStart(2, '0')}/06/2024, ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} - ${i % 2 ? 'Ann Reid' : 'Dr Sam'}: Clinic note ${i}, all fine`,
  );
  return `${text.join('\n')}\n`;
}
