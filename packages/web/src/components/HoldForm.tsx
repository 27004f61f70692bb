import { useState } from 'preact/hooks';
import { fromLocalInput, toLocalInput } from '@pause/ui';

/** A release time picker: a datetime-local input (local wall time) and a submit button. */
export function HoldForm({
  id,
  defaultMs,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  id: string;
  defaultMs: number;
  submitLabel: string;
  onSubmit(releaseMs: number): Promise<void>;
  onCancel(): void;
}) {
  const [value, setValue] = useState(() => toLocalInput(defaultMs));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="hold-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const ms = fromLocalInput(value);
        if (ms === undefined) {
          setError('Enter a date and time.');
          return;
        }
        if (ms <= Date.now()) {
          setError('Choose a time in the future.');
          return;
        }
        setBusy(true);
        setError('');
        try {
          await onSubmit(ms);
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <div class="field">
        <label class="field-label" for={id}>
          Release it at
        </label>
        <input
          id={id}
          type="datetime-local"
          value={value}
          required
          min={toLocalInput(Date.now())}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="buttons">
        <button type="submit" class="button primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
