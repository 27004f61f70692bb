import { createChecker, parseDraft } from '@pause/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraft, cleanProfile, EMPTY_FIELDS, fieldsOf } from './draft.ts';

beforeAll(() => {
  process.env.TZ = 'Europe/London';
});

const edge = { nowMs: Date.parse('2026-11-23T23:30:00Z'), timeZone: 'Europe/London' };

describe('buildDraft: the fields of the page as a Draft', () => {
  it("gives a minimal draft stamped now, with the browser's zone and offset", () => {
    expect(buildDraft({ ...EMPTY_FIELDS, text: 'Hello' }, edge)).toEqual({
      text: 'Hello',
      direction: 'outbound',
      channel: 'public-post',
      composedAt: '2026-11-23T23:30:00+00:00',
      timeZone: 'Europe/London',
    });
    // Summer time: the offset follows the instant.
    expect(
      buildDraft({ ...EMPTY_FIELDS, text: 'x' }, { ...edge, nowMs: Date.parse('2026-07-01T12:00:00Z') }).composedAt,
    ).toBe('2026-07-01T13:00:00+01:00');
  });

  it('carries the context: platform, channel, a patient recipient, mood, the pasted thread and the profile', () => {
    const d = buildDraft(
      {
        ...EMPTY_FIELDS,
        text: 'Thanks\r\nfor that',
        platform: 'whatsapp',
        channel: 'reply',
        toPatient: true,
        patientName: ' Joan Smith ',
        mood: 'angry',
        thread: 'Joan Smith: Can I double my dose?\nDr A Khan: Let me check',
      },
      {
        ...edge,
        profile: {
          name: 'Dr A Khan',
          titles: ['GP', ' '],
          declaredInterests: [],
          practiceNames: ['Riverside Surgery'],
        },
      },
    );
    expect(d).toMatchObject({
      text: 'Thanks\nfor that',
      platform: 'whatsapp',
      channel: 'reply',
      mood: 'angry',
      recipients: [{ name: 'Joan Smith', isPatient: true }],
      thread: [
        { author: 'Joan Smith', text: 'Can I double my dose?' },
        { author: 'me', text: 'Let me check' },
      ],
      author: { name: 'Dr A Khan', titles: ['GP'], practiceNames: ['Riverside Surgery'] },
    });
    expect(d.author).not.toHaveProperty('declaredInterests');
  });

  it('leaves a patient recipient unnamed when no name is given (no false "wrong recipient")', () => {
    const d = buildDraft(
      { ...EMPTY_FIELDS, text: 'Hi Margaret, your results are fine.', channel: 'direct-message', toPatient: true },
      edge,
    );
    expect(d.recipients).toEqual([{ name: '', isPatient: true }]);
    const ids = createChecker()
      .assess(d)
      .findings.map((f) => f.ruleId);
    expect(ids).toContain('boundaries.patient-dm');
    expect(ids).not.toContain('boundaries.wrong-recipient');
  });

  it('is always a Draft the engine accepts', () => {
    const d = buildDraft(
      { ...EMPTY_FIELDS, text: 'x', direction: 'inbound', channel: 'direct-message', thread: 'plain line' },
      edge,
    );
    expect(() => parseDraft(d)).not.toThrow();
    expect(parseDraft(d).thread).toEqual([{ author: 'them', text: 'plain line' }]);
  });

  it('drops an empty profile altogether', () => {
    expect(cleanProfile({ name: ' ', titles: [], practiceNames: [''] })).toBeUndefined();
    expect(buildDraft({ ...EMPTY_FIELDS, text: 'x' }, { ...edge, profile: {} })).not.toHaveProperty('author');
  });
});

describe('fieldsOf: a held draft reopened in Check', () => {
  it('gives back the fields it was built from, the pasted thread one message a line', () => {
    const fields = {
      ...EMPTY_FIELDS,
      text: 'Thanks for that',
      platform: 'whatsapp' as const,
      channel: 'reply' as const,
      toPatient: true,
      patientName: 'Joan Smith',
      mood: 'angry' as const,
      thread: 'Joan Smith: Can I double my dose?\nme: Let me check\nno name on this line',
    };
    expect(fieldsOf(buildDraft(fields, edge))).toEqual(fields);
    expect(fieldsOf(buildDraft({ ...EMPTY_FIELDS, text: 'Hello' }, edge))).toEqual({ ...EMPTY_FIELDS, text: 'Hello' });
  });
});
