/**
 * The string without its trailing run of characters that pass `drop`. A loop rather than
 * `s.replace(/[…]+$/, '')`: that regex is quadratic on a long run followed by one other character
 * (the engine retries the run from every position), and chunks of a draft can be 100,000 "!".
 */
export function trimEndWhile(s: string, drop: (ch: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1] as string)) end--;
  return s.slice(0, end);
}

/** `trimEndWhile` for a set of characters given as a string. */
export function trimEndOf(s: string, chars: string): string {
  return trimEndWhile(s, (ch) => chars.includes(ch));
}
