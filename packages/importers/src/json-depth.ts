/**
 * How deep JSON from outside may nest. Real exports and API bodies nest a dozen levels; a damaged or hostile
 * file can nest a hundred thousand in a few hundred kilobytes, which JSON.parse reads (it does not recurse)
 * but any code that walks the value by recursion (String() of an array, JSON.stringify, a repair of every
 * string) overflows the stack with a RangeError. Every JSON value an importer parses is checked here first,
 * and so is every body the server takes, so that no reader has to be written to survive it.
 */
import { ImportError } from './types.js';

export const MAX_JSON_DEPTH = 1000;

/** Whether a parsed value nests arrays and objects more than `max` deep (walked without recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop() as number;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

export const tooDeep = (file: string): ImportError =>
  new ImportError(file, `nests JSON more than ${MAX_JSON_DEPTH} levels deep, which no export does`);

/** Throws the ImportError of `tooDeep` when a parsed value nests deeper than MAX_JSON_DEPTH. */
export function checkDepth(value: unknown, file: string): void {
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) throw tooDeep(file);
}
