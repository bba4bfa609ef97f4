import { BRUSSELS_MUNICIPALITIES } from '../../../core/reference/municipalities.ts';
import type { Dashboard } from '../../../shared/schemas/contacts.ts';
import type { Breakdown, Lookups } from './lookups.ts';

/** One labelled figure beside the same figure a year earlier. */
export interface Row {
  key: string;
  label: string;
  count: number;
  previous: number;
}

/** A breakdown as rows: most first, "not recorded" last; all 19 municipalities (as in the exports). */
export function breakdownRows(
  data: Dashboard,
  dimension: Breakdown,
  label: Lookups['label'],
  lang: string,
): Row[] {
  const list = [...data.breakdowns[dimension]];
  if (dimension === 'municipality')
    for (const m of BRUSSELS_MUNICIPALITIES)
      if (!list.some((row) => row.key === m.nis)) list.push({ key: m.nis, count: 0, previous: 0 });
  return list
    .map((row) => ({
      key: row.key ?? '',
      label: label(dimension, row.key),
      count: row.count,
      previous: row.previous,
    }))
    .sort(
      (a, b) =>
        Number(a.key === '') - Number(b.key === '') ||
        b.count - a.count ||
        b.previous - a.previous ||
        a.label.localeCompare(b.label, lang),
    );
}

/** Change in percent, one decimal; null when there was nothing a year earlier. */
export function percentChange(count: number, previous: number): number | null {
  return previous === 0 ? null : Math.round(((count - previous) / previous) * 1000) / 10;
}
