import { TEXT_SPEAK } from '../data/taxonomy/texting.js';
import type { Token } from './tokens.js';

/**
 * Tokens with text-speak read as the words they stand for ("cnt" as "can't", "2nite" as "tonight"):
 * the norm changes, the offsets and the raw text do not, so findings still point at what was typed.
 */
export function readTextSpeak(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const word = TEXT_SPEAK.get(t.norm);
    if (word !== undefined) (out ??= tokens.slice(0, i) as Token[]).push({ ...t, norm: word, kind: 'word' });
    else out?.push(t);
  }
  return out ?? tokens;
}
