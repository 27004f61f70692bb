/**
 * The engine's contract for one answer, as the property checks and `npm run fuzz` read it: every finding
 * points at the words it names (half-open UTF-16 offsets into the draft, its excerpt those words), its
 * confidence is in (0, 1], and the verdict follows from the findings' severities. Problems are described
 * without quoting the draft, so a long run can print them.
 */
import type { Assessment } from '../src/types.js';

export function assessmentProblems(text: string, assessment: Assessment): string[] {
  const problems: string[] = [];
  for (const f of assessment.findings) {
    // A finding about the whole draft (the hour, the channel) has no span.
    if (f.start !== undefined || f.end !== undefined) {
      const [start, end] = [f.start ?? -1, f.end ?? -1];
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length))
        problems.push(`${f.ruleId}: span [${start}, ${end}) is not within the draft`);
      else if (f.excerpt !== text.slice(start, end)) problems.push(`${f.ruleId}: excerpt is not the words of its span`);
    }
    if (!(f.confidence > 0 && f.confidence <= 1)) problems.push(`${f.ruleId}: confidence ${f.confidence}`);
  }
  const severities = new Set(assessment.findings.map((f) => f.severity));
  const verdict = severities.has('stop') ? 'hold' : severities.has('caution') ? 'review' : 'post';
  if (assessment.verdict !== verdict) problems.push(`verdict ${assessment.verdict}, its findings say ${verdict}`);
  return problems;
}
