import { MIN_SMALL_CELL_THRESHOLD } from '../surveys/model.ts';

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
  /** Indices of the counts that add up to `total` (or are bounded by it, see `additive`). */
  parts: readonly number[];
  /** Index of the total. */
  total: number;
  /**
   * `false` when the parts do not add up to the total but each is at most the total (the
   * options of a multiple-choice question, whose respondents may tick several): a hidden
   * total still hides them all, zeros included, but no part is worked out by subtraction.
   */
  additive?: boolean;
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
  /** Secondary suppression (off for perturbed views, whose noise already blurs differences). */
  secondary = true,
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
  changed = secondary;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.additive === false) continue;
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

/**
 * The lines of a cross-table laid out as cells row by row, then the row totals, the column
 * totals and the grand total: every cell is bounded by its row and its column total (a
 * hidden margin hides its cells, zeros included); they add up only where the other
 * question is exclusive (`rowsAdd`: the column question is; `columnsAdd`: the row question).
 */
export function crossTableLines(
  rows: number,
  columns: number,
  rowsAdd: boolean,
  columnsAdd: boolean,
): AdditiveLine[] {
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const grand = rows * columns + rows + columns;
  return [
    ...range(rows).map((r) => ({
      parts: range(columns).map((c) => cell(r, c)),
      total: rowTotal(r),
      additive: rowsAdd,
    })),
    { parts: range(columns).map(columnTotal), total: grand, additive: rowsAdd },
    ...range(columns).map((c) => ({
      parts: range(rows).map((r) => cell(r, c)),
      total: columnTotal(c),
      additive: columnsAdd,
    })),
    { parts: range(rows).map(rowTotal), total: grand, additive: columnsAdd },
  ];
}
