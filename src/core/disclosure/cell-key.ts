/**
 * The cell key method (decision 0008), as statistical offices' table builders use it
 * (the Australian Bureau of Statistics' TableBuilder, the UK's ONS): every record carries a
 * fixed random *record key*; a cell's key is the sum of its records' keys modulo the key
 * range; the cell's perturbation is looked up from its key. The same records always give
 * the same key, so the same cell shows the same value in every view, and adding or
 * removing one record draws an independent perturbation, so differences between
 * overlapping views stay noisy.
 */

/** Record keys are drawn uniformly from [0, RECORD_KEY_RANGE). */
export const RECORD_KEY_RANGE = 65_536;

/** A count and the key of the records it counts. */
export interface Cell {
  n: number;
  key: number;
}

export const EMPTY_CELL: Cell = Object.freeze({ n: 0, key: 0 });

/** A cell from a count and a sum of record keys (a number, bigint or SQL numeric text). */
export function cellOf(n: number | string, keySum: number | string | bigint | null): Cell {
  const sum = BigInt(keySum === null ? 0 : String(keySum).split('.')[0]!);
  const range = BigInt(RECORD_KEY_RANGE);
  return { n: Number(n), key: Number(((sum % range) + range) % range) };
}

/** The cell of the union of disjoint cells: counts and keys add up. */
export function addCells(...cells: readonly Cell[]): Cell {
  let n = 0;
  let key = 0;
  for (const cell of cells) {
    n += cell.n;
    key = (key + cell.key) % RECORD_KEY_RANGE;
  }
  return { n, key };
}

/**
 * The perturbation: a two-sided geometric distribution, P(d) ∝ ALPHA^|d|, cut at
 * ±MAX_DEVIATION. For one added record, no observed difference is more than 1/ALPHA = 2.5
 * times likelier with it than without it (away from the cut).
 */
export const PERTURBATION_ALPHA = 0.4;
export const MAX_DEVIATION = 5;

const WEIGHTS = Array.from(
  { length: 2 * MAX_DEVIATION + 1 },
  (_, i) => PERTURBATION_ALPHA ** Math.abs(i - MAX_DEVIATION),
);
const WEIGHT_SUM = WEIGHTS.reduce((a, b) => a + b, 0);

/**
 * The lookup table: for a key k, the perturbation is the d whose cumulative band of
 * [0, RECORD_KEY_RANGE) holds k + RECORD_KEY_RANGE / 2 (so key 0 sits in the middle of the
 * band of d = 0: fixtures whose record keys are all 0 read exact counts). Bands are whole
 * keys, so the table is exact and the same on every machine.
 */
const UPPER_BOUNDS: readonly number[] = (() => {
  let cumulative = 0;
  return WEIGHTS.map((w, i) => {
    cumulative += w;
    return i === WEIGHTS.length - 1
      ? RECORD_KEY_RANGE
      : Math.round((cumulative / WEIGHT_SUM) * RECORD_KEY_RANGE);
  });
})();

/** The perturbation of a cell key, in [-MAX_DEVIATION, MAX_DEVIATION]. */
export function perturbationOfKey(key: number): number {
  const shifted = Math.trunc(key) + RECORD_KEY_RANGE / 2;
  const k = ((shifted % RECORD_KEY_RANGE) + RECORD_KEY_RANGE) % RECORD_KEY_RANGE;
  const band = UPPER_BOUNDS.findIndex((upper) => k < upper);
  return band - MAX_DEVIATION;
}

/** The share of keys giving each perturbation (for documentation and tests). */
export function perturbationDistribution(): Map<number, number> {
  let lower = 0;
  return new Map(
    UPPER_BOUNDS.map((upper, i) => {
      const share = (upper - lower) / RECORD_KEY_RANGE;
      lower = upper;
      return [i - MAX_DEVIATION, share];
    }),
  );
}

/**
 * The published value of a cell that is shown (its count is at least `threshold`, or 0):
 * its count plus its key's perturbation, never below the threshold (a value under it would
 * pass for a small cell that is hidden). Zero stays zero: no records, nothing to protect.
 */
export function perturbedCount(cell: Cell, threshold: number): number {
  if (cell.n === 0) return 0;
  return Math.max(threshold, cell.n + perturbationOfKey(cell.key));
}
