/**
 * Whether an error repeats what it was given. Errors may be shown, logged or sent back by a server, and what
 * was given may be a patient's details: an error names a field, a file or a position, never the words. The
 * fuzzing of the importers, `pause check --jsonl` and the API all check their errors with this.
 */

/**
 * Longest run of characters an error may share with its input: file and field names, numbers, and the odd
 * phrase an error and a post both use ("the archive"). V8 quoted 20 characters of a broken JSON text.
 */
export const ECHO_LIMIT = 16;

/**
 * Whether `message` shares a run of more than ECHO_LIMIT characters with any of `inputs`; the `names` (file
 * names, paths) that an error may mention are left out first.
 */
export function echoes(message: string, inputs: readonly string[], names: readonly string[] = []): boolean {
  let rest = message;
  for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) rest = rest.split(name).join('\u0000');
  for (let i = 0; i + ECHO_LIMIT < rest.length; i++) {
    const run = rest.slice(i, i + ECHO_LIMIT + 1);
    if (!run.includes('\u0000') && inputs.some((input) => input.includes(run))) return true;
  }
  return false;
}

/**
 * The string values in a text that may be JSON (the whole text when it is not): what an error must not
 * repeat. Keys are left out: they are field names, which errors give.
 */
export function stringValues(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [text];
  }
  const out: string[] = [];
  const stack = [parsed];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push(child);
  }
  return out;
}
