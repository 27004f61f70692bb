/**
 * What the verdict card says, apart from how it is drawn: the banner's tone and words, the findings
 * worth a line, the words a group of findings is about, and the fixes a group offers. The web app's
 * Check page and the extension's card both read these, so they say the same thing.
 */
import type { Assessment, Finding, Suggestion, Verdict } from '@pause/core';
import { adviceHeadline, VERDICT_LABEL } from './labels.ts';
import type { FindingGroup } from './overlaps.ts';

export interface BannerWords {
  /** The colour: hold (red), review (amber) or post (green). */
  tone: Verdict;
  title: string;
  line: string;
}

/** The findings to look at (notes left out): the badge's count and the card's lines. */
export const activeFindings = (a: Assessment | undefined): Finding[] =>
  (a?.findings ?? []).filter((f) => f.severity !== 'info');

/** "1 thing to look at", "3 things to look at". */
export const thingsToLookAt = (n: number): string => (n === 1 ? '1 thing to look at' : `${n} things to look at`);

/** The banner for an assessment: the verdict, and the main advice in one sentence. */
export function verdictBanner(a: Assessment): BannerWords {
  const found = activeFindings(a).length;
  return {
    tone: a.verdict,
    title: VERDICT_LABEL[a.verdict],
    line: found ? adviceHeadline(a.advice) : 'Nothing here needs changing.',
  };
}

/** The words a group is about, from the text the findings were made for; the excerpt when it has no span. */
export function groupWords(text: string, g: FindingGroup): string | undefined {
  return g.start !== undefined && g.end !== undefined ? text.slice(g.start, g.end) : g.findings[0]?.excerpt;
}

/** The replacements a group offers, each once (two findings often propose the same edit). */
export function distinctFixes(findings: readonly Finding[]): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const f of findings)
    for (const s of f.suggestions) {
      const key = `${s.start}:${s.end}:${s.text}`;
      if (s.kind !== 'replace' || seen.has(key)) continue;
      seen.add(key);
      out.push(s);
    }
  return out;
}

/** The advice of a group, each tip once. */
export const distinctTips = (findings: readonly Finding[]): string[] => [
  ...new Set(findings.flatMap((f) => f.suggestions.filter((s) => s.kind === 'advice').map((s) => s.text))),
];
