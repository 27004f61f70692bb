import type { Assessment, Category, GuidanceSection, Policy, Reader, Severity } from '@pause/core';
import type { DraftInput } from '../lib/draft.ts';

/** What the settings and reflection pages show of a rule. */
export interface RuleInfo {
  id: string;
  /** The rule in a few words ("A patient identifier in a draft about a patient"). */
  title: string;
  category: Category;
  severity: Severity;
  guidance: GuidanceSection;
  description: string;
}

/**
 * Messages to the engine worker. `lane` groups requests that supersede one another (one per
 * text box): only the newest request of a lane is worked on, older ones are answered "stale".
 */
export type EngineRequest =
  | { kind: 'check'; seq: number; lane: string; draft: DraftInput; policy: Policy }
  | { kind: 'rules'; seq: number };

export interface CheckResult {
  assessment: Assessment;
  /** Why each reader objects (the messages of the findings that name them). */
  reasons: Record<Reader, string[]>;
  /** Each finding's rule in a few words ("A patient identifier in a draft about a patient"), by rule id. */
  titles: Record<string, string>;
  /** Time the engine took, in ms. */
  ms: number;
}

export type EngineResponse =
  | ({ kind: 'check'; seq: number } & CheckResult)
  | { kind: 'rules'; seq: number; rules: RuleInfo[] }
  | { kind: 'stale'; seq: number }
  | { kind: 'error'; seq: number; message: string };
