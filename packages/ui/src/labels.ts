/** Words the interface uses for the engine's values, the same in the web app and the extension. */
import type { Advice, Reader, Severity, Suggestion, Verdict } from '@pause/core';
import { formatWhen } from './time.ts';

export const SEVERITY_LABEL: Record<Severity, string> = { stop: 'Stop', caution: 'Caution', info: 'Note' };

export const READER_LABEL: Record<Reader, string> = {
  patient: 'A patient',
  colleague: 'A colleague',
  employer: 'Your employer or partners',
  'nhs-england': 'NHS England',
  gmc: 'The GMC',
  police: 'A police officer',
  judge: 'A judge',
};

/** The readers in the order the interface lists them. */
export const READER_ORDER = Object.keys(READER_LABEL) as Reader[];

/** The verdict as a banner says it: hold (don't send as it stands), review, or clear. */
export const VERDICT_LABEL: Record<Verdict, string> = { hold: 'Hold', review: 'Review', post: 'Clear' };

/** "Replace “x” with “y”" or "Remove “x”", from the text the suggestion was made for. */
export function describeFix(text: string, s: Suggestion): string {
  const old = s.start !== undefined && s.end !== undefined ? text.slice(s.start, s.end).trim() : '';
  if (s.text === '') return old ? `Remove “${old}”` : 'Remove it';
  return old ? `Replace “${old}” with “${s.text}”` : `Use “${s.text}”`;
}

/** The strategy in one line, in the words of the severity. */
export function adviceHeadline(a: Advice): string {
  switch (a.action) {
    case 'post':
      return 'Fine to post.';
    case 'revise':
      return 'Revise it before you post: apply the fixes or reword it.';
    case 'defer': {
      const until = a.deferUntil ? Date.parse(a.deferUntil) : NaN;
      return Number.isFinite(until)
        ? `Wait before you send it: hold it until ${formatWhen(until)}, then read it again.`
        : 'Wait before you send it: give it an hour, then read it again.';
    }
    case 'do-not-post':
      return 'Don’t post this as it stands.';
    case 'redirect':
      return 'Reply by pointing them to the right place for help.';
  }
}
