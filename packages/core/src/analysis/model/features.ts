import { foldLeet } from '../../text/leet.js';
import type { Analysis } from '../analyse.js';
import { healthFeatures } from '../health-claims.js';
import { PROTECTED } from '../meaning/hostile.js';
import type { Meaning } from '../meaning/types.js';

/*
 * Features of the learned second signal (design.md, layer 3): hashed word 1-3-grams and character
 * 3-5-grams of each word, over the engine's own tokens (normalised, leet folded, disguised spellings
 * repaired), so the model sees what the rules see. The same code builds features for training
 * (scripts/train.ts) and for scoring, so the two can never drift apart.
 */

/** Number of hash buckets (a power of two). */
export const BUCKET_BITS = 17;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

/** FNV-1a over a string, from a seed. */
function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes two hashes into one (for n-grams of words). */
function mix(a: number, b: number, salt: number): number {
  let h = Math.imul(a ^ salt, 0x85ebca6b) ^ Math.imul(b + salt, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2d);
  return (h ^ (h >>> 16)) >>> 0;
}

const WORD_SEED = 0x9e3779b1;
const CHAR_SEED = 0x7f4a7c15;

/** A token as the model reads it: digits inside words read as letters, numbers collapsed to one token. */
export function modelWord(norm: string): string {
  const word = foldLeet(norm);
  return /^\d+$/.test(word) ? '#' : word;
}

/** The bucket of a word's unigram and of each of its character 3-5-grams ("<idiot>" → "<id", "idi", …). */
export function wordBuckets(word: string): Int32Array {
  const padded = `<${word}>`;
  const out: number[] = [fnv(word, WORD_SEED) & MASK];
  if (word.length >= 2 && word !== '#' && word[0] !== '@') {
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(fnv(padded.slice(i, i + n), CHAR_SEED + n) & MASK);
    }
  }
  return Int32Array.from(out);
}

/** The word hash used to build bigrams and trigrams. */
export function wordHash(word: string): number {
  return fnv(word, WORD_SEED);
}

/** Buckets of the word bigrams and trigrams of a sequence of word hashes, appended to `out`. */
export function ngramBuckets(hashes: readonly number[], out: number[]): void {
  for (let i = 0; i + 1 < hashes.length; i++) {
    const bi = mix(hashes[i] as number, hashes[i + 1] as number, 2);
    out.push(bi & MASK);
    if (i + 2 < hashes.length) out.push(mix(bi, hashes[i + 2] as number, 3) & MASK);
  }
}

/** Everything the model reads besides the words: the meaning layer's hostility, what is said around a group, and the health parts. */
export function modelExtras(a: Analysis): string[] {
  return [...meaningFeatures(a.meaning), ...groupContext(a), ...healthFeatures(a)];
}

/** How many words after a group, and before it, are read as what is said of it. */
const AFTER = 3;
const BEFORE = 2;

/**
 * The words said of a group of people defined by a protected characteristic, with the group itself
 * left out ("Indians smell" and "Muslims stink" both give "@g>…" grams): what the model learns from one
 * group then carries to every other, and the group's name alone weighs less. One feature per n-gram after
 * the group ("@g>are", "@g>are_vermin"…) and before it ("@hate<g", "@i_hate<g").
 */
function groupContext(a: Analysis): string[] {
  const out: string[] = [];
  const word = (i: number) => modelWord((a.tokens[i] as { norm: string }).norm);
  for (const t of a.meaning.targets) {
    if ((t.kind !== 'group' && t.kind !== 'place') || !t.group || !PROTECTED.has(t.group)) continue;
    let gram = '@g>';
    for (let i = t.tokenEnd; i < a.tokens.length && i < t.tokenEnd + AFTER; i++) {
      gram += `${i > t.tokenEnd ? '_' : ''}${word(i)}`;
      out.push(gram);
    }
    gram = '<g';
    for (let i = t.tokenStart - 1; i >= 0 && i >= t.tokenStart - BEFORE; i--) {
      gram = `${word(i)}${i < t.tokenStart - 1 ? '_' : ''}${gram}`;
      out.push(`@${gram}`);
    }
  }
  return out;
}

function meaningFeatures(meaning: Meaning): string[] {
  const out: string[] = [];
  for (const act of meaning.acts) {
    const t = act.target;
    const target = !t
      ? 'none'
      : t.kind === 'group' || t.kind === 'place'
        ? t.group && PROTECTED.has(t.group)
          ? 'protected'
          : (t.group ?? 'group')
        : t.kind;
    const polarity = act.negated ? 'neg' : 'pos';
    out.push(
      `@${act.kind}`,
      `@${act.kind}:${target}`,
      `@${act.kind}:${target}:${polarity}:${act.stance}`,
      `@${act.kind}:${act.agent}:${polarity}`,
    );
    for (const m of act.modality) out.push(`@${act.kind}:${m}`);
  }
  for (const t of meaning.targets) out.push(`@target:${t.kind}:${t.group ?? ''}`);
  return out;
}
