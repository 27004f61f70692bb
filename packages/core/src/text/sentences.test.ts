import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const parts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at . ! ? and … followed by space', () => {
    expect(parts('Flu clinic on Saturday. No appointment needed! Questions? Ring us… Thanks')).toEqual([
      'Flu clinic on Saturday.',
      'No appointment needed!',
      'Questions?',
      'Ring us…',
      'Thanks',
    ]);
  });

  it('keeps runs of marks and closing quotes or brackets with the sentence', () => {
    expect(parts('What?! Really!!! He said "no." (Fine.) Done')).toEqual([
      'What?!',
      'Really!!!',
      'He said "no."',
      '(Fine.)',
      'Done',
    ]);
  });

  it('does not split inside numbers, decimals, times or URLs', () => {
    expect(parts('Dose 2.5 mg at 10.30 via nhs.uk today.')).toEqual(['Dose 2.5 mg at 10.30 via nhs.uk today.']);
  });

  it('splits at line breaks, and blank lines make no empty sentences', () => {
    expect(parts('First line\nSecond line\n\n\nThird')).toEqual(['First line', 'Second line', 'Third']);
    expect(parts('Windows\r\nline\r\n\r\nends')).toEqual(['Windows', 'line', 'ends']);
  });

  it('trims spaces at both ends and gives half-open original offsets', () => {
    const s = '   Hello there.   Bye.  ';
    const out = splitSentences(s);
    expect(out).toEqual([
      { start: 3, end: 15 },
      { start: 18, end: 22 },
    ]);
  });

  it('gives no sentences for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('keeps a final mark at the end of text with its sentence', () => {
    expect(parts('One. Two.')).toEqual(['One.', 'Two.']);
    expect(parts('Only one!')).toEqual(['Only one!']);
  });

  it('keeps emoji with their sentence and offsets in UTF-16 units', () => {
    const s = 'Great day 😀. Next 👍🏽 one.';
    expect(parts(s)).toEqual(['Great day 😀.', 'Next 👍🏽 one.']);
  });

  it('splits "Dr." early, which is documented as harmless', () => {
    expect(parts('Ask Dr. Patel.')).toEqual(['Ask Dr.', 'Patel.']);
  });

  it('sentences are sorted and disjoint', () => {
    const out = splitSentences('A. B! C? D\nE… F');
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
  });

  it('is linear on long runs of marks with no space after them', () => {
    const t0 = performance.now();
    splitSentences('.'.repeat(100_000));
    splitSentences(`${'!'.repeat(100_000)}a`);
    splitSentences('?)'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(2000); // a hang guard, not a speed target (see npm run bench)
  });
});
