/**
 * The options page: quiet hours, when a send is stopped, sensitivity, the sites Pause works on (and
 * the user's notes on those that misbehave), other sites added by the user, the author profile and
 * declared interests, and the allow-list. Everything is kept in chrome.storage.local.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../shared/protocol.ts';
import { DEFAULT_SETTINGS, type ExtensionSettings, loadSettings, saveSettings } from '../shared/settings.ts';
import { SITES } from '../sites/index.ts';
import { allowToLines, linesToAllow } from './allow-list.ts';

const lines = (v: string) =>
  v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** "https://forum.example.org/path" → "https://forum.example.org"; undefined when it is not a web address. */
export function originOf(input: string): string | undefined {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function Options() {
  const [s, setS] = useState<ExtensionSettings | undefined>();
  const [allowText, setAllowText] = useState('');
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setS(loaded);
      setAllowText(allowToLines(loaded.policy.allow));
    });
  }, []);
  if (!s) return <p>Loading…</p>;

  const update = (next: ExtensionSettings, said = 'Saved.') => {
    setS(next);
    void saveSettings(next).then(async () => {
      // The added sites' script is registered before the page says so, so a tab opened next has it.
      if (next.extraOrigins.join() !== s.extraOrigins.join()) await ask({ kind: 'sites-changed' });
      setStatus(said);
    });
  };
  const policy = (p: Partial<ExtensionSettings['policy']>) => update({ ...s, policy: { ...s.policy, ...p } });

  const addSite = async () => {
    const origin = originOf(newSite);
    if (!origin) {
      setStatus('That is not a web address. Try something like forum.example.org.');
      return;
    }
    // The browser asks the user to grant this one site; nothing is added if they say no.
    const granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) {
      setStatus(`Pause was not allowed on ${origin}, so it was not added.`);
      return;
    }
    setNewSite('');
    update(
      { ...s, extraOrigins: [...new Set([...s.extraOrigins, origin])] },
      `Added ${origin}. Reload its tabs to start.`,
    );
  };
  const removeSite = (origin: string) => {
    update({ ...s, extraOrigins: s.extraOrigins.filter((o) => o !== origin) }, `Removed ${origin}.`);
    void chrome.permissions.remove({ origins: [`${origin}/*`] });
  };
  const allowProblems = linesToAllow(allowText).problems;

  return (
    <>
      <h1>Pause settings</h1>
      <p class="lead">
        Everything here stays in this browser. Pause checks drafts on this device and sends nothing anywhere.
      </p>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>

      <section>
        <h2>Quiet hours</h2>
        <div class="row">
          <label>
            From{' '}
            <input
              type="time"
              value={s.policy.quietHours.start}
              onChange={(e) => policy({ quietHours: { ...s.policy.quietHours, start: e.currentTarget.value } })}
            />
          </label>
          <label>
            until{' '}
            <input
              type="time"
              value={s.policy.quietHours.end}
              onChange={(e) => policy({ quietHours: { ...s.policy.quietHours, end: e.currentTarget.value } })}
            />
          </label>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={s.quietHoursPage}
            onChange={(e) => update({ ...s, quietHoursPage: e.currentTarget.checked })}
          />
          Show a pause page on social sites during these hours (you can carry on for 10 minutes at a time)
        </label>
      </section>

      <section>
        <h2>Before a send</h2>
        <fieldset>
          <legend>Stop a send and ask first when Pause says</legend>
          <label class="check">
            <input
              type="radio"
              name="stop"
              checked={s.stopSendAt === 'hold'}
              onChange={() => update({ ...s, stopSendAt: 'hold' })}
            />
            Hold (don't send as it stands)
          </label>
          <label class="check">
            <input
              type="radio"
              name="stop"
              checked={s.stopSendAt === 'review'}
              onChange={() => update({ ...s, stopSendAt: 'review' })}
            />
            Review or Hold
          </label>
        </fieldset>
        <label>
          How much to show{' '}
          <select
            value={s.policy.sensitivity}
            onChange={(e) =>
              policy({ sensitivity: e.currentTarget.value as ExtensionSettings['policy']['sensitivity'] })
            }
          >
            <option value="relaxed">Only what Pause is sure of</option>
            <option value="standard">Standard</option>
            <option value="strict">Also what Pause is unsure of</option>
          </select>
        </label>
      </section>

      <section>
        <h2>Sites</h2>
        <ul class="sites">
          {SITES.map((site) => (
            <li key={site.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={s.sites[site.id] !== false}
                  onChange={(e) => update({ ...s, sites: { ...s.sites, [site.id]: e.currentTarget.checked } })}
                />
                {site.name}
                {site.matches.length ? null : <span class="hint"> (on servers you add below)</span>}
              </label>
              <details>
                <summary>{s.notes[site.id] ? 'Your note' : 'Note a problem'}</summary>
                <label>
                  Your note (kept here, for you)
                  <textarea
                    rows={2}
                    value={s.notes[site.id] ?? ''}
                    onChange={(e) => update({ ...s, notes: { ...s.notes, [site.id]: e.currentTarget.value } })}
                  />
                </label>
              </details>
            </li>
          ))}
        </ul>
        <h3>Other sites</h3>
        <p>
          Pause can check any text box on a site you add here (a forum, a Mastodon server, your practice's intranet).
        </p>
        <ul class="sites">
          {s.extraOrigins.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" onClick={() => removeSite(o)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div class="row">
          <label>
            Site address{' '}
            <input
              type="url"
              value={newSite}
              placeholder="mastodon.social"
              onInput={(e) => setNewSite(e.currentTarget.value)}
            />
          </label>
          <button type="button" onClick={() => void addSite()}>
            Add site
          </button>
        </div>
        <label>
          Underlines{' '}
          <select
            value={s.underline}
            onChange={(e) => update({ ...s, underline: e.currentTarget.value === 'boxes' ? 'boxes' : 'auto' })}
          >
            <option value="auto">Underline the words</option>
            <option value="boxes">Boxes under the words (where underlines do not show)</option>
          </select>
        </label>
      </section>

      <section>
        <h2>About you</h2>
        <p>Pause uses these to spot undeclared interests and your own practice's name.</p>
        <label>
          Name{' '}
          <input
            value={s.profile.name ?? ''}
            onChange={(e) =>
              update({ ...s, profile: { ...s.profile, name: e.currentTarget.value.trim() || undefined } })
            }
          />
        </label>
        <label>
          Role{' '}
          <input
            value={s.profile.role ?? ''}
            placeholder="GP partner"
            onChange={(e) =>
              update({ ...s, profile: { ...s.profile, role: e.currentTarget.value.trim() || undefined } })
            }
          />
        </label>
        <label>
          Declared interests, one a line
          <textarea
            rows={3}
            value={(s.profile.declaredInterests ?? []).join('\n')}
            onChange={(e) =>
              update({ ...s, profile: { ...s.profile, declaredInterests: lines(e.currentTarget.value) } })
            }
          />
        </label>
        <label>
          Practices you work at, one a line
          <textarea
            rows={2}
            value={(s.profile.practiceNames ?? []).join('\n')}
            onChange={(e) => update({ ...s, profile: { ...s.profile, practiceNames: lines(e.currentTarget.value) } })}
          />
        </label>
      </section>

      <section>
        <h2 id="allow-title">Words to accept</h2>
        <p>
          One a line: words every rule should accept (a place or a name, like <code>Scunthorpe</code>), or{' '}
          <code>rule: words</code> for one rule only (like <code>content.profanity: Penistone</code>; each finding's
          rule is shown under “Why”).
        </p>
        <textarea
          rows={4}
          aria-labelledby="allow-title"
          value={allowText}
          aria-invalid={allowProblems.length > 0}
          onInput={(e) => setAllowText(e.currentTarget.value)}
          onChange={(e) => {
            const { allow, problems } = linesToAllow(e.currentTarget.value);
            if (!problems.length) policy({ allow });
            else
              setStatus(
                `Not saved: line ${problems.join(', ')} needs words after the rule, like content.profanity: Penistone.`,
              );
          }}
        />
      </section>
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            if (confirm('Reset every setting to how Pause came? Held drafts are kept.'))
              update(structuredClone(DEFAULT_SETTINGS), 'Settings reset.');
          }}
        >
          Reset all settings
        </button>
      </p>
    </>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
