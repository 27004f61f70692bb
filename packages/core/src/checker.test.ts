/**
 * The engine's shared layers through the public API: verdict, readers panel, advice, rewrite, policy
 * and input checking. The rules here are small fakes declared in this file, so these tests do not
 * depend on the real rules or their word lists.
 */
import { describe, expect, it } from 'vitest';
import { HOLDING_REPLY, QUESTIONS, redirectReply, urgentReply } from './advice.js';
import { createChecker } from './checker.js';
import { DraftError } from './draft.js';
import { inWindow } from './analysis/time.js';
import { minuteOfDay } from './policy.js';
import { readerReasons, readersPanel } from './readers.js';
import { applySuggestions } from './rewrite.js';
import { defineRule, type Rule, type RuleContext, type RuleHit } from './rule.js';
import type { Assessment, Category, Finding, Reader, Severity, Suggestion } from './types.js';

interface FakeOptions {
  severity?: Severity;
  readers?: Reader[];
  direction?: 'outbound' | 'inbound';
  confidence?: number;
  /** Replacement text for a replace suggestion on each hit. */
  replace?: string;
  advice?: string;
}

function fake(id: string, detect: (ctx: RuleContext) => RuleHit[], o: FakeOptions = {}): Rule {
  return defineRule({
    id,
    category: id.split('.')[0] as Category,
    severity: o.severity ?? 'caution',
    guidance: 'Content',
    readers: o.readers ?? ['colleague', 'gmc'],
    description: `Fake rule ${id} for the checker tests.`,
    rationale: 'Test only.',
    ...(o.direction ? { direction: o.direction } : {}),
    examples: { flagged: [], clean: [] },
    detect,
  });
}

/** A rule that reports every token whose normalised form is one of `words`. */
function wordRule(id: string, words: string[], o: FakeOptions = {}): Rule {
  const set = new Set(words);
  return fake(
    id,
    ({ analysis }) =>
      analysis.tokens
        .filter((t) => set.has(t.norm))
        .map((t) => {
          const suggestions: Suggestion[] = [];
          if (o.replace !== undefined)
            suggestions.push({ kind: 'replace', start: t.start, end: t.end, text: o.replace });
          if (o.advice !== undefined) suggestions.push({ kind: 'advice', text: o.advice });
          return {
            start: t.start,
            end: t.end,
            message: `"${t.raw}" was found by ${id}.`,
            confidence: o.confidence ?? 0.9,
            suggestions,
            why: [`word:${t.norm}`],
          };
        }),
    o,
  );
}

/** A rule that reports a phrase of the normalised view (so it works across several tokens). */
function phraseRule(id: string, phrase: string, o: FakeOptions = {}): Rule {
  return fake(
    id,
    ({ analysis }) => {
      const hits: RuleHit[] = [];
      for (let i = analysis.view.text.indexOf(phrase); i !== -1; i = analysis.view.text.indexOf(phrase, i + 1)) {
        const [start, end] = analysis.view.toOriginal(i, i + phrase.length);
        hits.push({
          start,
          end,
          message: `"${phrase}" was found.`,
          confidence: o.confidence ?? 0.9,
          suggestions: o.replace === undefined ? [] : [{ kind: 'replace', start, end, text: o.replace }],
        });
      }
      return hits;
    },
    o,
  );
}

/** A whole-draft rule that fires when `when` holds. */
function wholeRule(id: string, when: (ctx: RuleContext) => boolean, o: FakeOptions = {}): Rule {
  return fake(
    id,
    (ctx) => (when(ctx) ? [{ message: `${id} fired on the whole draft.`, confidence: o.confidence ?? 0.9 }] : []),
    o,
  );
}

