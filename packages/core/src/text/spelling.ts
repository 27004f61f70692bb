import { foldLeet } from './leet.js';
import type { Token } from './tokens.js';

/*
 * Spelling variants, undone once for every lexicon. People hide hostile words from filters by
 * masking letters ("m*slims", "k!ll"), spacing them out ("v e r m i n"), running words together
 * ("ihate"), or swapping, dropping or adding a letter ("mulsims", "idoit", "verminn"); digits for
 * letters are read by the matcher (leet.ts). The speller repairs such tokens towards the words of the
 * hostile lexicons ("targets") and nothing else: a token that is an English word is never changed,
 * so "back" never becomes "black" and "form" never becomes anything. Every repair keeps the offsets of
 * the original text.
 */

/** Characters used to mask letters inside a word. */
export const MASKS: ReadonlySet<string> = new Set(['*', '+', '#', '@', '!', '$', '%', '^']);
/** Mask characters that stand for one letter in particular. */
const MASK_LETTER: Record<string, string> = { '@': 'a', $: 's', '!': 'i' };
/** Separators between spaced-out letters ("k i l l", "k.i.l.l", "k-i-l-l"). */
const SPACERS = new Set([' ', '.', '-', '_']);

const MIN_FUZZY = 5;
/** No target is longer than this: longer tokens and letter runs are not read as disguised targets. */
const MAX_WORD = 24;
const MIN_SWAP = 4;
const ACRONYM = /^\p{Lu}{2,5}s?$/u;
const CACHE_LIMIT = 50_000;

