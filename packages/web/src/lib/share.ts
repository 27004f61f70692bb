/**
 * The Web Share Target: "Share → Pause" on a phone opens /share?title=…&text=…&url=…. Apps fill the
 * fields differently (many put the link inside text), so the parts are joined without repeats.
 */
export function sharedDraftText(search: string): string {
  const q = new URLSearchParams(search);
  const parts: string[] = [];
  for (const key of ['title', 'text', 'url']) {
    const v = (q.get(key) ?? '').trim();
    if (v && !parts.some((p) => p.includes(v))) parts.push(v);
  }
  return parts.join('\n');
}

let pending: string | undefined;

/** Keeps shared text for the compose page to take on its first showing. */
export function offerShared(text: string): void {
  pending = text;
}

/** The shared text, once. */
export function takeShared(): string | undefined {
  const t = pending;
  pending = undefined;
  return t;
}
