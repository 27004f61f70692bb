/** The access token: required off loopback, then demanded on every /api request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccess, isLoopback, StartupError, tokenMatches } from './auth.js';
import { createServer } from './server.js';
import { API, call, expectError, harness, tempDir, type Harness } from './test/helpers.js';

const TOKEN = 'a3f9c2e17b5d4e08';

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])(
    '%s is loopback',
    (host) => {
      expect(isLoopback(host)).toBe(true);
    },
  );
  it.each([
    '0.0.0.0',
    '::',
    '192.168.1.20',
    '10.0.0.1',
    'example.org',
    '128.0.0.1',
    '::ffff:10.0.0.1',
    'localhost.example.org',
  ])('%s is not', (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

describe('starting', () => {
  it('off loopback without a token: refused with a clear message, and nothing is created', () => {
    const dir = tempDir();
    try {
      for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
        expect(() => createServer({ dataDir: `${dir.path}/data`, host })).toThrow(StartupError);
        expect(() => checkAccess(host, undefined)).toThrow(
          new RegExp(
            `refusing to listen on ${host.replace(/\./g, '\\.')} without an access token.*--token or the PAUSE_TOKEN`,
          ),
        );
      }
      expect(() => createServer({ dataDir: `${dir.path}/data`, host: '0.0.0.0', token: 'short' })).toThrow(/too short/);
    } finally {
      dir.remove();
    }
  });

  it('on loopback no token is needed', async () => {
    const h = harness({ host: '127.0.0.1' });
    try {
      expect((await call(h.app, 'GET', `${API}/health`)).status).toBe(200);
      expect((await call(h.app, 'GET', `${API}/settings`)).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('compares in constant time whatever the lengths', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN, `${TOKEN}x`)).toBe(false);
    expect(tokenMatches(TOKEN, '')).toBe(false);
  });
});

describe('with a token', () => {
  let h: Harness;
  beforeAll(() => {
    h = harness({ host: '0.0.0.0', token: TOKEN });
  });
  afterAll(() => h.close());

  const routes: Array<[string, string, unknown?]> = [
    ['GET', `${API}/health`],
    ['POST', `${API}/check`, { text: 'hello' }],
    ['GET', `${API}/settings`],
    ['GET', `${API}/outbox`],
    ['GET', `${API}/audits`],
    ['DELETE', `${API}/data`],
    ['GET', `${API}/no-such-route`],
  ];

  it('every /api request without the header, or with a wrong token, gets 401', async () => {
    for (const [method, url, body] of routes) {
      const none = await call(h.app, method, url, body);
      expectError(none, 401, 'unauthorized', /needs an access token/);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      for (const auth of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `Basic ${TOKEN}`, TOKEN, 'Bearer']) {
        expectError(await call(h.app, method, url, body, { authorization: auth }), 401, 'unauthorized');
      }
    }
  });

  it('the right Bearer token: 200', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await call(h.app, 'GET', `${API}/health`, undefined, auth)).status).toBe(200);
    expect((await call(h.app, 'POST', `${API}/check`, { text: 'hello' }, auth)).status).toBe(200);
    expect((await call(h.app, 'GET', `${API}/outbox`, undefined, { authorization: `bearer ${TOKEN}` })).status).toBe(
      200,
    );
  });

  it('however the path is spelled (percent-encoded, trailing slash), an API route needs the token', async () => {
    for (const url of ['/%61pi/v1/settings', '/%61%70%69/v1/outbox', '/api/v1/settings/', `${API}/%73ettings`]) {
      expectError(await call(h.app, 'GET', url), 401, 'unauthorized');
    }
  });

  it('the 401 comes before the body is looked at', async () => {
    expectError(
      await call(h.app, 'POST', `${API}/check`, '{not json', { 'content-type': 'application/json' }),
      401,
      'unauthorized',
    );
  });

  it('the web app itself loads without the token (it reads it from #token=)', async () => {
    const res = await h.app.inject({ url: '/' });
    expect(res.statusCode).not.toBe(401);
  });
});
