import type { Advice } from '@pause/core';
import { adviceHeadline } from '@pause/ui';

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
