import { sql, type SQL } from 'drizzle-orm';
import { CATEGORY_CONTACT_TYPE, type ActivityCategory } from '../../core/contacts/model.ts';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { datePart, inList, isDateBreakdown, runAggregate, type Grouped } from './sql.ts';

/**
 * The `contacts` source read from `contact_day_stats`, the exact per-day summary the
 * triggers keep (drizzle/0003): sums when the filters and the breakdown touch at most one of
 * its dimensions (plus date parts), and distinct activities filtered by type or activity
 * kind or category (the `activity` dimension joined to `activities`; an activity's category
 * fixes its contacts' type); type and language together from the `type_language` dimension.
 * Anything else returns null and the raw contacts answer.
 */

const SIMPLE = ['type', 'theme', 'language', 'channel', 'location', 'municipality', 'tag'];
const VIA_ACTIVITY: Record<string, SQL> = {
  activity_kind: sql`act.kind`,
  activity_category: sql`act.category`,
};

/** The summary dimension holding a field, or null. */
function dimensionOf(field: string): string | null {
  if (SIMPLE.includes(field)) return field;
  return VIA_ACTIVITY[field] ? 'activity' : null;
}

const CATEGORY_OF_TYPE = Object.fromEntries(
  Object.entries(CATEGORY_CONTACT_TYPE).map(([category, type]) => [type, category]),
) as Record<string, ActivityCategory>;

const TYPE_OF_CATEGORY = sql.raw(
  `CASE act.category ${Object.entries(CATEGORY_CONTACT_TYPE)
    .map(([category, type]) => `WHEN '${category}' THEN '${type}'`)
    .join(' ')} END`,
);

const ACTIVITY_JOIN = sql`activities act ON act.organisation_id = s.organisation_id
  AND act.id = NULLIF(s.key, '')::uuid`;

function span(organisationId: string, from: string, to: string): SQL[] {
  return [
    sql`s.organisation_id = ${organisationId}`,
    sql`s.contact_date >= ${from}`,
    sql`s.contact_date <= ${to}`,
  ];
}

async function sumFromSummary(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  from: string,
  to: string,
  breakdown: string | undefined,
): Promise<Grouped | null> {
  const fields = def.filters.map((f) => f.field);
  if (breakdown && !isDateBreakdown(breakdown)) fields.push(breakdown);
  const dimensions = new Set(fields.map(dimensionOf));
  if (dimensions.size === 2 && dimensions.has('type') && dimensions.has('language'))
    return typeLanguageFromSummary(tx, organisationId, def, from, to, breakdown);
  if (dimensions.has(null) || dimensions.size > 1) return null;
  // Two tags of one contact would count it twice.
  if (def.filters.some((f) => f.field === 'tag' && f.values.length > 1)) return null;
  const dimension = [...dimensions][0] ?? 'type';
  const where = [...span(organisationId, from, to), sql`s.dimension = ${dimension}`];
  for (const filter of def.filters)
    where.push(sql`${VIA_ACTIVITY[filter.field] ?? sql`s.key`} IN ${inList(filter.values)}`);
  const join = dimension === 'activity' ? sql` LEFT JOIN ${ACTIVITY_JOIN}` : sql``;
  const key = !breakdown
    ? undefined
    : isDateBreakdown(breakdown)
      ? datePart(breakdown, sql`s.contact_date`)
      : (VIA_ACTIVITY[breakdown] ?? sql`NULLIF(s.key, '')`);
  const measure = { measure: 'sum' as const, value: sql`s.count` };
  const result = await runAggregate(tx, {
    from: sql`contact_day_stats s${join}`,
    where,
    ...measure,
    key,
  });
  if (breakdown === 'tag' && def.filters.length === 0) {
    // Groups per tag, but the total of all contacts (the `type` dimension counts each once).
    const total = await runAggregate(tx, {
      from: sql`contact_day_stats s`,
      where: [...span(organisationId, from, to), sql`s.dimension = 'type'`],
      ...measure,
    });
    return { total: total.total, groups: result.groups };
  }
  return result;
}

/** Parts of the `type_language` dimension's key `<type>|<language>`. */
const PAIR_PART: Record<string, SQL> = {
  type: sql`split_part(s.key, '|', 1)`,
  language: sql`NULLIF(split_part(s.key, '|', 2), '')`,
};

/** Filters and a breakdown on type and language together: the `type_language` dimension (0008). */
function typeLanguageFromSummary(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  from: string,
  to: string,
  breakdown: string | undefined,
): Promise<Grouped> {
  const where = [...span(organisationId, from, to), sql`s.dimension = 'type_language'`];
  for (const filter of def.filters)
    where.push(sql`${PAIR_PART[filter.field]!} IN ${inList(filter.values)}`);
  const key = !breakdown
    ? undefined
    : isDateBreakdown(breakdown)
      ? datePart(breakdown, sql`s.contact_date`)
      : PAIR_PART[breakdown]!;
  return runAggregate(tx, {
    from: sql`contact_day_stats s`,
    where,
    measure: 'sum',
    value: sql`s.count`,
    key,
  });
}

const ACTIVITY_FIELDS = ['type', 'activity_kind', 'activity_category'];

async function activitiesFromSummary(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  from: string,
  to: string,
  breakdown: string | undefined,
): Promise<Grouped | null> {
  if (!def.filters.every((f) => ACTIVITY_FIELDS.includes(f.field))) return null;
  if (breakdown && !isDateBreakdown(breakdown) && !ACTIVITY_FIELDS.includes(breakdown)) return null;
  const where = [
    ...span(organisationId, from, to),
    sql`s.dimension = 'activity'`,
    sql`s.key <> ''`,
  ];
  for (const filter of def.filters) {
    if (filter.field !== 'type') {
      where.push(sql`${VIA_ACTIVITY[filter.field]!} IN ${inList(filter.values)}`);
      continue;
    }
    const categories = filter.values.map((t) => CATEGORY_OF_TYPE[t]).filter(Boolean) as string[];
    where.push(categories.length ? sql`act.category IN ${inList(categories)}` : sql`false`);
  }
  const key = !breakdown
    ? undefined
    : isDateBreakdown(breakdown)
      ? datePart(breakdown, sql`s.contact_date`)
      : breakdown === 'type'
        ? TYPE_OF_CATEGORY
        : VIA_ACTIVITY[breakdown]!;
  return runAggregate(tx, {
    from: sql`contact_day_stats s JOIN ${ACTIVITY_JOIN}`,
    where,
    measure: 'count_distinct',
    value: sql`s.key`,
    key,
  });
}

/** The evaluation from the daily summary, or null when the summary cannot answer it exactly. */
export function evaluateContactsFromSummary(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  from: string,
  to: string,
  breakdown: string | undefined,
): Promise<Grouped | null> {
  if (def.measure === 'sum') return sumFromSummary(tx, organisationId, def, from, to, breakdown);
  if (def.measure === 'count_distinct' && def.distinctField === 'activity')
    return activitiesFromSummary(tx, organisationId, def, from, to, breakdown);
  return Promise.resolve(null);
}
