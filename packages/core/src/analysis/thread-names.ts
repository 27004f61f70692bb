import { FIRST_NAMES, WORD_FIRST_NAMES } from '../data/first-names.js';
import type { Draft } from '../types.js';

/*
 * People named in the messages a reply answers: "Does anyone know how Derek Lyle is getting on?",
 * "my mum Mrs Pope". A reply that then gives "his" or "her" health tells the thread whose it is.
 * A title with a surname, or a listed given name with a capitalised surname; clinicians' titles are
 * left out (a thread about Dr Shah's talk is about a colleague).
 */

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.? ([A-Z][a-z'’-]+)/g;
const PAIR = /\b([A-Z][a-z]+) ([A-Z][a-z'’-]+)/g;

export function threadNames(draft: Draft): string[] {
  const out: string[] = [];
  for (const m of draft.thread) {
    const author = m.author.trim().toLowerCase();
    if (author === 'me') continue;
    for (const t of m.text.matchAll(TITLED)) out.push(t[0]);
    for (const t of m.text.matchAll(PAIR)) {
      const given = (t[1] as string).toLowerCase();
      if ((FIRST_NAMES.has(given) || WORD_FIRST_NAMES.has(given)) && !author.includes(given)) out.push(t[0]);
    }
  }
  return out;
}
