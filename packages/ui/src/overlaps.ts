import type { Finding } from '@pause/core';

/** Findings about the same words, shown as one card: the worst first, spanning all their words. */
export interface FindingGroup {
  findings: Finding[];
  start?: number;
  end?: number;
}

const RANK = { stop: 0, caution: 1, info: 2 } as const;

/**
 * Groups findings whose words overlap ("bloody", "bloody idiot" and "idiot" make one card for two
 * words), keeping the order in which groups first appear; findings about the whole draft stay alone.
 * Within a group the most serious finding comes first.
 */
export function groupOverlapping(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const f of findings) {
    if (f.start === undefined || f.end === undefined) {
      groups.push({ findings: [f] });
      continue;
    }
    const fs = f.start;
    const fe = f.end;
    const touching = groups.filter((g) => g.start !== undefined && g.end !== undefined && fs < g.end && fe > g.start);
    if (touching.length === 0) {
      groups.push({ findings: [f], start: fs, end: fe });
      continue;
    }
    // Merge every group the finding touches into the first of them.
    const [into, ...rest] = touching as [FindingGroup, ...FindingGroup[]];
    into.findings.push(f, ...rest.flatMap((g) => g.findings));
    into.start = Math.min(fs, ...touching.map((g) => g.start as number));
    into.end = Math.max(fe, ...touching.map((g) => g.end as number));
    for (const g of rest) groups.splice(groups.indexOf(g), 1);
  }
  for (const g of groups) g.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return groups;
}
