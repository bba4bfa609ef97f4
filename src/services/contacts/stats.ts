import { and, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { ActivityCategory, StatDimension } from '../../core/contacts/model.ts';
import { daysBetweenInclusive, yearEarlier } from '../../core/contacts/dates.ts';
import { withContext } from '../../db/context.ts';
import type { Executor } from '../../db/client.ts';
import {
  DASHBOARD_BREAKDOWNS,
  type Dashboard,
  type DashboardQuery,
  type Stats,
  type StatsQuery,
} from '../../shared/schemas/contacts.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { rowsOf } from './drafts.ts';
import { summaryAnswers, summaryDashboardPeriod, summaryGrouped } from './rollup.ts';
import { contactFilters } from './service.ts';

/** Longest period a statistics query may span (ten years and a bit). */
export const MAX_PERIOD_DAYS = 3700;

/** SQL for each dimension over `contacts` (joined with its activity as `act` where needed). */
const DIMENSION_SQL: Record<StatDimension, SQL> = {
  type: sql`contacts.type`,
  theme: sql`contacts.theme`,
  language: sql`contacts.language`,
  channel: sql`contacts.channel`,
  location: sql`contacts.location_id::text`,
  municipality: sql`contacts.municipality`,
  tag: sql`tag.slug`,
  activityKind: sql`act.kind`,
  activity: sql`contacts.activity_id::text`,
  year: sql`to_char(contacts.contact_date, 'YYYY')`,
  month: sql`to_char(contacts.contact_date, 'YYYY-MM')`,
  week: sql`to_char(contacts.contact_date, 'IYYY-"W"IW')`,
  day: sql`contacts.contact_date::text`,
};

function checkPeriod(from: string, to: string) {
  if (to < from)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'to', code: 'period_reversed' }] });
  if (daysBetweenInclusive(from, to) > MAX_PERIOD_DAYS)
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'to', code: 'period_too_long', params: { maximum: MAX_PERIOD_DAYS } }],
    });
}

function joinsFor(dimensions: readonly StatDimension[]): SQL {
  const parts: SQL[] = [];
  if (dimensions.includes('activityKind'))
    parts.push(
      sql`LEFT JOIN activities act ON act.organisation_id = contacts.organisation_id AND act.id = contacts.activity_id`,
    );
  if (dimensions.includes('tag'))
    parts.push(sql`LEFT JOIN LATERAL unnest(contacts.tags) AS tag(slug) ON true`);
  return sql.join(parts, sql` `);
}

type Filters = Omit<StatsQuery, 'groupBy' | 'compare'>;

/** Groups of the period: from the daily summary where it holds them, else from the contacts. */
async function grouped(
  tx: Executor,
  organisationId: string,
  filters: Filters,
  from: string,
  to: string,
  dimensions: readonly StatDimension[],
) {
  if (summaryAnswers(filters, dimensions))
    return summaryGrouped(tx, organisationId, from, to, dimensions);
  return groupedContacts(tx, organisationId, filters, from, to, dimensions);
}

/** The same groups computed from the contacts themselves. */
export async function groupedContacts(
  tx: Executor,
  organisationId: string,
  filters: Filters,
  from: string,
  to: string,
  dimensions: readonly StatDimension[],
) {
  const where = and(...contactFilters(organisationId, { ...filters, from, to }));
  const keys = dimensions.map((d, i) => sql`${DIMENSION_SQL[d]} AS ${sql.raw(`k${i}`)}`);
  const select = sql.join([...keys, sql`sum(contacts.count)::bigint AS n`], sql`, `);
  const names = dimensions.map((_, i) => sql.raw(`k${i}`));
  // ties in a stable order, the same as the summary's
  const groupBy = dimensions.length
    ? sql`GROUP BY ${sql.join(names, sql`, `)} ORDER BY n DESC, ${sql.join(names, sql`, `)}`
    : sql``;
  const result = await tx.execute(
    sql`SELECT ${select} FROM contacts ${joinsFor(dimensions)} WHERE ${where} ${groupBy}`,
  );
  return rowsOf<Record<string, string | null>>(result).map((row) => ({
    key: Object.fromEntries(dimensions.map((d, i) => [d, row[`k${i}`] ?? null])),
    count: Number(row.n ?? 0),
  }));
}

async function total(
  tx: Executor,
  organisationId: string,
  filters: Filters,
  from: string,
  to: string,
) {
  const [row] = await grouped(tx, organisationId, filters, from, to, []);
  return row?.count ?? 0;
}

