/** Audits through the API: upload an export, follow it to the end, fetch its reports, delete it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './db.js';
import { REPORT_CSP } from './web.js';
import { API, call, chatExport, expectError, harness, type Harness } from './test/helpers.js';

const CHAT = [
  '01/06/2024, 23:30 - Ann Reid: Are you on call tonight?',
  '01/06/2024, 23:31 - Dr Sam: Yes. The new locum is an absolute idiot and I am fuming',
  '02/06/2024, 09:00 - Dr Sam: Flu clinic on Saturday 9am to 1pm.',
  '',
].join('\n');
const CHAT_NAME = 'WhatsApp Chat with Ann Reid.txt';
/** A public WhatsApp sample (MIT, see its SOURCE.md), when the shared evaluation data is present. */
const SAMPLE = '/work/shared/eval/archive_samples/whatsapp/pustur_short-chat.txt';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.close());

function upload(filename: string, body: string | Buffer | PassThrough, query = '') {
  return h.app.inject({
    method: 'POST',
    url: `${API}/audits?filename=${encodeURIComponent(filename)}${query}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: body,
  });
}

/** Polls the status as a client would, until the audit is no longer running. */
async function finished(id: string) {
  return vi.waitFor(
    async () => {
      const res = await call(h.app, 'GET', `${API}/audits/${id}`);
      expect(res.status).toBe(200);
      if (res.body.status === 'running') throw new Error('still running');
      return res.body;
    },
    { timeout: 15_000, interval: 20 },
  );
}

const uploadsLeft = () => (existsSync(join(h.dir, 'uploads')) ? readdirSync(join(h.dir, 'uploads')) : []);

describe('an audit of a WhatsApp export', () => {
  it('202 with an id, runs to done, reports in HTML (with its CSP) and JSON, upload deleted', async () => {
    const res = await upload(CHAT_NAME, CHAT, '&me=Dr%20Sam&tz=Europe/London');
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.location).toBe(`/api/v1/audits/${id}`);

    const done = await finished(id);
    expect(done).toEqual({
      id,
      filename: CHAT_NAME,
      status: 'done',
      createdAt: '2026-11-23T14:00:00.000Z',
      progress: { items: 3, itemsPerSecond: expect.any(Number), bytesTotal: Buffer.byteLength(CHAT) },
      summary: {
        items: 3,
        flagged: expect.any(Number),
        byCategory: expect.objectContaining({ content: expect.any(Number) }),
        mine: 2,
        others: [{ author: 'Ann Reid', items: 1 }],
      },
    });
    expect(done.summary.flagged).toBeGreaterThanOrEqual(1);
    expect((await call(h.app, 'GET', `${API}/audits`)).body.items).toEqual([done]);

    const html = await h.app.inject({ url: `${API}/audits/${id}/report` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toBe(REPORT_CSP);
    expect(html.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(html.body).toMatch(/^<!DOCTYPE html>/);
    expect(html.body).toContain('Pause archive audit');
    expect(html.body).toContain(CHAT_NAME);

    const json = await call(h.app, 'GET', `${API}/audits/${id}/report.json`);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.body).toMatchObject({ items: 3, mine: 2, timeZone: 'Europe/London' });
    expect(json.body.top[0].text).toContain('idiot');

    // Every finding as a CSV row, offered as a download.
    const csv = await h.app.inject({ url: `${API}/audits/${id}/report.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="pause-audit-${id}.csv"`);
    const rows = csv.body.trim().split(/\r?\n/);
    expect(rows[0]).toBe('date,platform,id,url,rule,severity,excerpt,message');
    expect(rows.some((r) => r.includes('content.insult') && r.includes('idiot'))).toBe(true);

    expect(uploadsLeft()).toEqual([]);
    expect(readdirSync(join(h.dir, 'audits', id)).sort()).toEqual(['report.csv', 'report.html', 'report.json']);
  });

  it('since= skips earlier items', async () => {
    const { id } = (await upload(CHAT_NAME, CHAT, '&since=2024-06-02&tz=Europe/London')).json();
    expect((await finished(id)).summary.items).toBe(1);
  });

  it.skipIf(!existsSync(SAMPLE))('a public WhatsApp sample runs to done', async () => {
    const { id } = (await upload('WhatsApp Chat with Pustur.txt', readFileSync(SAMPLE))).json();
    const done = await finished(id);
    expect(done.status).toBe('done');
    expect(done.summary.items).toBeGreaterThan(0);
  });

  it('DELETE removes the audit and its reports', async () => {
    const { id } = (await upload(CHAT_NAME, CHAT)).json();
    await finished(id);
    expect((await call(h.app, 'DELETE', `${API}/audits/${id}`)).status).toBe(204);
    expectError(await call(h.app, 'GET', `${API}/audits/${id}`), 404, 'not_found');
    expectError(await call(h.app, 'GET', `${API}/audits/${id}/report`), 404, 'not_found');
    expect(existsSync(join(h.dir, 'audits', id))).toBe(false);
  });
});

describe('an audit in progress', () => {
  /** Uploads a large export and resolves once its thread has reported progress. */
  async function running() {
    const { id } = (await upload(CHAT_NAME, chatExport(150_000), '&me=Dr%20Sam')).json();
    await vi.waitFor(
      async () => {
        const { body } = await call(h.app, 'GET', `${API}/audits/${id}`);
        expect(body).toMatchObject({ status: 'running', progress: { items: expect.any(Number) } });
        expect(body.progress.items).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 10 },
    );
    return id as string;
  }

  it('leaves the API free: checks are answered while it runs on its own thread', async () => {
    const id = await running();
    for (const text of ['Flu clinic on Saturday.', 'The locum is an absolute idiot.']) {
      const res = await call(h.app, 'POST', `${API}/check`, { text });
      expect(res.status).toBe(200);
      expect(res.body).toHaveProperty('verdict');
    }
    expect((await call(h.app, 'GET', `${API}/audits/${id}`)).body.status).toBe('running');
    await call(h.app, 'DELETE', `${API}/audits/${id}`);
  });

  it('DELETE stops it: the thread lets go of the upload, which is removed, and no report appears', async () => {
    const id = await running();
    expect((await call(h.app, 'DELETE', `${API}/audits/${id}`)).status).toBe(204);
    await vi.waitFor(() => expect(uploadsLeft()).toEqual([]), { timeout: 10_000, interval: 10 });
    expect(existsSync(join(h.dir, 'audits', id))).toBe(false);
    expect((await call(h.app, 'GET', `${API}/audits`)).body.items).toEqual([]);
    // Free for the next one.
    expect((await upload(CHAT_NAME, CHAT)).statusCode).toBe(202);
  });

  it('closing the server stops it and waits for its thread; the next start says it was cut short', async () => {
    const id = await running();
    await h.app.close();
    expect(uploadsLeft()).toEqual([]);
    const again = harness({}, h.dir);
    expect((await call(again.app, 'GET', `${API}/audits/${id}`)).body).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/server was stopped during this audit/),
    });
    await again.app.close();
  });
});

describe('audits that cannot run', () => {
  it("a file that is not an export: failed, with the importer's message naming the file as uploaded", async () => {
    const { id } = (
      await upload('holiday.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))
    ).json();
    const failed = await finished(id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^holiday\.png: .*not an export this tool can read\. Supported formats: /);
    expect(failed.error).not.toContain(h.dir);
    expect(failed).not.toHaveProperty('summary');
    expectError(await call(h.app, 'GET', `${API}/audits/${id}/report`), 404, 'not_found', /failed: it has no report/);
    expect(uploadsLeft()).toEqual([]);
  });

  it('a text file whose lines are not WhatsApp messages: failed, saying so', async () => {
    const { id } = (await upload('notes.txt', 'Shopping list\nmilk\neggs\n')).json();
    expect((await finished(id)).error).toMatch(
      /^notes\.txt: a text file, but its lines do not start with WhatsApp dates/,
    );
  });

  it('an empty body: 400', async () => {
    expectError(
      await call(h.app, 'POST', `${API}/audits?filename=a.txt`, '', { 'content-type': 'application/octet-stream' }),
      400,
      'bad_request',
      /empty/,
    );
  });

  it('over the size cap: 413, nothing kept', async () => {
    await h.close();
    h = harness({ maxUploadBytes: 1000 });
    const res = await upload(CHAT_NAME, 'x'.repeat(5000));
    expectError(
      { status: res.statusCode, headers: res.headers, body: res.json(), text: res.body },
      413,
      'payload_too_large',
      /limit for uploads/,
    );
    expect(uploadsLeft()).toEqual([]);
    expect((await call(h.app, 'GET', `${API}/audits`)).body.items).toEqual([]);

    // A streamed body with no Content-Length is cut off at the cap too.
    const stream = new PassThrough();
    const pending = upload(CHAT_NAME, stream);
    for (let i = 0; i < 10; i++) stream.write('y'.repeat(500));
    stream.end();
    expect((await pending).statusCode).toBe(413);
    expect(uploadsLeft()).toEqual([]);
  });

  it('while running, the status says how many bytes of the export have been read', async () => {
    const body = chatExport(30_000);
    const { id } = (await upload(CHAT_NAME, body)).json();
    const seen: Array<{ bytesRead?: number; bytesTotal?: number }> = [];
    await vi.waitFor(
      async () => {
        const res = await call(h.app, 'GET', `${API}/audits/${id}`);
        if (res.body.status === 'running') {
          seen.push(res.body.progress);
          throw new Error('still running');
        }
      },
      { timeout: 30_000, interval: 5 },
    );
    const reading = seen.filter((p) => (p.bytesRead ?? 0) > 0);
    expect(reading.length).toBeGreaterThan(0);
    for (const p of reading) expect(p.bytesRead).toBeLessThanOrEqual(Buffer.byteLength(body));
    for (let i = 1; i < reading.length; i++)
      expect(reading[i]!.bytesRead).toBeGreaterThanOrEqual(reading[i - 1]!.bytesRead!);
  });

  it('one audit at a time: a second upload while the first is in progress gets 409', async () => {
    const slow = new PassThrough();
    const first = upload(CHAT_NAME, slow);
    slow.write(CHAT.slice(0, 20));
    await vi.waitFor(() => expect(uploadsLeft()).toHaveLength(1), { timeout: 5000, interval: 5 });
    expectError(
      await call(h.app, 'POST', `${API}/audits?filename=b.txt`, 'x', { 'content-type': 'application/octet-stream' }),
      409,
      'conflict',
      /another audit is running/,
    );
    slow.end(CHAT.slice(20));
    const { id } = (await first).json();
    expect((await finished(id)).status).toBe('done');
    // Free again once it is done.
    expect((await upload(CHAT_NAME, CHAT)).statusCode).toBe(202);
  });

  it('a run cut short by a stopped server is marked failed on the next start', async () => {
    const dir = h.dir;
    await h.app.close();
    const db = openDatabase(dir);
    db.prepare(
      "INSERT INTO audits (id, filename, status, created_at) VALUES ('cut-short', 'big.zip', 'running', '2026-11-23T13:00:00Z')",
    ).run();
    db.close();
    const again = harness({}, dir);
    const res = await call(again.app, 'GET', `${API}/audits/cut-short`);
    expect(res.body).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/server stopped before this audit finished/),
    });
    await again.app.close();
    h = harness();
  });
});
