import type { Advice } from '@pause/core';

/** The guidance's questions to ask oneself before posting (the advice itself heads the verdict). */
export function AdvicePanel({ advice }: { advice: Advice }) {
  if (!advice.questions.length) return null;
  return (
    <section class={`panel advice advice-${advice.action}`} aria-labelledby="advice-title">
      <h2 id="advice-title">Worth asking yourself</h2>
      <ul class="questions">
        {advice.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </section>
  );
}
