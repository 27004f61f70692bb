import { fastPaths } from '../fast-path.js';

/** Digits written for letters inside words ("k1ll", "w0men", "sh1t"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/** Reads digits inside a word as the letters they stand for; words of only digits are left alone. */
export function foldLeet(word: string): string {
  return hasDigit(word) && HAS_LETTER.test(word) ? word.replace(/\d/g, (d) => LEET[d] ?? d) : word;
}

/** HAS_DIGIT.test(word), by hand: this runs for every token of every draft. */
function hasDigit(word: string): boolean {
  if (!fastPaths()) return HAS_DIGIT.test(word);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
