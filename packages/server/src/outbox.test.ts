/** The outbox through the API: hold, list, edit, delete, due on read, release re-check, expiry, erase. */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { openDatabase } from './db.js';
import { DAY_MS } from './outbox.js';
import { API, call, expectError, harness, type Harness } from './test/helpers.js';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2026-11-23T21:00:00Z');
});
afterEach(() => h.close());

const FLU = 'Flu clinic this Saturday, 9am to 1pm.';
const settings = (policy: Record<string, unknown> = {}) => ({ policy, profile: {}, timezone: 'Europe/London' });
const hold = (text: string, releaseAt: string, draft: Record<string, unknown> = {}) =>
  call(h.app, 'POST', `${API}/outbox`, { draft: { text, ...draft }, releaseAt });
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('holding a draft', () => {
  it('201 with the OutboxItem: the draft with defaults, the times, held, the assessment at hold time', async () => {
    const zone = (await call(h.app, 'GET', `${API}/settings`)).body.timezone;
    const res = await hold(FLU, '2026-11-24T08:00:00+00:00', { composedAt: '2026-11-23T21:00:00+00:00' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/outbox/${res.body.id}`);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      // A draft without a zone is stored in the settings' zone (the server's, by default).
      draft: {
        text: FLU,
        direction: 'outbound',
        channel: 'public-post',
        timeZone: zone,
        composedAt: '2026-11-23T21:00:00+00:00',
        recipients: [],
        thread: [],
        attachments: [],
      },
      releaseAt: '2026-11-24T08:00:00+00:00',
      createdAt: '2026-11-23T21:00:00.000Z',
      status: 'held',
      assessment: expect.objectContaining({ verdict: 'post' }),
    });
    expect(res.body).not.toHaveProperty('recheck');
    expect((await call(h.app, 'GET', `${API}/outbox/${res.body.id}`)).body).toEqual(res.body);
  });

  it('lists newest release first, and filters by status', async () => {
    const a = (await hold('first', '2026-11-24T08:00:00Z')).body.id;
    const b = (await hold('second', '2026-11-25T08:00:00Z')).body.id;
    const c = (await hold('third', '2026-11-23T22:00:00Z')).body.id;
    const all = await call(h.app, 'GET', `${API}/outbox`);
    expect(all.status).toBe(200);
    expect(ids(all.body.items)).toEqual([b, a, c]);
    h.clock.set('2026-11-23T22:30:00Z');
    expect(ids((await call(h.app, 'GET', `${API}/outbox?status=due`)).body.items)).toEqual([c]);
    expect(ids((await call(h.app, 'GET', `${API}/outbox?status=held`)).body.items)).toEqual([b, a]);
    expect((await call(h.app, 'GET', `${API}/outbox?status=released`)).body.items).toEqual([]);
  });

  it('PATCH changes the release time or the draft (checked again), and DELETE removes it', async () => {
    const item = (await hold(FLU, '2026-11-24T08:00:00Z')).body;
    const moved = await call(h.app, 'PATCH', `${API}/outbox/${item.id}`, { releaseAt: '2026-11-24T09:30:00+00:00' });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ ...item, releaseAt: '2026-11-24T09:30:00+00:00' });

    const edited = await call(h.app, 'PATCH', `${API}/outbox/${item.id}`, {
      draft: { text: 'The new rota is run by an idiot.' },
    });
    expect(edited.body.draft.text).toBe('The new rota is run by an idiot.');
    expect(edited.body.assessment.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('content.insult');
    expect(edited.body.releaseAt).toBe('2026-11-24T09:30:00+00:00');

    expect((await call(h.app, 'DELETE', `${API}/outbox/${item.id}`)).status).toBe(204);
    expectError(await call(h.app, 'GET', `${API}/outbox/${item.id}`), 404, 'not_found');
  });
});

describe('release', () => {
  it('an item becomes due when its time passes: re-checked on read with the settings of that moment', async () => {
    const item = (await hold(FLU, '2026-11-23T22:15:00+00:00')).body;
    expect(item.assessment.verdict).toBe('post');
    // Quiet hours changed while it was held: the re-check at 22:20 uses the new ones.
    await call(h.app, 'PUT', `${API}/settings`, settings({ quietHours: { start: '22:00', end: '07:00' } }));
    h.clock.set('2026-11-23T22:14:59Z');
    expect((await call(h.app, 'GET', `${API}/outbox/${item.id}`)).body.status).toBe('held');
    h.clock.set('2026-11-23T22:20:00Z');
    const due = (await call(h.app, 'GET', `${API}/outbox/${item.id}`)).body;
    expect(due.status).toBe('due');
    expect(due.assessment).toEqual(item.assessment);
    expect(due.recheck.advice.action).toBe('defer');
    expect(due.recheck.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('behaviour.unusual-hour');
  });

  it('POST /release re-checks now with current settings and marks it released', async () => {
    const item = (await hold('The new rota is run by an idiot.', '2026-11-24T08:00:00Z')).body;
    expect(item.assessment.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('content.insult');
    await call(h.app, 'PUT', `${API}/settings`, settings({ allow: { 'content.insult': ['idiot'] } }));
    h.clock.set('2026-11-23T21:30:00Z');
    const res = await call(h.app, 'POST', `${API}/outbox/${item.id}/release`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('released');
    expect(res.body.recheck.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('content.insult');
    expect(res.body.assessment).toEqual(item.assessment);
    // Released means sent: it is no longer due, and cannot be edited.
    h.clock.set('2026-11-24T09:00:00Z');
    expect((await call(h.app, 'GET', `${API}/outbox/${item.id}`)).body.status).toBe('released');
    expectError(
      await call(h.app, 'PATCH', `${API}/outbox/${item.id}`, { releaseAt: '2026-11-25T08:00:00Z' }),
      409,
      'conflict',
      /released/,
    );
  });

  it('the re-check reads the time of release, not the time of writing', async () => {
    const item = (await hold(FLU, '2026-11-24T08:00:00Z', { composedAt: '2026-11-23T14:00:00+00:00' })).body;
    expect(item.assessment.advice.action).toBe('post');
    h.clock.set('2026-11-24T02:00:00Z');
    const res = await call(h.app, 'POST', `${API}/outbox/${item.id}/release`);
    expect(res.body.recheck.advice.action).toBe('defer');
  });

  it('moving a due item to a later time holds it again and drops the re-check', async () => {
    const item = (await hold(FLU, '2026-11-23T21:10:00Z')).body;
    h.clock.set('2026-11-23T21:20:00Z');
    expect((await call(h.app, 'GET', `${API}/outbox/${item.id}`)).body.status).toBe('due');
    const res = await call(h.app, 'PATCH', `${API}/outbox/${item.id}`, { releaseAt: '2026-11-24T08:00:00Z' });
    expect(res.body.status).toBe('held');
    expect(res.body).not.toHaveProperty('recheck');
  });
});

describe('timers', () => {
  it('without any read, the timer marks due items and the daily purge deletes expired ones', async () => {
    await h.close();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      h = harness({}, undefined, '2026-11-23T21:00:00Z');
      const id = (await hold(FLU, '2026-11-23T21:05:00Z')).body.id;
      const statusOnDisk = () => {
        const db = openDatabase(h.dir);
        try {
          return (db.prepare('SELECT status FROM outbox WHERE id = ?').get(id) as { status: string } | undefined)
            ?.status;
        } finally {
          db.close();
        }
      };
      h.clock.set('2026-11-23T21:06:00Z');
      expect(statusOnDisk()).toBe('held');
      vi.advanceTimersByTime(15_000);
      expect(statusOnDisk()).toBe('due');

      h.clock.set('2026-12-23T21:05:01Z');
      vi.advanceTimersByTime(DAY_MS);
      expect(statusOnDisk()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('expiry and erasure', () => {
  it('items are deleted 30 days after their release time, at start', async () => {
    const old = (await hold('old', '2026-11-23T22:00:00Z')).body.id;
    const recent = (await hold('recent', '2026-12-20T08:00:00Z')).body.id;
    await h.app.close();
    const later = harness({}, h.dir, '2026-12-23T22:00:01Z');
    // The purge runs when the server is created, before any request.
    const items = (await call(later.app, 'GET', `${API}/outbox`)).body.items;
    expect(ids(items)).toEqual([recent]);
    expect(ids(items)).not.toContain(old);
    await later.app.close();
    h = harness();
  });

  it('a shorter retention is honoured', async () => {
    await h.app.close();
    const short = harness({ retentionDays: 1 }, h.dir, '2026-11-23T21:00:00Z');
    const id = (
      await call(short.app, 'POST', `${API}/outbox`, { draft: { text: 'x' }, releaseAt: '2026-11-23T22:00:00Z' })
    ).body.id;
    await short.app.close();
    const next = harness({ retentionDays: 1 }, h.dir, '2026-11-24T22:00:01Z');
    expectError(await call(next.app, 'GET', `${API}/outbox/${id}`), 404, 'not_found');
    await next.app.close();
    h = harness();
  });

  it('DELETE /data erases the outbox, the settings and the audits in one step', async () => {
    await hold(FLU, '2026-11-24T08:00:00Z');
    await call(h.app, 'PUT', `${API}/settings`, settings({ sensitivity: 'strict' }));
    const upload = await h.app.inject({
      method: 'POST',
      url: `${API}/audits?filename=${encodeURIComponent('WhatsApp Chat with Ann.txt')}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: '02/06/2024, 09:00 - Dr Sam: Flu clinic on Saturday.\n',
    });
    expect(upload.statusCode).toBe(202);

    const res = await call(h.app, 'DELETE', `${API}/data`);
    expect(res.status).toBe(204);
    expect((await call(h.app, 'GET', `${API}/outbox`)).body.items).toEqual([]);
    expect((await call(h.app, 'GET', `${API}/settings`)).body.policy.sensitivity).toBe('standard');
    expect((await call(h.app, 'GET', `${API}/audits`)).body.items).toEqual([]);
  });
});

