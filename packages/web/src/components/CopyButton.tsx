import { useState } from 'preact/hooks';
import { copyText } from '../lib/clipboard.ts';

/** A copy button that says, visibly and to screen readers, whether the copy worked. */
export function CopyButton({
  text,
  label,
  done = 'Copied to the clipboard.',
  class: cls = 'button',
  onCopy,
}: {
  text: string;
  label: string;
  done?: string;
  class?: string;
  /** After the copy, whether or not it worked: the author means to post it either way. */
  onCopy?(): void;
}) {
  const [status, setStatus] = useState('');
  return (
    <span class="copy">
      <button
        type="button"
        class={cls}
        onClick={async () => {
          setStatus((await copyText(text)) ? done : 'Could not copy: select the text and copy it yourself.');
          onCopy?.();
        }}
      >
        {label}
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
