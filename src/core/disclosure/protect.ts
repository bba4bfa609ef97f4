import { MAX_DEVIATION, perturbedCount, type Cell } from './cell-key.ts';
import { isSmall, suppress, type AdditiveLine } from './suppression.ts';

/**
 * The one way aggregate figures about anonymous answers or people leave Parcours
 * (decision 0008): small cells are suppressed (with the secondary suppression that keeps
 * them from being worked out), then every shown cell is perturbed by its cell key — unless
 * the view is a publication with fixed tables (an organisation's annual report for a year
 * that has ended), which shows exact figures with the small cells hidden.
 */
export type DisclosureMode = 'perturbed' | 'exact';

export interface DisclosureRules {
  /** The organisation's small-cell threshold (never below 3). */
  threshold: number;
  mode: DisclosureMode;
}

/** What a page says about the protection of the figures it shows. */
export interface Protection {
  method: 'cell_key' | 'exact';
  threshold: number;
  /** Largest difference between a shown count and the true one (0 when exact). */
  maxDeviation: number;
  /** Set when the whole view is withheld because a view next to it differs by a few. */
  withheld: WithheldReason | null;
}

export const WITHHELD_REASONS = [
  /** A month of the period has fewer than threshold answers (in the view or in all). */
  'period_edge',
  /** The rest of the group (whole minus this subgroup) is small. */
  'subgroup_rest',
  /** One value of a filter with several values selects a small group. */
  'filter_value',
  /** The part of a published (exact) year outside the view is small. */
  'published_year',
] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export function protectionOf(rules: DisclosureRules, withheld: WithheldReason | null): Protection {
  return {
    method: rules.mode === 'exact' ? 'exact' : 'cell_key',
    threshold: rules.threshold,
    maxDeviation: rules.mode === 'exact' ? 0 : MAX_DEVIATION,
    withheld,
  };
}

export interface Published {
  /** null when hidden. */
  value: number | null;
  hidden: boolean;
}

export interface ProtectInput {
  cells: readonly Cell[];
  /** Additive (or bounding, `additive: false`) lines between the cells, by index. */
  lines: readonly AdditiveLine[];
  /** Cells to hide besides the small ones (e.g. those a subgroup shares with the whole). */
  alsoHide?: readonly boolean[];
  /** Hide every cell (the view is withheld). */
  hideAll?: boolean;
}

/**
 * Suppresses, then perturbs: a count in (0, threshold) is hidden, and so is every cell
 * bounded by a hidden total (zeros included). Exact figures also hide a second cell wherever
 * a hidden one could be worked out along an additive line (secondary suppression); perturbed
 * figures do not need to: the total minus the shown parts carries the noise of every cell in
 * it (as in statistical offices' table builders), so far more can be shown. Shown cells get
 * `perturbedCount` in perturbed mode.
 */
export function protect(input: ProtectInput, rules: DisclosureRules): Published[] {
  if (input.hideAll) return input.cells.map(() => ({ value: null, hidden: true }));
  const counts = input.cells.map((c) => c.n);
  const hidden = suppress(
    counts,
    input.lines,
    rules.threshold,
    input.alsoHide,
    rules.mode === 'exact',
  );
  return input.cells.map((cell, i) =>
    hidden[i]
      ? { value: null, hidden: true }
      : {
          value: rules.mode === 'exact' ? cell.n : perturbedCount(cell, rules.threshold),
          hidden: false,
        },
  );
}

/** A share between 0 and 1 (4 decimals) of two published values; null when either is hidden. */
export function publishedShare(part: Published, base: Published): number | null {
  if (part.value === null || base.value === null) return null;
  if (base.value === 0) return 0;
  return Math.min(1, Math.round((part.value / base.value) * 10_000) / 10_000);
}

/**
 * Whether a whole view must be withheld: each check is the size of the group by which a
 * view the user may also ask for differs from this one. A difference in (0, threshold)
 * would give away that small group's answers (the same records show the same values in
 * both views, so even a perturbed difference tells whether the group is in a cell), so the
 * view shows nothing. Returns the first reason that applies.
 */
export function withheldBy(
  checks: readonly { reason: WithheldReason; size: number }[],
  threshold: number,
): WithheldReason | null {
  return checks.find((c) => isSmall(c.size, threshold))?.reason ?? null;
}

/**
 * The sizes of every month of a view (months without answers give 0, which withholds
 * nothing). Every month counts, not only the first and the last: zeros are published exactly,
 * so a small month inside a period would show up as the period's hidden cells beside the
 * zeros of the months around it.
 */
export function monthSizes(byMonth: ReadonlyMap<string, number>): number[] {
  return [...byMonth.values()];
}