const swear = wordRule('content.profanity', ['bloody', 'damn'], {
  readers: ['patient', 'employer', 'gmc'],
  replace: '',
});
const insult = wordRule('content.insult', ['idiot', 'moron'], {
  readers: ['colleague', 'employer', 'gmc', 'judge'],
  replace: 'colleague',
});
const threat = wordRule('content.threat', ['regret'], {
  severity: 'stop',
  readers: ['police', 'judge', 'gmc', 'employer'],
});
const note = wordRule('content.clinical-opinion', ['evidence'], { severity: 'info', readers: ['gmc'] });
const emotion = wholeRule(
  'behaviour.heightened-emotion',
  ({ draft, analysis }) => draft.mood === 'angry' || analysis.tokens.some((t) => t.norm === 'furious'),
  { readers: ['colleague', 'employer', 'gmc'] },
);
const unusualHour = wholeRule(
  'behaviour.unusual-hour',
  ({ analysis, policy }) =>
    analysis.localTime !== undefined &&
    inWindow(analysis.localTime.minuteOfDay, minuteOfDay(policy.quietHours.start), minuteOfDay(policy.quietHours.end)),
  { readers: [] },
);
const urgent = phraseRule('boundaries.urgent-symptoms', 'chest pain', {
  severity: 'stop',
  readers: ['patient', 'gmc'],
  direction: 'inbound',
});
const request = wholeRule(
  'boundaries.inbound-patient-request',
  ({ analysis }) => /\b(advice|cream|dose)\b/.test(analysis.view.text),
  { readers: ['gmc'], direction: 'inbound' },
);

const ALL = [swear, insult, threat, note, emotion, unusualHour, urgent, request];
const check = (draft: unknown, policy?: unknown, rules: Rule[] = ALL, now?: string): Assessment =>
  createChecker(policy, rules).assess(draft, now === undefined ? undefined : { now });
const ids = (a: Assessment) => a.findings.map((f) => f.ruleId);

const NOON = '2026-11-23T12:00:00+00:00';
const SMALL_HOURS = '2026-11-23T02:14:00+00:00';

describe('verdict', () => {
  it('is post with no findings', () => {
    const a = check({ text: 'Flu clinic on Saturday.', composedAt: NOON });
    expect(a.verdict).toBe('post');
    expect(a.findings).toEqual([]);
  });

  it('is post with only info findings', () => {
    const a = check({ text: 'The evidence is mixed.', composedAt: NOON });
    expect(ids(a)).toEqual(['content.clinical-opinion']);
    expect(a.verdict).toBe('post');
    expect(a.advice.action).toBe('post');
  });

  it('is review with a caution', () => {
    expect(check({ text: 'What a bloody mess.', composedAt: NOON }).verdict).toBe('review');
  });

  it('is hold with any stop', () => {
    expect(check({ text: 'Bloody hell, you will regret this.', composedAt: NOON }).verdict).toBe('hold');
  });
});

