import { advise } from './advice.js';
import { Analyser } from './analysis/analyse.js';
import { parseDraft, type ParseDraftOptions } from './draft.js';
import { fastPaths } from './fast-path.js';
import { MIN_CONFIDENCE, parsePolicy, type Policy } from './policy.js';
import { readersPanel } from './readers.js';
import { applySuggestions } from './rewrite.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';
import { normalise } from './text/normalise.js';
import type { Assessment, Draft, Finding, Verdict } from './types.js';

export interface Checker {
  /** The rules this checker runs, in registry order. */
  readonly rules: readonly Rule[];
  readonly policy: Policy;
  /** Assess a draft. Untrusted input is checked first (throws DraftError naming the bad field). */
  assess(draft: Draft | unknown, options?: ParseDraftOptions): Assessment;
  /**
   * The findings first, the rest of the Assessment on request: for bulk work (an archive audit) that
   * keeps only drafts with findings, so the readers, advice and rewrite of the others are never built.
   * `inspect(d).assessment()` equals `assess(d)`.
   */
  inspect(draft: Draft | unknown, options?: ParseDraftOptions): Inspection;
}

export interface Inspection {
  readonly findings: readonly Finding[];
  /** The whole Assessment: verdict, findings, readers, advice and rewrite. */
  assessment(): Assessment;
}

/** Ranges of the normalised text where a policy allow-listed phrase occurs. */
function allowedRanges(view: string, phrases: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const p of phrases) {
    for (let i = view.indexOf(p); i !== -1; i = view.indexOf(p, i + 1)) ranges.push([i, i + p.length]);
  }
  return ranges;
}

function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'stop')) return 'hold';
  if (findings.some((f) => f.severity === 'caution')) return 'review';
  return 'post';
}

/**
 * Compiles every matcher once; `assess` is then pure: the same draft and policy always give the
 * same Assessment.
 */
export function createChecker(policyInput?: unknown, rules: readonly Rule[] = RULES): Checker {
  const policy = parsePolicy(policyInput ?? {});
  const analyser = new Analyser();
  const folded = new Map(
    Object.entries(policy.allow).map(([id, phrases]) => [id, phrases.map((p) => normalise(p.trim()).text)]),
  );
  // Each rule's allow-list with the phrases allowed for every rule ("*"), joined once here.
  const allow = new Map(rules.map((r) => [r.id, [...(folded.get(r.id) ?? []), ...(folded.get('*') ?? [])]]));
  const minConfidence = MIN_CONFIDENCE[policy.sensitivity];
  const order = new Map(rules.map((r, i) => [r.id, i]));
  // Each rule with its severity under this policy and its allow-list, resolved once; rules turned off are left out.
  const plan = rules.flatMap((rule) => {
    const severity = policy.severity[rule.id] ?? rule.severity;
    return severity === 'off'
      ? []
      : [{ rule, severity, direction: rule.direction ?? 'outbound', phrases: allow.get(rule.id) ?? [] }];
  });

  const checker: Checker = {
    rules,
    policy,
    assess(input, options) {
      return checker.inspect(input, options).assessment();
    },
    inspect(input, options) {
      const draft = parseDraft(input, options);
      const analysis = analyser.analyse(draft);
      const findings: Finding[] = [];
      let seen: Set<string> | undefined;
      const context = { draft, analysis, policy };
      const gated = fastPaths();
      for (const { rule, severity, direction, phrases } of plan) {
        if (direction !== draft.direction) continue;
        if (gated && rule.gate && !rule.gate(context)) continue;
        const hits = rule.detect(context);
        if (hits.length === 0) continue;
        const allowed = phrases.length
          ? allowedRanges(analysis.view.text, phrases).map(([s, e]) => analysis.view.toOriginal(s, e))
          : [];
        for (const hit of hits) {
          if (hit.confidence < minConfidence) continue;
          const spanned = hit.start !== undefined && hit.end !== undefined;
          if (spanned && allowed.some(([s, e]) => (hit.start as number) < e && (hit.end as number) > s)) continue;
          const key = `${rule.id}:${hit.start}:${hit.end}`;
          seen ??= new Set();
          if (seen.has(key)) continue;
          seen.add(key);
          const finding: Finding = {
            ruleId: rule.id,
            category: rule.category,
            severity,
            ...(spanned ? { start: hit.start, end: hit.end, excerpt: draft.text.slice(hit.start, hit.end) } : {}),
            message: hit.message,
            guidance: rule.guidance,
            readers: [...rule.readers],
            suggestions: hit.suggestions ?? [],
            confidence: Math.round(hit.confidence * 100) / 100,
            ...(hit.why?.length ? { why: hit.why } : {}),
          };
          findings.push(finding);
        }
      }
      findings.sort(
        (a, b) =>
          (a.start ?? Infinity) - (b.start ?? Infinity) ||
          (a.end ?? 0) - (b.end ?? 0) ||
          (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0),
      );
      return {
        findings,
        assessment: () => ({
          verdict: verdictOf(findings),
          findings,
          readers: readersPanel(findings),
          advice: advise(draft, findings, policy, analysis.composedAtMs),
          rewrite: applySuggestions(draft.text, findings),
        }),
      };
    },
  };
  return checker;
}
