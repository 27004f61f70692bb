/** Small readers of page markup that several site adapters share. They never change the page. */
import type { ThreadMessage } from '@pause/core';

/** The outermost editable element containing `el`: a textarea, or the root of a contenteditable region. */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement) return el.disabled || el.readOnly ? null : el;
  let node: HTMLElement | null = el instanceof HTMLElement ? el : el.parentElement;
  if (!node?.isContentEditable) return null;
  while (node.parentElement?.isContentEditable) node = node.parentElement;
  return node;
}

/** The compose box matching `selector` that contains `el` (the box itself, or its editable root inside it). */
export function boxMatching(el: Element, selector: string): HTMLElement | null {
  const root = editableRoot(el);
  if (!root) return null;
  if (root.matches(selector)) return root;
  const outer = root.closest<HTMLElement>(selector);
  return outer ? root : null;
}

/**
 * The first element matching `selector` in the nearest ancestor of `box` (up to `levels` up) that
 * holds one: how a send button sitting beside its compose box is found without a global search,
 * which on a page with several boxes (a reply under every post) would find the wrong one.
 */
export function nearest<T extends HTMLElement = HTMLElement>(box: HTMLElement, selector: string, levels = 8): T | null {
  let node: HTMLElement | null = box.parentElement;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    const found = node.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/** A plain Enter: no Shift (a new line on every site), no IME composition in progress. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing
  );
}

/** Ctrl+Enter, or Cmd+Enter on a Mac: how post boxes send from the keyboard. */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}

/** The text a reader sees in an element, trimmed; empty when there is none. */
export function shownText(el: Element | null | undefined): string {
  return ((el as HTMLElement | null)?.innerText ?? el?.textContent ?? '').trim();
}

/** True when the page's host is `host` or one of its subdomains. */
export function onHost(location: Location, ...hosts: string[]): boolean {
  const h = location.hostname.toLowerCase();
  return hosts.some((host) => h === host || h.endsWith(`.${host}`));
}

/** An element's name as the page gives it: its aria-label, a submit input's value, else its text. */
export function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  if (el instanceof HTMLInputElement) return el.value.trim();
  return (el.textContent ?? '').trim();
}

/** The nearest ancestor of `box` (up to `levels` up) that holds an element matching `selector`. */
export function scopeHolding(
  box: HTMLElement,
  selector: string,
  levels = Number.POSITIVE_INFINITY,
): HTMLElement | null {
  let node: HTMLElement | null = box.parentElement;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) if (node.querySelector(selector)) return node;
  return null;
}

/** The nearest button around `box` (up to `levels` up) whose name matches `name`. */
export function buttonNamed(box: HTMLElement, name: RegExp, levels: number): HTMLElement | null {
  let node: HTMLElement | null = box.parentElement;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    const found = [...node.querySelectorAll<HTMLElement>('[role="button"], button')].find(
      (b) => !box.contains(b) && name.test(labelOf(b)),
    );
    if (found) return found;
  }
  return null;
}

/** How many of the messages above a box a draft carries: the latest are the ones that matter. */
export const THREAD_LIMIT = 20;

export function latest(thread: readonly ThreadMessage[]): ThreadMessage[] {
  return thread.slice(-THREAD_LIMIT);
}

/** The people other than the user who wrote in a thread. */
export function othersIn(thread: readonly ThreadMessage[]): Set<string> {
  return new Set(thread.filter((m) => m.author !== 'me').map((m) => m.author));
}

/** The newest message in a thread not written by the user. */
export function lastReceivedIn(thread: readonly ThreadMessage[]): string | undefined {
  for (let i = thread.length - 1; i >= 0; i--) if (thread[i]!.author !== 'me') return thread[i]!.text;
  return undefined;
}
