/** A small seeded PRNG (mulberry32): simulator runs with the same seed behave the same. */
export type Rng = () => number;

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (Math.max(min, max) - min + 1));
}

export function hex(rng: Rng, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(rng() * 16).toString(16);
  return out;
}

/** Picks by weight: [[weight, value], …]. */
export function weighted<T>(rng: Rng, choices: ReadonlyArray<readonly [number, T]>): T {
  const total = choices.reduce((sum, [w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [weight, value] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1]![1];
}
