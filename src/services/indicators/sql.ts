import { sql, type SQL } from 'drizzle-orm';
import {
  DATE_BREAKDOWNS,
  type DateBreakdown,
  type IndicatorMeasure,
} from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';

/**
 * SQL building blocks of the indicator engine: value lists, date parts, and the one grouped
 * query every source runs (the total and the groups of one breakdown in a single scan).
 */

/** `(a, b, c)` for an IN list of texts (never empty: filters have at least one value). */
export function inList(values: readonly string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/** `ARRAY[a, b]::text[]`, for array overlap (`&&`). */
export function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

export function isDateBreakdown(key: string | undefined): key is DateBreakdown {
  return (DATE_BREAKDOWNS as readonly string[]).includes(key ?? '');
}

const DATE_FORMATS: Record<DateBreakdown, string> = {
  year: 'YYYY',
  quarter: 'YYYY-"Q"Q',
  month: 'YYYY-MM',
};

/** The key of a date part ('YYYY', 'YYYY-Qn', 'YYYY-MM') of a local date or timestamp. */
export function datePart(key: DateBreakdown, localDate: SQL): SQL {
  return sql`to_char(${localDate}, ${sql.raw(`'${DATE_FORMATS[key]}'`)})`;
}

/** The instant a local date starts in `zone` (`plusDays` later). */
export function dayStart(date: string, zone: string, plusDays = 0): SQL {
  return sql`((${date}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${zone})`;
}

export interface Grouped {
  total: number;
  groups: { key: string | null; value: number }[];
}

/**
 * One aggregate: `FROM … WHERE …`, the measure over `value` (the quantity to sum, the field
 * to count distinct; ignored by `count`), and optionally the breakdown's `key`.
 */
export interface AggregateQuery {
  from: SQL;
  where: SQL[];
  measure: IndicatorMeasure;
  value: SQL;
  key?: SQL | undefined;
}

const whereOf = (where: SQL[]) => (where.length ? sql.join(where, sql` AND `) : sql`true`);

const AGGREGATES: Record<IndicatorMeasure, SQL> = {
  sum: sql`coalesce(sum(q.v), 0)::bigint`,
  count: sql`count(*)::bigint`,
  count_distinct: sql`count(DISTINCT q.v)::bigint`,
};

/** The rows as `q` with columns `k` (key) and `v` (value), so grouping can name `q.k`. */
function rowsQuery(q: AggregateQuery): SQL {
  return sql`(SELECT ${q.key ?? sql`NULL::text`} AS k, ${q.value} AS v
    FROM ${q.from} WHERE ${whereOf(q.where)}) q`;
}

/**
 * Runs the aggregate: without a key, the total only; with one, the total and the groups
 * in one scan (`GROUPING SETS ((), (k))`). Only valid when each source row falls in at
 * most one group; otherwise (tags) run the total separately.
 */
export async function runAggregate(tx: Executor, q: AggregateQuery): Promise<Grouped> {
  const measure = AGGREGATES[q.measure];
  if (!q.key) {
    const result = await tx.execute(sql`SELECT ${measure} AS n FROM ${rowsQuery(q)}`);
    const [row] = rowsOf<{ n: string | number | null }>(result);
    return { total: Number(row?.n ?? 0), groups: [] };
  }
  const result = await tx.execute(sql`
    SELECT q.k, GROUPING(q.k)::int AS g, ${measure} AS n FROM ${rowsQuery(q)}
    GROUP BY GROUPING SETS ((), (q.k))`);
  const out: Grouped = { total: 0, groups: [] };
  for (const row of rowsOf<{ k: string | null; g: number; n: string | number | null }>(result)) {
    const n = Number(row.n ?? 0);
    if (Number(row.g) === 1) out.total = n;
    else out.groups.push({ key: row.k ?? null, value: n });
  }
  return out;
}

/** The groups only (`GROUP BY k`), for breakdowns where a row may fall in several groups. */
export async function runGroups(
  tx: Executor,
  q: AggregateQuery & { key: SQL },
): Promise<Grouped['groups']> {
  const result = await tx.execute(
    sql`SELECT q.k, ${AGGREGATES[q.measure]} AS n FROM ${rowsQuery(q)} GROUP BY q.k`,
  );
  return rowsOf<{ k: string | null; n: string | number | null }>(result).map((row) => ({
    key: row.k ?? null,
    value: Number(row.n ?? 0),
  }));
}

/**
 * Groups with a value (a distinct count may leave a group at 0), date groups in date order,
 * others largest first, then by key (no value last).
 */
export function sortGroups(groups: Grouped['groups'], breakdown: string | undefined) {
  const byKey = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  return groups
    .filter((g) => g.value > 0)
    .sort((a, b) =>
      isDateBreakdown(breakdown) ? byKey(a.key, b.key) : b.value - a.value || byKey(a.key, b.key),
    );
}
