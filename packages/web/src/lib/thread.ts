import type { ThreadMessage } from '@pause/core';

/** The most messages a pasted thread keeps (the engine's own cap); the latest are the ones that matter. */
export const MAX_THREAD_MESSAGES = 500;

// A chat export's leading stamp: "[12/06/2025, 20:15] " (WhatsApp on iOS) or "12/06/2025, 20:15 - " (Android).
const STAMP = /^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]?(?:\s*-)?\s*/i;
// "Name: text" with a short name; the space after the colon keeps out links ("https://…") and times ("10:30").
const SPEAKER = /^([^:\n]{1,40}?):\s+(.*)$/;
// Labels that open a line the way a name does but name nobody.
const NOT_A_NAME = /^(?:note|nb|n\.b|ps|p\.s|re|fw|fwd|subject)$/i;

/**
 * Reads a pasted conversation, one message a line, oldest first: "Name: text" names the speaker,
 * a plain line is taken as the other side's. Lines naming "me", "I" or one of `myNames` are the
 * author's own ("me", as the Draft contract wants).
 */
export function parseThread(pasted: string, myNames: readonly string[] = []): ThreadMessage[] {
  const mine = new Set(['me', 'i', ...myNames.map((n) => n.trim().toLowerCase()).filter(Boolean)]);
  const out: ThreadMessage[] = [];
  for (const raw of pasted.split(/\r\n?|\n/)) {
    const line = raw.replace(STAMP, '').trim();
    if (!line) continue;
    const m = SPEAKER.exec(line);
    const name = m?.[1]?.trim();
    if (m && name && !NOT_A_NAME.test(name) && m[2]!.trim()) {
      out.push({ author: mine.has(name.toLowerCase()) ? 'me' : name, text: m[2]!.trim() });
    } else {
      out.push({ author: 'them', text: line });
    }
  }
  return out.slice(-MAX_THREAD_MESSAGES);
}
