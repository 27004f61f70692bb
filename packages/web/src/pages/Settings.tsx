import type { Category, Severity } from '@pause/core';
import { useEffect, useState } from 'preact/hooks';
import { Confirm } from '../components/Confirm.tsx';
import { ReflectionSettings } from '../components/ReflectionRecord.tsx';
import { engine } from '../engine/client.ts';
import type { RuleInfo } from '../engine/protocol.ts';
import { api, ApiError, messageOf } from '../lib/api.ts';
import { HOLD_DEFAULTS } from '@pause/ui';
import { forgetDraft } from '../lib/kept-draft.ts';
import { deleteRecord, saveReflectionPrefs } from '../lib/reflection.ts';
import { API_CACHE, SETTINGS_CACHE_KEY, type Settings } from '../lib/settings.ts';
import { browserTimeZone, SEVERITY_LABEL, timeZoneOptions } from '@pause/ui';
import { useSettings } from '../state/settings.tsx';

const CATEGORY_LABEL: Record<Category, string> = {
  content: 'Content: what the words say',
  confidentiality: 'Confidentiality: patients’ information',
  boundaries: 'Boundaries: relationships with patients',
  promotion: 'Promotion: services, products, endorsements',
  behaviour: 'Behaviour: the moment and the mood',
  disclosability: 'Disclosability: what the channel will not protect',
};

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
const unlines = (xs: readonly string[] | undefined) => (xs ?? []).join('\n');

/** One rule's controls: a severity override and the phrases it should accept. */
function RuleControls({ rule, draft, setDraft }: { rule: RuleInfo; draft: Settings; setDraft(s: Settings): void }) {
  const id = rule.id.replace(/\W/g, '-');
  const severity = draft.policy.severity[rule.id] ?? '';
  const setPolicy = (policy: Settings['policy']) => setDraft({ ...draft, policy });
  return (
    <li class="rule" data-rule={rule.id}>
      <h4 class="rule-id">
        <code>{rule.id}</code>
      </h4>
      <p class="hint">{rule.description}</p>
      <div class="row">
        <div class="field">
          <label class="field-label" for={`sev-${id}`}>
            How seriously
          </label>
          <select
            id={`sev-${id}`}
            value={severity}
            onChange={(e) => {
              const v = e.currentTarget.value as Severity | 'off' | '';
              const next = { ...draft.policy.severity };
              if (v) next[rule.id] = v;
              else delete next[rule.id];
              setPolicy({ ...draft.policy, severity: next });
            }}
          >
            <option value="">As standard ({SEVERITY_LABEL[rule.severity]})</option>
            <option value="info">Note only</option>
            <option value="caution">Caution</option>
            <option value="stop">Stop</option>
            <option value="off">Off</option>
          </select>
        </div>
        <div class="field grow">
          <label class="field-label" for={`allow-${id}`}>
            Words or phrases to accept (one a line)
          </label>
          <textarea
            id={`allow-${id}`}
            rows={2}
            value={unlines(draft.policy.allow[rule.id])}
            onInput={(e) => {
              const next = { ...draft.policy.allow, [rule.id]: lines(e.currentTarget.value) };
              if (!next[rule.id]!.length) delete next[rule.id];
              setPolicy({ ...draft.policy, allow: next });
            }}
          />
        </div>
      </div>
    </li>
  );
}

