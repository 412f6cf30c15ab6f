/**
 * A map from E.164 numbers (as their digits, which fit exactly in a double: at most 15 digits)
 * to contact ids, in two typed arrays with open addressing. A million entries take 32 MB instead
 * of the ~100 MB a Map of strings would, which keeps a million-row import under its memory target.
 */
export class NumberMap {
  private keys: Float64Array;
  private values: Float64Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Float64Array(size);
    this.values = new Float64Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** "+12025550143" → 12025550143. */
  static keyOf(e164: string): number {
    let key = 0;
    for (let i = 1; i < e164.length; i++) key = key * 10 + (e164.charCodeAt(i) - 48);
    return key;
  }

  private slot(key: number, keys: Float64Array): number {
    const mask = keys.length - 1;
    // The last nine digits vary most; mix them with the rest so neighbours spread out.
    const low = key % 1e9;
    let h = (Math.imul(low | 0, 0x9e3779b1) ^ Math.imul(((key - low) / 1e9) | 0, 0x85ebca6b)) >>> 0;
    h &= mask;
    while (keys[h] !== 0 && keys[h] !== key) h = (h + 1) & mask;
    return h;
  }

  get(key: number): number | undefined {
    const i = this.slot(key, this.keys);
    return this.keys[i] === 0 ? undefined : this.values[i];
  }

  set(key: number, value: number): void {
    if (key === 0) throw new Error('0 is not a phone number');
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key, this.keys);
    if (this.keys[i] === 0) this.count++;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.values = new Float64Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key !== 0) {
        const j = this.slot(key, this.keys);
        this.keys[j] = key;
        this.values[j] = oldValues[i]!;
      }
    }
  }
}
