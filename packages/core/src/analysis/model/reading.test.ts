import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../draft.js';
import { Analyser } from '../analyse.js';

const analyser = new Analyser();

describe('readModel: strongestSentence', () => {
  it('picks the sentence the head scores highest, in any position', () => {
    const lead = 'Thanks for sorting my repeat prescription last week.';
    const flag = "My dad can't breathe and his lips have gone blue.";
    const tail = 'Hope the practice has a good weekend.';
    for (const text of [`${flag} ${lead} ${tail}`, `${lead} ${flag} ${tail}`, `${lead} ${tail} ${flag}`]) {
      const a = analyser.analyse(parseDraft({ text, direction: 'inbound', channel: 'direct-message' }));
      const s = a.model.strongestSentence('boundaries.urgent-symptoms');
      expect(s && text.slice(s.start, s.end).trim()).toBe(flag);
    }
  });

  it('gives the only sentence of a one-sentence draft', () => {
    const one = analyser.analyse(parseDraft({ text: 'Flu clinic on Saturday.' }));
    expect(one.model.strongestSentence('content.insult')).toEqual(one.sentences[0]);
  });
});
