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

  it('names the lines without a rule or without words, by number', () => {
    expect(linesToAllow('Scunthorpe\ncontent.profanity:\ncontent.profanity: ok\nnot a rule: x').problems).toEqual([
      1, 2, 4,
    ]);
  });

  it('writes back what it reads', () => {
    const allow = { 'content.profanity': ['Scunthorpe', 'Penistone'], 'content.insult': ['numpty'] };
    expect(linesToAllow(allowToLines(allow)).allow).toEqual(allow);
  });
});
