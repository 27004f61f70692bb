import { useEffect, useState } from 'preact/hooks';
import { engine, STALE } from '../engine/client.ts';
import type { CheckResult } from '../engine/protocol.ts';
import { buildDraft, type DraftFields } from '../lib/draft.ts';
import { claimInputs } from '../lib/latency.ts';
import { useSettings } from './settings.tsx';

/** The latest assessment of a text box, with the text it was made for. */
export interface Checked {
  text: string;
  result: CheckResult;
  /** The latency version it answers (see lib/latency). */
  version: number;
}

/**
 * Checks the fields in the engine worker whenever they (or the settings) change, stamped "now".
 * Only the newest answer is kept. An empty box has no assessment.
 */
export function useCheck(lane: string, fields: DraftFields): { checked?: Checked; error?: string; version: number } {
  const { settings } = useSettings();
  const [checked, setChecked] = useState<Checked>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const v = claimInputs();
    if (!fields.text.trim()) {
      setChecked(undefined);
      setVersion(v);
      return;
    }
    const draft = buildDraft(fields, { nowMs: Date.now(), timeZone: settings.timezone, profile: settings.profile });
    engine()
      .check(lane, draft, settings.policy)
      .then(
        (r) => {
          if (r === STALE) return;
          setChecked({ text: draft.text, result: r, version: v });
          setVersion(v);
          setError(undefined);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
  }, [lane, fields, settings]);
  return { checked, error, version };
}
