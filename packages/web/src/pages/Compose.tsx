import type { Finding, Suggestion } from '@pause/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AdvicePanel } from '../components/AdvicePanel.tsx';
import { ContextControls } from '../components/ContextControls.tsx';
import { PhotoAttach } from '../components/PhotoAttach.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { Editor } from '../components/Editor.tsx';
import { FindingDetails } from '../components/findings.tsx';
import { HoldForm } from '../components/HoldForm.tsx';
import { ReadersPanel } from '../components/ReadersPanel.tsx';
import { announce, reviewCount } from '../lib/announce.ts';
import { buildDraft, EMPTY_FIELDS, type DraftFields } from '../lib/draft.ts';
import {
  adviceHeadline,
  defaultHoldUntil,
  FindingLines,
  formatWhen,
  isoWithOffset,
  VerdictCard,
  verdictBanner,
} from '@pause/ui';
import { loadKeptDraft, noteDraft, rememberDraft, rememberedDraft } from '../lib/kept-draft.ts';
import { outbox } from '../lib/outbox.ts';
import { onLinkClick } from '../lib/router.ts';
import { rebaseSpans, spansOf } from '../lib/segments.ts';
import { takeShared } from '../lib/share.ts';
import { useSettings } from '../state/settings.tsx';
import { useCheck } from '../state/use-check.ts';
import { useReflection } from '../state/use-reflection.ts';

const findingKey = (f: Finding) => `${f.ruleId}:${f.start}:${f.end}`;

