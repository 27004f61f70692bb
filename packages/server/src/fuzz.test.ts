/**
 * Property-based check of the API over HTTP (fast-check, fixed seed, bounded runs): the server started
 * in-process on 127.0.0.1, sent requests of any shape (every route and method, ids and queries of any kind,
 * unknown paths; bodies that are drafts and settings with fields of the wrong type, unknown fields, deep
 * nesting, huge strings, broken JSON, other media types; forged Host, Origin and Sec-Fetch-Site). Whatever
 * comes, it never answers 500, its /api errors have the documented shape with the status their code names,
 * and no error repeats a value from the body or the headers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoes, stringValues } from '../../../test/echo.js';
import { DRAFT } from '../../core/test/drafts.js';
import { ERROR_CODES, type ErrorCode, STATUS } from './errors.js';
import { API, harness, type Harness, tempDir } from './test/helpers.js';

const RELEASE = '2026-11-24T08:00:00+00:00';
interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The values sent (body strings, header values) that no error may repeat. */
  values: string[];
}

interface Answer {
  status: number;
  type: string;
  text: string;
}

const TOKEN = 'fuzz-token-0123456789abcdef';

/** The server under test (one at a time: each describe starts its own). */
let h: Harness;
let token: string | undefined;
let port = 0;
let heldId = '';
let web: ReturnType<typeof tempDir>;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(() => {
  // A stand-in web build, so that paths outside /api reach the static file server as they do in use.
  web = tempDir('pause-fuzz-web-');
  mkdirSync(join(web.path, 'assets'));
  writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>Pause</title>');
  writeFileSync(join(web.path, 'assets', 'app.js'), '');
});
afterAll(() => {
  agent.destroy();
  web.remove();
});

async function start(withToken: string | undefined): Promise<void> {
  token = withToken;
  h = harness({ host: '127.0.0.1', port: 0, webRoot: web.path, ...(token ? { token } : {}) });
  port = Number(new URL(await h.app.start()).port);
  const held = await send({
    method: 'POST',
    path: `${API}/outbox`,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ draft: { text: 'Flu clinic on Saturday.' }, releaseAt: RELEASE }),
    values: [],
  });
  heldId = (JSON.parse(held.text) as { id: string }).id;
}

function send(req: Sent): Promise<Answer> {
  // A body goes with its length, as clients send it (Node sends a GET's body unframed otherwise).
  const length = req.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(req.body)) };
  return new Promise((resolve, reject) => {
    const r = httpRequest(
      { host: '127.0.0.1', port, agent, method: req.method, path: req.path, headers: { ...req.headers, ...length } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text }));
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Printable text a header may carry, never a line break. */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
/** Any text in a path, percent-encoded as a client would send it. */
const pathText = fc
  .string({ unit: 'binary', maxLength: 30 })
  .map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '')));

/** Stands for an array nested `depth` deep, written into the JSON text (too deep for JSON.stringify). */
const DEEP = '\u0000deep';
const deepValue = fc.constant(DEEP);

/** JSON values of any type and size, some too deep to walk by recursion. */
const anyValue = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  // over the engine's limit: how long a draft within it takes is the engine's own test
  { weight: 1, arbitrary: fc.integer({ min: 100_001, max: 150_000 }).map((n) => 'Mrs Jones bed 4 '.repeat(n / 16)) },
  { weight: 2, arbitrary: deepValue },
);
const FIELDS = ['text', 'channel', 'composedAt', 'timeZone', 'recipients', 'thread', 'author', 'mood', 'platform'];
/** A draft, sometimes with one field of any value, an unknown field, or an attachment holding anything. */
const draft = fc.oneof(
  DRAFT.map((d): Record<string, unknown> => d),
  fc
    .tuple(DRAFT, fc.constantFrom(...FIELDS, 'unknownField'), anyValue)
    .map(([d, key, value]) => ({ ...d, [key]: value })),
  fc
    .tuple(DRAFT, fc.oneof(anyValue, deepValue))
    .map(([d, value]) => ({ ...d, attachments: [{ kind: 'image', name: 'a.jpg', extra: value }] })),
);
/** Mostly an outbox body of the right shape (so the draft is checked and stored), sometimes anything. */
const outboxBody = fc.oneof(
  { weight: 3, arbitrary: fc.record({ draft, releaseAt: fc.constant(RELEASE) }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { draft, releaseAt: fc.oneof(fc.constant(RELEASE), fc.constant('2026-02-30T08:00:00Z'), anyValue) },
      { requiredKeys: [] },
    ),
  },
);
const settingsBody = fc.record(
  {
    policy: fc.oneof(
      fc.constant({}),
      fc.dictionary(fc.constantFrom('severity', 'allow', 'quietHours', 'sensitivity', 'x'), anyValue),
    ),
    profile: fc.oneof(fc.constant({}), fc.dictionary(fc.constantFrom('name', 'role', 'titles', 'x'), anyValue)),
    timezone: fc.oneof(fc.constant('Europe/London'), anyValue),
  },
  { requiredKeys: [] },
);
const anyObject = fc.dictionary(fc.string({ maxLength: 20 }), anyValue);

