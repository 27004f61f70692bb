import { inWindow } from '../../analysis/time.js';
import { minuteOfDay } from '../../policy.js';
import { defineRule } from '../../rule.js';

const pad = (n: number) => String(n).padStart(2, '0');

export default defineRule({
  id: 'behaviour.unusual-hour',
  category: 'behaviour',
  severity: 'caution',
  guidance: 'Avoiding the pitfalls of social media use',
  readers: [],
  description: 'Composed in the small hours (quiet hours, default 23:00 to 06:00 local).',
  rationale:
    "The guidance lists posting or messaging at odd hours, such as the middle of the night, among the habits behind doctors' " +
    'difficulties online ("Avoiding the pitfalls of social media use"), and suggests keeping devices out of the bedroom. ' +
    'Tiredness loosens judgement, and a late-night message is often a sign that something is weighing on the author. ' +
    "Pause checks the local time in the author's own time zone against quiet hours (23:00 to 06:00 unless a policy sets " +
    'others) and suggests scheduling the message for the morning.',
  examples: {
    flagged: [
      { text: 'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App.', composedAt: '2026-10-01T01:15:00+01:00' },
    ],
    clean: [
      { text: 'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App.', composedAt: '2026-10-01T09:15:00+01:00' },
      'Flu clinic this Saturday, 9am to 1pm. Book via the NHS App.',
    ],
  },
  detect({ draft, analysis, policy }) {
    const t = analysis.localTime;
    if (!t) return [];
    const start = minuteOfDay(policy.quietHours.start);
    const end = minuteOfDay(policy.quietHours.end);
    if (!inWindow(t.minuteOfDay, start, end)) return [];
    const clock = `${pad(t.hour)}:${pad(t.minute)}`;
    const zone = draft.timeZone === 'Europe/London' ? 'UK time' : `local time (${draft.timeZone})`;
    return [
      {
        message:
          `Written at ${clock} ${zone}, inside your quiet hours (${policy.quietHours.start} to ${policy.quietHours.end}). ` +
          'The guidance names late-night posting as a common pitfall: tiredness blunts judgement, and what reads well at this hour ' +
          "can read differently in the morning. Reconsider sending it now: save it as a draft and look at it again after a night's sleep.",
        confidence: 0.9,
        suggestions: [
          {
            kind: 'advice',
            text: `Schedule it or save it as a draft until the morning (after ${policy.quietHours.end > '08:00' ? policy.quietHours.end : '08:00'}), then re-read it before sending.`,
          },
        ],
        why: [
          `local time ${clock} (${draft.timeZone})`,
          `quiet hours ${policy.quietHours.start}–${policy.quietHours.end}`,
        ],
      },
    ];
  },
});
