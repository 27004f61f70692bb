/**
 * Every route's 4xx errors, in the contract's shape: `{ error: { code, message, field? } }` with a
 * message that names the field in plain English and never echoes what was sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, call, expectError, harness, type Harness } from './test/helpers.js';

let h: Harness;
let heldId = '';
const RELEASE = '2026-11-24T08:00:00+00:00';
const MARKER = 'zq-validation-marker-7731';

beforeAll(async () => {
  h = harness();
  const res = await call(h.app, 'POST', `${API}/outbox`, {
    draft: { text: 'Flu clinic on Saturday.' },
    releaseAt: RELEASE,
  });
  expect(res.status).toBe(201);
  heldId = res.body.id;
});
afterAll(() => h.close());

/** Every route that takes a JSON body. */
const jsonRoutes = () =>
  [
    ['POST', `${API}/check`],
    ['PUT', `${API}/settings`],
    ['POST', `${API}/outbox`],
    ['PATCH', `${API}/outbox/${heldId}`],
  ] as const;

describe('bodies every JSON route refuses', () => {
  it('invalid JSON: 400 bad_request, without quoting the body', async () => {
    for (const [method, url] of jsonRoutes()) {
      const res = await call(h.app, method, url, `{"text": "${MARKER}",`, { 'content-type': 'application/json' });
      expectError(res, 400, 'bad_request', /^the body is not valid JSON$/);
      expect(res.text).not.toContain(MARKER);
    }
  });

  it('a body nested more than 1,000 levels deep: 400 (a held draft with one answered 500, its storing overflowed)', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const draft = `{"text": "Flu clinic", "attachments": [{"kind": "image", "x": ${deep}}]}`;
    const bodies: [string, string, string][] = [
      ['POST', `${API}/outbox`, `{"draft": ${draft}, "releaseAt": "${RELEASE}"}`],
      ['POST', `${API}/check`, draft],
      ['PUT', `${API}/settings`, `{"policy": ${deep}, "profile": {}, "timezone": "Europe/London"}`],
    ];
    for (const [method, url, body] of bodies)
      expectError(
        await call(h.app, method, url, body, { 'content-type': 'application/json' }),
        400,
        'bad_request',
        /^the body nests JSON more than 1000 levels deep$/,
      );
  });

  it('a body over 1 MB: 413 payload_too_large', async () => {
    const big = JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 10) });
    for (const [method, url] of jsonRoutes())
      expectError(
        await call(h.app, method, url, big, { 'content-type': 'application/json' }),
        413,
        'payload_too_large',
      );
  });

  it('a body that is not JSON (text/plain, a form, octet-stream): 415 unsupported_media_type', async () => {
    for (const [method, url] of jsonRoutes()) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
        expectError(
          await call(h.app, method, url, 'text=hello', { 'content-type': type }),
          415,
          'unsupported_media_type',
          /application\/json/,
        );
      }
    }
  });

  it('no body, or JSON that is not an object: 400 naming the body', async () => {
    for (const [method, url] of jsonRoutes()) {
      expectError(await call(h.app, method, url), 400, 'bad_request', /^the body must be an object$/);
      expectError(
        await call(h.app, method, url, '[1, 2]', { 'content-type': 'application/json' }),
        400,
        'bad_request',
        /body/,
      );
      expectError(
        await call(h.app, method, url, '"text"', { 'content-type': 'application/json' }),
        400,
        'bad_request',
        /body/,
      );
    }
  });
});

