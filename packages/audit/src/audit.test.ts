import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importItems, type ArchivedItem } from '@pause/importers';
import {
  Aggregator,
  AuditLimitError,
  auditItems,
  DraftBuilder,
  Identity,
  runAudit,
  type AuditResult,
} from './index.js';

async function* from(items: readonly ArchivedItem[]): AsyncIterable<ArchivedItem> {
  for (const i of items) yield i;
}

let n = 0;
const item = (over: Partial<ArchivedItem>): ArchivedItem => ({
  id: `i${++n}`,
  platform: 'x',
  channel: 'public-post',
  at: '2025-03-05T10:00:00+00:00',
  author: 'drsam',
  text: 'Flu clinic on Saturday.',
  ...over,
});

/** The spiral rule's own example, as a WhatsApp direct-message thread. */
const argument = (threadId: string): ArchivedItem[] =>
  [
    ['Ann Reid', 'Why is the car park always full of staff cars?', '19:30'],
    ['Dr Sam', 'Staff park at the back; the front is for patients.', '19:33'],
    ['Ann Reid', "That's rubbish. Typical excuses.", '19:36'],
    ['Dr Sam', 'Mornings are busy, sorry. There is an overflow car park.', '19:40'],
    ['Ann Reid', "You lot don't care. Answer the question!!", '19:44'],
    ['Dr Sam', "I've explained this three times now. I'm not discussing it any further on here!!", '19:47'],
  ].map(([author, text, time]) =>
    item({
      platform: 'whatsapp',
      channel: 'direct-message',
      threadId,
      author,
      text,
      at: `2026-02-22T${time}:00+00:00`,
    }),
  );

describe('drafts', () => {
  it('knows "me" by name or handle, case-insensitively; others are inbound', () => {
    const id = new Identity(['Dr Sam', '@DrSam']);
    expect(id.isMe({ author: 'dr sam', channel: 'direct-message' })).toBe(true);
    expect(id.isMe({ author: 'drsam', channel: 'public-post' })).toBe(true);
    expect(id.isMe({ author: '@drsam@mastodon.example', channel: 'public-post' })).toBe(true);
    expect(id.isMe({ author: 'Ann Reid', channel: 'direct-message' })).toBe(false);
    expect(id.isMe({ author: '', channel: 'public-post' })).toBe(true);
    // Nobody named: own public posts are mine, messages from others are not.
    const none = new Identity();
    expect(none.isMe({ author: 'drsam', channel: 'public-post' })).toBe(true);
    expect(none.isMe({ author: 'Ann', channel: 'direct-message' })).toBe(false);
  });

  it('gives each item the previous messages of its thread, "me" for mine, bounded', () => {
    const b = new DraftBuilder({ me: ['Dr Sam'], threadSize: 3, maxThreads: 2 });
    const built = argument('t1').map((i) => b.build(i));
    const last = built.at(-1)!;
    expect(last.mine).toBe(true);
    expect(last.draft.direction).toBe('outbound');
    expect(last.draft.thread.map((m) => m.author)).toEqual(['Ann Reid', 'me', 'Ann Reid']);
    expect(last.draft.composedAt).toBe('2026-02-22T19:47:00+00:00');
    expect(built[0]!.draft.direction).toBe('inbound');
    expect(built[0]!.draft.thread).toEqual([]);
    // Least recently used thread is evicted past maxThreads.
    b.build(item({ threadId: 't2' }));
    b.build(item({ threadId: 't3' }));
    expect(b.openThreads).toBe(2);
    expect(b.build(item({ threadId: 't1' })).draft.thread).toEqual([]);
    expect(b.build(item({ threadId: 't3' })).draft.thread).toHaveLength(1);
  });
});

