import type { Advice } from '@pause/core';
import { formatWhen } from '../lib/time.ts';

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

export function AdvicePanel({ advice }: { advice: Advice }) {
  return (
    <section class={`panel advice advice-${advice.action}`} aria-labelledby="advice-title">
      <h2 id="advice-title">Advice</h2>
      <p class="advice-headline" data-action={advice.action}>
        {adviceHeadline(advice)}
      </p>
      {advice.questions.length ? (
        <>
          <h3 class="small-heading">Worth asking yourself</h3>
          <ul class="questions">
            {advice.questions.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
