/**
 * Table tests for one rule, in the manner of ESLint's RuleTester: clean drafts stay silent,
 * flagged drafts give exactly the expected spans (and, where given, the expected rewrite).
 * Only the rule under test runs, so other rules cannot mask or mimic it.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/checker.js';
import type { Rule, RuleExample } from '../src/rule.js';
import type { Draft, Finding } from '../src/types.js';

type DraftInput = Partial<Draft> & { text: string };

export interface CleanCase {
  draft: string | DraftInput;
  name?: string;
  policy?: unknown;
  /**
   * A known gap: the engine does not yet do what the case expects, for the reason given. The case runs
   * as an expected failure, so the gap stays visible and the test fails once the engine closes it.
   */
  gap?: string;
}

export interface FlaggedCase extends CleanCase {
  /** Excerpts the rule must report, in text order; use `null` for a whole-draft finding. */
  spans: Array<string | null>;
  /** The rewrite with this rule's suggestions applied. */
  rewrite?: string;
}

const asDraft = (d: string | DraftInput | RuleExample): DraftInput => (typeof d === 'string' ? { text: d } : d);
const label = (c: CleanCase) => c.name ?? asDraft(c.draft).text.slice(0, 70);

export function findingsOf(rule: Rule, draft: string | DraftInput, policy?: unknown): Finding[] {
  return createChecker(policy, [rule])
    .assess(asDraft(draft))
    .findings.filter((f) => f.ruleId === rule.id);
}

export function testRule(rule: Rule, cases: { clean: CleanCase[]; flagged: FlaggedCase[] }): void {
  describe(rule.id, () => {
    describe('stays silent on', () => {
      for (const c of cases.clean) {
        (c.gap ? it.fails : it)(c.gap ? `${label(c)} (known gap: ${c.gap})` : label(c), () => {
          expect(findingsOf(rule, c.draft, c.policy).map((f) => f.excerpt ?? null)).toEqual([]);
        });
      }
    });
    describe('flags', () => {
      for (const c of cases.flagged) {
        (c.gap ? it.fails : it)(c.gap ? `${label(c)} (known gap: ${c.gap})` : label(c), () => {
          const draft = asDraft(c.draft);
          const found = findingsOf(rule, draft, c.policy);
          if (process.env.RULE_SPANS_OUT) {
            appendFileSync(
              process.env.RULE_SPANS_OUT,
              `${JSON.stringify({ rule: rule.id, text: draft.text, expected: c.spans, actual: found.map((f) => f.excerpt ?? null) })}\n`,
            );
          }
          expect(found.map((f) => f.excerpt ?? null)).toEqual(c.spans);
          for (const f of found) {
            if (f.start !== undefined) expect(draft.text.slice(f.start, f.end)).toBe(f.excerpt);
            expect(f.message.length).toBeGreaterThan(20);
          }
          if (c.rewrite !== undefined) {
            expect(createChecker(c.policy, [rule]).assess(draft).rewrite).toBe(c.rewrite);
          }
        });
      }
    });
    describe('documented examples', () => {
      for (const ex of rule.examples.flagged) {
        it(`flags: ${asDraft(ex).text.slice(0, 60)}`, () =>
          expect(findingsOf(rule, asDraft(ex)).length).toBeGreaterThan(0));
      }
      for (const ex of rule.examples.clean) {
        it(`clean: ${asDraft(ex).text.slice(0, 60)}`, () => expect(findingsOf(rule, asDraft(ex))).toEqual([]));
      }
    });
  });
}
