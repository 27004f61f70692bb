import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { readTextSpeak } from './text-speak.js';
import { tokenise } from './tokens.js';

describe('readTextSpeak', () => {
  it('reads text-speak as the words it stands for, keeping what was typed and where', () => {
    const text = 'cnt do this 2nite, no1 wud notice';
    const tokens = readTextSpeak(tokenise(normalise(text)));
    expect(tokens.map((t) => t.norm)).toEqual(["can't", 'do', 'this', 'tonight', 'noone', 'would', 'notice']);
    expect(tokens.map((t) => t.raw)).toEqual(['cnt', 'do', 'this', '2nite', 'no1', 'wud', 'notice']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('leaves ordinary words, and "u" and "ur", as typed, and returns the same list when nothing changes', () => {
    const tokens = tokenise(normalise('can u see ur results'));
    expect(readTextSpeak(tokens)).toBe(tokens);
  });
});
