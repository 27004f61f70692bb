/** The human report with a hand-made Assessment: independent of the rules being written alongside. */
import { describe, expect, it } from 'vitest';
import type { Assessment, Draft, Finding } from '@pause/core';
import { renderAssessment } from './render.js';
import { closeIds } from './rules.js';
import { makeStyle, sanitise, visibleWidth, wrapSegments } from './term.js';
import { describeTime, resolveAt } from './time.js';

const draftOf = (text: string, extra: Partial<Draft> = {}): Draft => ({
  text,
  direction: 'outbound',
  channel: 'reply',
  composedAt: '2026-11-23T02:14:00+00:00',
  timeZone: 'Europe/London',
  recipients: [],
  thread: [],
  attachments: [],
  ...extra,
});

function finding(
  text: string,
  excerpt: string | undefined,
  severity: Finding['severity'],
  extra: Partial<Finding> = {},
): Finding {
  const start = excerpt === undefined ? undefined : text.indexOf(excerpt);
  return {
    ruleId: `fake.${severity}`,
    category: 'content',
    severity,
    message: `Reconsider this ${severity} finding, which a reader would object to.`,
    guidance: 'Content',
    readers: severity === 'info' ? [] : ['colleague', 'gmc'],
    suggestions: [],
    confidence: 0.9,
    ...(start === undefined ? {} : { start, end: start + (excerpt as string).length, excerpt }),
    ...extra,
  };
}

function assessment(findings: Finding[], extra: Partial<Assessment> = {}): Assessment {
  const objects = findings.some((f) => f.severity !== 'info');
  return {
    verdict: findings.some((f) => f.severity === 'stop') ? 'hold' : objects ? 'review' : 'post',
    findings,
    readers: {
      patient: 'fine',
      colleague: objects ? 'objects' : 'fine',
      employer: 'fine',
      'nhs-england': 'fine',
      gmc: objects ? 'objects' : 'fine',
      police: 'fine',
      judge: 'fine',
    },
    advice: {
      action: objects ? 'revise' : 'post',
      questions: objects ? ['Could I say this in a more professional way?'] : [],
    },
    rewrite: '',
    ...extra,
  };
}

const plain = { style: makeStyle(false), width: 80 };

describe('renderAssessment', () => {
  it('marks flagged words with a caret line in plain mode', () => {
    const text = 'Honestly Dr Rahman is a total idiot today.';
    const out = renderAssessment(
      draftOf(text),
      assessment([finding(text, 'total idiot', 'caution')], { rewrite: text }),
      plain,
    );
    const lines = out.split('\n');
    const at = lines.indexOf(`  ${text}`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`  ${' '.repeat(text.indexOf('total'))}${'^'.repeat('total idiot'.length)}`);
    expect(out).toMatch(/^\[REVIEW\] /);
    expect(out).toContain('CAUTION  fake.caution  "total idiot"');
    expect(out).toMatch(/✗ colleague +fake\.caution/);
    expect(out).toContain('✓ patient');
    expect(out).toContain('Revise it before sending');
    expect(out).not.toContain('Suggested rewrite');
    expect(out).not.toContain('\x1b');
  });

  it('underlines and colours in colour mode, and shows the rewrite when it differs', () => {
    const text = 'This is a bloody mess.';
    const f = finding(text, 'bloody', 'stop', { suggestions: [{ kind: 'replace', start: 10, end: 17, text: '' }] });
    const out = renderAssessment(draftOf(text), assessment([f], { rewrite: 'This is a mess.' }), {
      style: makeStyle(true),
      width: 80,
    });
    expect(out).toContain('\x1b[4m\x1b[31mbloody\x1b[39m\x1b[24m');
    expect(out).toContain('HOLD');
    expect(out).toContain('Fix: remove "bloody".');
    expect(out).toContain('This is a mess.');
  });

  it('keeps every line within the width and never prints control characters from the draft', () => {
    const text = `Evil \x1b[31mred\x1b[0m text \u202Ereversed ${'long words '.repeat(40)}`;
    const out = renderAssessment(
      draftOf(text),
      assessment([finding(text, 'red', 'caution'), finding(text, undefined, 'info')], { rewrite: text }),
      plain,
    );
    expect(out).not.toContain('\x1b');
    expect(out).not.toContain('\u202E');
    for (const line of out.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(80);
    expect(out).toContain('(whole draft)');
  });

  it('shows only the flagged lines of a long draft', () => {
    const text = Array.from({ length: 60 }, (_, i) => `Line ${i} of an ordinary note.`)
      .join('\n')
      .replace('Line 40 of', 'Line 40 idiot of');
    const out = renderAssessment(
      draftOf(text),
      assessment([finding(text, 'idiot', 'caution')], { rewrite: text }),
      plain,
    );
    expect(out).toContain('Line 40 idiot');
    expect(out).toContain('Line 39 of');
    expect(out).not.toContain('Line 10 of');
    expect(out).toContain('⋮');
  });

  it('describes a deferral in local words and shows the holding reply', () => {
    const text = 'Fine, whatever you say.';
    const a = assessment([finding(text, undefined, 'caution')], {
      advice: {
        action: 'defer',
        deferUntil: '2026-11-23T08:00:00+00:00',
        holdingReply: 'Thanks, I will come back to you.',
        questions: [],
      },
      rewrite: text,
    });
    const out = renderAssessment(draftOf(text), a, plain);
    expect(out).toContain('08:00 this morning');
    expect(out).toContain('"Thanks, I will come back to you."');
  });

  it('a clean draft is short: header and readers only', () => {
    const out = renderAssessment(
      draftOf('Flu clinic on Saturday.'),
      assessment([], { rewrite: 'Flu clinic on Saturday.' }),
      plain,
    );
    expect(out.trimEnd().split('\n').length).toBeLessThanOrEqual(6);
    expect(out).toMatch(/^\[POST\] Fine to send/);
  });
});

describe('helpers', () => {
  it('sanitise keeps length so offsets still apply', () => {
    const s = 'a\x1b[31mb\r\nc\td\u202Ee';
    expect(sanitise(s)).toHaveLength(s.length);
    expect(sanitise(s)).not.toMatch(/[\x1b\r\t\u202E]/);
  });
  it('wrapSegments covers the text and respects the width', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const segs = wrapSegments(text, 20);
    for (const s of segs) expect(s.end - s.start).toBeLessThanOrEqual(20);
    expect(segs.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });
  it('describeTime and resolveAt', () => {
    expect(describeTime('2026-11-24T08:00:00+00:00', 'Europe/London', '2026-11-23T23:30:00+00:00')).toBe(
      '08:00 tomorrow morning (Tuesday 24 November)',
    );
    expect(describeTime('2026-11-23T15:00:00+00:00', 'Europe/London', '2026-11-23T14:00:00+00:00')).toBe(
      '15:00 today (in about an hour)',
    );
    expect(resolveAt('2026-07-01T02:14', 'Europe/London', new Date())).toBe('2026-07-01T02:14:00+01:00');
    expect(resolveAt('2026-11-23T02:14:00Z', 'Europe/London', new Date())).toBe('2026-11-23T02:14:00Z');
  });
  it('closeIds suggests near rule ids', () => {
    const ids = ['content.profanity', 'content.insult', 'behaviour.spiral'];
    expect(closeIds('content.profanty', ids)).toEqual(['content.profanity']);
    expect(closeIds('spiral', ids)).toEqual(['behaviour.spiral']);
    expect(closeIds('zzzzzz', ids)).toEqual([]);
  });
});
