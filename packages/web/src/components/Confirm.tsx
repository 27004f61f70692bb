import type { ComponentChildren } from 'preact';

/**
 * A question asked once before something that cannot be undone: the question in bold, then the
 * danger button and a way back. The deletions (a held draft, the reflection record, the record when it
 * is turned off, everything) share it.
 */
export function Confirm({
  label,
  question,
  yes,
  no = 'Cancel',
  busy = false,
  onYes,
  onNo,
}: {
  /** The group's accessible name ("Confirm deleting everything"). */
  label: string;
  question: ComponentChildren;
  yes: string;
  no?: string;
  /** True while the answer is being carried out: the danger button waits. */
  busy?: boolean;
  onYes(): void | Promise<void>;
  onNo(): void;
}) {
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p>
        <strong>{question}</strong>
      </p>
      <div class="buttons">
        <button type="button" class="button danger" disabled={busy} onClick={() => void onYes()}>
          {yes}
        </button>
        <button type="button" class="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
