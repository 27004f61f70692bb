/**
 * Running the engine with the stored settings: their policy, their profile when a draft has no author,
 * their time zone when a draft names none, and the server's clock when a draft has no composedAt.
 */
import { createChecker, parseDraft, type Assessment, type Checker, type Draft, type Policy } from '@pause/core';
import { fromEngineError } from './errors.js';
import type { Settings, SettingsStore } from './settings.js';

type Obj = Record<string, unknown>;

export class Checking {
  private checker: Checker | undefined;
  private checkerPolicy = '';
  /** The policy object the checker was last confirmed for: settings are cached and replaced whole. */
  private seenPolicy: Policy | undefined;

  constructor(
    private readonly settings: SettingsStore,
    private readonly now: () => Date,
  ) {}

  /**
   * One checker per policy: building one compiles every matcher, so it is kept until the policy changes.
   * The policy is compared by content only when the settings object changed, not on every check.
   */
  private checkerFor(settings: Settings): Checker {
    if (this.checker && settings.policy === this.seenPolicy) return this.checker;
    const key = JSON.stringify(settings.policy);
    if (!this.checker || key !== this.checkerPolicy) {
      this.checker = createChecker(settings.policy);
      this.checkerPolicy = key;
    }
    this.seenPolicy = settings.policy;
    return this.checker;
  }

  /**
   * Checks an untrusted draft (400 naming the field, under `path`) and returns it as stored: defaults
   * filled in, but no profile or clock added, so a later re-check uses the settings of that moment.
   */
  parse(input: unknown, path = ''): Draft {
    try {
      return parseDraft(this.withZone(input), { strict: true });
    } catch (e) {
      throw fromEngineError(e, path) ?? e;
    }
  }

  /** Assesses a draft with the current settings; `at` (default now) stands in for a missing composedAt. */
  assess(input: unknown, options: { path?: string; at?: Date; overrideTime?: boolean } = {}): Assessment {
    const settings = this.settings.get();
    const at = (options.at ?? this.now()).toISOString();
    let draft = this.withZone(input, settings);
    if (draft !== null && typeof draft === 'object' && !Array.isArray(draft)) {
      const d = draft as Obj;
      draft = {
        ...d,
        ...(d.author === undefined && Object.keys(settings.profile).length ? { author: settings.profile } : {}),
        ...(options.overrideTime ? { composedAt: at } : {}),
      };
    }
    try {
      return this.checkerFor(settings).assess(draft, { now: at, strict: true });
    } catch (e) {
      throw fromEngineError(e, options.path ?? '') ?? e;
    }
  }

  /** A draft without a timeZone is read in the author's zone from the settings. */
  private withZone(input: unknown, settings: Settings = this.settings.get()): unknown {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const d = input as Obj;
    return d.timeZone === undefined ? { ...d, timeZone: settings.timezone } : d;
  }
}