export class Speller {
  private readonly targets: ReadonlySet<string>;
  /** Each target with one letter deleted, back to the targets it came from. */
  private readonly deletions = new Map<string, string[]>();
  /** Targets by length and first letter, for masked words. */
  private readonly byShape = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /**
   * `targets`: the words a misspelling may be read back to; `masked`: further words a masked spelling
   * may stand for (words inside phrases, swear words), where the unmasked letters leave no doubt.
   */
  constructor(
    targets: Iterable<string>,
    private readonly known: (word: string) => boolean,
    masked: Iterable<string> = [],
    /** Targets a capitalised word (a name, mostly) may be read back to: group words ("Mulsims" → "muslims"). */
    private readonly proper: (word: string) => boolean = () => false,
  ) {
    const set = new Set<string>();
    for (const t of targets) if (/^[a-z][a-z']*$/.test(t)) set.add(t);
    this.targets = set;
    const shapes = new Set(set);
    for (const t of masked) if (/^[a-z]{4,}$/.test(t)) shapes.add(t);
    for (const t of shapes) {
      const shape = `${t.length}:${t[0]}`;
      const list = this.byShape.get(shape);
      if (list) list.push(t);
      else this.byShape.set(shape, [t]);
    }
    for (const t of set) {
      if (t.length < MIN_FUZZY) continue;
      for (let i = 0; i < t.length; i++) {
        const d = t.slice(0, i) + t.slice(i + 1);
        const from = this.deletions.get(d);
        if (!from) this.deletions.set(d, [t]);
        else if (!from.includes(t)) from.push(t);
      }
    }
  }

  isTarget(word: string): boolean {
    return this.targets.has(word);
  }

  /** The target a misspelt word stands for, or undefined when it is a word already or no single target is near. */
  correct(word: string, capitalised = false): string | undefined {
    const found = this.correctAny(word);
    return found && (!capitalised || this.proper(found)) ? found : undefined;
  }

  private correctAny(word: string): string | undefined {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.lookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  private lookup(raw: string): string | undefined {
    const word = foldLeet(raw);
    if (word.length < MIN_SWAP || word.length > MAX_WORD || !/^[a-z]+$/.test(word)) return undefined;
    if (this.targets.has(word) || this.known(word)) return undefined;
    const found = new Set<string>();
    // One pair of neighbouring letters swapped ("mulsims").
    for (let i = 0; i + 1 < word.length; i++) {
      const s = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.targets.has(s)) found.add(s);
    }
    if (word.length >= MIN_FUZZY - 1) {
      // A letter dropped ("muslms"): the word is a target less one letter.
      for (const t of this.deletions.get(word) ?? []) found.add(t);
    }
    if (word.length > MIN_FUZZY) {
      // A letter added or doubled ("verminn"): the word less one letter is a target.
      for (let i = 0; i < word.length; i++) {
        const d = word.slice(0, i) + word.slice(i + 1);
        if (d.length >= MIN_FUZZY && this.targets.has(d)) found.add(d);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The target a masked word stands for ("m*sl*ms", "k!ll"), when exactly one fits. */
  unmask(pattern: string): string | undefined {
    const known = [...pattern].filter((c) => c !== '?').length;
    if (known < 2 || pattern[0] === '?') return undefined;
    const fits = (this.byShape.get(`${pattern.length}:${pattern[0]}`) ?? []).filter((t) =>
      [...pattern].every((c, i) => c === '?' || c === t[i]),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Splits a run-together word into a known word and a target ("ihate" → "i" + "hate"). */
  split(raw: string): [string, string] | undefined {
    const word = foldLeet(raw);
    if (
      word.length < 5 ||
      word.length > MAX_WORD ||
      !/^[a-z]+$/.test(word) ||
      this.targets.has(word) ||
      this.known(word)
    )
      return undefined;
    let best: [string, string] | undefined;
    for (let i = 1; i < word.length; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      // One part is a target of four letters or more; the other a known word ("i", "are", "all").
      const aTarget = a.length >= 4 && this.targets.has(a);
      const bTarget = b.length >= 4 && this.targets.has(b);
      const aOk = aTarget || (this.known(a) && (a.length > 1 || a === 'i' || a === 'a'));
      const bOk = bTarget || (this.known(b) && b.length > 1);
      if (!aOk || !bOk || !(aTarget || bTarget)) continue;
      if (best) return undefined; // two readings: leave it alone
      best = [a, b];
    }
    return best;
  }

  /**
   * The tokens with spelling variants repaired: masked and spaced-out words joined, run-together words
   * split, misspelt words read as the target they stand for. Tokens that need no repair are returned
   * as they are (the same objects), so a clean draft costs one pass.
   */
  repair(tokens: readonly Token[], text: string): readonly Token[] {
    let out: Token[] | undefined;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      const merged = this.mergeMasked(tokens, i, text) ?? this.mergeSpaced(tokens, i, text);
      if (merged) {
        out ??= tokens.slice(0, i) as Token[];
        out.push(merged.token);
        i = merged.last;
        continue;
      }
      // A short word in capitals is an acronym ("IDVA", "MDT"), not a misspelling to mend.
      if (t.kind === 'word' && t.norm.length >= MIN_SWAP && !ACRONYM.test(t.raw)) {
        const fixed = this.correct(t.norm, /^\p{Lu}\p{Ll}/u.test(t.raw));
        if (fixed) {
          out ??= tokens.slice(0, i) as Token[];
          out.push({ ...t, norm: fixed });
          continue;
        }
        // A capitalised word inside a sentence is a name ("Dr Cockburn", "Meltham surgery"), not two run
        // together, unless it starts with a group word, which is capitalised too ("These Muslimsdisgust me").
        const split = t.raw.length === t.norm.length ? this.split(t.norm) : undefined;
        const parts = split && (this.proper(split[0]) || !nameInSentence(tokens, i, text)) ? split : undefined;
        if (parts) {
          out ??= tokens.slice(0, i) as Token[];
          const cut = t.start + parts[0].length;
          out.push({ norm: parts[0], start: t.start, end: cut, kind: 'word', raw: text.slice(t.start, cut) });
          out.push({ norm: parts[1], start: cut, end: t.end, kind: 'word', raw: text.slice(cut, t.end) });
          continue;
        }
      }
      out?.push(t);
    }
    return out ?? tokens;
  }

  /** "m*sl*ms", "k!ll", "f***": tokens joined by mask characters with no space, read as one word. */
  private mergeMasked(tokens: readonly Token[], i: number, text: string): { token: Token; last: number } | undefined {
    const first = tokens[i] as Token;
    let pattern = maskedForm(first.norm);
    let last = i;
    let end = first.end;
    let masked = false;
    for (;;) {
      // Mask characters right after the word.
      let k = end;
      let run = '';
      while (k < text.length && MASKS.has(text[k] as string) && run.length < 4) run += text[k++];
      if (!run) break;
      const next = tokens[last + 1];
      // No word we look for is longer than MAX_WORD: stopping there keeps a long run of "@a@a…" linear.
      if (next && next.start === k && next.end - first.start <= MAX_WORD) {
        pattern += [...run].map((c) => MASK_LETTER[c] ?? '?').join('') + maskedForm(next.norm);
        last++;
        end = next.end;
        masked = true;
        continue;
      }
      // Masks closing the word ("f***", "c**t" handled above): only if a word boundary follows.
      const after = text[k];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) {
        pattern += [...run].map((c) => MASK_LETTER[c] ?? '?').join('');
        end = k;
        masked = true;
      }
      break;
    }
    if (!masked || (first.start > 0 && MASKS.has(text[first.start - 1] as string) && text[first.start - 1] === '@'))
      return undefined;
    const word = pattern.includes('?')
      ? this.unmask(pattern)
      : this.targets.has(pattern)
        ? pattern
        : this.unmask(pattern);
    if (!word) return undefined;
    return { token: { norm: word, start: first.start, end, kind: 'word', raw: text.slice(first.start, end) }, last };
  }

  /** "v e r m i n", "k.i.l.l": three or more single letters one spacer apart, joined when they spell a target. */
  private mergeSpaced(tokens: readonly Token[], i: number, text: string): { token: Token; last: number } | undefined {
    const first = tokens[i] as Token;
    if (first.norm.length !== 1) return undefined;
    let word = first.norm;
    let last = i;
    while (last + 1 < tokens.length && last - i < MAX_WORD) {
      const cur = tokens[last] as Token;
      const next = tokens[last + 1] as Token;
      if (next.norm.length !== 1 || next.start - cur.end !== 1 || !SPACERS.has(text[cur.end] as string)) break;
      word += next.norm;
      last++;
    }
    if (last - i < 2) return undefined;
    // The longest run from the start that spells a target ("m u s l i m s are").
    for (let e = last; e - i >= 2; e--) {
      const w = foldLeet(word.slice(0, e - i + 1));
      // A plural spells its target too ("d y k e s"): the inflected matcher reads it from there.
      if (this.targets.has(w) || (w.endsWith('s') && this.targets.has(w.slice(0, -1)))) {
        const end = (tokens[e] as Token).end;
        return {
          token: { norm: w, start: first.start, end, kind: 'word', raw: text.slice(first.start, end) },
          last: e,
        };
      }
    }
    return undefined;
  }
}

/** A token's letters for a masked pattern (digits read as letters). */
function maskedForm(norm: string): string {
  return foldLeet(norm);
}

/** A word in title case with a word before it in its sentence: a name, whatever its parts spell. */
function nameInSentence(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  if (!before || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
  return !/[.!?\n:;]/.test(text.slice(before.end, t.start));
}
