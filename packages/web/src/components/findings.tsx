import type { Finding, Severity, Suggestion } from '@pause/core';
import { describeFix, SEVERITY_LABEL } from '@pause/ui';

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
