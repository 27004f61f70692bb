import { describe, expect, it } from 'vitest';
import { parseDraft } from '../draft.js';
import { Analyser } from './analyse.js';
import { careEncounters } from './care-encounter.js';

const analyser = new Analyser();
const read = (text: string) => {
  const a = analyser.analyse(parseDraft({ text }));
  return careEncounters(a).map((c) => [text.slice(c.start, c.end), c.weak]);
};

describe('careEncounters', () => {
  it('finds acts of care in any inflection, and ties to the author', () => {
    expect(read('Honoured to have cared for him')).toEqual([['cared for', false]]);
    expect(read('I was looking after her boy')).toEqual([['looking after', false]]);
    expect(read('Treating the landlord again')).toEqual([['Treating', false]]);
    expect(read("I'm her GP and he is my patient")).toEqual([
      ['her GP', false],
      ['my patient', false],
    ]);
  });

  it('marks seeing, visiting and absence as weak, which makes no one a patient by itself', () => {
    expect(read('Saw the landlord at the match')).toEqual([['Saw', true]]);
    expect(read('Our MP visited the surgery')).toEqual([['visited', true]]);
    expect(read("Sophie's off with a migraine")).toEqual([['off with', true]]);
  });

  it('leaves out a denied tie and a body named after patients', () => {
    expect(read('Not one of ours, but still')).toEqual([]);
    expect(read('our patient group meets on Tuesday')).toEqual([]);
    expect(read('Treat yourself to a day off')).toEqual([]);
  });
});
