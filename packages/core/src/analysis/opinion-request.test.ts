import { describe, expect, it } from 'vitest';
import { Analyser } from './analyse.js';
import { opinionAsk, questionsOf } from './opinion-request.js';
import { parseDraft } from '../draft.js';

const analyser = new Analyser();
const ask = (text: string) => {
  const a = analyser.analyse(parseDraft({ text }));
  const found = opinionAsk(a);
  return found ? text.slice(found.start, found.end) : undefined;
};

describe('short requests for an opinion', () => {
  it('reads a fragment made of an opinion noun and its fillers', () => {
    expect(ask('Case above. Thoughts?')).toBe('Thoughts?');
    expect(ask('any ideas anyone??')).toBe('any ideas anyone??');
    expect(ask('Bloods attached. Views pls')).toBe('Views pls');
  });
  it('reads two clinical actions set against each other in a question', () => {
    expect(ask('K+ 6.1 today. Admit or repeat??')).toBe('Admit or repeat??');
    expect(ask('BP 150/100 at 28/40, send in or recheck?')).toBe('send in or recheck?');
  });
  it('reads the fragment set off at the end of a longer sentence', () => {
    expect(ask('this is the wound on the man I mentioned - thoughts?')).toBe('thoughts?');
    expect(ask('Photo from this morning: any ideas?')).toBe('any ideas?');
  });
  it('leaves questions that name their topic, and choices that are not clinical', () => {
    expect(ask('Thoughts on the new formulary?')).toBeUndefined();
    expect(ask('Curry or pizza for the Christmas do?')).toBeUndefined();
    expect(ask('Lovely thoughts from the team, thank you all.')).toBeUndefined();
  });
});

describe('questions, with or without a question mark', () => {
  const questions = (text: string) =>
    questionsOf(analyser.analyse(parseDraft({ text }))).map((q) => text.slice(q.start, q.end));
  it('reads sentences that end in a question mark', () => {
    expect(questions('Bloods are back. Where do you land? Thanks all.')).toEqual(['Where do you land?']);
  });
  it('reads a question opened by an asking word with the mark left off', () => {
    expect(questions('mole on his back changed shape. does it need 2ww')).toEqual(['does it need 2ww']);
  });
  it('reads a doubt put to the reader at the end', () => {
    expect(questions('annular plaques for 6 wks, granuloma annulare or am I kidding myself')).toEqual([
      'annular plaques for 6 wks, granuloma annulare or am I kidding myself',
    ]);
  });
  it('leaves statements, including ones that open with an asking word and end with a full stop', () => {
    expect(questions('Clinic ran late. What a day.')).toEqual([]);
    expect(questions('Is it Friday yet. Feels like it.')).toEqual([]);
  });
});
