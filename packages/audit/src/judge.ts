import { createChecker, type Assessment, type Checker, type Draft, type Finding } from '@pause/core';

/** What one draft comes to: an assessment worth showing, nothing worth showing, or an error. */
export type Judged = Assessment | null | { error: string };

export const isError = (j: Judged): j is { error: string } => j !== null && 'error' in j;

/** A finding worth listing: caution or stop (info findings, such as the disclosability reminder, are not). */
export const aboveInfo = (a: { readonly findings: readonly Finding[] }) =>
  a.findings.some((f) => f.severity !== 'info');

/** Assess one draft; errors (a draft the engine refuses) are returned, not thrown, so one bad item never stops an audit. */
export function judge(checker: Checker, draft: Draft): Judged {
  try {
    // Most items have nothing to show: their readers, advice and rewrite are never built.
    const inspection = checker.inspect(draft);
    return aboveInfo(inspection) ? inspection.assessment() : null;
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function judgeBatch(checker: Checker, drafts: readonly Draft[]): Judged[] {
  return drafts.map((d) => judge(checker, d));
}

/** One checker per policy per thread: compiling the matchers is the dear part. */
const checkers = new Map<string, Checker>();
export function checkerFor(policy: unknown): Checker {
  const key = JSON.stringify(policy ?? null);
  let c = checkers.get(key);
  if (!c) {
    if (checkers.size > 8) checkers.clear();
    c = createChecker(policy ?? undefined);
    checkers.set(key, c);
  }
  return c;
}
