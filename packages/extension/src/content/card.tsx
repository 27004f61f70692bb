/**
 * The card beside a compose box: a badge in the box's corner with the verdict, and on a click (or
 * when a send is stopped) a compact card, verdict first: a coloured Hold / Review / Clear banner
 * with the main advice in one sentence, one line per finding (findings about the same words
 * merged), the seven readers as chips, details on demand. It lives in Pause's shadow layer, so
 * the page's styles cannot reach it.
 */
import type { Assessment, Finding, Reader, Suggestion } from '@pause/core';
import {
  adviceHeadline,
  describeFix,
  formatWhen,
  groupOverlapping,
  READER_LABEL,
  READER_ORDER,
  SEVERITY_LABEL,
  type SuggestedReply,
  VERDICT_LABEL,
} from '@pause/ui';
import { useState } from 'preact/hooks';
import type { HeldDraft } from '../shared/protocol.ts';

export interface CardState {
  /** The text the assessment was made for, and the assessment; undefined until the first check. */
  text: string;
  assessment?: Assessment;
  /** Each finding's rule in a few words ("A patient identifier in a draft about a patient"). */
  titles: Record<string, string>;
  /** How many checks have answered: the badge shows it (data-checks) so a benchmark can time each. */
  checks: number;
  /** True while a newer check is on its way: fixes wait for it (their offsets would be stale). */
  checking: boolean;
  open: boolean;
  /** A send was stopped and the card asks what to do. */
  stopped: boolean;
  holdUntil: number;
  /** Drafts held earlier on this site, ready to be put back. */
  released: HeldDraft[];
  /** Replies to the last message received, when it asks for advice or may be an emergency. */
  replies: SuggestedReply[];
  /** What was done last, said once ("Held until 08:00"). */
  notice?: string;
}

export interface CardActions {
  toggle(): void;
  fix(s: Suggestion): void;
  fixAll(): void;
  hold(): void;
  holdingReply(): void;
  sendAnyway(): void;
  edit(): void;
  restore(d: HeldDraft): void;
  dismiss(d: HeldDraft): void;
  replyWith(text: string): void;
}

/** The findings to look at (notes left out), for the badge's count and the card's lines. */
export const active = (a: Assessment | undefined) => (a?.findings ?? []).filter((f) => f.severity !== 'info');

function count(n: number): string {
  return n === 1 ? '1 thing to look at' : `${n} things to look at`;
}

/** The badge's words for a screen reader and its tooltip. */
export function badgeLabel(s: CardState): string {
  if (!s.assessment) return s.checking ? 'Pause is checking this draft' : 'Pause';
  const n = active(s.assessment).length;
  return n ? `Pause: ${VERDICT_LABEL[s.assessment.verdict]}, ${count(n)}` : 'Pause: nothing to flag';
}

interface LineProps {
  findings: Finding[];
  text: string;
  titles: Record<string, string>;
  canFix: boolean;
  onFix(s: Suggestion): void;
}

/** One line a group of findings about the same words: severity, the words, what it is; the rest on demand. */
function FindingLine({ findings, text, titles, canFix, onFix }: LineProps) {
  const [open, setOpen] = useState(false);
  const [lead] = findings as [Finding];
  const fix = findings.flatMap((f) => f.suggestions.filter((s) => s.kind === 'replace'))[0];
  const tips = [
    ...new Set(findings.flatMap((f) => f.suggestions.filter((s) => s.kind === 'advice').map((s) => s.text))),
  ];
  const what = [...new Set(findings.map((f) => titles[f.ruleId] ?? f.ruleId))].join('; ');
  return (
    <li class={`finding sev-${lead.severity}`} data-rule={lead.ruleId}>
      <div class="line">
        <span class="sev">{SEVERITY_LABEL[lead.severity]}</span>
        <span class="what">
          {lead.excerpt ? <q>{lead.excerpt}</q> : null} <span class="title">{what}</span>
        </span>
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'Why'}
        </button>
      </div>
      {open ? (
        <div class="details">
          {findings.map((f) => (
            <p key={f.ruleId} class="msg">
              {f.message}
            </p>
          ))}
          {tips.map((t) => (
            <p key={t} class="tip">
              {t}
            </p>
          ))}
          <p class="why">
            Guidance: “{lead.guidance}”. Rule: <code>{findings.map((f) => f.ruleId).join(', ')}</code>
            {lead.why?.length ? `; spotted from ${lead.why.join('; ')}` : ''}.
          </p>
        </div>
      ) : null}
      {fix ? (
        <button type="button" class="fix" disabled={!canFix} onClick={() => onFix(fix)}>
          {describeFix(text, fix)}
        </button>
      ) : null}
    </li>
  );
}

