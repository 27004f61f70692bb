/** DNS rebinding and cross-site writes: forged Host and Origin headers are refused, ordinary clients are not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostnameOf } from './origin.js';
import { API, call, harness, type Harness } from './test/helpers.js';

const draft = { text: 'Flu clinic on Saturday.', channel: 'public-post' };

describe('hostnameOf', () => {
  it.each([
    ['localhost:4711', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]:4711', '::1'],
    ['Pause.Example.', 'pause.example'],
  ])('%s → %s', (host, name) => {
    expect(hostnameOf(host)).toBe(name);
  });
  it.each([undefined, '', 'a b', 'host:port:1', '[zz]:1', 'x/y'])('%s is malformed', (host) => {
    expect(hostnameOf(host)).toBeUndefined();
  });
});

describe('on loopback, without a token', () => {
  let h: Harness;
  beforeAll(() => {
    h = harness({ allowedHosts: ['pause.lan'] });
  });
  afterAll(() => h.close());

  it('a forged Host (a rebound name) reads nothing: 421, and the name is not echoed', async () => {
    for (const host of ['anything.example:4711', 'evil.test', '192.168.1.5:4711']) {
      const r = await call(h.app, 'GET', `${API}/outbox`, undefined, { host });
      expect(r.status).toBe(421);
      expect(r.body.error.code).toBe('misdirected');
      expect(r.text).not.toContain(host.split(':')[0]);
    }
  });

  it('a forged Host with a matching Origin cannot erase the data', async () => {
    const r = await call(h.app, 'DELETE', `${API}/data`, undefined, {
      host: 'anything.example:4711',
      origin: 'http://anything.example:4711',
    });
    expect(r.status).toBe(421);
    const still = await call(h.app, 'GET', `${API}/health`);
    expect(still.status).toBe(200);
  });

  it('loopback names and configured names are served', async () => {
    for (const host of ['localhost:4711', '127.0.0.1:4711', '[::1]:4711', 'pause.lan:4711', 'PAUSE.LAN']) {
      const r = await call(h.app, 'GET', `${API}/health`, undefined, { host });
      expect(r.status).toBe(200);
    }
  });

  it('a write from another site is refused: 403', async () => {
    const cross = [
      { host: 'localhost:4711', origin: 'http://evil.test' },
      { host: 'localhost:4711', origin: 'http://localhost:9999' },
      { host: 'localhost:4711', origin: 'null' },
      { host: 'localhost:4711', 'sec-fetch-site': 'cross-site' },
      { host: 'localhost:4711', 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cross) {
      const r = await call(h.app, 'POST', `${API}/check`, draft, headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
  });

  it('a write from the web app itself, or from a client that is not a browser, goes through', async () => {
    const same = [
      { host: 'localhost:4711', origin: 'http://localhost:4711' },
      { host: 'localhost:4711', 'sec-fetch-site': 'same-origin', origin: 'http://localhost:4711' },
      { host: 'localhost:4711' }, // curl, the CLI, scripts: no Origin, no Sec-Fetch-Site
    ];
    for (const headers of same) {
      const r = await call(h.app, 'POST', `${API}/check`, draft, headers);
      expect(r.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('reads from another site are not blocked by the origin check (the browser keeps their answers from the page)', async () => {
    const r = await call(h.app, 'GET', `${API}/health`, undefined, { origin: 'http://evil.test' });
    expect(r.status).toBe(200);
  });
});

describe('with an access token', () => {
  let h: Harness;
  const token = 'a3f9c2e17b5d4e08';
  beforeAll(() => {
    h = harness({ host: '0.0.0.0', token });
  });
  afterAll(() => h.close());

  it('any Host is served, since every /api request must carry the token', async () => {
    const r = await call(h.app, 'GET', `${API}/health`, undefined, {
      host: 'gp-laptop.local:4711',
      authorization: `Bearer ${token}`,
    });
    expect(r.status).toBe(200);
    const without = await call(h.app, 'GET', `${API}/health`, undefined, { host: 'gp-laptop.local:4711' });
    expect(without.status).toBe(401);
  });

  it('writes from another site are still refused', async () => {
    const r = await call(h.app, 'POST', `${API}/check`, draft, {
      host: 'gp-laptop.local:4711',
      origin: 'http://evil.test',
      authorization: `Bearer ${token}`,
    });
    expect(r.status).toBe(403);
  });
});