describe('POST /check', () => {
  const cases: Array<[string, unknown, RegExp, string]> = [
    ['text missing', {}, /^body\.text must be a string; got nothing$/, 'text'],
    ['text a number', { text: 5 }, /^body\.text must be a string/, 'text'],
    ['unknown channel', { text: 'hi', channel: 'fax' }, /^body\.channel must be one of public-post,/, 'channel'],
    [
      'composedAt without an offset',
      { text: 'hi', composedAt: '2026-11-23T14:00' },
      /^body\.composedAt must be an ISO 8601 time with an offset/,
      'composedAt',
    ],
    [
      'a bad time zone',
      { text: 'hi', timeZone: 'Mars/Olympus' },
      /^body\.timeZone is not an IANA time zone/,
      'timeZone',
    ],
    ['recipients not a list', { text: 'hi', recipients: 'Ann' }, /^body\.recipients must be an array/, 'recipients'],
    [
      'a thread message without text',
      { text: 'hi', thread: [{ author: 'Ann' }] },
      /^body\.thread\[0\]\.text must be a string/,
      'thread[0].text',
    ],
    [
      'author titles not strings',
      { text: 'hi', author: { titles: [1] } },
      /^body\.author\.titles\[0\] must be a string/,
      'author.titles[0]',
    ],
    ['text too long', { text: 'a'.repeat(100_001) }, /^body\.text is too long/, 'text'],
    ['an unknown field', { text: 'hi', colour: 'blue' }, /^body\.colour is not a known field$/, 'colour'],
    [
      'an unknown author field',
      { text: 'hi', author: { name: 'Dr A', shoeSize: 9 } },
      /^body\.author\.shoeSize is not a known field$/,
      'author.shoeSize',
    ],
    [
      'a date that does not exist',
      { text: 'hi', composedAt: '2026-02-30T10:00:00Z' },
      /^body\.composedAt is not a real date and time/,
      'composedAt',
    ],
    [
      'an unknown attachment kind',
      { text: 'hi', attachments: [{ kind: 'x' }] },
      /^body\.attachments\[0\]\.kind must be one of image,/,
      'attachments[0].kind',
    ],
  ];
  it.each(cases)('%s: 400 naming the field', async (_name, body, message, field) => {
    expectError(await call(h.app, 'POST', `${API}/check`, body), 400, 'bad_request', message, field);
  });

  it('the draft text is never echoed in an error', async () => {
    const res = await call(h.app, 'POST', `${API}/check`, { text: MARKER, channel: 'fax' });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain(MARKER);
  });

  it('nothing sent in a bad field is echoed either', async () => {
    for (const field of ['channel', 'composedAt', 'timeZone', 'platform', 'mood']) {
      const res = await call(h.app, 'POST', `${API}/check`, { text: 'hi', [field]: MARKER });
      expect(res.status).toBe(400);
      expect(res.text).not.toContain(MARKER.slice(0, 12));
    }
  });
});

describe('PUT /settings', () => {
  const ok = { policy: {}, profile: {}, timezone: 'Europe/London' };
  const cases: Array<[string, unknown, RegExp, string | undefined]> = [
    ['policy missing', { profile: {}, timezone: 'Europe/London' }, /^body\.policy is required$/, 'policy'],
    ['profile missing', { policy: {}, timezone: 'Europe/London' }, /^body\.profile is required$/, 'profile'],
    ['timezone missing', { policy: {}, profile: {} }, /^body\.timezone is required$/, 'timezone'],
    ['policy a string', { ...ok, policy: 'strict' }, /^body\.policy must be an object$/, 'policy'],
    ['an unknown field', { ...ok, theme: 'dark' }, /^body\.theme is not a known field$/, 'theme'],
    [
      'quiet hours not a time',
      { ...ok, policy: { quietHours: { start: '25:00', end: '06:00' } } },
      /^body\.policy\.quietHours .*24-hour time/,
      'policy.quietHours',
    ],
    [
      'an unknown sensitivity',
      { ...ok, policy: { sensitivity: 'paranoid' } },
      /^body\.policy\.sensitivity must be one of relaxed, standard, strict$/,
      'policy.sensitivity',
    ],
    [
      'a bad severity',
      { ...ok, policy: { severity: { 'content.insult': 'loud' } } },
      /^body\.policy\.severity\.content\.insult must be info, caution, stop or off/,
      'policy.severity.content.insult',
    ],
    [
      'an empty allow phrase',
      { ...ok, policy: { allow: { 'content.insult': [''] } } },
      /^body\.policy\.allow\.content\.insult must be a list of non-empty phrases$/,
      'policy.allow.content.insult',
    ],
    [
      'profile name a number',
      { ...ok, profile: { name: 7 } },
      /^body\.profile\.name must be a string$/,
      'profile.name',
    ],
    [
      'specialistRegister not a boolean',
      { ...ok, profile: { specialistRegister: 'yes' } },
      /^body\.profile\.specialistRegister must be true or false$/,
      'profile.specialistRegister',
    ],
    [
      'declaredInterests a string',
      { ...ok, profile: { declaredInterests: 'Acme' } },
      /^body\.profile\.declaredInterests must be an array$/,
      'profile.declaredInterests',
    ],
    [
      'an unknown profile field',
      { ...ok, profile: { gmcNumber: '123' } },
      /^body\.profile\.gmcNumber is not a known field$/,
      'profile.gmcNumber',
    ],
    ['not a time zone', { ...ok, timezone: 'Mars/Olympus' }, /^body\.timezone is not an IANA time zone/, 'timezone'],
    ['an empty time zone', { ...ok, timezone: '' }, /^body\.timezone must not be empty$/, 'timezone'],
    [
      'lateHour not a time',
      { ...ok, holdDefaults: { lateHour: '8am', emotionMinutes: 60 } },
      /^body\.holdDefaults\.lateHour must be a 24-hour time such as 08:00$/,
      'holdDefaults.lateHour',
    ],
    [
      'emotionMinutes a string',
      { ...ok, holdDefaults: { lateHour: '08:00', emotionMinutes: '60' } },
      /^body\.holdDefaults\.emotionMinutes must be a whole number$/,
      'holdDefaults.emotionMinutes',
    ],
    [
      'emotionMinutes zero',
      { ...ok, holdDefaults: { lateHour: '08:00', emotionMinutes: 0 } },
      /^body\.holdDefaults\.emotionMinutes must be at least 1$/,
      'holdDefaults.emotionMinutes',
    ],
  ];
  it.each(cases)('%s: 400 naming the field', async (_name, body, message, field) => {
    expectError(await call(h.app, 'PUT', `${API}/settings`, body), 400, 'bad_request', message, field);
  });

  it('a refused PUT changes nothing', async () => {
    const before = (await call(h.app, 'GET', `${API}/settings`)).body;
    await call(h.app, 'PUT', `${API}/settings`, { ...ok, policy: { sensitivity: 'paranoid' } });
    expect((await call(h.app, 'GET', `${API}/settings`)).body).toEqual(before);
  });
});

