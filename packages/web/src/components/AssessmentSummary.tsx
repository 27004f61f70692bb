import type { Assessment } from '@pause/core';
import { reviewCount } from '../lib/announce.ts';
import { adviceHeadline } from '@pause/ui';
import { SeverityBadge } from './findings.tsx';

/** An assessment in brief: how many things to review, each in a line, and the advice. */
export function AssessmentSummary({ assessment: a, title }: { assessment: Assessment; title: string }) {
  const active = a.findings.filter((f) => f.severity !== 'info');
  return (
    <div class="summary">
      <h3 class="small-heading">{title}</h3>
      <p class={active.length ? 'status-line' : 'status-line clean'}>
        {active.length ? `${reviewCount(active.length)}. ${adviceHeadline(a.advice)}` : 'Nothing to flag.'}
      </p>
      {active.length ? (
        <ul class="found">
          {active.map((f) => (
            <li>
              <SeverityBadge severity={f.severity} /> {f.excerpt ? <q>{f.excerpt}</q> : null} {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
