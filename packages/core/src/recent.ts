/**
 * A bounded cache of recent entries: two generations of at most `size` each; when the newer is full
 * it becomes the older and the oldest entries go. No iterators and no reordering, so a miss costs a
 * lookup and an insert, and a hit one or two lookups.
 */
export class Recent<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const v = this.newer.get(key);
    return v !== undefined ? v : this.older.get(key);
  }

  set(key: K, value: V): void {
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
