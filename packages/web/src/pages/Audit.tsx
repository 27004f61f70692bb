import { useEffect, useRef, useState } from 'preact/hooks';
import { authHeaders, messageOf } from '../lib/api.ts';
import { audits, uploadAudit, type AuditStatus } from '../lib/audits.ts';
import { formatWhen } from '@pause/ui';
import { useSettings } from '../state/settings.tsx';

const POLL_MS = 500;

/**
 * The report, sandboxed (no scripts, no same-origin access). Straight from its URL on a loopback
 * server; with an access token (which an iframe cannot send) it is fetched and shown through srcdoc.
 */
function Report({ audit }: { audit: AuditStatus }) {
  const needsToken = Object.keys(authHeaders()).length > 0;
  const [doc, setDoc] = useState<string>();
  const [error, setError] = useState('');
  useEffect(() => {
    if (!needsToken) return;
    fetch(audits.reportUrl(audit.id), { headers: authHeaders() })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`The report could not be loaded (${r.status}).`))))
      .then(setDoc, (e: unknown) => setError(messageOf(e)));
  }, [audit.id]);
  const title = `Audit report for ${audit.filename}`;
  return (
    <section class="panel report" aria-labelledby="report-title">
      <h2 id="report-title">{title}</h2>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {needsToken ? (
        doc !== undefined ? (
          <iframe class="report-frame" title={title} sandbox="" srcdoc={doc} />
        ) : null
      ) : (
        <iframe class="report-frame" title={title} sandbox="" src={audits.reportUrl(audit.id)} />
      )}
      {!needsToken ? (
        <p>
          <a href={audits.reportUrl(audit.id)} target="_blank" rel="noopener">
            Open the report in a new tab
          </a>
        </p>
      ) : null}
      <div class="buttons" role="group" aria-label="Download the results">
        {(['csv', 'json'] as const).map((kind) => (
          <button
            type="button"
            class="button small"
            onClick={() => audits.download(audit.id, kind).catch((e: unknown) => setError(messageOf(e)))}
          >
            {kind === 'csv' ? 'Download every finding (CSV)' : 'Download the summary (JSON)'}
          </button>
        ))}
      </div>
    </section>
  );
}

function describeProgress(a: AuditStatus): string {
  const p = a.progress;
  if (!p) return 'Starting…';
  const rate = p.itemsPerSecond ? `, ${Math.round(p.itemsPerSecond)} a second` : '';
  return `${p.items.toLocaleString('en-GB')} items read${rate}`;
}

/** A finished audit that read none of the owner's messages: the senders to choose from, most first. */
function unownedOf(a: AuditStatus): Array<{ author: string; items: number }> {
  return a.summary?.mine === 0 ? (a.summary.others ?? []) : [];
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}

