import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../draft.js';
import { Analyser } from '../analyse.js';
import { modelExtras } from './features.js';

const analyser = new Analyser();
const grams = (text: string) =>
  modelExtras(analyser.analyse(parseDraft({ text }))).filter((x) => /^@(g>|.*<g$)/.test(x));

describe('modelExtras: what is said around a protected group', () => {
  it('reads the words after and before the group, with the group left out', () => {
    expect(grams('Honestly I hate Muslims so much.')).toEqual(
      expect.arrayContaining(['@g>so', '@g>so_much', '@hate<g', '@i_hate<g']),
    );
  });

  it('gives two groups the same grams for the same predicate', () => {
    const after = (text: string) => grams(text).filter((x) => x.startsWith('@g>'));
    expect(after('Romanians are filthy')).toEqual(after('Muslims are filthy'));
  });

  it('reads nothing around a profession or a single person', () => {
    expect(grams('Receptionists are filthy, and so is Dr Jones.')).toEqual([]);
  });
});
