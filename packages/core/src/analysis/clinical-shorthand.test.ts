import { describe, expect, it } from 'vitest';
import { shorthandCues } from './clinical-shorthand.js';

const read = (text: string) => shorthandCues(text).map((c) => `${c.kind}:${text.slice(c.start, c.end)}`);

describe('clinical shorthand', () => {
  it('reads age and sex as clinicians run them together', () => {
    expect(read('42F, SOB')).toContain('age-sex:42F');
    expect(read('67yo M c/o chest pain')).toEqual(['age-sex:67yo M', 'abbreviation:c/o']);
    expect(read('Hb 74 in a 58 y/o lady')).toContain('age-sex:58 y/o lady');
    expect(read('35 F 28/40 pregnant')).toEqual(['age-sex:35 F', 'duration:28/40']);
    expect(read('3/12 old with a rash')).toEqual(['infant-age:3/12 old']);
  });
  it('reads results, doses, durations and ?diagnosis', () => {
    expect(read('K+ 6.1, eGFR of 28, BP 168/94')).toEqual(['result:K+ 6.1', 'result:eGFR of 28', 'result:BP 168/94']);
    expect(read('on amlod 10mg od and metformin 1g bd')).toEqual(['dose:10mg od', 'dose:1g bd']);
    expect(read('3/52 hx, ?PE')).toEqual(['duration:3/52', 'abbreviation:hx', 'query-diagnosis:?PE']);
    expect(read('sats 89% RA')).toEqual(['result:sats 89%']);
  });
  it('leaves ordinary numbers, money, dates and the author’s own results alone', () => {
    expect(read('over 1M people and 10 F')).toEqual([]);
    expect(read('£42m deal for 5m people')).toEqual([]);
    expect(read('open 24/7, see you on 3/12')).toEqual([]);
    expect(read('Drank 500ml of water')).toEqual([]);
    expect(read('my own Hb was 110')).toEqual([]);
    expect(read('PE kit on Friday, DM me, K is for kite')).toEqual([]);
  });
  it('stays linear on a long draft', () => {
    const text = '42F K+ 6.1 10mg od ?PE 3/52 c/o '.repeat(4000);
    const t = performance.now();
    expect(shorthandCues(text).length).toBeGreaterThan(1000);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
