import { useEffect, useMemo, useState } from 'preact/hooks';
import { PlatformChannel } from '../components/ContextControls.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { Editor } from '../components/Editor.tsx';
import { SeverityBadge } from '../components/findings.tsx';
import { announce } from '../lib/announce.ts';
import { EMPTY_FIELDS, type DraftFields } from '../lib/draft.ts';
import { suggestedReplies } from '@pause/ui';
import { rebaseSpans, spansOf } from '../lib/segments.ts';
import { useCheck } from '../state/use-check.ts';

export function InboundPage() {
  const [fields, setFields] = useState<DraftFields>({
    ...EMPTY_FIELDS,
    direction: 'inbound',
    channel: 'direct-message',
  });
  const set = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const { checked, version } = useCheck('inbound', fields);
  const text = fields.text;
  const assessment = text.trim() ? checked?.result.assessment : undefined;
  const spans = useMemo(
    () => (checked && text.trim() ? rebaseSpans(checked.text, text, spansOf(checked.result.assessment.findings)) : []),
    [checked, text],
  );
  const replies = assessment ? suggestedReplies(assessment) : [];
  useEffect(() => {
    if (checked && checked.text === text && text.trim())
      announce(
        replies.length
          ? `${replies.length === 1 ? 'A reply' : `${replies.length} replies`} suggested`
          : 'Nothing to flag',
      );
  }, [checked]);

  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        A message you received
      </h1>
      <p class="lead">
        Paste a message a patient or anyone else sent you. Pause says whether it needs a careful reply and offers one.
      </p>
      <div class="inbound" data-state={!text.trim() || checked?.text === text ? 'checked' : 'checking'}>
        <Editor
          id="inbound"
          label="The message you received"
          text={text}
          spans={spans}
          version={version}
          rows={5}
          hint="It is checked here, in this browser: nothing is sent anywhere."
          onText={(t) => set('text', t)}
        />
        <PlatformChannel prefix="in" fields={fields} set={set} />
        {assessment ? (
          replies.length ? (
            <section class="panel replies" aria-labelledby="replies-title">
              <h2 id="replies-title">How to reply</h2>
              <ul class="found">
                {assessment.findings
                  .filter((f) => f.severity !== 'info')
                  // The emergency first: a stop (999) before a caution (redirect the request).
                  .sort((a, b) => Number(b.severity === 'stop') - Number(a.severity === 'stop'))
                  .map((f) => (
                    <li>
                      <SeverityBadge severity={f.severity} /> {f.excerpt ? <q>{f.excerpt}</q> : null} {f.message}
                    </li>
                  ))}
              </ul>
              {replies.map((r, i) => (
                <div class={`reply reply-${r.id}`} data-reply={r.id}>
                  <h3>{r.title}</h3>
                  <p class="reply-text" id={`reply-${i}`}>
                    {r.text}
                  </p>
                  <CopyButton text={r.text} label="Copy this reply" class="button small" />
                </div>
              ))}
            </section>
          ) : (
            <p class="status-line clean">
              Nothing to flag: it does not ask you for clinical advice or describe urgent symptoms.
            </p>
          )
        ) : null}
      </div>
    </>
  );
}
