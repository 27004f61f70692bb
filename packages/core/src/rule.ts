import type { Analysis } from './analysis/analyse.js';
import type { Policy } from './policy.js';
import type { Category, Draft, GuidanceSection, Reader, Severity, Suggestion } from './types.js';

/** What a rule reports; the engine adds the rule's metadata, the excerpt and the severity. */
export interface RuleHit {
  /** Half-open UTF-16 range in the original text; omit both for a whole-draft finding. */
  start?: number;
  end?: number;
  message: string;
  /** 0..1: how sure the rule is (severity says how bad it would be). */
  confidence: number;
  suggestions?: Suggestion[];
  why?: string[];
}

export interface RuleContext {
  readonly draft: Draft;
  readonly analysis: Analysis;
  readonly policy: Policy;
}

/** A draft (or just its text) used as a documented example and run as a test. */
export type RuleExample = string | (Partial<Draft> & { text: string });

export interface RuleDefinition {
  /** `<category>.<name>`, as in rules.md; the file lives at rules/<category>/<name>.ts. */
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly guidance: GuidanceSection;
  readonly readers: readonly Reader[];
  /** One line: what the rule looks for. */
  readonly description: string;
  /** Why it matters, in the project's own words, for the docs page. */
  readonly rationale: string;
  /** Which direction of message the rule judges (default outbound). */
  readonly direction?: 'outbound' | 'inbound';
  readonly examples: { readonly flagged: readonly RuleExample[]; readonly clean: readonly RuleExample[] };
  /**
   * Relevance gate: a cheap test that is false only when detect() cannot find anything (the cues it
   * starts from are absent), so the checker skips the rule. It must follow from detect()'s own logic;
   * fast-path.test.ts checks every gate against detect() on the examples and the corpora.
   */
  gate?(context: RuleContext): boolean;
  detect(context: RuleContext): RuleHit[];
}

export type Rule = RuleDefinition;

export function defineRule(rule: RuleDefinition): Rule {
  const [category, name] = rule.id.split('.');
  if (category !== rule.category || !name) throw new Error(`rule id ${rule.id} must be "${rule.category}.<name>"`);
  return rule;
}