export function AuditPage() {
  const { settings } = useSettings();
  const [file, setFile] = useState<File>();
  const [me, setMe] = useState('');
  const [since, setSince] = useState('');
  const [sent, setSent] = useState<{ sent: number; total: number }>();
  const [current, setCurrent] = useState<AuditStatus>();
  const [shown, setShown] = useState<AuditStatus>();
  const [past, setPast] = useState<AuditStatus[]>();
  const [error, setError] = useState('');
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const refresh = () => audits.list().then(setPast, (e: unknown) => setError(messageOf(e)));
  useEffect(() => {
    void refresh();
  }, []);

  const poll = async (id: string) => {
    while (alive.current) {
      const a = await audits.get(id);
      if (!alive.current) return;
      setCurrent(a);
      if (a.status !== 'running') {
        // A report of none of your messages would reassure falsely: the notice asks who you are instead.
        if (a.status === 'done' && !unownedOf(a).length) setShown(a);
        void refresh();
        return;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  const start = async (who: string) => {
    if (!file) {
      setError('Choose a file to audit.');
      return;
    }
    setError('');
    setCurrent(undefined);
    setShown(undefined);
    setSent({ sent: 0, total: file.size });
    try {
      const id = await uploadAudit(file, { me: who, since, tz: settings.timezone }, (s, t) =>
        setSent({ sent: s, total: t }),
      );
      await poll(id);
    } catch (err) {
      setError(messageOf(err));
      setSent(undefined);
    }
  };

  const uploading = sent !== undefined && current === undefined;
  // A chat names every sender but not which one exported it: none read as yours means "me" is needed.
  const unowned = current?.status === 'done' ? unownedOf(current) : [];
  const pct = sent?.total ? Math.round((100 * sent.sent) / sent.total) : 0;
  const p = current?.progress;

  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        Audit an archive
      </h1>
      <p class="lead">
        Upload an export of your posts or messages (from X, Bluesky, Facebook, Instagram, LinkedIn, Mastodon, Slack,
        Telegram or WhatsApp, or a CSV or JSON file) to see what Pause would have flagged. The file goes only to your
        Pause server.
      </p>
      <form
        class="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void start(me);
        }}
      >
        <div class="field">
          <label class="field-label" for="audit-file">
            Export file
          </label>
          <input id="audit-file" type="file" required onChange={(e) => setFile(e.currentTarget.files?.[0])} />
        </div>
        <div class="row">
          <div class="field">
            <label class="field-label" for="audit-me">
              Your name or handle in the archive (needed for chats)
            </label>
            <input id="audit-me" type="text" value={me} onInput={(e) => setMe(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label class="field-label" for="audit-since">
              Only items since (optional)
            </label>
            <input id="audit-since" type="date" value={since} onInput={(e) => setSince(e.currentTarget.value)} />
          </div>
        </div>
        <button type="submit" class="button primary" disabled={uploading || current?.status === 'running'}>
          Upload and audit
        </button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {sent ? (
        <section class="panel progress-panel" aria-labelledby="progress-title">
          <h2 id="progress-title">Progress</h2>
          <label class="field-label" for="upload-progress">
            Upload: {pct}%
          </label>
          <progress id="upload-progress" max={100} value={pct}>
            {pct}%
          </progress>
          {current ? (
            <>
              <label class="field-label" for="audit-progress">
                {current.status === 'running'
                  ? `Reading: ${describeProgress(current)}`
                  : current.status === 'done'
                    ? `Done: ${describeProgress(current)}`
                    : 'The audit failed'}
              </label>
              {p?.bytesTotal ? (
                <progress
                  id="audit-progress"
                  max={p.bytesTotal}
                  value={current.status === 'done' ? p.bytesTotal : (p.bytesRead ?? 0)}
                />
              ) : (
                <progress id="audit-progress" max={1} {...(current.status === 'done' ? { value: 1 } : {})} />
              )}
              {current.status === 'failed' ? (
                <p class="error" role="alert">
                  {current.error ?? 'The audit could not be completed.'}
                </p>
              ) : null}
              {current.summary && unowned.length === 0 ? (
                <p role="status">
                  {current.summary.items.toLocaleString('en-GB')} items read,{' '}
                  {current.summary.flagged.toLocaleString('en-GB')} flagged.
                </p>
              ) : null}
              {unowned.length > 0 ? (
                <div class="owner-needed" role="alert">
                  <p>
                    <strong>None of these messages was read as yours</strong>, so your own were not checked: the export
                    names its senders but not which one you are. Which is you?
                  </p>
                  <p class="buttons">
                    {unowned.map((o) => (
                      <button
                        key={o.author}
                        type="button"
                        class="button"
                        disabled={!file}
                        onClick={() => {
                          setMe(o.author);
                          void start(o.author);
                        }}
                      >
                        I am {o.author} ({plural(o.items, 'message')})
                      </button>
                    ))}
                  </p>
                </div>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
      {shown ? <Report audit={shown} /> : null}
      <section class="panel" aria-labelledby="past-title">
        <h2 id="past-title">Past audits</h2>
        {past?.length === 0 ? <p>None yet.</p> : null}
        {past?.length ? (
          <ul class="past-audits">
            {past.map((a) => (
              <li key={a.id}>
                <span class="past-name">{a.filename}</span>, {formatWhen(Date.parse(a.createdAt))}:{' '}
                {a.status === 'done' && a.summary
                  ? unownedOf(a).length
                    ? `${a.summary.items} items, none read as yours`
                    : `${a.summary.items} items, ${a.summary.flagged} flagged`
                  : a.status}
                <span class="buttons">
                  {a.status === 'done' ? (
                    <button type="button" class="button small" onClick={() => setShown(a)}>
                      View the report<span class="visually-hidden"> for {a.filename}</span>
                    </button>
                  ) : null}
                  <button
                    type="button"
                    class="button small"
                    onClick={async () => {
                      try {
                        await audits.remove(a.id);
                        if (shown?.id === a.id) setShown(undefined);
                        void refresh();
                      } catch (e) {
                        setError(messageOf(e));
                      }
                    }}
                  >
                    Delete<span class="visually-hidden"> the audit of {a.filename}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
