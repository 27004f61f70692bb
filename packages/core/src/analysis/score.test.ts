import { describe, expect, it } from 'vitest';
import type { Analysis } from './analyse.js';
import { withModel } from './score.js';

/** Just enough of an analysis for the scoring path: one sentence, no acts, a model with fixed scores. */
function analysis(p: number, threshold: number): Analysis {
  const text = 'Some people named here.';
  return {
    text,
    sentences: [{ start: 0, end: text.length }],
    sentenceAt: () => 0,
    hits: () => [],
    meaning: { acts: [] },
    model: { p: () => p, threshold: () => threshold, supported: () => 0.6, strongestSentence: () => undefined },
  } as unknown as Analysis;
}

const alone = () => ({ message: 'm', suggestions: [] });
const bare = (addressed: boolean) => [{ start: 5, end: 11, why: 'aimed at people', bare: true, addressed }];
const fired = (p: number, threshold: number, addressed = false) =>
  withModel(analysis(p, threshold), 'content.threat', [], alone, bare(addressed)).length > 0;

describe('withModel: a bare part (only someone named) left to the model', () => {
  it('is completed at the head’s held-out threshold', () => {
    expect(fired(0.87, 0.86)).toBe(true);
    expect(fired(0.85, 0.86)).toBe(false);
  });

  it('never needs less than 0.85', () => {
    expect(fired(0.84, 0.6)).toBe(false);
    expect(fired(0.86, 0.6)).toBe(true);
  });

  it('never needs more than 0.9 for someone named in the third person or a group', () => {
    expect(fired(0.91, 0.995)).toBe(true);
    expect(fired(0.89, 0.995)).toBe(false);
  });

  it('needs the head’s own threshold, however high, when the part is "you"', () => {
    expect(fired(0.96, 0.995, true)).toBe(false);
    expect(fired(0.996, 0.995, true)).toBe(true);
    expect(fired(0.86, 0.6, true)).toBe(true);
  });

  it('is never completed by a head that never fires alone', () => {
    expect(fired(0.999, 1)).toBe(false);
  });
});