/** A JSON body as text, DEEP written out as nesting deeper than recursion can walk (about 5,000 levels). */
const json = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc
    .tuple(value, fc.integer({ min: 1_000, max: 30_000 }))
    .map(([v, depth]) =>
      JSON.stringify(v).replaceAll(JSON.stringify(DEEP), `${'['.repeat(depth)}${']'.repeat(depth)}`),
    );
/** Not JSON at all, or no body. */
const junk = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constant(undefined));

/** The API's routes, with the body each takes; `ID` is filled in below. */
const ENDPOINTS: [method: string, route: string, body: fc.Arbitrary<string | undefined>][] = [
  ['POST', '/check', fc.oneof(json(draft), json(anyObject), junk)],
  ['GET', '/settings', junk],
  ['PUT', '/settings', fc.oneof(json(settingsBody), json(anyObject), junk)],
  ['GET', '/outbox', junk],
  ['POST', '/outbox', fc.oneof(json(outboxBody), json(anyObject), junk)],
  ['GET', '/outbox/ID', junk],
  ['PATCH', '/outbox/ID', fc.oneof(json(outboxBody), json(anyObject), junk)],
  ['DELETE', '/outbox/ID', junk],
  ['POST', '/outbox/ID/release', junk],
  ['POST', '/audits', junk],
  ['GET', '/audits', junk],
  ['GET', '/audits/ID', junk],
  ['GET', '/audits/ID/report', junk],
  ['GET', '/audits/ID/report.json', junk],
  ['GET', '/audits/ID/report.csv', junk],
  ['DELETE', '/audits/ID', junk],
  ['GET', '/health', junk],
  ['DELETE', '/data', junk],
];
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constant('HELD') },
  { weight: 1, arbitrary: pathText },
  { weight: 1, arbitrary: fc.constantFrom('%00', '..', '%2e%2e', 'x'.repeat(101), '%ZZ', '%c0%af') },
);
const query = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  fc
    .array(fc.tuple(fc.constantFrom('status', 'limit', 'cursor', 'filename', 'since', 'tz', 'me', 'x'), pathText), {
      maxLength: 3,
    })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);
/** A route and its method (or any method, any path), and a body for it (or any body). */
const target = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .oneof(...ENDPOINTS.map((e) => ({ weight: e[0] === 'GET' ? 1 : 3, arbitrary: fc.constant(e) })))
      .chain(([method, route, body]) => fc.record({ method: fc.constant(method), route: fc.constant(route), body })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
      route: fc.oneof(
        fc.constantFrom(...ENDPOINTS.map(([, route]) => route)),
        pathText.map((p) => `/${p}`),
      ),
      body: fc.oneof(json(anyObject), junk),
    }),
  },
);
const prefix = fc.oneof(
  { weight: 8, arbitrary: fc.constant(API) },
  { weight: 1, arbitrary: fc.constantFrom('/api', '', '/api/v1/..', '//api/v1', '/assets', '/index.html') },
);
/** A route's path with an id, a query and a prefix (mostly the API's own). */
const path = fc.tuple(id, query, prefix).map(
  ([i, q, before]) =>
    (route: string) =>
      `${before}${route.replace('ID', i)}${q}`,
);

