/**
 * Deterministic randomness for the demo data: a seeded generator (mulberry32) so the same
 * seed gives the same figures on every machine, and exact integer splits so totals hold
 * by construction.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** `1 ± spread`, uniformly. */
  jitter(spread: number): number;
  /** An index drawn with probability proportional to `weights`. */
  index(weights: readonly number[]): number;
  /** A key of `weights` drawn with probability proportional to its weight. */
  pick<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Like `index`, for drawing many times from the same weights. */
  sampler(weights: readonly number[]): () => number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const index = (weights: readonly number[]) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    let x = next() * sum;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    jitter: (spread) => 1 - spread + 2 * spread * next(),
    index,
    pick<K extends string>(weights: Readonly<Record<K, number>>): K {
      const keys = Object.keys(weights) as K[];
      return keys[index(keys.map((k) => weights[k]))]!;
    },
    sampler(weights) {
      const cumulative: number[] = [];
      let sum = 0;
      for (const w of weights) cumulative.push((sum += w));
      return () => {
        const x = next() * sum;
        let lo = 0;
        let hi = cumulative.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cumulative[mid]! > x) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      };
    },
  };
}

/**
 * Splits `total` into whole numbers proportional to `weights` (largest remainder): the
 * parts always add up to `total` exactly. With `minimum`, every part gets at least that
 * much first (the total must allow it).
 */
export function distribute(total: number, weights: readonly number[], minimum = 0): number[] {
  const n = weights.length;
  if (n === 0) {
    if (total !== 0) throw new Error(`distribute: ${total} over no parts`);
    return [];
  }
  const rest = total - minimum * n;
  if (rest < 0) throw new Error(`distribute: ${total} cannot give ${n} parts ${minimum} each`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (sum > 0 ? (rest * w) / sum : rest / n));
  const parts = shares.map((s) => Math.floor(s));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, r: s - Math.floor(s) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const i = order[k]!.i;
    parts[i] = parts[i]! + 1;
  }
  return parts.map((p) => p + minimum);
}
