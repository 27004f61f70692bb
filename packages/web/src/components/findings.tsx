import type { Finding, Severity, Suggestion } from '@pause/core';

export const SEVERITY_LABEL: Record<Severity, string> = { stop: 'Stop', caution: 'Caution', info: 'Note' };
// The shape of the badge and its glyph say the severity without colour.
const SEVERITY_ICON: Record<Severity, string> = { stop: '!!', caution: '!', info: 'i' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span class={`badge badge-${severity}`}>
      <span class="badge-icon" aria-hidden="true">
        {SEVERITY_ICON[severity]}
      </span>{' '}
      {SEVERITY_LABEL[severity]}
    </span>
  );
}

/** "Replace “x” with “y”" or "Remove “x”", from the text the suggestion was made for. */
export function describeFix(text: string, s: Suggestion): string {
  const old = s.start !== undefined && s.end !== undefined ? text.slice(s.start, s.end).trim() : '';
  if (s.text === '') return old ? `Remove “${old}”` : 'Remove it';
  return old ? `Replace “${old}” with “${s.text}”` : `Use “${s.text}”`;
}

export interface FixProps {
  /** The text the findings were made for. */
  assessedText: string;
  /** False while the engine catches up with the latest typing: offsets would be out of date. */
  canApply: boolean;
  onApply(s: Suggestion): void;
}

/** What was found, why (with the guidance section), how sure, and what to do (with Apply buttons). */
export function FindingDetails({
  finding: f,
  assessedText,
  canApply,
  onApply,
  headingLevel = 3,
}: { finding: Finding; headingLevel?: 3 | 4 } & FixProps) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const fixes = f.suggestions.filter((s) => s.kind === 'replace');
  const tips = f.suggestions.filter((s) => s.kind === 'advice');
  return (
    <>
      <H class="finding-title">
        <SeverityBadge severity={f.severity} />{' '}
        {f.excerpt ? <q class="excerpt">{f.excerpt}</q> : <span class="excerpt">The draft as a whole</span>}
      </H>
      <p class="finding-message">{f.message}</p>
      <p class="finding-why">
        <span class="label">Why:</span> guidance section “{f.guidance}”
        {f.why?.length ? <>; spotted from {f.why.join('; ')}</> : null}.
      </p>
      {tips.map((t) => (
        <p class="finding-tip">{t.text}</p>
      ))}
      {fixes.length ? (
        <div class="fixes">
          {fixes.map((s) => (
            <button type="button" class="button small" disabled={!canApply} onClick={() => onApply(s)}>
              Apply: {describeFix(assessedText, s)}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}

export function FindingsList({
  findings,
  onShow,
  ...fix
}: { findings: readonly Finding[]; onShow(f: Finding): void } & FixProps) {
  return (
    <ol class="findings">
      {findings.map((f) => (
        <li key={`${f.ruleId}:${f.start}:${f.end}`} class={`finding finding-${f.severity}`} data-rule={f.ruleId}>
          <FindingDetails finding={f} {...fix} />
          {f.start !== undefined ? (
            <button type="button" class="button small quiet" onClick={() => onShow(f)}>
              Show in the draft
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