export function ComposePage() {
  const { settings } = useSettings();
  const [start] = useState(() => {
    const shared = takeShared();
    const remembered = rememberedDraft();
    if (shared === undefined) return remembered;
    return { fields: { ...(remembered?.fields ?? EMPTY_FIELDS), text: shared.replace(/\r\n?/g, '\n') } };
  });
  const [fields, setFields] = useState<DraftFields>(start?.fields ?? EMPTY_FIELDS);
  // The held draft being edited: holding it again replaces that item in the Outbox.
  const [heldId, setHeldId] = useState(start?.heldId);
  const typed = useRef(false);
  // After a reload, the draft kept on this device comes back (unless the user has started typing).
  useEffect(() => {
    if (start) return;
    void loadKeptDraft().then((k) => {
      if (!k || typed.current) return;
      setFields(k.fields);
      setHeldId(k.heldId);
    });
  }, []);
  useEffect(() => {
    if (!fields.text.trim() && heldId) setHeldId(undefined);
    return rememberDraft({ fields, ...(heldId && fields.text.trim() ? { heldId } : {}) });
  }, [fields, heldId]);
  const set = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
    const next = { ...fields, [key]: value };
    noteDraft({ fields: next, ...(heldId && next.text.trim() ? { heldId } : {}) });
    setFields((f) => ({ ...f, [key]: value }));
  };
  const { checked, version, error } = useCheck('compose', fields);
  const reflect = useReflection(checked, fields.text, fields.channel);
  const box = useRef<HTMLTextAreaElement>(null);
  const [undo, setUndo] = useState<string>();
  const [caret, setCaret] = useState(-1);
  const [dismissed, setDismissed] = useState<string>();
  const [holding, setHolding] = useState(false);
  const [notice, setNotice] = useState<string>();
  // "Post anyway" on a draft with a stop asks once; any edit asks again.
  const [confirmPost, setConfirmPost] = useState(false);
  useEffect(() => setConfirmPost(false), [fields.text]);
  const selectAfter = useRef<[number, number]>();

  const text = fields.text;
  const assessment = checked?.result.assessment;
  const fresh = checked !== undefined && checked.text === text;
  const findings = text.trim() && assessment ? assessment.findings : [];
  const toReview = findings.filter((f) => f.severity !== 'info');
  const notes = findings.filter((f) => f.severity === 'info');
  const stops = toReview.filter((f) => f.severity === 'stop');
  const spans = useMemo(
    () => (checked && text.trim() ? rebaseSpans(checked.text, text, spansOf(checked.result.assessment.findings)) : []),
    [checked, text],
  );

  useEffect(() => {
    if (fresh && text.trim()) announce(reviewCount(toReview.length));
  }, [checked]);

  // Puts the caret (or a selection) where an edit made by a button left it, once the box shows the new text.
  useLayoutEffect(() => {
    const sel = selectAfter.current;
    if (!sel || !box.current) return;
    selectAfter.current = undefined;
    box.current.focus();
    box.current.setSelectionRange(sel[0], sel[1]);
    setCaret(sel[0]);
  });

  const replaceText = (next: string, select: [number, number] = [next.length, next.length]) => {
    reflect.fixed();
    setUndo(text);
    setNotice(undefined);
    selectAfter.current = select;
    set('text', next);
  };
  const apply = (s: Suggestion) => {
    if (!fresh || s.start === undefined || s.end === undefined) return;
    const at = s.start + s.text.length;
    replaceText(text.slice(0, s.start) + s.text + text.slice(s.end), [at, at]);
  };
  const show = (f: Finding) => {
    if (f.start === undefined || f.end === undefined || !box.current) return;
    const span = spans.find((s) => assessment?.findings[s.finding] === f);
    box.current.focus();
    box.current.setSelectionRange(span?.start ?? f.start, span?.end ?? f.end);
    setCaret(span?.start ?? f.start);
    setDismissed(undefined);
  };

  const atCaret = caret >= 0 ? spans.find((s) => s.start <= caret && caret <= s.end) : undefined;
  const caretFinding = atCaret && assessment ? assessment.findings[atCaret.finding] : undefined;
  const panelOpen = caretFinding !== undefined && dismissed !== findingKey(caretFinding);
  const closePanel = () => {
    if (!caretFinding || !panelOpen) return false;
    setDismissed(findingKey(caretFinding));
    return true;
  };

  const hold = async (releaseMs: number) => {
    const draft = buildDraft(fields, { nowMs: Date.now(), timeZone: settings.timezone, profile: settings.profile });
    await outbox.hold(draft, isoWithOffset(releaseMs));
    reflect.finished('held');
    // The edited copy is now held: the one it was reopened from goes (already gone is fine).
    if (heldId) await outbox.remove(heldId).catch(() => undefined);
    setHolding(false);
    setUndo(undefined);
    setHeldId(undefined);
    set('text', '');
    setNotice(`Held until ${formatWhen(releaseMs)}. It is waiting in the Outbox.`);
  };
  const fixProps = { assessedText: checked?.text ?? '', canApply: fresh, onApply: apply };
  const lineProps = { text: checked?.text ?? '', titles: checked?.result.titles ?? {}, canFix: fresh, onFix: apply };

  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        Check a draft
      </h1>
      <div class="compose" data-state={!text.trim() || fresh ? 'checked' : 'checking'}>
        <div class="compose-main">
          <Editor
            id="draft"
            label="Your draft"
            text={text}
            spans={spans}
            version={version}
            textareaRef={box}
            hint="Type or paste what you are about to post or send. It is checked here, in this browser: nothing is sent anywhere."
            onText={(t) => {
              typed.current = true;
              reflect.typed(t);
              set('text', t);
              setNotice(undefined);
            }}
            onCaret={setCaret}
            onEscape={closePanel}
          />
          {panelOpen && caretFinding ? (
            <section
              class="panel at-caret"
              aria-label="About the words at the cursor"
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  closePanel();
                  box.current?.focus();
                }
              }}
            >
              <FindingDetails finding={caretFinding} headingLevel={3} {...fixProps} />
              <button
                type="button"
                class="button small quiet"
                onClick={() => {
                  closePanel();
                  box.current?.focus();
                }}
              >
                Close (Esc)
              </button>
            </section>
          ) : null}
          {heldId ? (
            <p class="notice editing-held" data-testid="editing-held">
              You are editing a draft held in the Outbox. Holding it again replaces the held copy; until then it stays
              held as it was.
            </p>
          ) : null}
          <PhotoAttach attachments={fields.attachments ?? []} onChange={(next) => set('attachments', next)} />
          <ContextControls fields={fields} set={set} />
          {error ? (
            <p class="error" role="alert">
              The checker failed: {error}
            </p>
          ) : null}
          {text.trim() && assessment ? (
            <p
              class={`status-line verdict-${stops.length ? 'hold' : toReview.length ? 'review' : 'clear'}`}
              data-testid="status-line"
            >
              {stops.length ? (
                <strong class="verdict-word">Hold: </strong>
              ) : toReview.length ? (
                <strong class="verdict-word">Review: </strong>
              ) : null}
              {toReview.length ? `${reviewCount(toReview.length)}.` : 'Nothing to flag.'}
              {toReview.length ? (
                <>
                  {' '}
                  <span class="advice-headline">{adviceHeadline(assessment.advice)}</span>
                </>
              ) : null}
            </p>
          ) : null}
          {text.trim() ? (
            <div class="strategies" role="group" aria-label="What to do with it">
              {fresh && assessment && assessment.rewrite !== text ? (
                <button type="button" class="button primary" onClick={() => replaceText(assessment.rewrite)}>
                  Apply all fixes
                </button>
              ) : null}
              {fresh && assessment?.advice.holdingReply ? (
                <button type="button" class="button" onClick={() => replaceText(assessment.advice.holdingReply!)}>
                  Use holding reply
                </button>
              ) : null}
              <button type="button" class="button" aria-expanded={holding} onClick={() => setHolding(!holding)}>
                Hold until…
              </button>
              {stops.length ? (
                <button
                  type="button"
                  class="button quiet"
                  aria-expanded={confirmPost}
                  onClick={() => setConfirmPost(!confirmPost)}
                >
                  Post anyway…
                </button>
              ) : (
                <CopyButton
                  text={text}
                  label={toReview.length ? 'Post anyway' : 'Copy to post'}
                  done="Copied to the clipboard: paste it where you were writing."
                  onCopy={() => reflect.finished('posted')}
                />
              )}
              {undo !== undefined ? (
                <button
                  type="button"
                  class="button quiet"
                  onClick={() => {
                    const back = undo;
                    setUndo(undefined);
                    selectAfter.current = [back.length, back.length];
                    set('text', back);
                  }}
                >
                  Undo
                </button>
              ) : null}
            </div>
          ) : null}
          {confirmPost && stops.length ? (
            <div class="confirm" role="group" aria-label="Confirm posting anyway">
              <p>
                <strong>
                  {stops.length === 1
                    ? 'One thing here could end in a complaint, a referral or worse.'
                    : `${stops.length} things here could end in a complaint, a referral or worse.`}
                </strong>{' '}
                Copy it to post as it stands?
              </p>
              <div class="buttons">
                <CopyButton
                  text={text}
                  label="Yes, copy it anyway"
                  class="button danger"
                  done="Copied to the clipboard: paste it where you were writing."
                  onCopy={() => reflect.finished('posted')}
                />
                <button type="button" class="button" onClick={() => setConfirmPost(false)}>
                  Go back
                </button>
              </div>
            </div>
          ) : null}
          {holding && text.trim() ? (
            <HoldForm
              id="hold-at"
              submitLabel="Hold it"
              onCancel={() => setHolding(false)}
              onSubmit={hold}
              defaultMs={defaultHoldUntil(assessment, Date.now(), settings.holdDefaults, settings.policy.quietHours)}
            />
          ) : null}
          <p class="notice" role="status">
            {notice ? (
              <>
                {notice}{' '}
                <a href="/outbox" onClick={onLinkClick}>
                  Open the Outbox
                </a>
              </>
            ) : null}
          </p>
          {notes.length && !toReview.length ? (
            <details class="notes">
              <summary>{notes.length === 1 ? '1 note' : `${notes.length} notes`} worth knowing</summary>
              <FindingLines findings={notes} onShow={show} {...lineProps} />
            </details>
          ) : null}
        </div>
        {toReview.length && checked ? (
          <div class="compose-side">
            <VerdictCard
              banner={verdictBanner(checked.result.assessment)}
              headingLevel={2}
              findings={findings}
              readers={checked.result.assessment.readers}
              onShow={show}
              {...lineProps}
              root={{ role: 'region', 'aria-label': 'What to review', 'data-testid': 'verdict-card' }}
            />
            <ReadersPanel readers={checked.result.assessment.readers} reasons={checked.result.reasons} />
            <AdvicePanel advice={checked.result.assessment.advice} />
          </div>
        ) : null}
      </div>
    </>
  );
}