function Readers({ assessment }: { assessment: Assessment }) {
  return (
    <ul class="readers" aria-label="Who would object">
      {READER_ORDER.map((r: Reader) => (
        <li key={r} class={assessment.readers[r] === 'objects' ? 'objects' : 'fine'}>
          {READER_LABEL[r]}
          <span class="sr">{assessment.readers[r] === 'objects' ? ' would object' : ' would be fine'}</span>
        </li>
      ))}
    </ul>
  );
}

/** The banner: the draft's verdict, or, with no draft yet, what the card is there for. */
function banner(s: CardState, found: number): [tone: string, title: string, line: string] {
  const a = s.assessment;
  if (a)
    return [a.verdict, VERDICT_LABEL[a.verdict], found ? adviceHeadline(a.advice) : 'Nothing here needs changing.'];
  if (s.replies.some((r) => r.id === 'urgent'))
    return ['hold', 'Possible emergency', 'Their last message may mean they are in danger.'];
  if (s.replies.length) return ['review', 'Suggested reply', 'They asked for medical advice here.'];
  if (s.released.length) return ['post', 'Held draft', 'Ready when you are.'];
  return ['post', s.checking ? 'Checking…' : 'Pause', s.notice ? '' : 'Nothing to flag.'];
}

export function Card({ state: s, actions: act }: { state: CardState; actions: CardActions }) {
  const a = s.assessment;
  const found = active(a);
  const groups = groupOverlapping(found);
  const canFix = !s.checking && !!a;
  const anyFix = found.some((f) => f.suggestions.some((x) => x.kind === 'replace'));
  const verdict = a?.verdict ?? 'post';
  const urgent = s.replies.filter((r) => r.id === 'urgent');
  const otherReplies = s.replies.filter((r) => r.id !== 'urgent');
  const [tone, title, line] = banner(s, found.length);
  const replyBlock = (replies: SuggestedReply[]) =>
    replies.length ? (
      <section class="replies">
        {replies.map((r) => (
          <div key={r.id} class={`reply r-${r.id}`}>
            <p class="reply-title">{r.title}</p>
            <p class="reply-text">{r.text}</p>
            <button type="button" onClick={() => act.replyWith(r.text)}>
              Use this reply
            </button>
          </div>
        ))}
      </section>
    ) : null;
  return (
    <div
      class="card"
      role="dialog"
      aria-label="Pause"
      data-verdict={verdict}
      data-stopped={s.stopped}
      onKeyDown={(e) => {
        if (e.key === 'Escape') act.edit();
      }}
    >
      <div class={`banner v-${tone}`}>
        <strong>{title}</strong>
        <span>{line}</span>
        <button type="button" class="close" aria-label="Close" onClick={act.toggle}>
          ×
        </button>
      </div>
      {s.notice ? (
        <p class="notice" role="status">
          {s.notice}
        </p>
      ) : null}
      {replyBlock(urgent)}
      {s.stopped ? (
        <p class="stopped">Pause stopped this from sending so you can look again. Nothing has been sent.</p>
      ) : null}
      {s.stopped || found.length ? (
        <div class="actions">
          {s.stopped ? (
            <button type="button" onClick={act.edit}>
              Edit
            </button>
          ) : null}
          {anyFix ? (
            <button type="button" disabled={!canFix} onClick={act.fixAll}>
              Apply fixes
            </button>
          ) : null}
          {s.holdUntil ? (
            <button type="button" onClick={act.hold}>
              Hold until {formatWhen(s.holdUntil)}
            </button>
          ) : null}
          {a?.advice.holdingReply ? (
            <button type="button" onClick={act.holdingReply}>
              Use a holding reply
            </button>
          ) : null}
          {s.stopped ? (
            <button type="button" class="anyway" onClick={act.sendAnyway}>
              Send anyway
            </button>
          ) : null}
        </div>
      ) : null}
      {s.released.map((d) => (
        <div key={d.id} class="held">
          <p>A draft you held ({formatWhen(d.heldAt)}) is ready to look at again.</p>
          <button type="button" onClick={() => act.restore(d)}>
            Put it back in the box
          </button>
          <button type="button" class="link" onClick={() => act.dismiss(d)}>
            Discard it
          </button>
        </div>
      ))}
      {groups.length ? (
        <ul class="findings">
          {groups.map((g) => (
            <FindingLine
              key={`${g.start ?? ''}:${g.findings[0]?.ruleId}`}
              findings={g.findings}
              text={s.text}
              titles={s.titles}
              canFix={canFix}
              onFix={act.fix}
            />
          ))}
        </ul>
      ) : null}
      {a && found.length ? <Readers assessment={a} /> : null}
      {replyBlock(otherReplies)}
    </div>
  );
}
