/**
 * The server as a real process (`pause serve`, built by vitest's globalSetup): the startup line, a
 * clean stop, the outbox surviving `kill -9` mid-write with no acknowledged draft lost, and no draft
 * text in anything it prints.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE } from './db.js';
import { tempDir } from './test/helpers.js';
import { serve, type Running } from './test/process.js';

const running: Running[] = [];
const dirs: Array<ReturnType<typeof tempDir>> = [];
function folder(): string {
  const d = tempDir('pause-proc-');
  dirs.push(d);
  return join(d.path, 'data');
}
async function start(dataDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Running> {
  const r = await serve(dataDir, args, env);
  running.push(r);
  return r;
}
afterEach(async () => {
  for (const r of running.splice(0)) {
    if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await r.exited;
  }
  for (const d of dirs.splice(0)) d.remove();
});

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('pause serve', () => {
  it('prints one line with the URL and the data folder, creates the folder private, and stops cleanly on SIGTERM and SIGINT', async () => {
    const dir = folder();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const r = await start(dir);
      expect(r.output()).toBe(`${r.line}\n`);
      expect(r.line).toMatch(
        new RegExp(
          `^Pause is running at http://127\\.0\\.0\\.1:\\d+/ \\(data: ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`,
        ),
      );
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      const health = await fetch(`${r.url}api/v1/health`);
      expect(await health.json()).toMatchObject({ ok: true });
      r.child.kill(signal);
      expect(await r.exited).toEqual({ code: 0, signal: null });
      // Closed cleanly: the write-ahead log was checkpointed and removed with the last connection.
      expect(existsSync(join(dir, `${DB_FILE}-wal`))).toBe(false);
    }
  });

  it('with a token, the URL carries it for the web app and the API demands it', async () => {
    const token = 'f0e1d2c3b4a59687';
    const r = await start(folder(), ['--host', '127.0.0.1'], { PAUSE_TOKEN: token });
    expect(r.line).toContain(`/#token=${token} (data: `);
    expect((await fetch(`${r.url}api/v1/health`)).status).toBe(401);
    expect((await fetch(`${r.url}api/v1/health`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('the outbox survives kill -9 mid-stream: every draft acknowledged with 201 is there after a restart', async () => {
    const dir = folder();
    const first = await start(dir);
    const total = 300;
    const killAfter = 60;
    const acknowledged: string[] = [];
    let killed = false;
    const posts = Array.from({ length: total }, async (_, i) => {
      try {
        const res = await fetch(
          `${first.url}api/v1/outbox`,
          json({ draft: { text: `Held draft number ${i}.` }, releaseAt: '2026-11-24T08:00:00+00:00' }),
        );
        if (res.status !== 201) return;
        const item = (await res.json()) as { id: string; draft: { text: string } };
        expect(item.draft.text).toBe(`Held draft number ${i}.`);
        acknowledged.push(item.id);
        if (acknowledged.length >= killAfter && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      } catch {
        // Cut off by the kill: never acknowledged, so it may or may not be stored.
      }
    });
    await Promise.all(posts);
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(killed).toBe(true);
    // The kill landed mid-stream: some requests never got their answer.
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
    expect(acknowledged.length).toBeLessThan(total);

    const db = new Database(join(dir, DB_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const second = await start(dir);
    // Every page of the outbox (100 a page): more than 100 may have been acknowledged before the kill landed.
    const stored = new Set<string>();
    let cursor: string | undefined;
    do {
      const res = await fetch(`${second.url}api/v1/outbox${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: Array<{ id: string }>; next?: string };
      for (const item of page.items) stored.add(item.id);
      cursor = page.next;
    } while (cursor);
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  }, 60_000);

  it('no draft text in its output, with request logging on', async () => {
    const marker = 'Zq7MarkerXylophone';
    const r = await start(folder(), ['--log']);
    const api = `${r.url}api/v1`;
    const draft = { text: `You absolute idiot ${marker}, NHS number 943 476 5919`, channel: 'reply', mood: 'angry' };
    expect((await fetch(`${api}/check`, json(draft))).status).toBe(200);
    const held = await fetch(`${api}/outbox`, json({ draft, releaseAt: '2026-11-24T08:00:00+00:00' }));
    expect(held.status).toBe(201);
    const { id } = (await held.json()) as { id: string };
    expect(
      (
        await fetch(`${api}/outbox/${id}`, {
          ...json({ draft: { ...draft, text: `${draft.text} again` } }),
          method: 'PATCH',
        })
      ).status,
    ).toBe(200);
    expect((await fetch(`${api}/outbox/${id}/release`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${api}/outbox`)).status).toBe(200);
    // Refused requests carrying the marker: bad JSON, a bad field value, a bad query, the share target's query.
    expect(
      (
        await fetch(`${api}/check`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"text": "${marker}"`,
        })
      ).status,
    ).toBe(400);
    expect((await fetch(`${api}/check`, json({ text: marker, channel: marker }))).status).toBe(400);
    expect((await fetch(`${api}/outbox?status=${marker}`)).status).toBe(400);
    expect(
      (await fetch(`${api}/check`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: marker })).status,
    ).toBe(415);
    await fetch(`${r.url}share?title=${marker}&text=${marker}`);
    const upload = await fetch(`${api}/audits?filename=${marker}.txt`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: `01/06/2024, 23:31 - Dr Sam: ${marker} is an idiot\n`,
    });
    expect(upload.status).toBe(202);
    // The audit runs in the real process too (worker threads where the machine has the cores).
    const { id: auditId } = (await upload.json()) as { id: string };
    const audit = await vi.waitFor(
      async () => {
        const status = (await (await fetch(`${api}/audits/${auditId}`)).json()) as {
          status: string;
          summary?: { flagged: number };
        };
        if (status.status === 'running') throw new Error('still running');
        return status;
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(audit).toMatchObject({ status: 'done', summary: { items: 1 } });

    r.child.kill('SIGTERM');
    expect((await r.exited).code).toBe(0);
    const output = r.output();
    // Logging was on: the requests are there, by method, path and status only.
    expect(output).toMatch(/POST \/api\/v1\/check 200 \d+ ms/);
    expect(output).toMatch(/GET \/share 200 \d+ ms/);
    expect(output).toMatch(/PATCH \/api\/v1\/outbox\/[0-9a-f-]{36} 200/);
    expect(output).not.toContain(marker);
    expect(output).not.toContain('943 476 5919');
    expect(output).not.toContain('idiot');
  });

  it('real HTTP limits: a JSON body over 1 MB and an upload over --max-upload get 413 with the error', async () => {
    const r = await start(folder(), ['--max-upload', '1']);
    const big = await fetch(`${r.url}api/v1/check`, json({ text: 'a'.repeat(1024 * 1024 + 100) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const upload = await fetch(`${r.url}api/v1/audits?filename=big.txt`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(2 * 1024 * 1024, 97),
    });
    expect(upload.status).toBe(413);
    expect(await upload.json()).toMatchObject({
      error: { code: 'payload_too_large', message: expect.stringMatching(/1 MB limit/) },
    });
  });

  it('a port already in use: exit 2 with one line saying so', async () => {
    const r = await start(folder());
    const port = new URL(r.url).port;
    const second = serve(folder(), ['--port', port]);
    await expect(second).rejects.toThrow(
      /exited \(2\) before it was ready:\npause: port \d+ is already in use on 127\.0\.0\.1 \(stop the other server, or choose another port/,
    );
  });
});