describe('auditItems', () => {
  it('stops with a clear error once an export holds more items than its budget, in a thread or a pool', async () => {
    const many = () => from(Array.from({ length: 12 }, (_, i) => item({ text: `Clinic note ${i}.` })));
    await expect(runAudit(many(), { maxItems: 10 })).rejects.toThrow(
      /the export holds more than 10 items, the most one audit reads; .*--max-items/,
    );
    await expect(runAudit(many(), { maxItems: 10, workers: 2, batchSize: 4 })).rejects.toBeInstanceOf(AuditLimitError);
    await expect(runAudit(many(), { maxItems: 12 })).resolves.toMatchObject({ items: 12 });
  });

  it('flags an angry reply after a rapid exchange as a spiral, only with the thread', async () => {
    const run = auditItems(from(argument('t1')), { me: ['Dr Sam'] });
    const results: AuditResult[] = [];
    for await (const r of run) results.push(r);
    const last = results.find((r) => r.item.text.startsWith("I've explained"));
    expect(last?.assessment.findings.map((f) => f.ruleId)).toContain('behaviour.spiral');
    const s = run.summary();
    expect(s.spirals).toMatchObject({ items: 1, threads: 1, list: [{ threadId: 't1', count: 1 }] });
    // Without a threadId the same reply stands alone: no spiral.
    const alone = await runAudit(from(argument('x').map(({ threadId: _, ...i }) => i)), { me: ['Dr Sam'] });
    expect(alone.byRule['behaviour.spiral']).toBeUndefined();
  });

  it('judges inbound items by the inbound rules only', async () => {
    const text = "I've had crushing chest pain for half an hour. Can it wait till Monday?";
    const inbound = await runAudit(
      from([item({ author: 'Pat', channel: 'direct-message', platform: 'whatsapp', text })]),
      { me: ['Dr Sam'] },
    );
    expect(inbound.byRule['boundaries.urgent-symptoms']).toBe(1);
    expect(inbound).toMatchObject({ items: 1, mine: 0, inbound: 1 });
    const mine = await runAudit(
      from([item({ author: 'Dr Sam', channel: 'direct-message', platform: 'whatsapp', text })]),
      { me: ['Dr Sam'] },
    );
    expect(mine.byRule['boundaries.urgent-symptoms']).toBeUndefined();
  });

  it('counts by rule and category, months, heatmap and unusual hours; lists flagged X ids', async () => {
    const items = [
      item({ text: 'What an idiot that consultant is.', at: '2025-01-06T09:15:00+00:00' }), // Monday 09:00 London
      item({ text: 'Flu clinic on Saturday.', at: '2025-01-07T10:00:00+00:00' }),
      item({ text: 'Flu clinic on Saturday.', at: '2025-07-06T01:30:00+01:00' }), // Sunday 01:30 BST: quiet hours
      item({ text: 'Totally fine', author: 'someone', channel: 'reply', at: '2025-07-06T12:00:00+01:00' }),
    ];
    const s = await runAudit(from(items), { me: ['drsam'] });
    expect(s).toMatchObject({ items: 4, mine: 3, inbound: 1, flagged: 2, unusualHours: 1 });
    expect(s.byRule['behaviour.unusual-hour']).toBe(1);
    expect(s.byRule['content.insult']).toBeGreaterThanOrEqual(1);
    expect(s.byCategory.behaviour).toBe(1);
    expect(s.heatmap[0]![9]).toBe(1);
    expect(s.heatmap[1]![10]).toBe(1);
    expect(s.heatmap[6]![1]).toBe(1);
    expect(s.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(3); // mine only
    expect(s.timeline.map((r) => [r.month, r.items, r.flagged])).toEqual([
      ['2025-01', 2, 1],
      ['2025-07', 2, 1],
    ]);
    expect(s.x.ids).toEqual([items[0]!.id, items[2]!.id]);
    const insult = s.top.find((t) => t.id === items[0]!.id);
    expect(insult?.findings.find((f) => f.ruleId === 'content.insult')).toMatchObject({
      excerpt: expect.stringMatching(/idiot/),
      start: expect.any(Number),
      end: expect.any(Number),
    });
    expect(s).toMatchObject({ firstAt: '2025-01-06T09:15:00+00:00', lastAt: '2025-07-06T12:00:00+01:00' });
  });

  it('counts heightened emotion per month', async () => {
    const s = await runAudit(
      from([
        item({
          text: 'I am so furious I could scream, this is DISGUSTING and I am DONE!!!',
          at: '2025-02-03T12:00:00+00:00',
        }),
      ]),
      { me: ['drsam'] },
    );
    expect(s.byRule['behaviour.heightened-emotion']).toBe(1);
    expect(s.timeline[0]).toMatchObject({ month: '2025-02', emotion: 1 });
  });

  it('places the heatmap and months in the chosen time zone', async () => {
    const s = await runAudit(from([item({ at: '2025-01-31T23:30:00+00:00' })]), { timeZone: 'Asia/Tokyo' });
    expect(s.heatmap[5]![8]).toBe(1); // Saturday 08:30 in Tokyo
    expect(s.timeline[0]!.month).toBe('2025-02');
  });

  it('reads the generic JSONL fixture through importItems', async () => {
    const path = fileURLToPath(new URL('../../importers/test-fixtures/generic/posts.jsonl', import.meta.url));
    const s = await runAudit(importItems(path, { textField: 'body', timeField: 'meta.posted' }), { me: ['drsam'] });
    expect(s.items).toBeGreaterThan(0);
    expect(s.mine).toBe(s.items);
    expect(s.errors.count).toBe(0);
  });
});

describe('thread context', () => {
  /** A seeded group chat: bursts and gaps, heated lines, long runs of my own messages, one untimed stretch. */
  function chat(count: number): ArchivedItem[] {
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const lines = [
      'Running late, sorry.',
      "That's rubbish. Typical excuses.",
      'You lot never listen!!',
      'Answer the question!!',
      'Fine, see you Thursday.',
      "I've explained this three times now. I'm not discussing it any further on here!!",
      'Seriously?',
      'Selfish.',
      'What an idiot, honestly.',
      'Thanks all.',
    ];
    const authors = ['Dr Sam', 'Ann Reid', 'Tom Evans', 'Dr Sam', 'Dr Sam'];
    let at = Date.parse('2026-02-22T08:00:00Z');
    const out: ArchivedItem[] = [];
    for (let k = 0; k < count; k++) {
      at += rand() < 0.75 ? Math.floor(rand() * 6) * 60_000 : Math.floor(rand() * 5) * 3_600_000;
      const author = k % 37 < 6 ? 'Dr Sam' : authors[Math.floor(rand() * authors.length)]!;
      out.push(
        item({
          platform: 'whatsapp',
          channel: k % 3 ? 'group-chat' : 'direct-message',
          threadId: `c${k % 2}`,
          author,
          text: lines[Math.floor(rand() * lines.length)]!,
          at: new Date(at).toISOString(),
        }),
      );
    }
    return out;
  }

  it('gives the engine only what its rules can use, with the same results as the whole thread', async () => {
    const items = chat(600);
    const full = new DraftBuilder({ me: ['Dr Sam'], fullThreads: true });
    const trimmed = new DraftBuilder({ me: ['Dr Sam'] });
    let given = 0,
      kept = 0;
    for (const i of items) {
      given += full.build(i).draft.thread.length;
      kept += trimmed.build(i).draft.thread.length;
    }
    expect(kept).toBeLessThan(given);
    const collect = async (fullThreads: boolean) => {
      const out: unknown[] = [];
      for await (const r of auditItems(from(items), { me: ['Dr Sam'], fullThreads }))
        out.push([r.item.id, r.assessment]);
      return out;
    };
    const a = await collect(true);
    const b = await collect(false);
    expect(a.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });
});

describe('aggregation', () => {
  const assessment = (severity: 'caution' | 'stop', count: number, confidence: number) => ({
    verdict: 'review' as const,
    readers: {} as never,
    advice: { action: 'revise' as const, questions: [] },
    rewrite: '',
    findings: Array.from({ length: count }, (_, k) => ({
      ruleId: `r.${k}`,
      category: 'content' as const,
      severity,
      message: 'm',
      guidance: 'Content' as const,
      readers: [],
      suggestions: [],
      confidence,
    })),
  });

  it('keeps the N riskiest: severity, then count, then confidence, first seen on ties', () => {
    const agg = new Aggregator({ top: 3 });
    const specs: Array<['caution' | 'stop', number, number]> = [
      ['caution', 1, 0.9],
      ['stop', 1, 0.6],
      ['caution', 3, 0.7],
      ['stop', 1, 0.8],
      ['caution', 2, 0.5],
      ['stop', 2, 0.6],
      ['stop', 1, 0.8],
    ];
    for (const [k, [sev, c, conf]] of specs.entries()) agg.add(item({ id: `h${k}` }), true, assessment(sev, c, conf));
    agg.add(item({ id: 'clean' }), true, null);
    const s = agg.summary();
    expect(s.top.map((t) => t.id)).toEqual(['h5', 'h3', 'h6']);
    expect(s).toMatchObject({ items: 8, flagged: 7, bySeverity: { stop: 4, caution: 3 } });
    expect(s.byRule['r.0']).toBe(7);
    expect(s.byCategory.content).toBe(11);
  });

  it('stays bounded over many items', () => {
    const agg = new Aggregator({ top: 5, maxXIds: 10 });
    for (let k = 0; k < 5000; k++)
      agg.add(item({ id: `m${k}` }), true, assessment(k % 7 ? 'caution' : 'stop', 1 + (k % 3), (k % 10) / 10));
    const s = agg.summary();
    expect(s.top).toHaveLength(5);
    expect(s.top.every((t) => t.severity === 'stop' && t.count === 3)).toBe(true);
    expect(s.x).toMatchObject({ truncated: true });
    expect(s.x.ids).toHaveLength(10);
  });
});

const built = existsSync(fileURLToPath(new URL('../dist/worker.js', import.meta.url)));
describe.skipIf(!built)('worker pool', () => {
  it('gives the same results as the in-thread path', async () => {
    const items = [
      ...argument('w1'),
      item({ text: 'What an idiot that consultant is.' }),
      ...Array.from({ length: 40 }, (_, k) =>
        item({
          text: k % 5 ? 'Flu clinic on Saturday.' : 'That patient in bed 4 is a moron.',
          at: `2025-05-${String(1 + (k % 28)).padStart(2, '0')}T0${k % 10}:00:00+01:00`,
        }),
      ),
      ...argument('w2'),
    ];
    const collect = async (workers: number) => {
      const run = auditItems(from(items), { me: ['Dr Sam', 'drsam'], workers, batchSize: 7 });
      const ids: string[] = [];
      for await (const r of run) ids.push(`${r.item.id}:${r.assessment.findings.map((f) => f.ruleId).join(',')}`);
      return { ids, summary: run.summary() };
    };
    const one = await collect(1);
    const two = await collect(2);
    expect(one.ids.length).toBeGreaterThan(5);
    expect(two.ids).toEqual(one.ids);
    expect(two.summary).toEqual(one.summary);
    expect(one.summary.spirals.threads).toBe(2);
  }, 60_000);
});
