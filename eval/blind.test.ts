import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindSets, compareLines, runBlind } from './blind.js';

const draft = (text: string) => ({ text, channel: 'public-post' });
const cases = [
  { id: 'b-1', draft: draft('rude'), expect: ['content.insult'] },
  { id: 'b-2', draft: draft('fine'), expect: [] },
];
/** A stand-in engine: flags the word "rude" as an insult. */
const assess = (d: { text: string }) =>
  d.text === 'rude'
    ? { verdict: 'review', findings: [{ ruleId: 'content.insult', severity: 'caution' }] }
    : { verdict: 'post', findings: [] };
const ids = ['content.insult'];

function folder(pool?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'pause-blind-'));
  writeFileSync(join(dir, 'set-1.jsonl'), `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
  if (pool) writeFileSync(join(dir, 'pool.json'), JSON.stringify(pool));
  return dir;
}

describe('blind sets', () => {
  it('records a "before" once, then refuses to replace it', () => {
    const dir = folder();
    const [run] = runBlind(dir, assess, ids, { record: true, commit: 'abc1234', date: '2026-12-06' });
    expect(run?.set.record).toMatchObject({ commit: 'abc1234', cases: 2, clean: 1, cleanPost: 1 });
    expect(run?.set.record.rules['content.insult']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(() => runBlind(dir, assess, ids, { record: true })).not.toThrow(); // an existing record is kept
    const [again] = blindSets(dir);
    expect(again?.record.commit).toBe('abc1234');
  });

  it('warns when a set changed after its "before" was taken', () => {
    const dir = folder();
    runBlind(dir, assess, ids, { record: true, commit: 'abc1234' });
    writeFileSync(join(dir, 'set-1.jsonl'), JSON.stringify(cases[0]));
    const [run] = runBlind(dir, assess, ids);
    expect(compareLines(run?.set, run?.now).join('\n')).toMatch(/no longer blind/);
  });

  it('marks a set that joined the training pool as no longer blind', () => {
    const dir = folder({ sets: [{ set: 'set-1', joined: '2026-12-06' }] });
    const [run] = runBlind(dir, assess, ids, { record: true, commit: 'abc1234' });
    expect(run?.set.pooled).toBe('2026-12-06');
    expect(compareLines(run?.set, run?.now).join('\n')).toMatch(/Joined the training pool on 2026-12-06/);
  });

  it('a set outside the pool is reported without that note', () => {
    const dir = folder({ sets: [{ set: 'other-1', joined: '2026-12-06' }] });
    const [run] = runBlind(dir, assess, ids, { record: true, commit: 'abc1234' });
    expect(compareLines(run?.set, run?.now).join('\n')).not.toMatch(/training pool/);
  });
});
