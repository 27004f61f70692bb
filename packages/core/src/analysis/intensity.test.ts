import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise.js';
import { tokenise } from '../text/tokens.js';
import { measureIntensity } from './intensity.js';

const measure = (text: string) => measureIntensity(text, tokenise(normalise(text)), []);
const runs = (text: string) => measure(text).exclamationRuns.map((r) => text.slice(r.start, r.end));

describe('measureIntensity: shouted words', () => {
  it('finds words of three or more capitals', () => {
    expect(measure('I am SICK of this').shouted.map((t) => t.raw)).toEqual(['SICK']);
  });

  it('ignores short capitals, mixed case and known acronyms', () => {
    expect(measure('OK so I AM at the NHS and GMC meeting with the ICB about COVID, Dr').shouted).toEqual([]);
    expect(measure('NICE guidance on COPD and HbA1c').shouted).toEqual([]);
  });

  it('judges a contraction by the word before the apostrophe', () => {
    expect(measure("DON'T do that").shouted.map((t) => t.raw)).toEqual(["DON'T"]);
    expect(measure("the NHS'S budget").shouted).toEqual([]);
  });

  it('ignores numbers', () => {
    expect(measure('Call 111 or 999').shouted).toEqual([]);
  });

  it('reads capitals written with look-alike letters as shouting', () => {
    expect(measure('ЅТОР this').shouted.map((t) => t.raw)).toEqual(['ЅТОР']);
  });
});

describe('measureIntensity: shouting', () => {
  it('is true with three or more shouted words', () => {
    expect(measure('This is ABSOLUTELY RIDICULOUS and UNACCEPTABLE behaviour from them today').shouting).toBe(true);
  });

  it('is true for a short draft of two shouted words', () => {
    expect(measure('STOP THAT now').shouting).toBe(true);
  });

  it('is true when most of the words are shouted', () => {
    expect(measure('WHY NOT me').shouting).toBe(true);
  });

  it('is false for one shouted word in an ordinary sentence', () => {
    expect(measure('Please do NOT bring food into the waiting room').shouting).toBe(false);
  });

  it('is false for acronyms and for empty text', () => {
    expect(measure('NHS GMC BMA RCGP LMC CQC').shouting).toBe(false);
    expect(measure('').shouting).toBe(false);
  });
});

describe('measureIntensity: exclamation runs', () => {
  it('finds runs of two or more marks with at least one !', () => {
    expect(runs('What?! No!! Really!!! Fine!')).toEqual(['?!', '!!', '!!!']);
    expect(runs('Hm!?')).toEqual(['!?']);
  });

  it('ignores single marks and question-only runs', () => {
    expect(runs('Great! Really? Why??')).toEqual([]);
  });

  it('keeps a mixed run whole, with original offsets', () => {
    const text = 'Oh ?!?!? no';
    expect(measure(text).exclamationRuns).toEqual([{ start: 3, end: 8 }]);
  });

  it('is linear on long runs', () => {
    const t0 = performance.now();
    runs('?'.repeat(100_000));
    runs(`${'?'.repeat(100_000)}!`);
    expect(performance.now() - t0).toBeLessThan(2000); // a hang guard, not a speed target (see npm run bench)
    expect(runs(`${'?'.repeat(1000)}!`)).toHaveLength(1);
  });
});

describe('measureIntensity: absolutes', () => {
  it('passes the absolute lexicon hits through', () => {
    const hits = [
      {
        lexicon: 'absolute',
        entry: { phrase: 'always', source: 't', note: 't' },
        start: 4,
        end: 10,
        tokenStart: 1,
        tokenEnd: 2,
      },
    ];
    expect(measureIntensity('You always do', [], hits).absolutes).toBe(hits);
  });
});
