import type { Finding } from './types.js';

/**
 * The draft with every automatic ("replace") suggestion applied. Where two suggestions overlap the
 * earlier-starting one wins, so the result never garbles the text.
 */
export function applySuggestions(text: string, findings: readonly Finding[]): string {
  const edits = findings
    .flatMap((f) => f.suggestions)
    .filter(
      (s): s is typeof s & { start: number; end: number } =>
        s.kind === 'replace' && s.start !== undefined && s.end !== undefined,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // With nothing to apply the author's text comes back exactly as written, spacing and all.
  if (edits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  return tidy(out);
}

/** Removing words can leave doubled spaces or a space before punctuation. */
function tidy(s: string): string {
  return s
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/(?<! ) +([,.!?;:])/g, '$1')
    .replace(/^[ \t]+|(?<![ \t])[ \t]+$/gm, '');
}