describe('retrying a create with an Idempotency-Key', () => {
  const body = { draft: { text: FLU }, releaseAt: '2026-11-24T08:00:00+00:00' };
  const create = (key?: string) =>
    call(h.app, 'POST', `${API}/outbox`, body, key === undefined ? {} : { 'idempotency-key': key });

  it('the same key gives back the item made the first time: one item, 200, marked replayed', async () => {
    const first = await create('7c0e5d1a-2b9f-4b61-9a34-4f1c2d3e4f50');
    const again = await create('7c0e5d1a-2b9f-4b61-9a34-4f1c2d3e4f50');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect((await call(h.app, 'GET', `${API}/outbox`)).body.items).toHaveLength(1);
  });

  it('different keys, or none, make separate items', async () => {
    await create('key-a');
    await create('key-b');
    await create();
    await create();
    expect((await call(h.app, 'GET', `${API}/outbox`)).body.items).toHaveLength(4);
  });

  it('a key that is empty, too long or not printable is a 400', async () => {
    for (const key of ['', 'x'.repeat(201), 'has space']) {
      const res = await create(key);
      expect(res.status, JSON.stringify(key)).toBe(400);
      expect(res.body.error.message).toMatch(/Idempotency-Key header must be 1 to 200 printable characters/);
    }
    expect((await call(h.app, 'GET', `${API}/outbox`)).body.items).toHaveLength(0);
  });

  it('keys survive a restart: the retry after a crash still finds the item', async () => {
    const first = await create('after-crash');
    const dir = h.dir;
    await h.app.close();
    h = harness({}, dir);
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const again = await create('after-crash');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('listing the outbox a page at a time', () => {
  it('pages of 100 by default, newest release first, with a cursor to the next page: every item once', async () => {
    for (let i = 0; i < 230; i++) {
      const minute = String(i % 60).padStart(2, '0');
      const hour = String(8 + Math.floor(i / 60)).padStart(2, '0');
      await hold(`${FLU} ${i}`, `2026-11-24T${hour}:${minute}:00+00:00`);
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const res = await call(h.app, 'GET', `${API}/outbox${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      sizes.push(res.body.items.length);
      seen.push(...ids(res.body.items));
      const times = res.body.items.map((x: { releaseAt: string }) => Date.parse(x.releaseAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      cursor = res.body.next;
    } while (cursor);
    expect(sizes).toEqual([100, 100, 30]);
    expect(new Set(seen).size).toBe(230);
  });

  it('?limit= asks for fewer; a page that ends the list has no cursor', async () => {
    for (let i = 0; i < 5; i++) await hold(`${FLU} ${i}`, `2026-11-24T0${i}:00:00+00:00`);
    const first = await call(h.app, 'GET', `${API}/outbox?limit=2`);
    expect(first.body.items).toHaveLength(2);
    const rest = await call(h.app, 'GET', `${API}/outbox?limit=10&cursor=${encodeURIComponent(first.body.next)}`);
    expect(rest.body.items).toHaveLength(3);
    expect(rest.body.next).toBeUndefined();
    expect([...ids(first.body.items), ...ids(rest.body.items)]).toHaveLength(5);
  });

  it('a draft held between pages neither repeats nor hides the others', async () => {
    for (let i = 0; i < 4; i++) await hold(`${FLU} ${i}`, `2026-11-24T0${i + 1}:00:00+00:00`);
    const first = await call(h.app, 'GET', `${API}/outbox?limit=2`);
    await hold('A late addition.', '2026-11-24T09:00:00+00:00'); // sorts before the first page
    const rest = await call(h.app, 'GET', `${API}/outbox?limit=10&cursor=${encodeURIComponent(first.body.next)}`);
    const all = [...ids(first.body.items), ...ids(rest.body.items)];
    expect(new Set(all).size).toBe(4);
  });

  it('a bad limit or a cursor this server did not give out is a 400', async () => {
    expectError(
      await call(h.app, 'GET', `${API}/outbox?limit=501`),
      400,
      'bad_request',
      /query\.limit must be at most 500/,
    );
    expect((await call(h.app, 'GET', `${API}/outbox?limit=0`)).status).toBe(400);
    expectError(
      await call(h.app, 'GET', `${API}/outbox?cursor=not-a-cursor`),
      400,
      'bad_request',
      /query\.cursor is not a cursor this server gave out/,
    );
  });
});
