import { describe, expect, it } from 'vitest';
import { ProfanityScanner } from '../analysis/profanity.js';
import { normalise } from './normalise.js';
import { tokenise } from './tokens.js';
import { unmaskSwearing } from './unmask.js';

const scanner = new ProfanityScanner();
const read = (text: string) => unmaskSwearing(tokenise(normalise(text)), scanner.scan(text), text);
const words = (text: string) => read(text).map((t) => t.norm);

describe('unmaskSwearing', () => {
  it('reads a swear word masked with symbols or digits as the word it stands for', () => {
    expect(words('you absolute c*ck')).toEqual(['you', 'absolute', 'cock']);
    expect(words('a total c*nt, honestly')).toEqual(['a', 'total', 'cunt', 'honestly']);
    expect(words('you absolute @rse')).toEqual(['you', 'absolute', 'arse']);
  });

  it('keeps what the mask left of the written word ("f*cking", "m0therf+cker")', () => {
    expect(words('what a f*cking idiot')).toEqual(['what', 'a', 'fucking', 'idiot']);
    expect(words('whichever m0therf+cker designed it')).toEqual(['whichever', 'motherfucker', 'designed', 'it']);
  });

  it('keeps the offsets of the original text for the joined word', () => {
    const text = 'you absolute c*ck';
    const t = read(text)[2];
    expect(t && text.slice(t.start, t.end)).toBe('c*ck');
    expect(t?.raw).toBe('c*ck');
  });

  it('leaves plain text and innocent words as they are (the same tokens)', () => {
    const text = 'Scunthorpe United won, a classic';
    const tokens = tokenise(normalise(text));
    expect(unmaskSwearing(tokens, scanner.scan(text), text)).toBe(tokens);
  });

  it('leaves spaced-out letters to the speller', () => {
    expect(words('f u c k this')).toEqual(['f', 'u', 'c', 'k', 'this']);
  });
});
