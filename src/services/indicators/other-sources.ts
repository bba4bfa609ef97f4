import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { datePart, dayStart, inList, isDateBreakdown, runAggregate, type Grouped } from './sql.ts';

/**
 * The `activities` and `survey_answers` sources. Both are periods of instants (an activity's
 * start, an answer's submission hour) taken as dates in the organisation's time zone.
 */

export interface Period {
  from: string;
  to: string;
  zone: string;
}

const ACTIVITY_FIELDS: Record<string, SQL> = {
  kind: sql`a.kind`,
  category: sql`a.category`,
  status: sql`a.status`,
  language: sql`a.language`,
  theme: sql`a.theme`,
  location: sql`a.location_id::text`,
  municipality: sql`a.municipality`,
  partner: sql`a.partner`,
};

/** Activities starting in the period: count, or distinct partners. */
export function evaluateActivities(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  period: Period,
  breakdown: string | undefined,
): Promise<Grouped> {
  const field = (key: string) =>
    isDateBreakdown(key)
      ? datePart(key, sql`(a.starts_at AT TIME ZONE ${period.zone})`)
      : ACTIVITY_FIELDS[key]!;
  const where = [
    sql`a.organisation_id = ${organisationId}`,
    sql`a.starts_at >= ${dayStart(period.from, period.zone)}`,
    sql`a.starts_at < ${dayStart(period.to, period.zone, 1)}`,
    ...def.filters.map((f) => sql`${ACTIVITY_FIELDS[f.field]!} IN ${inList(f.values)}`),
  ];
  const value = def.measure === 'count_distinct' ? field(def.distinctField!) : sql`1`;
  return runAggregate(tx, {
    from: sql`activities a`,
    where,
    measure: def.measure,
    value,
    key: breakdown ? field(breakdown) : undefined,
  });
}
