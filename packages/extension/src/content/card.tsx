/**
 * The card beside a compose box, opened from the badge (or when a send is stopped): the shared
 * verdict card of @pause/ui (the web app's Check page shows the same one), with what only the
 * extension offers between its banner and its findings: the stopped send's choices, held drafts
 * to put back, and replies to a message received. It lives in Pause's shadow layer, so the page's
 * styles cannot reach it.
 */
import type { Assessment, Suggestion } from '@pause/core';
import {
  activeFindings,
  type BannerWords,
  formatWhen,
  type SuggestedReply,
  thingsToLookAt,
  VERDICT_LABEL,
  VerdictCard,
  verdictBanner,
} from '@pause/ui';
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

/** The badge's words for a screen reader and its tooltip. */
export function badgeLabel(s: CardState): string {
  if (!s.assessment) return s.checking ? 'Pause is checking this draft' : 'Pause';
  const n = activeFindings(s.assessment).length;
  return n ? `Pause: ${VERDICT_LABEL[s.assessment.verdict]}, ${thingsToLookAt(n)}` : 'Pause: nothing to flag';
}

/** The banner: the draft's verdict, or, with no draft yet, what the card is there for. */
function banner(s: CardState): BannerWords {
  if (s.assessment) return verdictBanner(s.assessment);
  if (s.replies.some((r) => r.id === 'urgent'))
    return { tone: 'hold', title: 'Possible emergency', line: 'Their last message may mean they are in danger.' };
  if (s.replies.length)
    return { tone: 'review', title: 'Suggested reply', line: 'They asked for medical advice here.' };
  if (s.released.length) return { tone: 'post', title: 'Held draft', line: 'Ready when you are.' };
  return { tone: 'post', title: s.checking ? 'Checking…' : 'Pause', line: s.notice ? '' : 'Nothing to flag.' };
}

export function Card({ state: s, actions: act }: { state: CardState; actions: CardActions }) {
  const a = s.assessment;
  const found = activeFindings(a);
  const canFix = !s.checking && !!a;
  const anyFix = found.some((f) => f.suggestions.some((x) => x.kind === 'replace'));
  const urgent = s.replies.filter((r) => r.id === 'urgent');
  const otherReplies = s.replies.filter((r) => r.id !== 'urgent');
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
    <VerdictCard
      banner={banner(s)}
      onClose={act.toggle}
      findings={found}
      text={s.text}
      titles={s.titles}
      canFix={canFix}
      onFix={act.fix}
      {...(a ? { readers: a.readers } : {})}
      footer={replyBlock(otherReplies)}
      root={{
        class: 'card',
        role: 'dialog',
        'aria-label': 'Pause',
        'data-verdict': a?.verdict ?? 'post',
        'data-stopped': s.stopped,
        onKeyDown: (e) => {
          if (e.key === 'Escape') act.edit();
        },
      }}
    >
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
          <button type="button" class="pc-link" onClick={() => act.dismiss(d)}>
            Discard it
          </button>
        </div>
      ))}
    </VerdictCard>
  );
}
