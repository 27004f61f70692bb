/**
 * The engine in the extension's service worker: loaded once, off every page's main thread. One
 * checker per policy, since compiling the matchers is the expensive part and the policy rarely
 * changes. Nothing here logs or stores the draft.
 */
import { type Assessment, type Checker, createChecker, type Draft, parsePolicy, type Policy } from '@pause/core';

let cached: { key: string; checker: Checker } | undefined;

function checkerFor(policy: Policy): Checker {
  const key = JSON.stringify(policy);
  if (cached?.key !== key) {
    let parsed: Policy;
    try {
      parsed = parsePolicy(policy);
    } catch {
      // A policy the engine refuses (a hand-edited store) must not stop checking: use the defaults.
      parsed = parsePolicy({});
    }
    cached = { key, checker: createChecker(parsed) };
  }
  return cached.checker;
}

export function assess(draft: Partial<Draft> & { text: string }, policy: Policy): Assessment {
  return checkerFor(policy).assess(draft);
}
