/** The badge in the compose box's corner: the verdict's colour and how many things to look at. */
import { activeFindings } from '@pause/ui';
import { badgeLabel, type CardState } from './card.tsx';

export function Badge({ state, onClick }: { state: CardState; onClick(): void }) {
  const a = state.assessment;
  const n = activeFindings(a).length;
  const tone = state.replies.some((r) => r.id === 'urgent') ? 'hold' : (a?.verdict ?? 'post');
  const label = badgeLabel(state);
  return (
    <button
      type="button"
      class={`badge v-${tone}${state.checking ? ' checking' : ''}`}
      aria-label={label}
      title={label}
      aria-expanded={state.open}
      data-count={n}
      data-checks={state.checks}
      data-length={state.text.length}
      onClick={onClick}
    >
      {n ? String(n) : state.released.length || state.replies.length ? '•' : '✓'}
    </button>
  );
}
