/**
 * Property-based checks of the engine's contract (fast-check, fixed seed, bounded runs): whatever the
 * draft, `assess` answers or refuses with a DraftError, never anything else; every finding points at
 * the words it names; the verdict follows from the findings; and the same draft gives the same answer.
 * The drafts mix words the rules read (so their paths run) with random Unicode, emoji and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentProblems } from '../test/contract.js';
import { DRAFT } from '../test/drafts.js';
import { createChecker } from './checker.js';

const RUNS = { seed: 20261206, numRuns: 400 };

describe('the engine on drafts of any shape', () => {
  const checker = createChecker();

  it('answers, or refuses with a DraftError; findings point at their words; the verdict follows from them', () => {
    fc.assert(
      fc.property(DRAFT, (draft) => {
        let assessment: ReturnType<typeof checker.assess>;
        try {
          assessment = checker.assess(draft);
        } catch (e) {
          expect((e as Error).name).toBe('DraftError');
          return;
        }
        expect(assessmentProblems(draft.text, assessment)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives the same answer to the same draft, from the same checker or a new one', () => {
    const other = createChecker();
    fc.assert(
      fc.property(DRAFT, (draft) => {
        let first: string;
        try {
          first = JSON.stringify(checker.assess(draft));
        } catch {
          return;
        }
        expect(JSON.stringify(checker.assess(draft))).toBe(first);
        expect(JSON.stringify(other.assess(draft))).toBe(first);
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});
