import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
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

const ANSWER_FIELDS: Record<string, SQL> = {
  question: sql`a.question_key`,
  option: sql`a.option_key`,
  language: sql`r.language`,
  channel: sql`r.channel`,
  response: sql`a.response_id`,
};

/**
 * Questionnaire answers submitted in the period: answer rows, or distinct respondents.
 * `survey` matches a questionnaire's slug or its template (`visitor_profile`).
 */
export async function evaluateAnswers(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  period: Period,
  breakdown: string | undefined,
): Promise<Grouped> {
  const field = (key: string) =>
    isDateBreakdown(key)
      ? datePart(key, sql`(a.submitted_hour AT TIME ZONE ${period.zone})`)
      : ANSWER_FIELDS[key]!;
  const where = [
    sql`a.organisation_id = ${organisationId}`,
    sql`a.submitted_hour >= ${dayStart(period.from, period.zone)}`,
    sql`a.submitted_hour < ${dayStart(period.to, period.zone, 1)}`,
  ];
  for (const filter of def.filters) {
    if (filter.field === 'survey') {
      const values = inList(filter.values);
      where.push(sql`a.survey_id IN (SELECT s.id FROM surveys s
        WHERE s.organisation_id = ${organisationId} AND (s.slug IN ${values} OR s.template IN ${values}))`);
    } else where.push(sql`${ANSWER_FIELDS[filter.field]!} IN ${inList(filter.values)}`);
  }
  const needsResponse = [...def.filters.map((f) => f.field), breakdown].some(
    (key) => key === 'language' || key === 'channel',
  );
  const join = needsResponse
    ? sql` JOIN survey_responses r ON r.organisation_id = a.organisation_id
        AND r.id = a.response_id`
    : sql``;
  const value = def.measure === 'count_distinct' ? field(def.distinctField!) : sql`1`;
  const query = {
    from: sql`survey_answers a${join}`,
    where,
    measure: def.measure,
    value,
    key: breakdown ? field(breakdown) : undefined,
  };
  return needsResponse ? withHashJoins(tx, () => runAggregate(tx, query)) : runAggregate(tx, query);
}

/**
 * Runs `fn` with nested loops off (a fresh PGlite has no statistics and would nest loops
 * over every answer), then restores the caller's setting for the rest of its transaction.
 */
async function withHashJoins<T>(tx: Executor, fn: () => Promise<T>): Promise<T> {
  const [before] = rowsOf<{ v: string }>(
    await tx.execute(sql`SELECT current_setting('enable_nestloop') AS v`),
  );
  await tx.execute(sql`SET LOCAL enable_nestloop = off`);
  // On failure the transaction is lost anyway, and the setting with it.
  const result = await fn();
  await tx.execute(sql`SELECT set_config('enable_nestloop', ${before?.v ?? 'on'}, true)`);
  return result;
}
