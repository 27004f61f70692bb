/**
 * One compose box that Pause is watching: reads its text as the user types, has it checked in the
 * service worker (one check in flight at a time; typing during a check costs one more check, not
 * one per key), underlines what was found, and keeps the card's state. Changes to the box happen
 * only in the actions the user clicks.
 */
import type { Assessment, Draft, Suggestion } from '@pause/core';
import {
  browserTimeZone,
  defaultHoldUntil,
  formatWhen,
  HOLD_DEFAULTS,
  isoWithOffset,
  suggestedReplies,
} from '@pause/ui';
import { Fragment, h, render } from 'preact';
import { ask, type CheckAnswer, type HeldDraft } from '../shared/protocol.ts';
import type { ExtensionSettings } from '../shared/settings.ts';
import type { ComposeContext, SiteAdapter } from '../sites/adapter.ts';
import { Card, type CardActions, type CardState } from './card.tsx';
import { Badge } from './badge.tsx';
import { replaceAll, replaceText } from './edit.ts';
import { layer } from './layer.ts';
import { cardPlace } from './place.ts';
import { readBox, type TextMap } from './text-map.ts';
import { Underlines, underlineMode } from './underline.ts';

export type SendHow = 'click' | KeyboardEvent;

export class ComposeSession {
  readonly state: CardState;
  private readonly underlines: Underlines;
  private readonly mount: HTMLDivElement;
  private inFlight: Promise<void> | undefined;
  private dirty = false;
  private observer: MutationObserver;
  /** The text the user chose to send anyway: that draft is not stopped again. */
  private allowed: string | undefined;
  /** One resend of the stopped send goes through the guard. */
  passOnce = false;
  private lastSend: SendHow = 'click';
  private lastInbound: string | undefined;
  private frame = 0;
  private retries = 0;

  constructor(
    readonly adapter: SiteAdapter,
    readonly box: HTMLElement,
    private settings: ExtensionSettings,
  ) {
    this.state = {
      text: '',
      titles: {},
      checks: 0,
      checking: false,
      open: false,
      stopped: false,
      holdUntil: 0,
      released: [],
      replies: [],
    };
    this.underlines = new Underlines(box, underlineMode(box, settings.underline === 'boxes'));
    this.mount = document.createElement('div');
    this.mount.className = 'session';
    layer().append(this.mount);
    this.observer = new MutationObserver(() => this.changed());
    this.observer.observe(box, { childList: true, subtree: true, characterData: true });
    box.addEventListener('input', this.changed);
    box.addEventListener('keydown', this.escape, true);
    box.addEventListener('scroll', this.place, { passive: true });
    addEventListener('scroll', this.place, { capture: true, passive: true });
    addEventListener('resize', this.place, { passive: true });
    void this.loadReleased();
    this.changed();
  }

  get connected(): boolean {
    return this.box.isConnected;
  }

  applySettings(settings: ExtensionSettings): void {
    this.settings = settings;
    this.changed();
  }

  end(): void {
    this.observer.disconnect();
    this.box.removeEventListener('input', this.changed);
    this.box.removeEventListener('keydown', this.escape, true);
    this.box.removeEventListener('scroll', this.place);
    removeEventListener('scroll', this.place, { capture: true });
    removeEventListener('resize', this.place);
    this.underlines.remove();
    render(null, this.mount);
    this.mount.remove();
  }

  /** The box's text now. */
  text(): string {
    return readBox(this.box).text;
  }

  private context(): ComposeContext {
    try {
      return this.adapter.context(this.box);
    } catch {
      // A page that changed its markup must not stop checking: the draft is still checked as a post.
      return { channel: 'public-post' };
    }
  }

  private draft(text: string, direction: Draft['direction'] = 'outbound'): Partial<Draft> & { text: string } {
    const ctx = this.context();
    return {
      text,
      direction,
      channel: ctx.channel,
      platform: this.adapter.platform,
      composedAt: isoWithOffset(Date.now()),
      timeZone: browserTimeZone(),
      recipients: (ctx.recipients ?? []).map((name) => ({ name })),
      thread: direction === 'outbound' ? (ctx.thread ?? []) : [],
    };
  }