const request: fc.Arbitrary<Sent> = fc
  .record({
    target,
    path,
    // Mostly the type the route takes (AUTO), sometimes another.
    type: fc.oneof(
      { weight: 6, arbitrary: fc.constant('AUTO') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'application/json; charset=utf-8',
          'application/octet-stream',
          'text/plain',
          'multipart/form-data',
          'application/x-www-form-urlencoded',
          'x',
          '',
        ),
      },
    ),
    host: fc.oneof(
      { weight: 16, arbitrary: fc.constant('SELF') },
      { weight: 1, arbitrary: fc.constant('localhost') },
      { weight: 1, arbitrary: headerText },
    ),
    // Mostly what a script sends (no Origin, no Sec-Fetch-Site), so that most requests reach their route.
    origin: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.oneof(fc.constant('SELF'), fc.constant('null'), headerText) },
    ),
    site: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('same-origin', 'none', 'cross-site', 'same-site') },
    ),
    // With a token, mostly the right one (so that requests reach their route), sometimes another or none.
    auth: fc.oneof(
      { weight: 6, arbitrary: fc.constant('TOKEN') },
      { weight: 1, arbitrary: headerText.map((t) => `Bearer ${t}`) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    extra: fc.dictionary(fc.constantFrom('idempotency-key', 'accept', 'x-forwarded-host', 'cookie'), headerText, {
      maxKeys: 3,
    }),
  })
  .map(({ target: { method, route, body }, path, type, host, origin, site, auth, extra }) => {
    const self = `127.0.0.1:${port}`;
    const headers: Record<string, string> = { ...extra, host: host === 'SELF' ? self : host };
    const auto = body === undefined ? '' : route === '/audits' ? 'application/octet-stream' : 'application/json';
    const contentType = type === 'AUTO' ? auto : type;
    if (contentType) headers['content-type'] = contentType;
    if (origin !== undefined) headers.origin = origin === 'SELF' ? `http://${self}` : origin;
    if (site !== undefined) headers['sec-fetch-site'] = site;
    if (auth !== undefined) headers.authorization = auth === 'TOKEN' ? `Bearer ${token}` : auth;
    // Compared by their first 2,000 characters: the long values generated here repeat one phrase, and
    // searching all 100 KB of them for every error made the test slow.
    const sent = [...Object.values(extra), host, origin ?? '', headers.authorization ?? ''];
    const values = [...sent, ...(body === undefined ? [] : stringValues(body))].map((v) => v.slice(0, 2_000));
    return {
      method,
      path: path(route).replace('HELD', heldId),
      headers,
      values,
      ...(body === undefined ? {} : { body }),
    };
  });

describe.each([
  ['on loopback without a token', undefined],
  ['with an access token', TOKEN],
])('the API %s, on requests of any shape', (_name, withToken) => {
  beforeAll(() => start(withToken));
  afterAll(() => h.close());

  it('never answers 500; /api errors have the documented shape and repeat nothing that was sent', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const answer = await send(req);
        // Later requests name the latest held draft, so edits and releases reach one that exists.
        if (answer.status === 201 && req.path.startsWith(`${API}/outbox`))
          heldId = (JSON.parse(answer.text) as { id: string }).id;
        expect(answer.status).toBeLessThan(500);
        const api = /^\/api(?:[/?]|$)/.test(req.path);
        if (answer.status < 400 || !(api || answer.type.startsWith('application/json'))) return;
        expect(answer.type).toMatch(/^application\/json/);
        const { error, ...rest } = JSON.parse(answer.text) as { error: Record<string, unknown> };
        expect(rest).toEqual({});
        expect(Object.keys(error).filter((k) => !['code', 'message', 'field'].includes(k))).toEqual([]);
        expect(ERROR_CODES).toContain(error.code);
        expect(STATUS[error.code as ErrorCode]).toBe(answer.status);
        expect(typeof error.message).toBe('string');
        if (error.field !== undefined) expect(typeof error.field).toBe('string');
        expect(echoes(error.message as string, req.values)).toBe(false);
      }),
      { seed: 20261209, numRuns: 600 },
    );
  }, 120_000);
});
