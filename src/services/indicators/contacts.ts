import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import {
  datePart,
  inList,
  isDateBreakdown,
  runAggregate,
  runGroups,
  textArray,
  type Grouped,
} from './sql.ts';

/**
 * The `contacts` source read from the contacts themselves (`c`, with its activity as `act`
 * and its tags unnested as `tag` where needed). Any filters and breakdown; the daily
 * summary (contacts-rollup.ts) answers the common cases faster with the same numbers.
 */

const FIELDS: Record<string, SQL> = {
  type: sql`c.type`,
  theme: sql`c.theme`,
  language: sql`c.language`,
  channel: sql`c.channel`,
  location: sql`c.location_id::text`,
  municipality: sql`c.municipality`,
  tag: sql`tag.slug`,
  activity_kind: sql`act.kind`,
  activity_category: sql`act.category`,
  activity: sql`c.activity_id`,
  date: sql`c.contact_date`,
};

function fieldSql(key: string): SQL {
  return isDateBreakdown(key) ? datePart(key, sql`c.contact_date`) : FIELDS[key]!;
}

function valueSql(def: IndicatorDefinition): SQL {
  return def.measure === 'count_distinct' ? fieldSql(def.distinctField!) : sql`c.count`;
}

/** Evaluates a contacts definition over the raw contacts of the period. */
export async function evaluateContactsRaw(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  from: string,
  to: string,
  breakdown: string | undefined,
): Promise<Grouped> {
  const where: SQL[] = [
    sql`c.organisation_id = ${organisationId}`,
    sql`c.contact_date >= ${from}`,
    sql`c.contact_date <= ${to}`,
  ];
  let tagFilter: string[] | undefined;
  for (const filter of def.filters) {
    if (filter.field === 'tag') {
      tagFilter = filter.values;
      where.push(sql`c.tags && ${textArray(filter.values)}`);
    } else where.push(sql`${FIELDS[filter.field]!} IN ${inList(filter.values)}`);
  }
  const usesActivity = [...def.filters.map((f) => f.field), breakdown].some(
    (key) => key === 'activity_kind' || key === 'activity_category',
  );
  const activityJoin = usesActivity
    ? sql` LEFT JOIN activities act ON act.organisation_id = c.organisation_id
        AND act.id = c.activity_id`
    : sql``;
  const measure = { measure: def.measure, value: valueSql(def) };
  const from_ = sql`contacts c${activityJoin}`;
  if (breakdown !== 'tag')
    return runAggregate(tx, {
      from: from_,
      where,
      ...measure,
      key: breakdown ? fieldSql(breakdown) : undefined,
    });
  // A contact with two tags counts in both groups, once in the total.
  const total = await runAggregate(tx, { from: from_, where, ...measure });
  const groups = await runGroups(tx, {
    from: sql`${from_} LEFT JOIN LATERAL unnest(c.tags) AS tag(slug) ON true`,
    where: tagFilter ? [...where, sql`tag.slug IN ${inList(tagFilter)}`] : where,
    ...measure,
    key: sql`tag.slug`,
  });
  return { total: total.total, groups };
}
