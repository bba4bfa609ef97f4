import { describe, expect, it } from 'vitest';
import {
  addCells,
  cellOf,
  MAX_DEVIATION,
  PERTURBATION_ALPHA,
  perturbationDistribution,
  perturbationOfKey,
  perturbedCount,
  RECORD_KEY_RANGE,
  type Cell,
} from './cell-key.ts';

/** A seeded generator, so the tests are the same on every run. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const cellOfKeys = (keys: readonly number[]): Cell =>
  cellOf(
    keys.length,
    keys.reduce((a, b) => a + b, 0),
  );

describe('the perturbation table', () => {
  it('is a cut two-sided geometric distribution over whole keys', () => {
    const shares = perturbationDistribution();
    expect([...shares.keys()]).toEqual(
      Array.from({ length: 2 * MAX_DEVIATION + 1 }, (_, i) => i - MAX_DEVIATION),
    );
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let d = 1; d <= MAX_DEVIATION; d += 1) {
      // symmetric, and each step away from 0 is ALPHA times as likely (to the key's grain)
      expect(shares.get(d)).toBeCloseTo(shares.get(-d)!, 3);
      expect(shares.get(d)! / shares.get(d - 1)!).toBeCloseTo(PERTURBATION_ALPHA, 1);
    }
  });

  it('looks every key up to the band it falls in', () => {
    const counted = new Map<number, number>();
    for (let key = 0; key < RECORD_KEY_RANGE; key += 1) {
      const d = perturbationOfKey(key);
      counted.set(d, (counted.get(d) ?? 0) + 1);
    }
    for (const [d, share] of perturbationDistribution())
      expect(counted.get(d)! / RECORD_KEY_RANGE).toBeCloseTo(share, 10);
    // keys wrap around the range
    expect(perturbationOfKey(RECORD_KEY_RANGE + 7)).toBe(perturbationOfKey(7));
    expect(perturbationOfKey(-1)).toBe(perturbationOfKey(RECORD_KEY_RANGE - 1));
  });
});

describe('cells', () => {
  it('add counts and keys modulo the range, and read SQL sums', () => {
    expect(addCells({ n: 2, key: 65_000 }, { n: 3, key: 1_000 })).toEqual({ n: 5, key: 464 });
    expect(cellOf('12', '131072')).toEqual({ n: 12, key: 0 });
    expect(cellOf(3, 10n)).toEqual({ n: 3, key: 10 });
    expect(cellOf(0, null)).toEqual({ n: 0, key: 0 });
  });

  it('publishes the same records as the same value, within the deviation, never under the threshold', () => {
    const random = generator(7);
    for (let round = 0; round < 2000; round += 1) {
      const keys = Array.from({ length: 5 + random(300) }, () => random(RECORD_KEY_RANGE));
      const cell = cellOfKeys(keys);
      const shown = perturbedCount(cell, 5);
      expect(perturbedCount(cellOfKeys([...keys].reverse()), 5)).toBe(shown);
      expect(shown).toBeGreaterThanOrEqual(5);
      expect(Math.abs(shown - cell.n)).toBeLessThanOrEqual(MAX_DEVIATION);
    }
    expect(perturbedCount({ n: 0, key: 123 }, 5)).toBe(0);
  });

  it('stays unbiased away from the threshold', () => {
    const random = generator(11);
    let sum = 0;
    const rounds = 20_000;
    for (let round = 0; round < rounds; round += 1) {
      const cell = { n: 1000, key: random(RECORD_KEY_RANGE) };
      sum += perturbedCount(cell, 5) - cell.n;
    }
    expect(Math.abs(sum / rounds)).toBeLessThan(0.05);
  });

  it('draws an independent perturbation when one record joins a cell', () => {
    // The difference of two views that differ by one respondent's record: over many
    // respondents, every observed difference in a wide band occurs, so none tells for sure.
    const random = generator(3);
    const seen = new Map<number, number>();
    for (let round = 0; round < 20_000; round += 1) {
      const base = { n: 40, key: random(RECORD_KEY_RANGE) };
      const withOne = addCells(base, { n: 1, key: random(RECORD_KEY_RANGE) });
      const difference = perturbedCount(withOne, 5) - perturbedCount(base, 5);
      seen.set(difference, (seen.get(difference) ?? 0) + 1);
    }
    // 1 ± up to 2 × MAX_DEVIATION; the true difference (1) is not the most common answer
    // by much: 0 and 2 are each at least 2/3 as common.
    const one = seen.get(1)!;
    expect(seen.get(0)! / one).toBeGreaterThan(0.66);
    expect(seen.get(2)! / one).toBeGreaterThan(0.66);
    for (let d = -3; d <= 5; d += 1) expect(seen.get(d) ?? 0).toBeGreaterThan(0);
  });
});

describe('the key of zeros', () => {
  it('perturbs a cell whose key is 0 by nothing (fixtures with zero keys read exact counts)', () => {
    expect(perturbationOfKey(0)).toBe(0);
    expect(perturbedCount({ n: 17, key: 0 }, 5)).toBe(17);
  });
});
