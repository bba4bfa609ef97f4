import { sql, type SQL } from 'drizzle-orm';
import type { StatDimension } from '../../core/contacts/model.ts';
import type { Executor } from '../../db/client.ts';
import type { StatsQuery } from '../../shared/schemas/contacts.ts';
import { rowsOf } from './drafts.ts';

/**
 * Statistics read from `contact_day_stats`, the per-day summary the triggers on `contacts`
 * keep (drizzle/0003_contact_day_stats.sql). It answers a period without other filters,
 * grouped by at most one contact dimension and any of the date parts; anything else reads
 * the contacts themselves. Both give the same numbers.
 */

type Filters = Omit<StatsQuery, 'groupBy' | 'compare'>;

/** The summary's dimension holding each statistics dimension (activityKind: via the activity). */
const SUMMARY_DIMENSION: Partial<Record<StatDimension, string>> = {
  type: 'type',
  theme: 'theme',
  language: 'language',
  channel: 'channel',
  location: 'location',
  municipality: 'municipality',
  tag: 'tag',
  activity: 'activity',
  activityKind: 'activity',
};

const DATE_PARTS: Partial<Record<StatDimension, SQL>> = {
  year: sql`to_char(s.contact_date, 'YYYY')`,
  month: sql`to_char(s.contact_date, 'YYYY-MM')`,
  week: sql`to_char(s.contact_date, 'IYYY-"W"IW')`,
  day: sql`s.contact_date::text`,
};

const ACTIVITY_JOIN = sql`activities act
  ON act.organisation_id = s.organisation_id AND act.id = NULLIF(s.key, '')::uuid`;

/** Whether the summary holds what a query with these filters needs: only the period. */
export function summaryAnswers(filters: Filters, dimensions: readonly StatDimension[]): boolean {
  const { from: _from, to: _to, ...rest } = filters;
  if (Object.values(rest).some((value) => value !== undefined)) return false;
  return dimensions.filter((d) => !DATE_PARTS[d]).length <= 1;
}

function span(organisationId: string, from: string, to: string): SQL {
  return sql`s.organisation_id = ${organisationId} AND s.contact_date >= ${from}
    AND s.contact_date <= ${to}`;
}

/** Same result as the raw GROUP BY over contacts, for queries `summaryAnswers` accepts. */
export async function summaryGrouped(
  tx: Executor,
  organisationId: string,
  from: string,
  to: string,
  dimensions: readonly StatDimension[],
) {
  const other = dimensions.find((d) => !DATE_PARTS[d]);
  const dimension = other ? SUMMARY_DIMENSION[other]! : 'type';
  const expression = (d: StatDimension) =>
    DATE_PARTS[d] ?? (d === 'activityKind' ? sql`act.kind` : sql`NULLIF(s.key, '')`);
  const keys = dimensions.map((d, i) => sql`${expression(d)} AS ${sql.raw(`k${i}`)}`);
  const select = sql.join([...keys, sql`sum(s.count)::bigint AS n`], sql`, `);
  const join = other === 'activityKind' ? sql`LEFT JOIN ${ACTIVITY_JOIN}` : sql``;
  const names = dimensions.map((_, i) => sql.raw(`k${i}`));
  const groupBy = dimensions.length
    ? sql`GROUP BY ${sql.join(names, sql`, `)} ORDER BY n DESC, ${sql.join(names, sql`, `)}`
    : sql``;
  const result = await tx.execute(sql`SELECT ${select} FROM contact_day_stats s ${join}
    WHERE ${span(organisationId, from, to)} AND s.dimension = ${dimension} ${groupBy}`);
  return rowsOf<Record<string, string | null>>(result).map((row) => ({
    key: Object.fromEntries(dimensions.map((d, i) => [d, row[`k${i}`] ?? null])),
    count: Number(row.n ?? 0),
  }));
}

const BREAKDOWN_DIMENSIONS = [
  'type',
  'theme',
  'language',
  'channel',
  'location',
  'municipality',
  'tag',
] as const;

export interface PeriodFigures {
  total: number;
  breakdowns: Record<
    (typeof BREAKDOWN_DIMENSIONS)[number] | 'activityKind',
    Map<string | null, number>
  >;
  months: Map<string, number>;
  activities: Map<string, { activities: number; reached: number }>;
}

/** The dashboard's figures for one period, in one query over the summary. */
export async function summaryDashboardPeriod(
  tx: Executor,
  organisationId: string,
  from: string,
  to: string,
): Promise<PeriodFigures> {
  const where = span(organisationId, from, to);
  // People per activity first, joined once with activities for both kind and category.
  const result = await tx.execute(sql`
    WITH activity AS MATERIALIZED (
      SELECT s.key, sum(s.count) AS n FROM contact_day_stats s
      WHERE ${where} AND s.dimension = 'activity' GROUP BY s.key),
    joined AS MATERIALIZED (
      SELECT act.kind, act.category, x.n FROM activity x LEFT JOIN activities act
        ON act.organisation_id = ${organisationId} AND act.id = NULLIF(x.key, '')::uuid)
    SELECT s.dimension AS d, NULLIF(s.key, '') AS k, NULL::bigint AS a, sum(s.count)::bigint AS n
      FROM contact_day_stats s
      WHERE ${where} AND s.dimension IN (${sql.join(
        BREAKDOWN_DIMENSIONS.map((d) => sql`${d}`),
        sql`, `,
      )})
      GROUP BY s.dimension, s.key
    UNION ALL
    SELECT 'month', to_char(s.contact_date, 'YYYY-MM'), NULL, sum(s.count)::bigint
      FROM contact_day_stats s WHERE ${where} AND s.dimension = 'type'
      GROUP BY to_char(s.contact_date, 'YYYY-MM')
    UNION ALL
    SELECT 'activityKind', j.kind, NULL, sum(j.n)::bigint FROM joined j GROUP BY j.kind
    UNION ALL
    SELECT 'category', j.category, count(*)::bigint, sum(j.n)::bigint
      FROM joined j WHERE j.category IS NOT NULL GROUP BY j.category`);
  const out: PeriodFigures = {
    total: 0,
    breakdowns: Object.fromEntries(
      [...BREAKDOWN_DIMENSIONS, 'activityKind'].map((d) => [d, new Map<string | null, number>()]),
    ) as PeriodFigures['breakdowns'],
    months: new Map(),
    activities: new Map(),
  };
  for (const row of rowsOf<{ d: string; k: string | null; a: string | null; n: string }>(result)) {
    const n = Number(row.n);
    if (row.d === 'month') out.months.set(row.k!, n);
    else if (row.d === 'category')
      out.activities.set(row.k!, { activities: Number(row.a), reached: n });
    else {
      out.breakdowns[row.d as keyof PeriodFigures['breakdowns']].set(row.k, n);
      if (row.d === 'type') out.total += n;
    }
  }
  return out;
}
