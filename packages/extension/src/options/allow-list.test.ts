import { describe, expect, it } from 'vitest';
import { allowToLines, linesToAllow } from './allow-list.ts';

describe('the allow-list as lines', () => {
  it('reads "rule: words" lines into the policy, several to a rule, blank lines ignored', () => {
    expect(
      linesToAllow('content.profanity: Scunthorpe\n\ncontent.profanity:  Penistone \ncontent.insult: numpty'),
    ).toEqual({
      allow: { 'content.profanity': ['Scunthorpe', 'Penistone'], 'content.insult': ['numpty'] },
      problems: [],
    });
  });

  it('takes a line without a rule as words every rule accepts', () => {
    expect(linesToAllow('Scunthorpe\nDr Cockburn').allow).toEqual({ '*': ['Scunthorpe', 'Dr Cockburn'] });
    expect(linesToAllow('Note: Penistone').allow).toEqual({ '*': ['Note: Penistone'] });
  });

  it('names the lines with a rule but no words, or a rule id cut short, by number', () => {
    expect(linesToAllow('content.profanity:\ncontent.profanity: ok\ncontent.: x').problems).toEqual([1, 3]);
  });

  it('writes back what it reads', () => {
    const allow = { 'content.profanity': ['Scunthorpe', 'Penistone'], '*': ['Cockburn'] };
    expect(linesToAllow(allowToLines(allow)).allow).toEqual(allow);
  });
});