describe('findings', () => {
  it('carry the rule metadata, the excerpt, the message, rounded confidence and why', () => {
    const rule = wordRule('content.insult', ['idiot'], { confidence: 0.876543, readers: ['judge'] });
    const [f] = check({ text: 'What an idiot.' }, undefined, [rule]).findings;
    expect(f).toEqual({
      ruleId: 'content.insult',
      category: 'content',
      severity: 'caution',
      start: 8,
      end: 13,
      excerpt: 'idiot',
      message: '"idiot" was found by content.insult.',
      guidance: 'Content',
      readers: ['judge'],
      suggestions: [],
      confidence: 0.88,
      why: ['word:idiot'],
    });
  });

  it('whole-draft findings have no start, end or excerpt', () => {
    const [f] = check({ text: 'I am furious.', composedAt: NOON }).findings;
    expect(f?.ruleId).toBe('behaviour.heightened-emotion');
    expect(f).not.toHaveProperty('start');
    expect(f).not.toHaveProperty('end');
    expect(f).not.toHaveProperty('excerpt');
    expect(f).not.toHaveProperty('why');
  });

  it('are sorted by start, then end, then registry order, with whole-draft findings last', () => {
    const a = check({ text: 'I am furious: damn idiot, bloody moron, you will regret it.', composedAt: NOON });
    expect(a.findings.map((f) => f.excerpt ?? f.ruleId)).toEqual([
      'damn',
      'idiot',
      'bloody',
      'moron',
      'regret',
      'behaviour.heightened-emotion',
    ]);
    const starts = a.findings.filter((f) => f.start !== undefined).map((f) => f.start as number);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('orders findings at the same span by the order of the rules', () => {
    const a = wordRule('content.insult', ['idiot']);
    const b = wordRule('content.harassment', ['idiot']);
    expect(ids(check({ text: 'idiot' }, undefined, [b, a]))).toEqual(['content.harassment', 'content.insult']);
    expect(ids(check({ text: 'idiot' }, undefined, [a, b]))).toEqual(['content.insult', 'content.harassment']);
  });

  it('drops a duplicate hit of one rule on the same span', () => {
    const twice = fake('content.insult', () => [
      { start: 0, end: 5, message: 'first', confidence: 0.9 },
      { start: 0, end: 5, message: 'second', confidence: 0.9 },
      { message: 'whole', confidence: 0.9 },
      { message: 'whole again', confidence: 0.9 },
    ]);
    expect(check({ text: 'idiot' }, undefined, [twice]).findings.map((f) => f.message)).toEqual(['first', 'whole']);
  });

  it('have offsets into the ORIGINAL text when it holds emoji, homoglyphs and invisible characters', () => {
    const text = '😡😡 ﬁne, you іdіоt 👍🏽 and m\u200Boron!';
    const a = check({ text }, undefined, [insult]);
    expect(a.findings.map((f) => f.excerpt)).toEqual(['іdіоt', 'm\u200Boron']);
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(a.findings[0]?.start).toBe(text.indexOf('іdіоt'));
  });

  it('is deterministic: the same input gives a deep-equal assessment, across checkers too', () => {
    const draft = {
      text: 'Damn it, you idiot, you will regret this. 😡',
      channel: 'reply',
      composedAt: SMALL_HOURS,
      mood: 'angry',
    };
    const checker = createChecker(undefined, ALL);
    const first = checker.assess(draft);
    expect(checker.assess(draft)).toEqual(first);
    expect(createChecker(undefined, ALL).assess(structuredClone(draft))).toEqual(first);
    expect(JSON.stringify(checker.assess(draft))).toBe(JSON.stringify(first));
  });

  it('does not let one assessment leak into the next', () => {
    const checker = createChecker(undefined, ALL);
    checker.assess({ text: 'bloody idiot', composedAt: NOON });
    expect(checker.assess({ text: 'Flu clinic.', composedAt: NOON }).findings).toEqual([]);
  });
});

describe('inspect', () => {
  const drafts = [
    { text: 'Flu clinic on Saturday.', composedAt: NOON },
    { text: 'The evidence is mixed.', composedAt: NOON },
    { text: 'What a bloody idiot, he will regret this.', composedAt: SMALL_HOURS },
    { text: 'Can I have the cream for my chest pain?', direction: 'inbound', composedAt: NOON },
  ];

  it('gives the findings of assess, and on request the same whole Assessment', () => {
    const checker = createChecker(undefined, ALL);
    for (const d of drafts) {
      const inspection = checker.inspect(d);
      const assessment = checker.assess(d);
      expect(inspection.findings).toEqual(assessment.findings);
      expect(inspection.assessment()).toEqual(assessment);
    }
  });

  it('checks its input as assess does', () => {
    expect(() => createChecker(undefined, ALL).inspect({ text: 5 })).toThrow(DraftError);
  });
});

describe('readers panel', () => {
  it('lists all seven readers, objecting where a finding above info names them', () => {
    const a = check({ text: 'What a bloody idiot.', composedAt: NOON });
    expect(a.readers).toEqual({
      patient: 'objects',
      colleague: 'objects',
      employer: 'objects',
      'nhs-england': 'fine',
      gmc: 'objects',
      police: 'fine',
      judge: 'objects',
    });
  });

  it('is all fine with no findings or only info findings', () => {
    const fine = {
      patient: 'fine',
      colleague: 'fine',
      employer: 'fine',
      'nhs-england': 'fine',
      gmc: 'fine',
      police: 'fine',
      judge: 'fine',
    };
    expect(check({ text: 'Hello' }).readers).toEqual(fine);
    expect(check({ text: 'The evidence says so.' }).readers).toEqual(fine);
  });

  it('gives the reasons each reader objects', () => {
    const findings = check({ text: 'You will regret this, idiot.' }).findings;
    const reasons = readerReasons(findings);
    expect(reasons.police).toEqual(['"regret" was found by content.threat.']);
    expect(reasons.judge).toHaveLength(2);
    expect(reasons.patient).toEqual([]);
    expect(readersPanel([])).toEqual(Object.fromEntries(Object.keys(reasons).map((r) => [r, 'fine'])));
  });
});

describe('advice', () => {
  it('post: nothing above info, no questions', () => {
    expect(check({ text: 'Flu clinic on Saturday.', composedAt: NOON }).advice).toEqual({
      action: 'post',
      questions: [],
    });
  });

  it('revise: cautions only, with the "more professional" and "seven readers" questions', () => {
    expect(check({ text: 'Bloody rota.', composedAt: NOON }).advice).toEqual({
      action: 'revise',
      questions: [QUESTIONS.better, QUESTIONS.readers],
    });
  });

  it('do-not-post: any stop, with the full questions and no deferral', () => {
    const a = check({ text: 'You will regret this.', composedAt: NOON });
    expect(a.advice.action).toBe('do-not-post');
    expect(a.advice.deferUntil).toBeUndefined();
    expect(a.advice.questions).toEqual([
      QUESTIONS.atAll,
      QUESTIONS.now,
      QUESTIONS.better,
      QUESTIONS.readers,
      QUESTIONS.ask,
    ]);
  });

  it('do-not-post wins over timing findings', () => {
    const a = check({ text: 'You will regret this, I am furious.', composedAt: SMALL_HOURS });
    expect(a.advice.action).toBe('do-not-post');
    expect(a.advice.questions).toContain(QUESTIONS.away);
  });

  it('defer for emotion: one hour later, in the draft time zone', () => {
    const a = check({ text: 'I am furious about the rota.', composedAt: NOON });
    expect(a.advice.action).toBe('defer');
    expect(a.advice.deferUntil).toBe('2026-11-23T13:00:00+00:00');
    expect(a.advice.questions).toEqual([
      QUESTIONS.atAll,
      QUESTIONS.now,
      QUESTIONS.better,
      QUESTIONS.readers,
      QUESTIONS.away,
      QUESTIONS.ask,
    ]);
  });

  it('defer for emotion from a self-reported mood, in summer time and another zone', () => {
    expect(
      check({ text: 'Rota is out.', mood: 'angry', composedAt: '2026-07-01T12:30:00+01:00' }).advice.deferUntil,
    ).toBe('2026-07-01T13:30:00+01:00');
    expect(
      check({ text: 'Rota is out.', mood: 'angry', composedAt: '2026-07-01T12:30:00Z', timeZone: 'Asia/Kolkata' })
        .advice.deferUntil,
    ).toBe('2026-07-01T19:00:00+05:30');
  });

  it('defer for emotion late in the evening: an hour that would end in the quiet hours waits for the morning', () => {
    // 22:40 + 1 h = 23:40, inside the default quiet hours (23:00 to 06:00): the next 08:00 instead.
    expect(
      check({ text: 'I am furious about the rota.', composedAt: '2026-11-23T22:40:00+00:00' }).advice.deferUntil,
    ).toBe('2026-11-24T08:00:00+00:00');
    // 21:30 + 1 h = 22:30, still before the quiet hours: one hour.
    expect(
      check({ text: 'I am furious about the rota.', composedAt: '2026-11-23T21:30:00+00:00' }).advice.deferUntil,
    ).toBe('2026-11-23T22:30:00+00:00');
    // With later quiet hours ending at 09:00, the morning is 09:00.
    expect(
      check(
        { text: 'I am furious about the rota.', composedAt: '2026-11-23T22:40:00+00:00' },
        { quietHours: { start: '22:30', end: '09:00' } },
      ).advice.deferUntil,
    ).toBe('2026-11-24T09:00:00+00:00');
  });

  it('defer for the unusual hour: the next 08:00 local', () => {
    const a = check({ text: 'Flu clinic on Saturday.', composedAt: SMALL_HOURS });
    expect(ids(a)).toEqual(['behaviour.unusual-hour']);
    expect(a.advice.action).toBe('defer');
    expect(a.advice.deferUntil).toBe('2026-11-23T08:00:00+00:00');
    expect(check({ text: 'Flu clinic.', composedAt: '2026-11-23T23:30:00+00:00' }).advice.deferUntil).toBe(
      '2026-11-24T08:00:00+00:00',
    );
  });

  it('defer for the unusual hour across the clock change', () => {
    expect(check({ text: 'Flu clinic.', composedAt: '2026-03-29T00:30:00+00:00' }).advice.deferUntil).toBe(
      '2026-03-29T08:00:00+01:00',
    );
    expect(check({ text: 'Flu clinic.', composedAt: '2026-10-25T00:30:00+01:00' }).advice.deferUntil).toBe(
      '2026-10-25T08:00:00+00:00',
    );
  });

  it('the unusual hour wins over emotion for the deferral time', () => {
    expect(check({ text: 'I am furious.', composedAt: SMALL_HOURS }).advice.deferUntil).toBe(
      '2026-11-23T08:00:00+00:00',
    );
  });

  it('defers until the end of the policy quiet hours when later than 08:00', () => {
    const policy = { quietHours: { start: '22:00', end: '09:00' } };
    expect(check({ text: 'Flu clinic.', composedAt: SMALL_HOURS }, policy).advice.deferUntil).toBe(
      '2026-11-23T09:00:00+00:00',
    );
    expect(check({ text: 'Flu clinic.', composedAt: '2026-11-23T08:30:00+00:00' }, policy).advice.deferUntil).toBe(
      '2026-11-23T09:00:00+00:00',
    );
    // Quiet hours that end earlier still defer to 08:00.
    expect(
      check(
        { text: 'Flu clinic.', composedAt: '2026-11-23T03:00:00+00:00' },
        { quietHours: { start: '01:00', end: '05:00' } },
      ).advice.deferUntil,
    ).toBe('2026-11-23T08:00:00+00:00');
  });

  it('defers without a time when the draft has none, and uses options.now when given', () => {
    const a = check({ text: 'Rota is out.', mood: 'angry' });
    expect(a.advice.action).toBe('defer');
    expect(a.advice.deferUntil).toBeUndefined();
    expect(check({ text: 'Rota is out.', mood: 'angry' }, undefined, ALL, NOON).advice.deferUntil).toBe(
      '2026-11-23T13:00:00+00:00',
    );
  });

  it('a timing rule raised to stop by policy still defers rather than do-not-post', () => {
    const a = check(
      { text: 'I am furious.', composedAt: NOON },
      { severity: { 'behaviour.heightened-emotion': 'stop' } },
    );
    expect(a.verdict).toBe('hold');
    expect(a.advice.action).toBe('defer');
  });

  it('offers a holding reply only for replies', () => {
    const angry = 'I am furious.';
    for (const channel of ['reply', 'comment']) {
      expect(check({ text: angry, channel, composedAt: NOON }).advice.holdingReply).toBe(HOLDING_REPLY);
      expect(check({ text: 'You will regret this.', channel, composedAt: NOON }).advice.holdingReply).toBe(
        HOLDING_REPLY,
      );
    }
    // A conversation with someone else counts as a reply, whatever the channel.
    const thread = [{ author: 'Dr Jones', text: 'GPs are lazy.' }];
    expect(check({ text: angry, channel: 'group-chat', thread, composedAt: NOON }).advice.holdingReply).toBe(
      HOLDING_REPLY,
    );
    // Not for a fresh post, nor a thread of one's own messages, nor for revise.
    expect(check({ text: angry, composedAt: NOON }).advice).not.toHaveProperty('holdingReply');
    expect(
      check({
        text: angry,
        channel: 'direct-message',
        thread: [
          { author: 'me', text: 'x' },
          { author: ' Me ', text: 'y' },
        ],
        composedAt: NOON,
      }).advice,
    ).not.toHaveProperty('holdingReply');
    expect(check({ text: 'Bloody rota.', channel: 'reply', composedAt: NOON }).advice).not.toHaveProperty(
      'holdingReply',
    );
  });
});

describe('inbound messages', () => {
  const inbound = (text: string, extra: object = {}) =>
    check({ text, direction: 'inbound', channel: 'direct-message', composedAt: SMALL_HOURS, ...extra });

  it('run only the inbound rules', () => {
    const a = inbound('You bloody idiot, I am furious, what cream should I use?');
    expect(ids(a)).toEqual(['boundaries.inbound-patient-request']);
    expect(check({ text: 'I have chest pain, any advice?', composedAt: NOON }).findings).toEqual([]);
  });

  it('redirect with the urgent reply (999 / A&E / 111) for red-flag symptoms', () => {
    const a = inbound('Sorry to message, my dad has chest pain, any advice?');
    expect(a.verdict).toBe('hold');
    expect(a.advice).toEqual({ action: 'redirect', reply: urgentReply(), questions: [QUESTIONS.atAll] });
    expect(a.advice.reply).toMatch(/999/);
    expect(a.advice.reply).toMatch(/A&E/);
    expect(a.advice.reply).toMatch(/111/);
  });

  // These two use the real rules (the ones above are stand-ins that test the checker's plumbing).
  const real = (text: string) => createChecker().assess({ text, direction: 'inbound', channel: 'direct-message' });

  it('a crisis said indirectly gets 999, A&E, NHS 111 and the Samaritans, whatever else the message holds', () => {
    const a = real(
      'Can you send my blood results? Also I have the rope in the garage and tonight is the night. Thanks for everything.',
    );
    expect(a.verdict).toBe('hold');
    expect(ids(a)).toContain('boundaries.urgent-symptoms');
    expect(a.advice.action).toBe('redirect');
    expect(a.advice.reply).toMatch(/999/);
    expect(a.advice.reply).toMatch(/A&E/);
    expect(a.advice.reply).toMatch(/116 123/);
    expect(a.advice.reply).toMatch(/111/);
  });

  it('emergency contraception gets a same-day pharmacy reply, not 999', () => {
    const a = real('The condom split last night, can I still get the morning after pill?');
    expect(a.verdict).toBe('hold');
    expect(a.advice.reply).toMatch(/pharmacy/);
    expect(a.advice.reply).toMatch(/111/);
    expect(a.advice.reply).not.toMatch(/999/);
  });

  it('redirect with the practice reply for a request for advice', () => {
    const a = inbound('Which cream should I use for my rash?');
    expect(a.advice.action).toBe('redirect');
    expect(a.advice.reply).toBe(
      redirectReply({
        text: '',
        direction: 'inbound',
        channel: 'direct-message',
        timeZone: 'Europe/London',
        recipients: [],
        thread: [],
        attachments: [],
      }),
    );
    expect(a.advice.reply).toMatch(/your GP practice/);
    expect(a.advice.reply).toMatch(/111/);
    expect(a.advice.reply).toMatch(/999/);
    expect(a.advice).not.toHaveProperty('deferUntil');
  });

  it('names the author’s practice in the redirect reply', () => {
    const a = inbound('What dose should I take?', { author: { practiceNames: ['Riverside Surgery', 'Other'] } });
    expect(a.advice.reply).toMatch(/please contact Riverside Surgery/);
  });

  it('post when nothing calls for a redirect', () => {
    expect(inbound('Thanks for the talk last night!').advice).toEqual({ action: 'post', questions: [] });
  });

  it('an inbound rule set to off by policy does not redirect', () => {
    const a = inbound('Which cream should I use?', {}); // baseline
    expect(a.advice.action).toBe('redirect');
    const off = check(
      { text: 'Which cream should I use?', direction: 'inbound' },
      { severity: { 'boundaries.inbound-patient-request': 'off' } },
    );
    expect(off.advice.action).toBe('post');
  });
});

describe('policy', () => {
  it('severity override raises or lowers a rule', () => {
    const text = 'Bloody rota.';
    expect(check({ text }, { severity: { 'content.profanity': 'stop' } }).verdict).toBe('hold');
    const low = check({ text }, { severity: { 'content.profanity': 'info' } });
    expect(low.verdict).toBe('post');
    expect(low.findings[0]?.severity).toBe('info');
    expect(low.readers.patient).toBe('fine');
  });

  it('"off" silences a rule entirely', () => {
    const a = check({ text: 'Bloody idiot.' }, { severity: { 'content.profanity': 'off' } });
    expect(ids(a)).toEqual(['content.insult']);
    expect(a.rewrite).toBe('Bloody colleague.');
  });

  it('allow-list phrases suppress that rule’s overlapping findings only', () => {
    const text = 'Damn, the bloody Scunthorpe bloody idiot.';
    const a = check({ text }, { allow: { 'content.profanity': ['the bloody Scunthorpe'] } });
    expect(a.findings.map((f) => `${f.ruleId}:${f.excerpt}`)).toEqual([
      'content.profanity:Damn',
      'content.profanity:bloody',
      'content.insult:idiot',
    ]);
    expect(a.findings.find((f) => f.excerpt === 'bloody')?.start).toBe(text.lastIndexOf('bloody'));
  });

  it('allow-list phrases are matched case-, accent- and look-alike-insensitively, and trimmed', () => {
    expect(
      check({ text: 'The BLOODY Mary stall.' }, { allow: { 'content.profanity': ['  bloody mary '] } }).findings,
    ).toEqual([]);
    expect(
      check({ text: 'The blооdy mary stall.' }, { allow: { 'content.profanity': ['Bloody Máry'] } }).findings,
    ).toEqual([]);
  });

  it('allow-list under "*" applies to every rule', () => {
    const a = check({ text: 'A bloody idiot and a moron.' }, { allow: { '*': ['bloody idiot'] } });
    expect(a.findings.map((f) => f.excerpt)).toEqual(['moron']);
  });

  it('allow-list does not suppress whole-draft findings, nor other rules', () => {
    const a = check(
      { text: 'I am furious, the idiot.', composedAt: NOON },
      { allow: { 'behaviour.heightened-emotion': ['furious'], 'content.profanity': ['idiot'] } },
    );
    expect(ids(a)).toEqual(['content.insult', 'behaviour.heightened-emotion']);
  });

  it('sensitivity drops findings below its confidence threshold', () => {
    const rules = [
      wordRule('content.insult', ['idiot'], { confidence: 0.4 }),
      wordRule('content.profanity', ['bloody'], { confidence: 0.6 }),
      wordRule('content.threat', ['regret'], { confidence: 0.8 }),
    ];
    const text = 'bloody idiot, you will regret it';
    const excerpts = (sensitivity?: string) =>
      check({ text }, sensitivity ? { sensitivity } : undefined, rules).findings.map((f) => f.excerpt);
    expect(excerpts()).toEqual(['bloody', 'regret']);
    expect(excerpts('standard')).toEqual(['bloody', 'regret']);
    expect(excerpts('strict')).toEqual(['bloody', 'idiot', 'regret']);
    expect(excerpts('relaxed')).toEqual(['regret']);
  });

  it('a finding exactly at the threshold is kept', () => {
    expect(
      check({ text: 'idiot' }, undefined, [wordRule('content.insult', ['idiot'], { confidence: 0.5 })]).findings,
    ).toHaveLength(1);
  });

  it('a bad policy is refused when the checker is made', () => {
    expect(() => createChecker({ severity: { 'content.insult': 'loud' } }, ALL)).toThrow(
      /policy\.severity\.content\.insult/,
    );
    expect(() => createChecker({ sensitivity: 'max' })).toThrow(/policy\.sensitivity/);
  });

  it('the checker exposes its rules and parsed policy', () => {
    const c = createChecker({ sensitivity: 'strict' }, ALL);
    expect(c.rules).toBe(ALL);
    expect(c.policy.sensitivity).toBe('strict');
    expect(c.policy.quietHours).toEqual({ start: '23:00', end: '06:00' });
  });
});

describe('rewrite', () => {
  it('applies replace suggestions and tidies the spaces and punctuation left behind', () => {
    const a = check({ text: 'What a bloody idiot , honestly.' });
    expect(a.rewrite).toBe('What a colleague, honestly.');
    expect(check({ text: 'Damn, that bloody rota.' }).rewrite).toBe(', that rota.');
  });

  it('does not apply advice suggestions', () => {
    const rule = wordRule('content.insult', ['idiot'], { advice: 'Say what you disagree with instead.' });
    const a = check({ text: 'What an idiot.' }, undefined, [rule]);
    expect(a.findings[0]?.suggestions).toEqual([{ kind: 'advice', text: 'Say what you disagree with instead.' }]);
    expect(a.rewrite).toBe('What an idiot.');
  });

  it('returns the text exactly as written when there is nothing to apply', () => {
    const text = '  Indented line\nTwo  spaces , kept.  ';
    expect(check({ text }).rewrite).toBe(text);
    expect(check({ text: '' }).rewrite).toBe('');
  });

  it('keeps the original around replaced spans with emoji and homoglyphs', () => {
    expect(check({ text: '😡 you іdіоt 👍🏽!' }).rewrite).toBe('😡 you colleague 👍🏽!');
  });

  it('skips a suggestion that overlaps an earlier one, so the text is never garbled', () => {
    const a = phraseRule('content.insult', 'useless idiot', { replace: 'colleague' });
    const b = wordRule('content.profanity', ['idiot'], { replace: 'X' });
    const c = phraseRule('content.harassment', 'idiot and', { replace: 'Y' });
    expect(check({ text: 'A useless idiot and more.' }, undefined, [a, b, c]).rewrite).toBe('A colleague and more.');
  });

  it('prefers the longer of two edits that start together', () => {
    const text = 'A useless idiot here.';
    const findings: Finding[] = [
      {
        ruleId: 'a',
        category: 'content',
        severity: 'caution',
        message: 'm',
        guidance: 'Content',
        readers: [],
        confidence: 1,
        suggestions: [{ kind: 'replace', start: 2, end: 9, text: 'S' }],
      },
      {
        ruleId: 'b',
        category: 'content',
        severity: 'caution',
        message: 'm',
        guidance: 'Content',
        readers: [],
        confidence: 1,
        suggestions: [{ kind: 'replace', start: 2, end: 15, text: 'L' }],
      },
    ];
    expect(applySuggestions(text, findings)).toBe('A L here.');
  });

  it('applies edits given in any order', () => {
    const f = (start: number, end: number, text: string): Finding => ({
      ruleId: 'x',
      category: 'content',
      severity: 'caution',
      message: 'm',
      guidance: 'Content',
      readers: [],
      confidence: 1,
      suggestions: [{ kind: 'replace', start, end, text }],
    });
    expect(applySuggestions('aaa bbb ccc', [f(8, 11, 'C'), f(0, 3, 'A'), f(4, 7, 'B')])).toBe('A B C');
  });

  it('tidies only spaces and tabs, never line breaks', () => {
    expect(check({ text: 'Line one bloody\n\nLine two' }).rewrite).toBe('Line one\n\nLine two');
  });
});

describe('bad input through assess()', () => {
  const checker = createChecker(undefined, ALL);

  it('empty text gives a sane assessment: post', () => {
    const a = checker.assess({ text: '' });
    expect(a).toEqual({
      verdict: 'post',
      findings: [],
      readers: {
        patient: 'fine',
        colleague: 'fine',
        employer: 'fine',
        'nhs-england': 'fine',
        gmc: 'fine',
        police: 'fine',
        judge: 'fine',
      },
      advice: { action: 'post', questions: [] },
      rewrite: '',
    });
  });

  it('whitespace-only text is post', () => {
    expect(checker.assess({ text: ' \n\t ' }).verdict).toBe('post');
  });

  it('1 MB of text is refused with a DraftError naming text', () => {
    expect(() => checker.assess({ text: 'idiot '.repeat(200_000) })).toThrow(DraftError);
    expect(() => checker.assess({ text: 'x'.repeat(1024 * 1024) })).toThrow(
      expect.objectContaining({ name: 'DraftError', field: 'text' }),
    );
  });

  it.each([null, [], 'idiot', 42, undefined])('a non-object draft (%j) is refused with a DraftError', (input) => {
    expect(() => checker.assess(input)).toThrow(DraftError);
  });

  it('a bad field is refused with its name', () => {
    expect(() => checker.assess({ text: 'x', thread: [{ author: 'me', text: 'a' }, { author: 'me' }] })).toThrow(
      /^thread\[1\]\.text: /,
    );
  });

  it('lone surrogates do not throw and offsets stay in the original', () => {
    const text = '\uD800idiot\uDC00 you \uDBFF moron\uD83D';
    const a = checker.assess({ text });
    expect(a.findings.map((f) => f.excerpt)).toEqual(['idiot', 'moron']);
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(a.rewrite).toBe('\uD800colleague\uDC00 you \uDBFF colleague\uD83D');
  });

  it('control characters separate words and do not throw', () => {
    const text = 'bloody\u0000idiot\u0007\u001Bmoron\u007F';
    const a = checker.assess({ text });
    expect(a.findings.map((f) => f.excerpt)).toEqual(['bloody', 'idiot', 'moron']);
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('a draft at the length limit is assessed quickly', () => {
    const text = 'Flu clinic on Saturday, bloody idiot! '.repeat(2600).slice(0, 100_000);
    const t0 = performance.now();
    const a = checker.assess({ text });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(a.verdict).toBe('review');
  });
});

describe('the real registry (smoke test)', () => {
  const checker = createChecker();
  const drafts = [
    { text: '' },
    { text: 'Flu clinic on Saturday.', composedAt: NOON },
    {
      text: '😡 You ІDІОТ!!! f u c k this \uD800 \u0000',
      channel: 'reply',
      composedAt: SMALL_HOURS,
      mood: 'angry',
      thread: [{ author: 'Dr Jones', text: 'GPs are lazy!!' }],
    },
    { text: 'Hi doctor, I have chest pain, what should I do?', direction: 'inbound', channel: 'direct-message' },
  ];

  it.each(drafts.map((d) => [d.text.slice(0, 30), d]))(
    'assesses %j without throwing, deterministically, with in-range offsets',
    (_, draft) => {
      const a = checker.assess(draft);
      expect(checker.assess(draft)).toEqual(a);
      expect(['post', 'review', 'hold']).toContain(a.verdict);
      for (const f of a.findings) {
        if (f.start === undefined) continue;
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(draft.text.length);
        expect(draft.text.slice(f.start, f.end)).toBe(f.excerpt);
      }
    },
  );
});
