import { PRACTICE_OFFICES, PRACTICE_PLACE_WORDS, PRACTICE_ROLES } from '../data/address-words.js';
import type { Draft } from '../types.js';

/*
 * Who a letter-style message is signed by. "…Please bring a urine sample.\n\nMillbrook Surgery" or
 * "Joanne Price\nPractice Manager" is the practice writing as itself, the exception the guidance makes
 * for messages sent by the practice; "Dr Fenwick" or "Nat x" is one clinician writing personally.
 */

export type Signer = 'practice' | 'person' | 'none';

/** The closing lines: the last two lines after the body, when the draft is laid out as a letter. */
function closingLines(text: string): string[] {
  const lines = text
    .trim()
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2) return [];
  return lines.slice(-2).filter((l) => l.length <= 60 && !/[.?!]\s*\S/.test(l));
}

const words = (line: string) =>
  line
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function names(line: string, set: ReadonlySet<string>): boolean {
  const w = ` ${words(line)} `;
  for (const phrase of set) if (w.includes(` ${phrase} `)) return true;
  return false;
}

/** Whether the draft is signed by the practice (its name or an office) rather than by one person. */
export function signer(draft: Draft): Signer {
  const role = draft.author?.role?.trim().toLowerCase();
  if (role && PRACTICE_ROLES.has(role)) return 'practice';
  const closing = closingLines(draft.text);
  if (closing.length === 0) return 'none';
  const last = closing[closing.length - 1] as string;
  // "Kind regards / Millbrook Surgery", "Joanne Price / Practice Manager"
  if (names(last, PRACTICE_OFFICES) || (names(last, PRACTICE_PLACE_WORDS) && /^\p{Lu}/u.test(last))) return 'practice';
  return 'person';
}
