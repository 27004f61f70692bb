import { describe, expect, it } from 'vitest';
import { AUTHOR_FAMILY, ageCues } from './ages.js';

const ages = (t: string) => ageCues(t).map((c) => t.slice(c.start, c.end));

describe('ages of one person, as case write-ups give them', () => {
  it('reads a decade with a sex, either way round, and "-odd"', () => {
    expect(ages('80s F, new AF, lives alone')).toContain('80s F');
    expect(ages('woman, late 20s, itchy palms')).toContain('woman, late 20s');
    expect(ages('a 70-odd lady with a raised WCC')).toContain('70-odd lady');
  });
  it("reads an infant's age in months written short", () => {
    expect(ages('9 m/o, weight dropping across centiles')).toContain('9 m/o');
  });
  it('reads an age said of someone already in view', () => {
    expect(ages("she's 31 and on the pill")).toEqual(['31']);
    expect(ages('mine is 72, on methotrexate')).toEqual(['72']);
  });
  it('leaves decades of groups, times and amounts', () => {
    expect(ages("he's 10 minutes late again")).toEqual([]);
    expect(ages("she's 5 foot tall")).toEqual([]);
    expect(ages('the 80s music at the Christmas do')).toEqual([]);
  });
});

describe("the author's own family and pets", () => {
  it('covers relatives and pets, not patients', () => {
    expect(AUTHOR_FAMILY.test("my dog's x-ray from the vet")).toBe(true);
    expect(AUTHOR_FAMILY.test('my mum had her bloods')).toBe(true);
    expect(AUTHOR_FAMILY.test('a lady with her dog')).toBe(false);
  });
});
