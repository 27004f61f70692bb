import { useEffect, useRef, useState } from 'preact/hooks';
import { Confirm } from '../components/Confirm.tsx';
import { AssessmentSummary } from '../components/AssessmentSummary.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { HoldForm } from '../components/HoldForm.tsx';
import { messageOf } from '../lib/api.ts';
import { fieldsOf } from '../lib/draft.ts';
import { formatCountdown, formatWhen, isoWithOffset, outsideQuietHours } from '@pause/ui';
import { hasUnsentDraft, reopenDraft } from '../lib/kept-draft.ts';
import { outbox, type OutboxItem } from '../lib/outbox.ts';
import { navigate, onLinkClick } from '../lib/router.ts';
import { useNow } from '../lib/use-now.ts';
import { useSettings } from '../state/settings.tsx';

const STATUS_LABEL: Record<OutboxItem['status'], string> = {
  held: 'Held',
  due: 'Ready to read again',
  released: 'Released',
};

function OutboxEntry({
  item,
  now,
  onChange,
  onDelete,
}: {
  item: OutboxItem;
  now: number;
  onChange(i: OutboxItem): void;
  onDelete(): void;
}) {
  const { settings } = useSettings();
  const [mode, setMode] = useState<'idle' | 'reschedule' | 'confirm-delete' | 'confirm-edit' | 'confirm-release'>(
    'idle',
  );
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const release = Date.parse(item.releaseAt);
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await job();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  /** Makes a change to the item and shows it as the server answers, back in the idle view. */
  const update = (change: () => Promise<OutboxItem>) =>
    run(async () => {
      onChange(await change());
      setMode('idle');
    });
  const headingId = `outbox-${item.id}`;
  const quiet = settings.policy.quietHours;
  const morning = outsideQuietHours(now, quiet, settings.holdDefaults);
  const edit = async () => {
    await reopenDraft({ fields: fieldsOf(item.draft), heldId: item.id });
    navigate('/');
  };
  return (
    <li class={`outbox-item status-${item.status}`} aria-labelledby={headingId} data-id={item.id}>
      <h2 id={headingId} class="outbox-heading">
        {STATUS_LABEL[item.status]}
        {item.status === 'held' ? `: until ${formatWhen(release)}` : ''}
      </h2>
      {item.status === 'held' ? (
        <p class="countdown">
          Releases <span class="countdown-value">{formatCountdown(release - now)}</span>
        </p>
      ) : null}
      <blockquote class="held-text">{item.draft.text}</blockquote>
      <AssessmentSummary assessment={item.assessment} title="When you held it" />
      {item.recheck ? <AssessmentSummary assessment={item.recheck} title="Checked again on release" /> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {mode === 'reschedule' ? (
        <HoldForm
          id={`release-${item.id}`}
          defaultMs={outsideQuietHours(Math.max(release, now + 3600_000), quiet, settings.holdDefaults)}
          submitLabel="Save the new time"
          onCancel={() => setMode('idle')}
          onSubmit={async (ms) => {
            onChange(await outbox.reschedule(item.id, isoWithOffset(ms)));
            setMode('idle');
          }}
        />
      ) : mode === 'confirm-edit' ? (
        <div class="confirm" role="group" aria-label="Confirm replacing the draft in Check">
          <p>Check already has an unsent draft. Replace it with this one?</p>
          <div class="buttons">
            <button type="button" class="button primary" disabled={busy} onClick={() => run(edit)}>
              Yes, open this one
            </button>
            <button type="button" class="button" onClick={() => setMode('idle')}>
              Keep the other
            </button>
          </div>
        </div>
      ) : mode === 'confirm-release' ? (
        <div class="confirm" role="group" aria-label="Confirm releasing in the quiet hours">
          <p>
            It is now inside your quiet hours ({quiet.start} to {quiet.end}), so Pause would only advise waiting again.
            Keep it until {formatWhen(morning)}, or read it again now?
          </p>
          <div class="buttons">
            <button
              type="button"
              class="button primary"
              disabled={busy}
              onClick={() => update(() => outbox.reschedule(item.id, isoWithOffset(morning)))}
            >
              Keep it until {formatWhen(morning)}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => update(() => outbox.release(item.id))}>
              Release it now
            </button>
          </div>
        </div>
      ) : mode === 'confirm-delete' ? (
        <Confirm
          label="Confirm deletion"
          question="Delete this held draft? This cannot be undone."
          yes="Yes, delete it"
          no="Keep it"
          busy={busy}
          onYes={() =>
            run(async () => {
              await outbox.remove(item.id);
              onDelete();
            })
          }
          onNo={() => setMode('idle')}
        />
      ) : (
        <div class="buttons">
          {item.status !== 'released' ? (
            <button
              type="button"
              class="button primary"
              disabled={busy}
              onClick={() => (morning !== now ? setMode('confirm-release') : update(() => outbox.release(item.id)))}
            >
              Release and check again
            </button>
          ) : null}
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => run(async () => ((await hasUnsentDraft()) ? setMode('confirm-edit') : edit()))}
          >
            Edit in Check
          </button>
          {item.status !== 'held' ? <CopyButton text={item.draft.text} label="Copy to post" class="button" /> : null}
          <button type="button" class="button" onClick={() => setMode('reschedule')}>
            Change the time
          </button>
          <button type="button" class="button" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

export function OutboxPage() {
  const [items, setItems] = useState<OutboxItem[]>();
  const [error, setError] = useState('');
  const now = useNow(1000);
  const reloadedFor = useRef(new Set<string>());
  const load = async () => {
    try {
      setItems(await outbox.list());
      setError('');
    } catch (e) {
      setError(messageOf(e));
    }
  };
  useEffect(() => {
    void load();
  }, []);
  // A held draft whose time has come: the server re-checks it on read, so read the list again (once per draft).
  useEffect(() => {
    const due =
      items?.filter((i) => i.status === 'held' && Date.parse(i.releaseAt) <= now && !reloadedFor.current.has(i.id)) ??
      [];
    if (!due.length) return;
    for (const i of due) reloadedFor.current.add(i.id);
    void load();
  }, [now, items]);

  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        Outbox
      </h1>
      <p class="lead">
        Drafts you chose to hold. When the time comes, read each one again with a fresh check before you send it.
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {items === undefined && !error ? <p>Loading…</p> : null}
      {items?.length === 0 ? (
        <p class="status-line clean">
          Nothing held. Use “Hold until…” on the{' '}
          <a href="/" onClick={onLinkClick}>
            Check
          </a>{' '}
          page.
        </p>
      ) : null}
      {items?.length ? (
        <ul class="outbox">
          {items.map((item) => (
            <OutboxEntry
              key={item.id}
              item={item}
              now={now}
              onChange={(next) => setItems((xs) => xs?.map((x) => (x.id === next.id ? next : x)))}
              onDelete={() => setItems((xs) => xs?.filter((x) => x.id !== item.id))}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}