describe('outbox', () => {
  const cases: Array<[string, unknown, RegExp, string]> = [
    ['draft missing', { releaseAt: RELEASE }, /^body\.draft is required$/, 'draft'],
    ['releaseAt missing', { draft: { text: 'hi' } }, /^body\.releaseAt is required$/, 'releaseAt'],
    ['draft a string', { draft: 'hi', releaseAt: RELEASE }, /^body\.draft must be an object$/, 'draft'],
    [
      'releaseAt a number',
      { draft: { text: 'hi' }, releaseAt: 1764000000 },
      /^body\.releaseAt must be a string$/,
      'releaseAt',
    ],
    [
      'releaseAt in words',
      { draft: { text: 'hi' }, releaseAt: 'tomorrow at 8' },
      /^body\.releaseAt must be an ISO 8601 time with an offset/,
      'releaseAt',
    ],
    [
      'releaseAt without an offset',
      { draft: { text: 'hi' }, releaseAt: '2026-11-24T08:00:00' },
      /^body\.releaseAt must be an ISO 8601 time with an offset/,
      'releaseAt',
    ],
    [
      'releaseAt an impossible date',
      { draft: { text: 'hi' }, releaseAt: '2026-13-45T08:00:00Z' },
      /^body\.releaseAt is not a real date and time$/,
      'releaseAt',
    ],
    [
      'draft text missing',
      { draft: {}, releaseAt: RELEASE },
      /^body\.draft\.text must be a string; got nothing$/,
      'draft.text',
    ],
    [
      'draft text a number',
      { draft: { text: 3 }, releaseAt: RELEASE },
      /^body\.draft\.text must be a string/,
      'draft.text',
    ],
    [
      'draft mood unknown',
      { draft: { text: 'hi', mood: 'livid' }, releaseAt: RELEASE },
      /^body\.draft\.mood must be one of calm, upset, angry, tired/,
      'draft.mood',
    ],
    [
      'an unknown field',
      { draft: { text: 'hi' }, releaseAt: RELEASE, sendNow: true },
      /^body\.sendNow is not a known field$/,
      'sendNow',
    ],
  ];
  it.each(cases)('POST %s: 400 naming the field', async (_name, body, message, field) => {
    expectError(await call(h.app, 'POST', `${API}/outbox`, body), 400, 'bad_request', message, field);
  });

  it('PATCH: an empty change, a bad draft or time, an unknown field', async () => {
    const url = `${API}/outbox/${heldId}`;
    expectError(await call(h.app, 'PATCH', url, {}), 400, 'bad_request', /body must not be empty/);
    expectError(
      await call(h.app, 'PATCH', url, { draft: { text: false } }),
      400,
      'bad_request',
      /^body\.draft\.text must be a string/,
      'draft.text',
    );
    expectError(
      await call(h.app, 'PATCH', url, { releaseAt: 'soon' }),
      400,
      'bad_request',
      /^body\.releaseAt must be an ISO 8601/,
      'releaseAt',
    );
    expectError(
      await call(h.app, 'PATCH', url, { status: 'released' }),
      400,
      'bad_request',
      /^body\.status is not a known field$/,
      'status',
    );
  });

  it('GET with an unknown status filter: 400 naming the query field', async () => {
    expectError(
      await call(h.app, 'GET', `${API}/outbox?status=lost`),
      400,
      'bad_request',
      /^query\.status must be one of held, due, released$/,
      'status',
    );
  });

  it('an unknown id: 404 not_found on every item route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expectError(await call(h.app, 'GET', `${API}/outbox/${id}`), 404, 'not_found', /no outbox item with id/);
    expectError(await call(h.app, 'PATCH', `${API}/outbox/${id}`, { releaseAt: RELEASE }), 404, 'not_found');
    expectError(await call(h.app, 'DELETE', `${API}/outbox/${id}`), 404, 'not_found');
    expectError(await call(h.app, 'POST', `${API}/outbox/${id}/release`), 404, 'not_found');
  });
});

