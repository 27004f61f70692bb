/** Settings round-trip, and the stored settings feeding POST /check. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API, call, harness, type Harness } from './test/helpers.js';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.close());

const FLU = 'Flu clinic this Saturday, 9am to 1pm.';
const PATIENT_ASKS = 'Hi Doc, sorry to message you here. Is it OK to take ibuprofen with my blood pressure tablets?';

const settings = (over: Record<string, unknown> = {}) => ({
  policy: {},
  profile: {},
  timezone: 'Europe/London',
  ...over,
});

describe('GET /health', () => {
  it('answers ok and the version', async () => {
    const res = await call(h.app, 'GET', `${API}/health`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('settings', () => {
  it("defaults before anything is stored, in the UK's time zone whatever the server's own", async () => {
    const res = await call(h.app, 'GET', `${API}/settings`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      policy: { severity: {}, allow: {}, quietHours: { start: '23:00', end: '06:00' }, sensitivity: 'standard' },
      profile: {},
      timezone: 'Europe/London',
      holdDefaults: { lateHour: '08:00', emotionMinutes: 60 },
    });
  });

  it('PUT stores the whole object (defaults filled in), GET gives it back, and it survives a restart', async () => {
    const body = settings({
      policy: {
        quietHours: { start: '22:00', end: '07:00' },
        allow: { 'content.insult': ['idiot'] },
        severity: { 'behaviour.unusual-hour': 'stop' },
      },
      profile: {
        name: 'Dr Sam Patel',
        titles: ['Dr'],
        specialistRegister: false,
        declaredInterests: ['Acme Pharma'],
        practiceNames: ['Elm Tree Surgery'],
      },
      timezone: 'Europe/Dublin',
      holdDefaults: { lateHour: '07:30', emotionMinutes: 30 },
    });
    const put = await call(h.app, 'PUT', `${API}/settings`, body);
    expect(put.status).toBe(200);
    const expected = { ...body, policy: { ...body.policy, sensitivity: 'standard' } };
    expect(put.body).toEqual(expected);
    expect((await call(h.app, 'GET', `${API}/settings`)).body).toEqual(expected);

    await h.app.close();
    const again = harness({}, h.dir);
    try {
      expect((await call(again.app, 'GET', `${API}/settings`)).body).toEqual(expected);
    } finally {
      await again.app.close();
    }
    h = harness();
  });

  it('PUT without holdDefaults gets the defaults', async () => {
    const res = await call(h.app, 'PUT', `${API}/settings`, settings());
    expect(res.body.holdDefaults).toEqual({ lateHour: '08:00', emotionMinutes: 60 });
  });
});

describe('POST /check with the stored settings', () => {
  it('a clean draft: post, the Assessment shape of rules.md', async () => {
    const res = await call(h.app, 'POST', `${API}/check`, { text: FLU, composedAt: '2026-11-23T14:00:00+00:00' });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['advice', 'findings', 'readers', 'rewrite', 'verdict']);
    expect(res.body.verdict).toBe('post');
    expect(res.body.rewrite).toBe(FLU);
  });

  it('an allow-list silences the finding it names', async () => {
    const draft = { text: 'The new rota is run by an idiot.', composedAt: '2026-11-23T14:00:00+00:00' };
    const before = await call(h.app, 'POST', `${API}/check`, draft);
    expect(before.body.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('content.insult');

    await call(h.app, 'PUT', `${API}/settings`, settings({ policy: { allow: { 'content.insult': ['idiot'] } } }));
    const after = await call(h.app, 'POST', `${API}/check`, draft);
    expect(after.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('content.insult');
  });

  it('quiet hours: a draft at 22:30 passes by default and is deferred to the morning once quiet hours start at 22:00', async () => {
    const draft = { text: FLU, composedAt: '2026-11-23T22:30:00+00:00' };
    expect((await call(h.app, 'POST', `${API}/check`, draft)).body.advice.action).toBe('post');
    await call(h.app, 'PUT', `${API}/settings`, settings({ policy: { quietHours: { start: '22:00', end: '07:00' } } }));
    const late = (await call(h.app, 'POST', `${API}/check`, draft)).body;
    expect(late.advice.action).toBe('defer');
    expect(late.advice.deferUntil).toBe('2026-11-24T08:00:00+00:00');
    expect(late.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('behaviour.unusual-hour');
  });

  it('without composedAt, the server clock is the time of writing', async () => {
    await call(h.app, 'PUT', `${API}/settings`, settings());
    h.clock.set('2026-11-24T02:10:00Z');
    expect((await call(h.app, 'POST', `${API}/check`, { text: FLU })).body.advice.action).toBe('defer');
    h.clock.set('2026-11-24T10:10:00Z');
    expect((await call(h.app, 'POST', `${API}/check`, { text: FLU })).body.advice.action).toBe('post');
  });

  it('without a timeZone, the draft is read in the settings time zone', async () => {
    // 22:30 UTC is 07:30 in Tokyo: outside quiet hours there, inside them in London with 22:00–07:00.
    await call(
      h.app,
      'PUT',
      `${API}/settings`,
      settings({ policy: { quietHours: { start: '22:00', end: '07:00' } }, timezone: 'Asia/Tokyo' }),
    );
    expect(
      (await call(h.app, 'POST', `${API}/check`, { text: FLU, composedAt: '2026-11-23T22:30:00Z' })).body.advice.action,
    ).toBe('post');
    const london = await call(h.app, 'POST', `${API}/check`, {
      text: FLU,
      composedAt: '2026-11-23T22:30:00Z',
      timeZone: 'Europe/London',
    });
    expect(london.body.advice.action).toBe('defer');
  });

  it('the profile stands in for a missing author, and a draft author wins over it', async () => {
    const inbound = { text: PATIENT_ASKS, direction: 'inbound', channel: 'direct-message' };
    const plain = (await call(h.app, 'POST', `${API}/check`, inbound)).body;
    expect(plain.advice.action).toBe('redirect');
    expect(plain.advice.reply).toContain('your GP practice');

    await call(h.app, 'PUT', `${API}/settings`, settings({ profile: { practiceNames: ['Elm Tree Surgery'] } }));
    expect((await call(h.app, 'POST', `${API}/check`, inbound)).body.advice.reply).toContain('Elm Tree Surgery');
    const own = await call(h.app, 'POST', `${API}/check`, {
      ...inbound,
      author: { practiceNames: ['Oak Lane Practice'] },
    });
    expect(own.body.advice.reply).toContain('Oak Lane Practice');
  });

  it('a severity set to off silences the rule', async () => {
    await call(h.app, 'PUT', `${API}/settings`, settings({ policy: { severity: { 'content.insult': 'off' } } }));
    const res = await call(h.app, 'POST', `${API}/check`, {
      text: 'The new rota is run by an idiot.',
      composedAt: '2026-11-23T14:00:00Z',
    });
    expect(res.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('content.insult');
  });
});
