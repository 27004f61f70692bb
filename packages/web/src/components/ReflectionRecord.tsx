import { useEffect, useState } from 'preact/hooks';
import { Confirm } from './Confirm.tsx';
import {
  deleteRecord,
  forgetRecordWords,
  loadRecord,
  type ReflectionPrefs,
  reflectionPrefs,
  saveReflectionPrefs,
} from '../lib/reflection.ts';
import { onLinkClick } from '../lib/router.ts';

const entriesWord = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);

/** "Delete the record…", asking once; used on Settings and on the Reflection page. */
export function DeleteRecord({ count, onDeleted }: { count: number; onDeleted(): void }) {
  const [confirm, setConfirm] = useState(false);
  if (!confirm)
    return (
      <button type="button" class="button danger" onClick={() => setConfirm(true)}>
        Delete the record…
      </button>
    );
  return (
    <Confirm
      label="Confirm deleting the reflection record"
      question={`Delete the ${entriesWord(count)} of your reflection record from this browser? This cannot be undone.`}
      yes="Yes, delete the record"
      onYes={async () => {
        await deleteRecord();
        setConfirm(false);
        onDeleted();
      }}
      onNo={() => setConfirm(false)}
    />
  );
}

/**
 * The switch for the record, on the Settings page. It is this device's alone (not one of the server's
 * settings), so it takes effect at once rather than with "Save settings".
 */
export function ReflectionSettings() {
  const [prefs, setPrefs] = useState<ReflectionPrefs>(reflectionPrefs);
  const [count, setCount] = useState(0);
  const [offerDelete, setOfferDelete] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadRecord().then((r) => setCount(r.length));
  }, []);
  const change = (next: ReflectionPrefs) => {
    saveReflectionPrefs(next);
    setPrefs(next);
  };
  const deleted = () => {
    setCount(0);
    setOfferDelete(false);
    setStatus('The record has been deleted.');
  };

  return (
    <section class="panel reflection-settings" id="reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title">Reflection record</h2>
      <div class="field check switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={prefs.on}
          id="reflection-on"
          aria-describedby="reflection-on-hint"
          checked={prefs.on}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            // The words are kept only while their option is ticked, and it goes with the record.
            const dropWords = !on && prefs.words;
            change({ on, words: on && prefs.words });
            setOfferDelete(!on && count > 0);
            if (dropWords) await forgetRecordWords();
            setStatus(
              on
                ? 'The record is on.'
                : `The record is off: nothing more is added${dropWords ? ', and the words kept are removed' : ''}.`,
            );
          }}
        />
        <label for="reflection-on">Keep a private reflection record on this device</label>
      </div>
      <p class="hint" id="reflection-on-hint">
        For each checked draft you post, hold or clear, it keeps the verdict, what was flagged, when you wrote it and
        what you did, in this browser only: nothing leaves the device.
      </p>
      {prefs.on ? (
        <>
          <div class="field check words-option">
            <input
              type="checkbox"
              id="reflection-words"
              aria-describedby="reflection-words-hint"
              checked={prefs.words}
              onChange={async (e) => {
                const words = e.currentTarget.checked;
                change({ ...prefs, words });
                if (!words) await forgetRecordWords();
                setStatus(
                  words ? 'The words of each draft are kept from now on.' : 'The words kept so far are removed.',
                );
              }}
            />
            <label for="reflection-words">Include the words of each draft</label>
          </div>
          <p class="hint" id="reflection-words-hint">
            Off unless you tick it. Unticking it removes the words already kept.
          </p>
          <p>
            <a href="/reflection" onClick={onLinkClick}>
              See your reflection record
            </a>
          </p>
        </>
      ) : null}
      {offerDelete ? (
        <Confirm
          label="Delete the record too?"
          question={`Delete the ${entriesWord(count)} already kept as well? This cannot be undone.`}
          yes="Delete the record"
          no="Keep it"
          onYes={async () => {
            await deleteRecord();
            deleted();
          }}
          onNo={() => setOfferDelete(false)}
        />
      ) : count > 0 ? (
        <DeleteRecord count={count} onDeleted={deleted} />
      ) : null}
      <p role="status" class="notice">
        {status}
      </p>
    </section>
  );
}
