/**
 * How deep an export's JSON may nest. Real exports nest a dozen levels; a damaged or hostile file can nest a
 * hundred thousand in a few hundred kilobytes, which JSON.parse reads (it does not recurse) but any code that
 * walks the value by recursion (String() of an array, JSON.stringify, a repair of every string) overflows the
 * stack with a RangeError. Every JSON value an importer parses is checked here first, so no reader has to be
 * written to survive it.
 */
import { ImportError } from './types.js';

export const MAX_JSON_DEPTH = 1000;

export const tooDeep = (file: string): ImportError =>
  new ImportError(file, `nests JSON more than ${MAX_JSON_DEPTH} levels deep, which no export does`);

/** Throws the ImportError of `tooDeep` when a parsed value nests deeper than MAX_JSON_DEPTH (walked without recursion). */
export function checkDepth(value: unknown, file: string): void {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop() as number;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) throw tooDeep(file);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
}