describe('audits', () => {
  const upload = (
    query: string,
    headers: Record<string, string> = { 'content-type': 'application/octet-stream' },
    body = 'x',
  ) => call(h.app, 'POST', `${API}/audits${query}`, body, headers);

  it('filename missing, bad since, bad tz, unknown query field: 400 naming it', async () => {
    expectError(await upload(''), 400, 'bad_request', /^query\.filename is required$/, 'filename');
    expectError(await upload('?filename='), 400, 'bad_request', /^query\.filename must not be empty$/, 'filename');
    expectError(
      await upload('?filename=a.txt&since=last-week'),
      400,
      'bad_request',
      /^query\.since must be a date such as 2024-01-31$/,
      'since',
    );
    expectError(
      await upload('?filename=a.txt&since=2024-02-31'),
      400,
      'bad_request',
      /^query\.since is not a real date$/,
      'since',
    );
    expectError(
      await upload('?filename=a.txt&tz=Mars/Olympus'),
      400,
      'bad_request',
      /^query\.tz is not an IANA time zone/,
      'tz',
    );
    expectError(
      await upload('?filename=a.txt&format=x'),
      400,
      'bad_request',
      /^query\.format is not a known field$/,
      'format',
    );
  });

  it('a body that is not octet-stream: 415', async () => {
    expectError(
      await upload('?filename=a.json', { 'content-type': 'application/json' }, '{}'),
      415,
      'unsupported_media_type',
      /application\/octet-stream/,
    );
    expectError(await upload('?filename=a.txt', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it('an unknown id: 404 on status, reports and delete', async () => {
    for (const path of ['', '/report', '/report.json', '/report.csv'])
      expectError(await call(h.app, 'GET', `${API}/audits/nope${path}`), 404, 'not_found', /no audit with id "nope"/);
    expectError(await call(h.app, 'DELETE', `${API}/audits/nope`), 404, 'not_found');
  });
});

describe('anything else under /api', () => {
  it('an unknown route or method: 404 in the contract shape', async () => {
    expectError(
      await call(h.app, 'GET', `${API}/nothing-here`),
      404,
      'not_found',
      /no API route GET \/api\/v1\/nothing-here/,
    );
    expectError(await call(h.app, 'DELETE', `${API}/settings`), 404, 'not_found');
    expectError(await call(h.app, 'GET', '/api'), 404, 'not_found');
  });

  it('an id over 100 characters or a broken %-escape: 400 in the contract shape, the path not quoted', async () => {
    const long = MARKER.repeat(5);
    for (const url of [`${API}/outbox/${long}`, `${API}/audits/${long}/report`]) {
      const res = await call(h.app, 'GET', url);
      expectError(res, 400, 'bad_request', /^a part of the path is too long \(the limit is 100 characters\)$/);
      expect(res.text).not.toContain(MARKER);
    }
    expectError(await call(h.app, 'GET', `${API}/outbox/%ZZ`), 400, 'bad_request', /not a valid URL/);
  });

  it('an unknown query field on health: 400', async () => {
    expectError(
      await call(h.app, 'GET', `${API}/health?debug=1`),
      400,
      'bad_request',
      /^query\.debug is not a known field$/,
    );
  });
});
