import { describe, expect, it } from 'vitest';
import { DraftError, MAX_TEXT_LENGTH, isValidTimeZone, parseDraft, parseTime } from './draft.js';

/** The DraftError thrown by parsing `input`. */
function errorOf(input: unknown, options?: { now?: string }): DraftError {
  try {
    parseDraft(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(DraftError);
    return e as DraftError;
  }
  throw new Error('parseDraft accepted the input');
}

describe('parseDraft: defaults (rules.md)', () => {
  it('fills in direction, channel, time zone and empty lists, and nothing else', () => {
    expect(parseDraft({ text: 'Flu clinic on Saturday.' })).toEqual({
      text: 'Flu clinic on Saturday.',
      direction: 'outbound',
      channel: 'public-post',
      timeZone: 'Europe/London',
      recipients: [],
      thread: [],
      attachments: [],
    });
  });

  it('has no composedAt unless the draft or options.now gives one (the engine never reads the clock)', () => {
    expect(parseDraft({ text: 'x' }).composedAt).toBeUndefined();
    expect(parseDraft({ text: 'x' }, {}).composedAt).toBeUndefined();
    expect(parseDraft({ text: 'x' }, { now: '2026-11-23T02:14:00+00:00' }).composedAt).toBe(
      '2026-11-23T02:14:00+00:00',
    );
    expect(
      parseDraft({ text: 'x', composedAt: '2026-11-23T09:00:00Z' }, { now: '2026-11-23T02:14:00+00:00' }).composedAt,
    ).toBe('2026-11-23T09:00:00Z');
  });

  it('names options.now when it is malformed', () => {
    expect(errorOf({ text: 'x' }, { now: 'yesterday' }).field).toBe('now');
  });

  it('keeps every valid field as given', () => {
    const input = {
      text: 'Thanks, see you Monday.',
      direction: 'inbound',
      channel: 'direct-message',
      platform: 'whatsapp',
      composedAt: '2026-07-01T23:30:00+01:00',
      timeZone: 'America/New_York',
      recipients: [{ name: 'Joan Smith', isPatient: true }, { name: 'Sam' }],
      thread: [
        { author: 'Joan Smith', text: 'Can I ask something?', at: '2026-07-01T23:20:00+01:00' },
        { author: 'me', text: 'Yes' },
      ],
      author: {
        name: 'Dr A Khan',
        role: 'gp',
        titles: ['GP', 'MRCGP'],
        specialistRegister: false,
        declaredInterests: ['Director, SkinWell Clinic Ltd'],
        practiceNames: ['Riverside Surgery'],
      },
      mood: 'tired',
      attachments: [{ kind: 'image', name: 'x.jpg', hasLocation: true, width: 10 }],
    };
    expect(parseDraft(input)).toEqual(input);
  });

  it('drops unknown top-level fields', () => {
    expect(parseDraft({ text: 'x', colour: 'blue' })).not.toHaveProperty('colour');
  });

  it('accepts empty text', () => {
    expect(parseDraft({ text: '' }).text).toBe('');
  });

  it('accepts text of exactly MAX_TEXT_LENGTH characters', () => {
    expect(parseDraft({ text: 'a'.repeat(MAX_TEXT_LENGTH) }).text.length).toBe(MAX_TEXT_LENGTH);
  });

  it('accepts every channel, platform, direction and mood of rules.md', () => {
    for (const channel of ['public-post', 'reply', 'group-chat', 'direct-message', 'email', 'comment'])
      expect(parseDraft({ text: '', channel }).channel).toBe(channel);
    for (const platform of [
      'x',
      'bluesky',
      'threads',
      'mastodon',
      'facebook',
      'instagram',
      'linkedin',
      'tiktok',
      'youtube',
      'whatsapp',
      'signal',
      'telegram',
      'slack',
      'teams',
      'email',
      'blog',
      'other',
    ]) {
      expect(parseDraft({ text: '', platform }).platform).toBe(platform);
    }
    for (const direction of ['outbound', 'inbound'])
      expect(parseDraft({ text: '', direction }).direction).toBe(direction);
    for (const mood of ['calm', 'upset', 'angry', 'tired']) expect(parseDraft({ text: '', mood }).mood).toBe(mood);
  });

  it('accepts ISO times with Z, ±HH:MM, ±HHMM, seconds and fractions', () => {
    for (const t of [
      '2026-11-23T02:14Z',
      '2026-11-23T02:14:00Z',
      '2026-11-23T02:14:00.123Z',
      '2026-11-23T02:14:00+05:30',
      '2026-11-23T02:14:00-0800',
    ]) {
      expect(parseDraft({ text: '', composedAt: t }).composedAt).toBe(t);
    }
  });
});

describe('parseDraft: errors name the field', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'Flu clinic on Saturday.'],
    ['a number', 42],
    ['undefined', undefined],
    ['a boolean', true],
  ])('rejects %s as the draft', (_, input) => {
    const e = errorOf(input);
    expect(e.field).toBe('draft');
    expect(e.name).toBe('DraftError');
    expect(e.message).toMatch(/^draft: must be a JSON object/);
  });

  it('rejects missing text', () => {
    const e = errorOf({ channel: 'reply' });
    expect(e.field).toBe('text');
    expect(e.message).toBe('text: must be a string; got nothing');
  });

  it.each([
    [42, 'a number'],
    [null, 'null'],
    [['a'], 'an array'],
    [{ body: 'x' }, 'an object'],
    [true, 'a boolean'],
  ])('rejects text %j', (text, got) => {
    const e = errorOf({ text });
    expect(e.field).toBe('text');
    expect(e.message).toContain(`got ${got}`);
  });

  it('rejects text over MAX_TEXT_LENGTH, without echoing the text', () => {
    const e = errorOf({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) });
    expect(e.field).toBe('text');
    expect(e.message).toMatch(/too long/);
    expect(e.message).not.toContain('aaaa');
    expect(errorOf({ text: 'b'.repeat(1024 * 1024) }).field).toBe('text');
  });

  it.each([
    ['channel', 'tweet'],
    ['channel', 'Public-Post'],
    ['platform', 'myspace'],
    ['direction', 'sideways'],
    ['mood', 'furious'],
    ['channel', 3],
    ['mood', null],
  ])('rejects an unknown %s %j and lists the allowed values', (field, value) => {
    const e = errorOf({ text: 'x', [field]: value });
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/must be one of/);
  });

  it('lists the allowed channels in the message, and never repeats what was sent', () => {
    expect(errorOf({ text: 'x', channel: 'tweet' }).message).toBe(
      'channel: must be one of public-post, reply, group-chat, direct-message, email, comment; got a string of 5 characters',
    );
    // A draft pasted into the wrong field does not come back in the error.
    for (const field of ['channel', 'composedAt', 'timeZone', 'platform', 'mood', 'direction']) {
      const message = errorOf({ text: 'x', [field]: 'Mrs Joan Smith, DOB 01/02/1950, has cancer' }).message;
      expect(message).not.toMatch(/Joan|Smith|cancer|1950/);
    }
  });

  it.each([
    '2026-02-30T10:00:00Z',
    '2025-02-29T10:00:00+00:00',
    '2026-04-31T10:00:00Z',
    '2026-11-23T24:00:00Z',
    '2026-11-23T10:60:00Z',
  ])('refuses %s, a date or time that does not exist (Date.parse would roll it over)', (composedAt) => {
    expect(errorOf({ text: 'x', composedAt }).message).toBe(
      'composedAt: is not a real date and time (a day past the end of its month, or an hour past 23)',
    );
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDraft({ text: 'x', composedAt: '2024-02-29T10:00:00Z' }).composedAt).toBe('2024-02-29T10:00:00Z');
  });

  it('accepts the attachment kinds the edges send, in any case, and refuses others', () => {
    for (const kind of ['image', 'Photo', 'screenshot', 'video', 'file', 'audio', 'link'])
      expect(parseDraft({ text: 'x', attachments: [{ kind }] }).attachments[0]?.kind).toBe(kind);
    expect(errorOf({ text: 'x', attachments: [{ kind: 'x' }] }).message).toMatch(
      /^attachments\[0\]\.kind: must be one of image, photo, .*; got a string of 1 character$/,
    );
  });

  it.each([
    '2026-11-23T02:14:00', // no offset
    '2026-11-23 02:14:00+00:00', // space, not T
    '2026-11-23',
    'yesterday',
    '',
    '2026-13-01T00:00:00Z', // month 13
    '2026-11-23T25:00:00Z', // hour 25
    'x'.repeat(100),
  ])('rejects composedAt %j', (composedAt) => {
    const e = errorOf({ text: 'x', composedAt });
    expect(e.field).toBe('composedAt');
  });

  it('rejects a non-string composedAt', () => {
    expect(errorOf({ text: 'x', composedAt: 1763864040000 }).field).toBe('composedAt');
  });

  it.each(['Mars/Olympus', 'London', '', 'Europe/Londres', 42])('rejects timeZone %j', (timeZone) => {
    expect(errorOf({ text: 'x', timeZone }).field).toBe('timeZone');
  });

  it('rejects bad recipients with nested field names', () => {
    expect(errorOf({ text: 'x', recipients: { name: 'Joan' } }).field).toBe('recipients');
    expect(errorOf({ text: 'x', recipients: ['Joan'] }).field).toBe('recipients[0]');
    expect(errorOf({ text: 'x', recipients: [{ name: 'A' }, {}] }).field).toBe('recipients[1].name');
    expect(errorOf({ text: 'x', recipients: [{ name: 'A', isPatient: 'yes' }] }).field).toBe('recipients[0].isPatient');
    expect(errorOf({ text: 'x', recipients: Array.from({ length: 101 }, () => ({ name: 'A' })) }).field).toBe(
      'recipients',
    );
  });

  it('rejects bad thread messages with nested field names', () => {
    const ok = { author: 'me', text: 'hello' };
    expect(errorOf({ text: 'x', thread: 'hello' }).field).toBe('thread');
    expect(errorOf({ text: 'x', thread: [ok, ok, { author: 'me', text: 7 }] }).field).toBe('thread[2].text');
    expect(errorOf({ text: 'x', thread: [ok, { text: 'hi' }] }).field).toBe('thread[1].author');
    expect(errorOf({ text: 'x', thread: [{ ...ok, at: 'last night' }] }).field).toBe('thread[0].at');
    expect(errorOf({ text: 'x', thread: [null] }).field).toBe('thread[0]');
    expect(errorOf({ text: 'x', thread: Array.from({ length: 501 }, () => ok) }).field).toBe('thread');
    expect(parseDraft({ text: 'x', thread: Array.from({ length: 500 }, () => ok) }).thread).toHaveLength(500);
  });

  it('rejects bad author profiles with nested field names', () => {
    expect(errorOf({ text: 'x', author: 'Dr Khan' }).field).toBe('author');
    expect(errorOf({ text: 'x', author: { name: 5 } }).field).toBe('author.name');
    expect(errorOf({ text: 'x', author: { titles: 'GP' } }).field).toBe('author.titles');
    expect(errorOf({ text: 'x', author: { titles: ['GP', 1] } }).field).toBe('author.titles[1]');
    expect(errorOf({ text: 'x', author: { specialistRegister: 'no' } }).field).toBe('author.specialistRegister');
    expect(errorOf({ text: 'x', author: { declaredInterests: [null] } }).field).toBe('author.declaredInterests[0]');
    expect(errorOf({ text: 'x', author: { practiceNames: [{}] } }).field).toBe('author.practiceNames[0]');
  });

  it('rejects bad attachments with nested field names', () => {
    expect(errorOf({ text: 'x', attachments: { kind: 'image' } }).field).toBe('attachments');
    expect(errorOf({ text: 'x', attachments: ['x.jpg'] }).field).toBe('attachments[0]');
    expect(errorOf({ text: 'x', attachments: [{ kind: 'image' }, { name: 'y.jpg' }] }).field).toBe(
      'attachments[1].kind',
    );
    expect(errorOf({ text: 'x', attachments: [{ kind: 'image', name: 3 }] }).field).toBe('attachments[0].name');
    expect(errorOf({ text: 'x', attachments: [{ kind: 'image', hasLocation: 'yes' }] }).field).toBe(
      'attachments[0].hasLocation',
    );
  });

  it('reports the first bad field in a draft with several', () => {
    expect(errorOf({ text: 1, channel: 'tweet' }).field).toBe('text');
  });

  it('does not echo a long bad value in full', () => {
    const e = errorOf({ text: 'x', channel: 'c'.repeat(500) });
    expect(e.message.length).toBeLessThan(200);
  });
});

describe('parseTime and isValidTimeZone', () => {
  it('returns the time unchanged when valid', () => {
    expect(parseTime('at', '2026-03-29T01:30:00+01:00')).toBe('2026-03-29T01:30:00+01:00');
    expect(() => parseTime('at', '2026-03-29T01:30:00')).toThrow(DraftError);
  });

  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Nowhere/Special')).toBe(false);
  });
});
