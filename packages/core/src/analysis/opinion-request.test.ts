import { describe, expect, it } from 'vitest';
import { Analyser } from './analyse.js';
import { opinionAsk } from './opinion-request.js';
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
  it('leaves questions that name their topic, and choices that are not clinical', () => {
    expect(ask('Thoughts on the new formulary?')).toBeUndefined();
    expect(ask('Curry or pizza for the Christmas do?')).toBeUndefined();
    expect(ask('Lovely thoughts from the team, thank you all.')).toBeUndefined();
  });
});
