import { describe, expect, it } from 'vitest';
import { allowList, checkAll, regexLiterals } from './regexes.js';

/*
 * Every regular expression in the engine and the importers is linear-time: proved so by recheck, or
 * listed in scripts/regex-allow.json with the reason it is safe where it is used. Proofs already made
 * are kept in scripts/regex-verdicts.json, so only new or changed patterns are checked here; run
 * `node scripts/regexes.js --fresh --write` to check them all again and record the proofs.
 */
describe('regular expressions', () => {
  const literals = regexLiterals();
  const allowed = allowList();

  it('finds the patterns it checks', () => {
    expect(literals.length).toBeGreaterThan(400);
  });

  it('are all proved linear, or allowed with a reason', async () => {
    const results = await checkAll(literals);
    const unsafe = results
      .filter((r) => r.status !== 'safe' && !allowed.has(`/${r.source}/${r.flags}`))
      .map((r) => `${r.where} /${r.source}/${r.flags}: ${r.status} ${r.complexity ?? ''} ${r.attack ?? ''}`);
    expect(unsafe).toEqual([]);
  }, 600_000);

  it('the allow-list names no pattern that is gone, and gives each a reason', () => {
    const present = new Set(literals.map((r) => `/${r.source}/${r.flags}`));
    for (const [pattern, entry] of allowed) {
      expect(present.has(pattern), `${entry.where}: ${pattern} is no longer in the code`).toBe(true);
      expect(entry.reason.length).toBeGreaterThan(40);
    }
  });
});