/** Every month from the month of `from` to the month of `to`, as YYYY-MM. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** Contact statistics: any period, filters and up to three dimensions; the dashboard. */
export function createContactStatsService({ db }: ServiceDeps) {
  async function dashboardPeriod(
    tx: Executor,
    organisationId: string,
    q: Filters,
    from: string,
    to: string,
  ) {
    if (summaryAnswers(q, [])) return summaryDashboardPeriod(tx, organisationId, from, to);
    const where = and(...contactFilters(organisationId, { ...q, from, to }));
    const dims = DASHBOARD_BREAKDOWNS.filter((d) => d !== 'tag');
    const all = [...dims, 'month'] as const;
    const expressions = all.map((d) => DIMENSION_SQL[d]);
    const sets = sql.join([sql`()`, ...expressions.map((e) => sql`(${e})`)], sql`, `);
    const result = await tx.execute(sql`
      SELECT ${sql.join(
        all.map((d, i) => sql`${DIMENSION_SQL[d]} AS ${sql.raw(`k${i}`)}`),
        sql`, `,
      )},
        GROUPING(${sql.join(expressions, sql`, `)}) AS g,
        sum(contacts.count)::bigint AS n
      FROM contacts ${joinsFor(['activityKind'])}
      WHERE ${where}
      GROUP BY GROUPING SETS (${sets})`);
    const width = all.length;
    const out = {
      total: 0,
      breakdowns: Object.fromEntries(
        DASHBOARD_BREAKDOWNS.map((d) => [d, new Map<string | null, number>()]),
      ) as Record<(typeof DASHBOARD_BREAKDOWNS)[number], Map<string | null, number>>,
      months: new Map<string, number>(),
    };
    for (const row of rowsOf<Record<string, string | null> & { g: number; n: string }>(result)) {
      const n = Number(row.n);
      const g = Number(row.g);
      if (g === 2 ** width - 1) {
        out.total = n;
        continue;
      }
      // exactly one dimension is grouped in this row: the one whose bit is 0
      const index = all.findIndex((_, i) => (g & (1 << (width - 1 - i))) === 0);
      const dimension = all[index]!;
      const key = row[`k${index}`] ?? null;
      if (dimension === 'month') out.months.set(key!, n);
      else out.breakdowns[dimension].set(key, n);
    }
    const tags = await grouped(tx, organisationId, q, from, to, ['tag']);
    for (const t of tags) out.breakdowns.tag.set(t.key.tag ?? null, t.count);
    const activityRows = await tx.execute(sql`
      SELECT act.category, count(DISTINCT contacts.activity_id)::bigint AS activities,
             sum(contacts.count)::bigint AS reached
      FROM contacts JOIN activities act
        ON act.organisation_id = contacts.organisation_id AND act.id = contacts.activity_id
      WHERE ${where} GROUP BY act.category`);
    const activities = new Map<string, { activities: number; reached: number }>();
    for (const row of rowsOf<{ category: string; activities: string; reached: string }>(
      activityRows,
    ))
      activities.set(row.category, {
        activities: Number(row.activities),
        reached: Number(row.reached),
      });
    return { ...out, activities };
  }

  return {
    async stats(actor: Actor, query: StatsQuery): Promise<Stats> {
      requirePermission(actor, 'aggregates.read');
      checkPeriod(query.from, query.to);
      const ctx = orgContext(actor);
      const { groupBy, compare, ...filters } = query;
      return withContext(db, ctx, async (tx) => {
        const period = async (from: string, to: string) => ({
          from,
          to,
          total: await total(tx, ctx.organisationId, filters, from, to),
          groups: groupBy.length
            ? await grouped(tx, ctx.organisationId, filters, from, to, groupBy)
            : [],
        });
        const current = await period(query.from, query.to);
        const previous =
          compare === 'previous_year'
            ? await period(yearEarlier(query.from), yearEarlier(query.to))
            : null;
        return { groupBy, current, previous };
      });
    },

    async dashboard(actor: Actor, query: DashboardQuery): Promise<Dashboard> {
      requirePermission(actor, 'aggregates.read');
      checkPeriod(query.from, query.to);
      const ctx = orgContext(actor);
      const previousPeriod = { from: yearEarlier(query.from), to: yearEarlier(query.to) };
      return withContext(db, ctx, async (tx) => {
        const now = await dashboardPeriod(tx, ctx.organisationId, query, query.from, query.to);
        const before = await dashboardPeriod(
          tx,
          ctx.organisationId,
          query,
          previousPeriod.from,
          previousPeriod.to,
        );
        const breakdowns = Object.fromEntries(
          DASHBOARD_BREAKDOWNS.map((d) => {
            const keys = new Set([...now.breakdowns[d].keys(), ...before.breakdowns[d].keys()]);
            const list = [...keys].map((key) => ({
              key,
              count: now.breakdowns[d].get(key) ?? 0,
              previous: before.breakdowns[d].get(key) ?? 0,
            }));
            list.sort((a, b) => b.count - a.count || b.previous - a.previous);
            return [d, list];
          }),
        ) as Dashboard['breakdowns'];
        const months = monthsOf(query.from, query.to).map((month) => {
          const previousMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
          return {
            month,
            count: now.months.get(month) ?? 0,
            previous: before.months.get(previousMonth) ?? 0,
          };
        });
        const categories: ActivityCategory[] = ['collective', 'event', 'outreach'];
        return {
          period: { from: query.from, to: query.to },
          previousPeriod,
          total: now.total,
          previousTotal: before.total,
          breakdowns,
          months,
          activities: categories.map((category) => ({
            category,
            activities: now.activities.get(category)?.activities ?? 0,
            reached: now.activities.get(category)?.reached ?? 0,
            previousActivities: before.activities.get(category)?.activities ?? 0,
            previousReached: before.activities.get(category)?.reached ?? 0,
          })),
        };
      });
    },
  };
}
