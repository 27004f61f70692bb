/*
 * Fast paths: shortcuts that give the same answers as the full computation for less work (an ASCII
 * text needs no offset map; a rule whose cues are absent cannot fire; a regex cannot match a text
 * without its literal words). Each is written to be exact, and fast-path.test.ts assesses the rule
 * examples, the labelled corpora and the benchmark drafts with them on and off and requires identical
 * assessments, so a shortcut that drifts from what it stands for is caught.
 */

let enabled = true;

/** True unless a test has switched the fast paths off. */
export function fastPaths(): boolean {
  return enabled;
}

/** Runs `work` with every fast path off (for tests that prove the fast paths change nothing). */
export function withoutFastPaths<T>(work: () => T): T {
  const was = enabled;
  enabled = false;
  try {
    return work();
  } finally {
    enabled = was;
  }
}
