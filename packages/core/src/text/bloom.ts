/**
 * A Bloom filter over lower-case words: "is this probably a word of the list?" in a few hashes, from a
 * bit array small enough to ship inside the engine (a Set of the same words would cost megabytes of
 * heap and start-up time in the browser). False positives are rare (about 1%) and only ever make the
 * speller leave a word alone; there are no false negatives.
 */
export interface BloomData {
  /** Number of bits (a multiple of 8). */
  readonly bits: number;
  /** Number of hash functions. */
  readonly hashes: number;
  /** The bit array, base64. */
  readonly base64: string;
}

/** Two independent 32-bit hashes of a word (FNV-1a and a multiplicative mix), combined Kirsch–Mitzenmacher style. */
function hashPair(word: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

export class BloomFilter {
  private constructor(
    private readonly array: Uint8Array,
    private readonly hashes: number,
  ) {}

  static decode(data: BloomData): BloomFilter {
    const raw = atob(data.base64);
    const array = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) array[i] = raw.charCodeAt(i);
    if (array.length * 8 !== data.bits) throw new Error('bloom filter: size does not match its bit count');
    return new BloomFilter(array, data.hashes);
  }

  static build(words: Iterable<string>, bits: number, hashes: number): BloomFilter {
    const filter = new BloomFilter(new Uint8Array(Math.ceil(bits / 8)), hashes);
    for (const w of words) filter.add(w);
    return filter;
  }

  private add(word: string): void {
    const [h1, h2] = hashPair(word);
    const n = this.array.length * 8;
    for (let k = 0; k < this.hashes; k++) {
      const bit = (h1 + Math.imul(k, h2)) >>> 0;
      const i = bit % n;
      this.array[i >>> 3] = (this.array[i >>> 3] as number) | (1 << (i & 7));
    }
  }

  has(word: string): boolean {
    const [h1, h2] = hashPair(word);
    const n = this.array.length * 8;
    for (let k = 0; k < this.hashes; k++) {
      const i = ((h1 + Math.imul(k, h2)) >>> 0) % n;
      if (((this.array[i >>> 3] as number) & (1 << (i & 7))) === 0) return false;
    }
    return true;
  }

  encode(): BloomData {
    let raw = '';
    for (let i = 0; i < this.array.length; i++) raw += String.fromCharCode(this.array[i] as number);
    return { bits: this.array.length * 8, hashes: this.hashes, base64: btoa(raw) };
  }
}
