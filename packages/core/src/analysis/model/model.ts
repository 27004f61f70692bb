import { MODEL, type ModelData } from './weights.js';
import { BUCKETS, modelWord, ngramBuckets, wordBuckets, wordHash } from './features.js';

/*
 * The learned second signal: one logistic regression per head over hashed features (features.ts),
 * trained by scripts/train.ts on licensed data and the team's synthetic drafts. It scores a draft in
 * tens of microseconds: each word's unigram and character-gram buckets are worked out once per word
 * and remembered, so a draft costs a lookup per word and a few hashes for its word pairs and triples.
 */

export type ModelHead = (typeof MODEL.heads)[number];

const MEMO_LIMIT = 50_000;

interface MemoWord {
  /** The word's unigram and character-gram weights, summed per head (one read per word, not one per gram). */
  readonly sum: Int32Array;
  /** How many features the word contributes. */
  readonly count: number;
  /** Its hash, for word n-grams. */
  readonly hash: number;
}

export class Model {
  private readonly weights: Int8Array;
  private readonly heads: number;
  private readonly index = new Map<string, number>();
  private readonly memo = new Map<string, MemoWord>();

  constructor(private readonly data: ModelData = MODEL) {
    const raw = atob(data.base64);
    this.weights = new Int8Array(raw.length);
    for (let i = 0; i < raw.length; i++) this.weights[i] = (raw.charCodeAt(i) << 24) >> 24;
    this.heads = data.heads.length;
    if (this.weights.length !== BUCKETS * this.heads) throw new Error('model: weights do not match the feature space');
    for (const [k, h] of data.heads.entries()) this.index.set(h, k);
  }

  /** A token's buckets (unigram and character grams) and its hash for word n-grams, worked out once per token. */
  private wordOf(norm: string): MemoWord {
    let m = this.memo.get(norm);
    if (!m) {
      const word = modelWord(norm);
      const buckets = wordBuckets(word);
      const H = this.heads;
      const sum = new Int32Array(H);
      for (const b of buckets)
        for (let k = 0; k < H; k++) sum[k] = (sum[k] as number) + (this.weights[b * H + k] as number);
      m = { sum, count: buckets.length, hash: wordHash(word) };
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(norm, m);
    }
    return m;
  }

  /** The probability of each head for a text given as its tokens' normalised forms, plus meaning features. */
  score(norms: readonly string[], extras: readonly string[] = []): Float64Array {
    const H = this.heads;
    const sums = new Float64Array(H);
    const w = this.weights;
    const add = (b: number) => {
      const base = b * H;
      for (let k = 0; k < H; k++) sums[k] = (sums[k] as number) + (w[base + k] as number);
    };
    const hashes = new Array<number>(norms.length);
    let count = 0;
    for (let i = 0; i < norms.length; i++) {
      const m = this.wordOf(norms[i] as string);
      hashes[i] = m.hash;
      for (let k = 0; k < H; k++) sums[k] = (sums[k] as number) + (m.sum[k] as number);
      count += m.count;
    }
    const grams: number[] = [];
    ngramBuckets(hashes, grams);
    // Meaning features are whole tokens ("@dehumanise:protected"): a unigram bucket each (their memo sum).
    for (const extra of extras) {
      const m = this.wordOf(extra);
      for (let k = 0; k < H; k++) sums[k] = (sums[k] as number) + (m.sum[k] as number);
      count += m.count;
    }
    for (let j = 0; j < grams.length; j++) add(grams[j] as number);
    count += grams.length;
    // Features are scaled by 1/sqrt(count) in training, so long texts do not saturate.
    const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
    const out = new Float64Array(H);
    for (let k = 0; k < H; k++) {
      const z = (sums[k] as number) * (this.data.scales[k] as number) * norm + (this.data.biases[k] as number);
      out[k] = 1 / (1 + Math.exp(-z));
    }
    return out;
  }

  headIndex(head: ModelHead): number {
    return this.index.get(head) ?? -1;
  }

  /** The score from which a head completes a rule's partial reading (chosen in training on held-out drafts). */
  supported(head: ModelHead): number {
    return this.data.supported[this.headIndex(head)] ?? 1;
  }

  /** The score at or above which a head may raise a finding on its own (chosen in training on held-out drafts). */
  threshold(head: ModelHead): number {
    return this.data.thresholds[this.headIndex(head)] ?? 1;
  }
}
