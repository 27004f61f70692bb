import { expect, it } from 'vitest';
import { Phrases } from './phrases.js';
import { tokenise } from './tokens.js';
import { normalise } from './normalise.js';

const tokensOf = (text: string) => tokenise(normalise(text));

it('finds every phrase in order, the longest where two start at the same word', () => {
  const phrases = new Phrases(['funny how', 'funny', 'draw your own conclusions']);
  const text = "Funny how it goes. Draw your own conclusions, it's funny.";
  const spans = phrases.spans(tokensOf(text));
  expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Funny how', 'Draw your own conclusions', 'funny']);
  expect(spans[1]?.tokenEnd).toBe((spans[1]?.tokenStart ?? 0) + 4);
});

it('finds nothing in a text without the phrases', () => {
  expect(new Phrases(['funny how']).spans(tokensOf('How funny.'))).toEqual([]);
});
