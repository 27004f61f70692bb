import type { Finding, Severity, Suggestion } from '@pause/core';
import { describeFix, groupOverlapping, SEVERITY_LABEL } from '@pause/ui';

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

/** One finding within a card that holds several about the same words: what it is, why, and its advice. */
function FindingPart({ finding: f }: { finding: Finding }) {
  return (
    <div class="finding-part" data-rule={f.ruleId}>
      <p class="finding-message">
        <SeverityBadge severity={f.severity} /> {f.message}
      </p>
      <p class="finding-why">
        <span class="label">Why:</span> guidance section “{f.guidance}”
        {f.why?.length ? <>; spotted from {f.why.join('; ')}</> : null}.
      </p>
      {f.suggestions
        .filter((s) => s.kind === 'advice')
        .map((t) => (
          <p class="finding-tip">{t.text}</p>
        ))}
    </div>
  );
}

/** Fixes of several findings, each offered once (two findings often propose the same edit). */
function distinctFixes(findings: readonly Finding[]): Suggestion[] {
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

/**
 * The findings as cards, one card for findings about the same words ("bloody", "bloody idiot" and
 * "idiot" make one), the most serious first within it.
 */
export function FindingsList({
  findings,
  onShow,
  ...fix
}: { findings: readonly Finding[]; onShow(f: Finding): void } & FixProps) {
  return (
    <ol class="findings">
      {groupOverlapping(findings).map(({ findings: group, start, end }) => {
        const lead = group[0] as Finding;
        const key = group.map((f) => `${f.ruleId}:${f.start}:${f.end}`).join('|');
        const words = start !== undefined && end !== undefined ? fix.assessedText.slice(start, end) : lead.excerpt;
        return (
          <li
            key={key}
            class={`finding finding-${lead.severity}`}
            data-rule={lead.ruleId}
            data-rules={group.map((f) => f.ruleId).join(' ')}
          >
            {group.length === 1 ? (
              <FindingDetails finding={lead} {...fix} />
            ) : (
              <>
                <h3 class="finding-title">
                  <SeverityBadge severity={lead.severity} />{' '}
                  {words ? <q class="excerpt">{words}</q> : <span class="excerpt">The draft as a whole</span>}
                </h3>
                {group.map((f) => (
                  <FindingPart key={f.ruleId} finding={f} />
                ))}
                <div class="fixes">
                  {distinctFixes(group).map((s) => (
                    <button type="button" class="button small" disabled={!fix.canApply} onClick={() => fix.onApply(s)}>
                      Apply: {describeFix(fix.assessedText, s)}
                    </button>
                  ))}
                </div>
              </>
            )}
            {lead.start !== undefined ? (
              <button type="button" class="button small quiet" onClick={() => onShow(lead)}>
                Show in the draft
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
