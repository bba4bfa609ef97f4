import { MIN_SMALL_CELL_THRESHOLD } from './model.ts';

/**
 * Small-cell suppression. A published count below the threshold (but above zero) could
 * single someone out, so it is hidden ("< 5"): that is primary suppression. Where counts
 * add up to a published total, one hidden count could be worked out from the others, so
 * a second one is hidden too: secondary suppression. Zeros are shown, as they reveal
 * nobody.
 *
 * The rules work on a flat list of counts and the additive lines between them
 * (`parts` add up to `total`), so one-way tables, the "answered / no answer" split and
 * cross-tables with their margins all use the same code.
 */
export interface AdditiveLine {
  /** Indices of the counts that add up to `total`. */
  parts: readonly number[];
  /** Index of the total. */
  total: number;
}

/** The threshold in force: an organisation's setting, never below the floor of 3. */
export function effectiveThreshold(setting: number | null | undefined): number {
  const value = Number.isInteger(setting) ? (setting as number) : 5;
  return Math.max(MIN_SMALL_CELL_THRESHOLD, value);
}

export function isSmall(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/**
 * Which counts to hide. Primary: every count in (0, threshold), and every count marked in
 * `alsoHide` (e.g. where a filtered view differs from the whole by a small group). A line
 * whose total is hidden that way hides all its parts, zeros included: "0, 0, < 5" under a
 * hidden total of 2 would tell what those two answered. Secondary: while a line has exactly
 * one hidden member, hide its smallest visible non-zero part (or, failing that, its total),
 * until no line gives a hidden count away.
 */
export function suppress(
  counts: readonly number[],
  lines: readonly AdditiveLine[],
  threshold: number,
  alsoHide: readonly boolean[] = [],
): boolean[] {
  const hidden = counts.map((count, i) => isSmall(count, threshold) || alsoHide[i] === true);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (!hidden[line.total]) continue;
      for (const part of line.parts)
        if (!hidden[part]) {
          hidden[part] = true;
          changed = true;
        }
    }
  }
  changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const members = [...line.parts, line.total];
      if (members.filter((i) => hidden[i]).length !== 1) continue;
      const candidates = line.parts
        .filter((i) => !hidden[i] && counts[i]! > 0)
        .sort((a, b) => counts[a]! - counts[b]! || a - b);
      const next =
        candidates[0] ?? (!hidden[line.total] && counts[line.total]! > 0 ? line.total : undefined);
      if (next === undefined) continue;
      hidden[next] = true;
      changed = true;
    }
  }
  return hidden;
}

export interface SuppressedQuestion {
  /** Per option, in the order given. */
  options: boolean[];
  answered: boolean;
  noAnswer: boolean;
  responses: boolean;
}

/**
 * One question's table: option counts, how many answered, how many did not, out of the
 * responses. Options of an exclusive question add up to `answered`; those of a multiple
 * choice do not (one person may tick several).
 */
export function suppressQuestion(
  input: { options: readonly number[]; answered: number; responses: number; exclusive: boolean },
  threshold: number,
): SuppressedQuestion {
  const n = input.options.length;
  const answered = n;
  const noAnswer = n + 1;
  const responses = n + 2;
  const counts = [
    ...input.options,
    input.answered,
    input.responses - input.answered,
    input.responses,
  ];
  const lines: AdditiveLine[] = [{ parts: [answered, noAnswer], total: responses }];
  if (input.exclusive) lines.push({ parts: input.options.map((_, i) => i), total: answered });
  const hidden = suppress(counts, lines, threshold);
  return {
    options: hidden.slice(0, n),
    answered: hidden[answered]!,
    noAnswer: hidden[noAnswer]!,
    responses: hidden[responses]!,
  };
}

export interface CrossTableCounts {
  /** cells[row][column]: respondents with that row option and that column option. */
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  columnTotals: readonly number[];
  total: number;
  /** Whether each row's cells add up to its total (the column question is exclusive). */
  rowsAdd: boolean;
  /** Whether each column's cells add up to its total (the row question is exclusive). */
  columnsAdd: boolean;
}

export interface SuppressedCrossTable {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  total: boolean;
}

/** A cross-table with its margins: the same rules over every row and column that adds up. */
export function suppressCrossTable(
  table: CrossTableCounts,
  threshold: number,
  /** For a subgroup's table, the whole group's: counts that differ by a few are hidden too. */
  whole?: Pick<CrossTableCounts, 'cells' | 'rowTotals' | 'columnTotals' | 'total'>,
  /** Hide everything (the subgroup's very size is a count hidden elsewhere). */
  hideAll = false,
): SuppressedCrossTable {
  const rows = table.rowTotals.length;
  const columns = table.columnTotals.length;
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  const counts = [
    ...table.cells.flatMap((row) => [...row]),
    ...table.rowTotals,
    ...table.columnTotals,
    table.total,
  ];
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  const lines: AdditiveLine[] = [];
  if (table.rowsAdd) {
    for (const r of range(rows))
      lines.push({ parts: range(columns).map((c) => cell(r, c)), total: rowTotal(r) });
    lines.push({ parts: range(columns).map(columnTotal), total: grand });
  }
  if (table.columnsAdd) {
    for (const c of range(columns))
      lines.push({ parts: range(rows).map((r) => cell(r, c)), total: columnTotal(c) });
    lines.push({ parts: range(rows).map(rowTotal), total: grand });
  }
  const wholeCounts = whole
    ? [
        ...whole.cells.flatMap((row) => [...row]),
        ...whole.rowTotals,
        ...whole.columnTotals,
        whole.total,
      ]
    : counts;
  const alsoHide = counts.map(
    (count, i) => (i === grand && hideAll) || isSmall(wholeCounts[i]! - count, threshold),
  );
  const hidden = suppress(counts, lines, threshold, alsoHide);
  return {
    cells: range(rows).map((r) => range(columns).map((c) => hidden[cell(r, c)]!)),
    rowTotals: range(rows).map((r) => hidden[rowTotal(r)]!),
    columnTotals: range(columns).map((c) => hidden[columnTotal(c)]!),
    total: hidden[grand]!,
  };
}
