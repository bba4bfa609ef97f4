import { describe, expect, it } from 'vitest';
import {
  effectiveThreshold,
  isSmall,
  suppress,
  crossTableLines,
  type AdditiveLine,
} from './suppression.ts';

/** One question's table: options, answered, no answer, responses (as the results lay it out). */
function suppressQuestion(
  input: { options: readonly number[]; answered: number; responses: number; exclusive: boolean },
  threshold: number,
) {
  const n = input.options.length;
  const counts = [
    ...input.options,
    input.answered,
    input.responses - input.answered,
    input.responses,
  ];
  const lines: AdditiveLine[] = [
    { parts: [n, n + 1], total: n + 2 },
    { parts: input.options.map((_, i) => i), total: n, additive: input.exclusive },
  ];
  const hidden = suppress(counts, lines, threshold);
  return {
    options: hidden.slice(0, n),
    answered: hidden[n]!,
    noAnswer: hidden[n + 1]!,
    responses: hidden[n + 2]!,
  };
}

interface CrossCounts {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  rowsAdd: boolean;
  columnsAdd: boolean;
}

/** A cross-table suppressed with its margins, as the cross-table service lays it out. */
function suppressCrossTable(
  table: CrossCounts,
  threshold: number,
  whole?: Omit<CrossCounts, 'rowsAdd' | 'columnsAdd'>,
  hideAll = false,
) {
  const rows = table.rowTotals.length;
  const columns = table.columnTotals.length;
  const flat = (t: Omit<CrossCounts, 'rowsAdd' | 'columnsAdd'>) => [
    ...t.cells.flat(),
    ...t.rowTotals,
    ...t.columnTotals,
    t.total,
  ];
  const counts = flat(table);
  const wholeCounts = whole ? flat(whole) : counts;
  const grand = counts.length - 1;
  const alsoHide = counts.map(
    (count, i) => (i === grand && hideAll) || isSmall(wholeCounts[i]! - count, threshold),
  );
  const hidden = suppress(
    counts,
    crossTableLines(rows, columns, table.rowsAdd, table.columnsAdd),
    threshold,
    alsoHide,
  );
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  return {
    cells: range(rows).map((r) => range(columns).map((c) => hidden[r * columns + c]!)),
    rowTotals: range(rows).map((r) => hidden[rows * columns + r]!),
    columnTotals: range(columns).map((c) => hidden[rows * columns + rows + c]!),
    total: hidden[grand]!,
  };
}

describe('effectiveThreshold', () => {
  it('uses the setting, 5 without one, and never goes below 3', () => {
    expect(effectiveThreshold(10)).toBe(10);
    expect(effectiveThreshold(3)).toBe(3);
    expect(effectiveThreshold(2)).toBe(3);
    expect(effectiveThreshold(0)).toBe(3);
    expect(effectiveThreshold(-7)).toBe(3);
    expect(effectiveThreshold(null)).toBe(5);
    expect(effectiveThreshold(undefined)).toBe(5);
    expect(effectiveThreshold(4.5)).toBe(5);
  });
});

describe('suppress', () => {
  it('hides counts between 0 and the threshold, never zeros', () => {
    expect(isSmall(0, 5)).toBe(false);
    expect(isSmall(1, 5)).toBe(true);
    expect(isSmall(4, 5)).toBe(true);
    expect(isSmall(5, 5)).toBe(false);
    expect(suppress([0, 2, 5, 40], [], 5)).toEqual([false, true, false, false]);
  });

  it('hides the smallest other part when a line has one hidden count', () => {
    // 2 + 9 + 30 = 41: with 41 shown, 2 would follow from 9 and 30
    expect(suppress([2, 9, 30, 41], [{ parts: [0, 1, 2], total: 3 }], 5)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('hides the total when every other part is zero', () => {
    // answered (7) is hidden beside a small count (2) of another line; with "no answer" at
    // 0 the responses (7) would give it away, so they are hidden too
    const lines: AdditiveLine[] = [
      { parts: [0, 1], total: 2 },
      { parts: [3, 0], total: 4 },
    ];
    expect(suppress([7, 0, 7, 2, 9], lines, 5)).toEqual([true, false, true, true, false]);
  });

  it('leaves no additive line with exactly one hidden count (random tables)', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 300; round += 1) {
      const rows = 1 + random(4);
      const columns = 1 + random(4);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => (random(3) === 0 ? 0 : random(25))),
      );
      const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = cells[0]!.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
      const total = rowTotals.reduce((a, b) => a + b, 0);
      const threshold = 3 + random(8);
      const hidden = suppressCrossTable(
        { cells, rowTotals, columnTotals, total, rowsAdd: true, columnsAdd: true },
        threshold,
      );
      const lines: boolean[][] = [
        ...cells.map((_, r) => [...hidden.cells[r]!, hidden.rowTotals[r]!]),
        ...columnTotals.map((_, c) => [
          ...hidden.cells.map((row) => row[c]!),
          hidden.columnTotals[c]!,
        ]),
        [...hidden.rowTotals, hidden.total],
        [...hidden.columnTotals, hidden.total],
      ];
      for (const line of lines) expect(line.filter(Boolean).length).not.toBe(1);
      cells.forEach((row, r) =>
        row.forEach((n, c) => {
          if (isSmall(n, threshold)) expect(hidden.cells[r]![c]).toBe(true);
          if (n === 0) expect(hidden.cells[r]![c]).toBe(false);
        }),
      );
    }
  });
});

