/**
 * Changes to the compose box, made only when the user clicks (a fix, a holding reply, a held draft
 * put back), through the editor's own input path so its state and undo stay whole. The words are
 * selected, then a beforeinput 'insertReplacementText' event (what a spellchecker's correction
 * sends) is offered to the editor: Lexical and Slate apply it themselves and cancel the event
 * (Slate must: it ignores changes it does not see this way, and would put the old words back on
 * the next key). If no editor takes it, execCommand('insertText') replaces the selection as typing
 * would, which ProseMirror, Quill, Draft.js, plain contenteditables and framework-controlled
 * textareas all follow, and which the browser's undo stack records.
 */
import type { TextMap } from './text-map.ts';
import { readBox } from './text-map.ts';

/** The caret's offset in the box's text, or undefined when the selection is elsewhere. */
function caretOf(box: HTMLElement, map: TextMap): number | undefined {
  if (box instanceof HTMLTextAreaElement) return box.selectionEnd;
  const sel = getSelection();
  if (!sel?.focusNode) return undefined;
  return map.offsetOf(sel.focusNode, sel.focusOffset);
}

function select(box: HTMLElement, map: TextMap, start: number, end: number): boolean {
  box.focus({ preventScroll: true });
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(start, end);
    return true;
  }
  const range = map.range(start, end);
  const sel = getSelection();
  if (!range || !sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function placeCaret(box: HTMLElement, offset: number): void {
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(offset, offset);
    return;
  }
  const range = readBox(box).range(offset, offset);
  const sel = getSelection();
  if (!range || !sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

function replaceSelection(box: HTMLElement, text: string): void {
  if (!(box instanceof HTMLTextAreaElement)) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      dataTransfer: data,
      bubbles: true,
      cancelable: true,
    });
    // Cancelled: the editor applied the change itself.
    if (!box.dispatchEvent(event)) return;
  }
  document.execCommand('insertText', false, text);
}

/**
 * Puts the caret in a rich editor and tells the editor at once: Slate reads the page's selection into its
 * own only on a selectionchange, which the browser sends later, and until then re-renders with the caret it
 * had (after the fix), the one the next key would follow.
 */
function settleCaret(box: HTMLElement, offset: number): void {
  placeCaret(box, offset);
  box.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

/** The longest the caret is guarded after a change when the user does nothing, in milliseconds. */
const GUARD_MS = 30_000;
/** What ends the guard: the user acting in the page, or leaving the box. */
const USER_ACTS = ['keydown', 'pointerdown', 'beforeinput', 'focusout'] as const;

/**
 * Editors that apply a change themselves (Lexical, Slate) re-render and set their own selection some
 * time after it, on a busy machine seconds later: until the user acts (a key, a click, input, leaving
 * the box), put the caret back whenever it moves. No fixed moment is late enough on a loaded machine, so
 * the guard ends on the user's own next move, not on a timer (the timer only bounds an idle page).
 * Each move is seen as a selectionchange, and checked on the next frame too in case none fires.
 */
function keepCaret(box: HTMLElement, offset: number): void {
  const doc = box.ownerDocument;
  const restore = () => {
    if (doc.activeElement !== box) return;
    if (caretOf(box, readBox(box)) !== offset) settleCaret(box, offset);
  };
  const stop = () => {
    doc.removeEventListener('selectionchange', restore);
    for (const type of USER_ACTS) doc.removeEventListener(type, stop, { capture: true });
    clearTimeout(timer);
  };
  doc.addEventListener('selectionchange', restore);
  for (const type of USER_ACTS) doc.addEventListener(type, stop, { capture: true });
  requestAnimationFrame(restore);
  const timer = setTimeout(stop, GUARD_MS);
}

/**
 * Replaces [start, end) of the box's text with `text`, as if the user had selected the words and
 * typed, and puts the caret back where it was (moved by the change when it was after the words).
 * Returns false when the box no longer holds the words the fix was for.
 */
export function replaceText(box: HTMLElement, start: number, end: number, expected: string, text: string): boolean {
  const map = readBox(box);
  if (map.text.slice(start, end) !== expected) return false;
  const caret = caretOf(box, map);
  if (!select(box, map, start, end)) return false;
  replaceSelection(box, text);
  if (caret !== undefined) {
    const moved = caret >= end ? caret + text.length - (end - start) : caret > start ? start + text.length : caret;
    if (box instanceof HTMLTextAreaElement) placeCaret(box, moved);
    else {
      settleCaret(box, moved);
      keepCaret(box, moved);
    }
  }
  return true;
}

/** Replaces the whole draft (a holding reply, a held draft put back). */
export function replaceAll(box: HTMLElement, text: string): void {
  const map = readBox(box);
  select(box, map, 0, map.text.length);
  replaceSelection(box, text);
}
