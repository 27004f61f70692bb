// The quality bar of the engine-foundation issue, kept as a regression test: every rule of that issue
// keeps precision and recall of at least 0.90 on the project's labelled drafts, and clean drafts pass.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createChecker, RULES } from '../packages/core/src/index.js';
import { score } from './score.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'dev.jsonl');
const FOUNDATION_RULES = [
  'content.profanity',
  'content.insult',
  'content.harassment',
  'content.discrimination',
  'content.hate-incitement',
  'content.threat',
  'content.sexual',
  'content.patient-disparagement',
  'behaviour.heightened-emotion',
  'behaviour.spiral',
  'behaviour.unusual-hour',
  'behaviour.group-banter',
  'disclosability.reminder',
];

describe.runIf(existsSync(corpus))('dev corpus (../shared/eval/dev.jsonl)', () => {
  const cases = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const checker = createChecker();
  const result = score(
    cases,
    (d: unknown) => checker.assess(d),
    RULES.map((r) => r.id),
  );

  it('assesses every case without error', () => expect(result.errors).toEqual([]));
  it('passes at least 97% of clean drafts', () => expect(result.cleanPostRate).toBeGreaterThanOrEqual(0.97));
  for (const id of FOUNDATION_RULES) {
    it(`${id}: precision and recall ≥ 0.90`, () => {
      const r = result.rules.find((x: { id: string }) => x.id === id);
      expect(r, `${id} has no labelled cases`).toBeDefined();
      expect(r.precision ?? 1).toBeGreaterThanOrEqual(0.9);
      expect(r.recall).toBeGreaterThanOrEqual(0.9);
    });
  }
});
