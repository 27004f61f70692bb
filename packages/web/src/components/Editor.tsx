import type { Ref } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { settleInputs, noteInput } from '../lib/latency.ts';
import { toSegments, type Span } from '../lib/segments.ts';

const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

interface Props {
  id: string;
  label: string;
  hint: string;
  text: string;
  spans: readonly Span[];
  /** The check these spans come from: once they are drawn, the inputs it covers are settled. */
  version: number;
  onText(text: string): void;
  /** The caret moved to `offset`, or -1 while the user types. */
  onCaret?(offset: number): void;
  onEscape?(): boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
}

/**
 * A textarea over a mirrored backdrop: the backdrop holds the same text (invisible) with the
 * flagged spans in <mark>, so the underlines sit exactly under the words while the textarea stays
 * a plain, accessible text box. Both share one grid cell, so the box grows with its text and
 * never scrolls apart from its backdrop.
 */
export function Editor({
  id,
  label,
  hint,
  text,
  spans,
  version,
  onText,
  onCaret,
  onEscape,
  textareaRef,
  rows = 7,
}: Props) {
  const segments = useMemo(() => toSegments(text, spans), [text, spans]);
  useLayoutEffect(() => settleInputs(version), [version]);
  const caret = (e: Event) => onCaret?.((e.currentTarget as HTMLTextAreaElement).selectionStart);
  return (
    <div class="field">
      <label for={id} class="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <div class="editor">
        <div class="backdrop" aria-hidden="true">
          {segments.map((s) =>
            s.severity ? (
              <mark
                key={s.start}
                class={`flag flag-${s.severity} cat-${s.category}`}
                data-findings={s.findings.join(' ')}
              >
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
          {/* A textarea shows an empty last line after a final line break; a div needs a character for it. */}
          {text === '' || text.endsWith('\n') ? ' ' : null}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          rows={rows}
          value={text}
          spellcheck={true}
          aria-describedby={`${id}-hint`}
          // Typing hides the details panel; moving the caret (arrows, Home, End, a click) into a flagged word shows it.
          onInput={(e) => {
            noteInput();
            onText(e.currentTarget.value);
            onCaret?.(-1);
          }}
          onKeyUp={(e) => {
            if (NAVIGATION_KEYS.has(e.key)) caret(e);
          }}
          onClick={caret}
          onFocus={caret}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onEscape?.()) e.preventDefault();
          }}
        />
      </div>
    </div>
  );
}