  /** Escape in the box closes an open card first (and only the card: a site's composer stays open). */
  private readonly escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.state.open) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.actions.edit();
  };

  readonly changed = (): void => {
    this.state.checking = true;
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    this.inFlight = this.check().finally(() => {
      this.inFlight = undefined;
      if (this.dirty) {
        this.dirty = false;
        this.changed();
      }
    });
  };

  /** Waits until the assessment is for the box's current text. */
  async settled(): Promise<void> {
    while (this.inFlight || this.dirty) await (this.inFlight ?? Promise.resolve());
  }

  private async check(): Promise<void> {
    const map = readBox(this.box);
    const text = map.text;
    await this.checkInbound();
    if (!text.trim()) {
      this.state.text = text;
      this.state.assessment = undefined;
      this.state.checking = false;
      this.state.stopped = false;
      this.underlines.clear();
      this.render();
      return;
    }
    let answer: CheckAnswer;
    try {
      answer = await ask({ kind: 'check', draft: this.draft(text) });
    } catch {
      // The service worker was asleep or restarting: try again shortly, a few times.
      this.state.checking = false;
      if (this.retries++ < 5) setTimeout(this.changed, 300);
      return;
    }
    this.retries = 0;
    if (!('assessment' in answer)) {
      this.state.checking = false;
      this.render();
      return;
    }
    this.state.notice = undefined;
    this.state.checks++;
    this.state.text = text;
    this.state.assessment = answer.assessment;
    this.state.titles = answer.titles;
    this.state.checking = this.dirty;
    this.state.holdUntil = defaultHoldUntil(
      answer.assessment,
      Date.now(),
      HOLD_DEFAULTS,
      this.settings.policy.quietHours,
    );
    // The box as it is now: underlines only for the words that were checked.
    const now = readBox(this.box);
    if (now.text === text) this.drawUnderlines(answer.assessment, now);
    this.render();
  }

  private drawUnderlines(a: Assessment, map: TextMap): void {
    const marks = a.findings.flatMap((f) =>
      f.start !== undefined && f.end !== undefined && f.end > f.start
        ? [{ start: f.start, end: f.end, severity: f.severity }]
        : [],
    );
    this.underlines.draw(map, marks);
  }

  /** On messaging sites: replies to offer when the last message received asks for advice or may be an emergency. */
  private async checkInbound(): Promise<void> {
    let received: string | undefined;
    try {
      received = this.adapter.lastReceived?.(this.box);
    } catch {
      received = undefined;
    }
    if (!received || received === this.lastInbound) return;
    this.lastInbound = received;
    const answer = await ask({ kind: 'check', draft: this.draft(received, 'inbound') }).catch(() => undefined);
    this.state.replies = answer && 'assessment' in answer ? suggestedReplies(answer.assessment) : [];
    if (this.state.replies.some((r) => r.id === 'urgent')) this.state.open = true;
  }

  private async loadReleased(): Promise<void> {
    const { drafts } = await ask({ kind: 'released', site: this.adapter.id });
    this.state.released = drafts;
    if (drafts.length) this.render();
  }

  /** True when a send of the current text should be stopped to ask first. */
  stops(text: string): boolean {
    const a = this.state.assessment;
    if (!text.trim() || text === this.allowed || !a || this.state.text !== text) return false;
    return a.verdict === 'hold' || (this.settings.stopSendAt === 'review' && a.verdict === 'review');
  }

  /** A send was stopped: open the card and ask. */
  stop(how: SendHow): void {
    this.lastSend = how;
    this.state.stopped = true;
    this.state.open = true;
    this.state.notice = undefined;
    this.render();
    // The first choice, not the close button: Edit, for a keyboard user to act at once.
    this.mount.querySelector<HTMLElement>('.card .actions button')?.focus({ preventScroll: true });
  }

  /** Lets the stopped send go ahead, through the page's own handler. */
  resend(how: SendHow = this.lastSend): void {
    this.passOnce = true;
    if (how === 'click') {
      const button = this.adapter.sendButton(this.box);
      if (button) button.click();
      else this.passOnce = false;
    } else {
      const key = new KeyboardEvent('keydown', {
        key: how.key,
        code: how.code,
        ctrlKey: how.ctrlKey,
        metaKey: how.metaKey,
        bubbles: true,
        cancelable: true,
      });
      // Some pages still read the legacy key codes, which a constructed event leaves at 0.
      Object.defineProperty(key, 'keyCode', { value: 13 });
      Object.defineProperty(key, 'which', { value: 13 });
      this.box.focus({ preventScroll: true });
      this.box.dispatchEvent(key);
    }
    this.passOnce = false;
  }

  private applySuggestions(suggestions: readonly Suggestion[]): void {
    const text = this.state.text;
    let lastStart = Number.POSITIVE_INFINITY;
    // From the end backwards, so the offsets of the fixes still to apply stay right.
    const ordered = suggestions
      .filter((s) => s.kind === 'replace' && s.start !== undefined && s.end !== undefined)
      .sort((a, b) => (b.start as number) - (a.start as number));
    for (const s of ordered) {
      const start = s.start as number;
      const end = s.end as number;
      if (end > lastStart) continue; // overlaps a fix already applied
      if (replaceText(this.box, start, end, text.slice(start, end), s.text)) lastStart = start;
    }
  }

  readonly actions: CardActions = {
    toggle: () => {
      this.state.open = !this.state.open;
      if (!this.state.open) this.state.stopped = false;
      this.render();
    },
    fix: (s) => this.applySuggestions([s]),
    fixAll: () => this.applySuggestions((this.state.assessment?.findings ?? []).flatMap((f) => f.suggestions)),
    hold: () => void this.hold(),
    holdingReply: () => {
      const reply = this.state.assessment?.advice.holdingReply;
      if (reply) replaceAll(this.box, reply);
      this.state.stopped = false;
    },
    sendAnyway: () => {
      this.allowed = this.text();
      this.state.stopped = false;
      this.state.open = false;
      this.render();
      this.resend();
    },
    edit: () => {
      this.state.stopped = false;
      this.state.open = false;
      this.render();
      this.box.focus();
    },
    restore: (d) => void this.restore(d),
    dismiss: (d) => void this.dismiss(d),
    replyWith: (text) => {
      const current = this.text();
      replaceAll(this.box, current.trim() ? `${current}\n\n${text}` : text);
    },
  };

  private async hold(): Promise<void> {
    const text = this.text();
    const releaseAt = this.state.holdUntil || Date.now() + 3_600_000;
    await ask({ kind: 'hold', text, site: this.adapter.id, url: location.href, releaseAt });
    // Kept first, then cleared: the box is emptied so the draft cannot be sent by mistake meanwhile.
    replaceAll(this.box, '');
    this.state.stopped = false;
    this.state.notice = `Held until ${formatWhen(releaseAt)}, on this device. Pause will remind you then.`;
    this.render();
  }

  private async restore(d: HeldDraft): Promise<void> {
    const current = this.text();
    replaceAll(this.box, current.trim() ? `${current}\n\n${d.text}` : d.text);
    await this.dismiss(d);
  }

  private async dismiss(d: HeldDraft): Promise<void> {
    await ask({ kind: 'reopened', id: d.id });
    this.state.released = this.state.released.filter((x) => x.id !== d.id);
    this.render();
  }

  private readonly place = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const map = readBox(this.box);
      if (this.state.assessment && map.text === this.state.text) this.drawUnderlines(this.state.assessment, map);
      this.render();
    });
  };

  render(): void {
    const frame = this.box.getBoundingClientRect();
    const show =
      !!this.state.assessment || !!this.state.notice || this.state.replies.length > 0 || this.state.released.length > 0;
    render(
      show
        ? h(Fragment, null, [
            h(
              'div',
              {
                class: 'anchor',
                style: `left:${frame.left}px;top:${frame.top}px;width:${frame.width}px;height:${frame.height}px`,
              },
              h(Badge, { state: this.state, onClick: this.actions.toggle }),
            ),
            this.state.open
              ? h(
                  'div',
                  { class: 'card-place', style: cardPlace(frame) },
                  h(Card, { state: this.state, actions: this.actions }),
                )
              : null,
          ])
        : null,
      this.mount,
    );
  }
}
