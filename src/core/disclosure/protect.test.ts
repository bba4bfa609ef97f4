import { describe, expect, it } from 'vitest';
import { MAX_DEVIATION, type Cell } from './cell-key.ts';
import { monthSizes, protect, protectionOf, publishedShare, withheldBy } from './protect.ts';

const cells = (...counts: number[]): Cell[] => counts.map((n, i) => ({ n, key: i * 9_973 }));

describe('protect', () => {
  it('hides every option of a multiple-choice question under a hidden answered count, zeros included', () => {
    // one respondent ticked option 2 of three: answered 1 (hidden), options 0, 0, 1
    const published = protect(
      {
        cells: cells(1, 0, 0, 1),
        lines: [{ parts: [1, 2, 3], total: 0, additive: false }],
      },
      { threshold: 5, mode: 'perturbed' },
    );
    expect(published.every((p) => p.hidden && p.value === null)).toBe(true);
  });

  it('shows zeros beside a large total and keeps exact mode exact', () => {
    const input = {
      cells: cells(400, 0, 150, 250),
      lines: [{ parts: [1, 2, 3], total: 0 }],
    };
    const exact = protect(input, { threshold: 5, mode: 'exact' });
    expect(exact.map((p) => p.value)).toEqual([400, 0, 150, 250]);
    const perturbed = protect(input, { threshold: 5, mode: 'perturbed' });
    expect(perturbed[1]!.value).toBe(0);
    perturbed.forEach((p, i) =>
      expect(Math.abs(p.value! - input.cells[i]!.n)).toBeLessThanOrEqual(MAX_DEVIATION),
    );
  });

  it('hides a second cell where one hidden cell could be worked out', () => {
    const published = protect(
      { cells: cells(41, 2, 9, 30), lines: [{ parts: [1, 2, 3], total: 0 }] },
      { threshold: 5, mode: 'exact' },
    );
    expect(published.map((p) => p.hidden)).toEqual([false, true, true, false]);
    // perturbed: the total minus the shown parts carries their noise; only the small one hides
    const perturbed = protect(
      { cells: cells(41, 2, 9, 30), lines: [{ parts: [1, 2, 3], total: 0 }] },
      { threshold: 5, mode: 'perturbed' },
    );
    expect(perturbed.map((p) => p.hidden)).toEqual([false, true, false, false]);
  });

  it('withholds the whole view on request', () => {
    const published = protect(
      { cells: cells(900, 450, 450), lines: [], hideAll: true },
      { threshold: 5, mode: 'perturbed' },
    );
    expect(published.every((p) => p.hidden)).toBe(true);
  });
});

describe('shares and protection notes', () => {
  it('derives shares from published values only', () => {
    expect(publishedShare({ value: 52, hidden: false }, { value: 100, hidden: false })).toBe(0.52);
    expect(publishedShare({ value: 7, hidden: false }, { value: 5, hidden: false })).toBe(1);
    expect(publishedShare({ value: null, hidden: true }, { value: 100, hidden: false })).toBeNull();
  });

  it('names the method and its largest deviation', () => {
    expect(protectionOf({ threshold: 5, mode: 'perturbed' }, null)).toEqual({
      method: 'cell_key',
      threshold: 5,
      maxDeviation: MAX_DEVIATION,
      withheld: null,
    });
    expect(protectionOf({ threshold: 7, mode: 'exact' }, 'period_edge').maxDeviation).toBe(0);
  });
});

describe('withholding views next to a small group', () => {
  it('withholds when a neighbouring view differs by a small, non-zero group', () => {
    const threshold = 5;
    expect(withheldBy([{ reason: 'period_edge', size: 1 }], threshold)).toBe('period_edge');
    expect(withheldBy([{ reason: 'period_edge', size: 0 }], threshold)).toBeNull();
    expect(
      withheldBy(
        [
          { reason: 'period_edge', size: 40 },
          { reason: 'subgroup_rest', size: 4 },
        ],
        threshold,
      ),
    ).toBe('subgroup_rest');
  });

  it('reads every month, inside the period too', () => {
    const byMonth = new Map([
      ['2024-03', 40],
      ['2024-02', 1],
      ['2024-01', 40],
    ]);
    expect(
      withheldBy(
        monthSizes(byMonth).map((size) => ({ reason: 'period_edge' as const, size })),
        5,
      ),
    ).toBe('period_edge');
    expect(monthSizes(new Map())).toEqual([]);
  });
});