function DeleteEverything({ onDeleted }: { onDeleted(): void }) {
  const { reset } = useSettings();
  const [stage, setStage] = useState<'idle' | 'confirm' | 'done'>('idle');
  const [error, setError] = useState('');
  return (
    <section class="panel danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all my data</h2>
      <p>
        Deletes every held draft, every audit and your settings from the Pause server, and the copy of your settings,
        the unsent draft and the reflection record kept in this browser.
      </p>
      {stage === 'confirm' ? (
        <Confirm
          label="Confirm deleting everything"
          question="Delete everything now? This cannot be undone."
          yes="Yes, delete everything"
          onYes={async () => {
            try {
              await api('DELETE', '/data');
              localStorage.removeItem(SETTINGS_CACHE_KEY);
              await forgetDraft();
              await deleteRecord();
              saveReflectionPrefs({ on: false, words: false });
              // The service worker's offline copy of the settings goes too.
              if ('caches' in window) await caches.delete(API_CACHE);
              reset();
              onDeleted();
              setStage('done');
              setError('');
            } catch (e) {
              setError(messageOf(e));
            }
          }}
          onNo={() => setStage('idle')}
        />
      ) : (
        <button type="button" class="button danger" onClick={() => setStage('confirm')}>
          Delete all my data…
        </button>
      )}
      <p role="status" class="notice">
        {stage === 'done' ? 'Everything has been deleted.' : ''}
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

export function SettingsPage() {
  const { settings, source, save } = useSettings();
  const [draft, setDraft] = useState<Settings>(settings);
  const device = browserTimeZone();
  const [rules, setRules] = useState<RuleInfo[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ message: string; field?: string }>();
  // Bumped by "Delete all my data", so that the reflection switch shows it is off again.
  const [wiped, setWiped] = useState(0);
  useEffect(() => setDraft(settings), [settings]);
  useEffect(() => {
    void engine().rules().then(setRules);
  }, []);
  // Sent here for the reflection record (/settings#reflection): its switch, near the end, takes the focus.
  useEffect(() => {
    if (location.hash !== '#reflection') return;
    // After the shell's own effect has focused the page heading.
    const timer = setTimeout(() => document.getElementById('reflection-on')?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  const profile = draft.profile;
  const setProfile = (p: Partial<Settings['profile']>) => setDraft({ ...draft, profile: { ...profile, ...p } });
  const hold = draft.holdDefaults ?? HOLD_DEFAULTS;
  const categories = [...new Set(rules.map((r) => r.category))];

  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        Settings
      </h1>
      {source !== 'server' ? (
        <p class="notice">
          {source === 'cache'
            ? 'The server cannot be reached: these are the settings last saved in this browser.'
            : 'The server cannot be reached: these are the standard settings.'}
        </p>
      ) : null}
      <form
        class="settings"
        onSubmit={async (e) => {
          e.preventDefault();
          setStatus('');
          setError(undefined);
          try {
            const where = await save(draft);
            setStatus(
              where === 'server' ? 'Settings saved.' : 'Saved in this browser only: the server could not be reached.',
            );
          } catch (err) {
            setError({
              message: messageOf(err),
              ...(err instanceof ApiError && err.field ? { field: err.field } : {}),
            });
          }
        }}
      >
        <fieldset>
          <legend>Quiet hours</legend>
          <p class="hint">
            Drafts written between these times are flagged as late, and Pause suggests holding them until the morning.
          </p>
          <div class="row">
            <div class="field">
              <label class="field-label" for="quiet-start">
                From
              </label>
              <input
                id="quiet-start"
                type="time"
                required
                value={draft.policy.quietHours.start}
                onInput={(e) =>
                  setDraft({
                    ...draft,
                    policy: {
                      ...draft.policy,
                      quietHours: { ...draft.policy.quietHours, start: e.currentTarget.value },
                    },
                  })
                }
              />
            </div>
            <div class="field">
              <label class="field-label" for="quiet-end">
                Until
              </label>
              <input
                id="quiet-end"
                type="time"
                required
                value={draft.policy.quietHours.end}
                onInput={(e) =>
                  setDraft({
                    ...draft,
                    policy: { ...draft.policy, quietHours: { ...draft.policy.quietHours, end: e.currentTarget.value } },
                  })
                }
              />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Holding drafts</legend>
          <div class="row">
            <div class="field">
              <label class="field-label" for="hold-late">
                Hold late drafts until
              </label>
              <input
                id="hold-late"
                type="time"
                required
                value={hold.lateHour}
                onInput={(e) => setDraft({ ...draft, holdDefaults: { ...hold, lateHour: e.currentTarget.value } })}
              />
            </div>
            <div class="field">
              <label class="field-label" for="hold-minutes">
                Hold heated drafts for (minutes)
              </label>
              <input
                id="hold-minutes"
                type="number"
                min={5}
                max={1440}
                step={5}
                required
                value={hold.emotionMinutes}
                onInput={(e) =>
                  setDraft({ ...draft, holdDefaults: { ...hold, emotionMinutes: Number(e.currentTarget.value) } })
                }
              />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Sensitivity</legend>
          {(
            [
              ['relaxed', 'Relaxed: only findings Pause is confident about'],
              ['standard', 'Standard'],
              ['strict', 'Strict: also findings Pause is unsure about'],
            ] as const
          ).map(([v, label]) => (
            <div class="field check">
              <input
                type="radio"
                id={`sens-${v}`}
                name="sensitivity"
                value={v}
                checked={draft.policy.sensitivity === v}
                onChange={() => setDraft({ ...draft, policy: { ...draft.policy, sensitivity: v } })}
              />
              <label for={`sens-${v}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>About you</legend>
          <p class="hint">
            Used to check claims of titles and interests, and to name your practice in suggested replies. Kept on your
            Pause server.
          </p>
          <div class="row">
            <div class="field">
              <label class="field-label" for="p-name">
                Your name
              </label>
              <input
                id="p-name"
                type="text"
                autocomplete="name"
                value={profile.name ?? ''}
                onInput={(e) => setProfile({ name: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label class="field-label" for="p-role">
                Your role
              </label>
              <input
                id="p-role"
                type="text"
                value={profile.role ?? ''}
                placeholder="gp"
                onInput={(e) => setProfile({ role: e.currentTarget.value })}
              />
            </div>
          </div>
          <div class="field">
            <label class="field-label" for="p-titles">
              Titles and qualifications (one a line)
            </label>
            <textarea
              id="p-titles"
              rows={2}
              value={unlines(profile.titles)}
              onInput={(e) => setProfile({ titles: lines(e.currentTarget.value) })}
            />
          </div>
          <div class="field check">
            <input
              id="p-specialist"
              type="checkbox"
              checked={profile.specialistRegister ?? false}
              onChange={(e) => setProfile({ specialistRegister: e.currentTarget.checked })}
            />
            <label for="p-specialist">I am on the GMC specialist register</label>
          </div>
          <div class="field">
            <label class="field-label" for="p-interests">
              Declared interests (one a line)
            </label>
            <textarea
              id="p-interests"
              rows={2}
              value={unlines(profile.declaredInterests)}
              onInput={(e) => setProfile({ declaredInterests: lines(e.currentTarget.value) })}
            />
          </div>
          <div class="field">
            <label class="field-label" for="p-practices">
              Practice names (one a line)
            </label>
            <textarea
              id="p-practices"
              rows={2}
              value={unlines(profile.practiceNames)}
              onInput={(e) => setProfile({ practiceNames: lines(e.currentTarget.value) })}
            />
          </div>
          <div class="field">
            <label class="field-label" for="p-zone">
              Time zone
            </label>
            <select
              id="p-zone"
              aria-describedby="p-zone-hint"
              value={draft.timezone}
              onChange={(e) => setDraft({ ...draft, timezone: e.currentTarget.value })}
            >
              {timeZoneOptions(draft.timezone).map((z) => (
                <option key={z.value} value={z.value}>
                  {z.label}
                </option>
              ))}
            </select>
            <p class="hint" id="p-zone-hint">
              Quiet hours and "written late" are read in this zone.
              {device !== draft.timezone ? (
                <>
                  {' '}
                  This device is set to {device}.{' '}
                  <button
                    type="button"
                    class="button small quiet"
                    onClick={() => setDraft({ ...draft, timezone: device })}
                  >
                    Use {device}
                  </button>
                </>
              ) : null}
            </p>
          </div>
        </fieldset>
        <fieldset>
          <legend>Rules</legend>
          <p class="hint">
            Make a rule stricter or gentler, turn it off, or let it accept words it gets wrong for you (a place name,
            say).
          </p>
          <div class="field">
            <label class="field-label" for="allow-all">
              Words or phrases every rule should accept (one a line)
            </label>
            <textarea
              id="allow-all"
              rows={2}
              value={unlines(draft.policy.allow['*'])}
              onInput={(e) => {
                const next: Record<string, string[]> = { ...draft.policy.allow, '*': lines(e.currentTarget.value) };
                if (!next['*']!.length) delete next['*'];
                setDraft({ ...draft, policy: { ...draft.policy, allow: next } });
              }}
            />
          </div>
          {rules.length === 0 ? <p>Loading the rules…</p> : null}
          {categories.map((c) => (
            <details class="rule-group">
              <summary>
                {CATEGORY_LABEL[c]} ({rules.filter((r) => r.category === c).length})
              </summary>
              <ul class="rules">
                {rules
                  .filter((r) => r.category === c)
                  .map((r) => (
                    <RuleControls rule={r} draft={draft} setDraft={setDraft} />
                  ))}
              </ul>
            </details>
          ))}
        </fieldset>
        {error ? (
          <p class="error" role="alert">
            {error.field ? `${error.field}: ` : ''}
            {error.message}
          </p>
        ) : null}
        <div class="buttons sticky-save">
          <button type="submit" class="button primary">
            Save settings
          </button>
          <span role="status" class="notice">
            {status}
          </span>
        </div>
      </form>
      <ReflectionSettings key={wiped} />
      <DeleteEverything onDeleted={() => setWiped((n) => n + 1)} />
    </>
  );
}