describe('suppressQuestion', () => {
  it('hides a second option of a single choice with one small option', () => {
    const hidden = suppressQuestion(
      { options: [22, 6, 2, 0], answered: 30, responses: 30, exclusive: true },
      5,
    );
    expect(hidden).toEqual({
      options: [false, true, true, false],
      answered: false,
      noAnswer: false,
      responses: false,
    });
  });

  it('hides only the small option of a multiple choice (options do not add up)', () => {
    const hidden = suppressQuestion(
      { options: [12, 18, 2], answered: 30, responses: 30, exclusive: false },
      5,
    );
    expect(hidden.options).toEqual([false, false, true]);
    expect(hidden.answered).toBe(false);
  });

  it('hides answered when "no answer" is small', () => {
    const hidden = suppressQuestion(
      { options: [20, 11], answered: 31, responses: 33, exclusive: false },
      5,
    );
    expect(hidden).toMatchObject({ answered: true, noAnswer: true, responses: false });
  });

  it('hides everything of a group under the threshold, zeros included', () => {
    // "3 answered, option A < 5, option B 0" would say what all three answered.
    const hidden = suppressQuestion(
      { options: [3, 0], answered: 3, responses: 3, exclusive: true },
      5,
    );
    expect(hidden).toEqual({
      options: [true, true],
      answered: true,
      noAnswer: true,
      responses: true,
    });
  });

  it('keeps zeros under a total hidden only to protect another count', () => {
    // "No answer" is small, so "answered" is hidden beside it, and one option so that
    // "answered" cannot be added up; the zero stays readable.
    const hidden = suppressQuestion(
      { options: [40, 0, 20], answered: 60, responses: 62, exclusive: true },
      5,
    );
    expect(hidden).toEqual({
      options: [false, false, true],
      answered: true,
      noAnswer: true,
      responses: false,
    });
  });

  it('hides what a caller marks, and all the parts under a marked total', () => {
    const hidden = suppress([30, 20, 10], [{ parts: [1, 2], total: 0 }], 5, [true]);
    expect(hidden).toEqual([true, true, true]);
  });
});

describe('suppressCrossTable', () => {
  it('hides a whole row, zeros included, when its margin is small', () => {
    const hidden = suppressCrossTable(
      {
        cells: [
          [0, 2],
          [30, 40],
        ],
        rowTotals: [2, 70],
        columnTotals: [30, 42],
        total: 72,
        rowsAdd: true,
        columnsAdd: true,
      },
      5,
    );
    expect(hidden.cells[0]).toEqual([true, true]);
    expect(hidden.rowTotals[0]).toBe(true);
  });

  it('spreads secondary suppression over rows and columns', () => {
    const cells = [
      [10, 8],
      [2, 7],
      [6, 6],
    ];
    const hidden = suppressCrossTable(
      {
        cells,
        rowTotals: [18, 9, 12],
        columnTotals: [18, 21],
        total: 39,
        rowsAdd: true,
        columnsAdd: true,
      },
      5,
    );
    expect(hidden.cells).toEqual([
      [false, false],
      [true, true],
      [true, true],
    ]);
    expect(hidden.rowTotals).toEqual([false, false, false]);
    expect(hidden.columnTotals).toEqual([false, false]);
    expect(hidden.total).toBe(false);
  });

  it('with a multiple-choice column question, rows do not add up: only columns spread', () => {
    const hidden = suppressCrossTable(
      {
        cells: [
          [10, 9],
          [2, 7],
        ],
        rowTotals: [12, 9],
        columnTotals: [12, 16],
        total: 21,
        rowsAdd: false,
        columnsAdd: true,
      },
      5,
    );
    expect(hidden.cells).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
