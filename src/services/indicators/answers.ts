import { sql, type SQL } from 'drizzle-orm';
import { addCells, cellOf, EMPTY_CELL, type Cell } from '../../core/disclosure/cell-key.ts';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import type { Period } from './other-sources.ts';
import { datePart, dayStart, inList, isDateBreakdown } from './sql.ts';

/**
 * The `survey_answers` source: answer rows submitted in the period (dates in the
 * organisation's zone), or distinct respondents, each count with the sum of its records'
 * keys (a `Cell`, decision 0008). `survey` matches a questionnaire's slug or its template
 * (`visitor_profile`). Nothing is protected here: answers-protection.ts decides.
 */
const ANSWER_FIELDS: Record<string, SQL> = {
  survey: sql`a.survey_id::text`,
  question: sql`a.question_key`,
  option: sql`a.option_key`,
  language: sql`r.language`,
  channel: sql`r.channel`,
  response: sql`a.response_id`,
};

export interface AnswerCells {
  total: Cell;
  groups: Map<string | null, Cell>;
  /** Distinct respondents in the total and per group (the answer rows of a few people can be many). */
  respondents: { total: number; groups: Map<string | null, number> };
}

/** The expression grouping rows by `key`: a field or a date part of the submission. */
function fieldExpression(key: string, zone: string): SQL {
  return isDateBreakdown(key)
    ? datePart(key, sql`(a.submitted_hour AT TIME ZONE ${zone})`)
    : ANSWER_FIELDS[key]!;
}

/** Counts the definition's answers (or respondents) in the period, in total and per `key`. */
export async function countAnswerCells(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  period: Period,
  key?: string,
): Promise<AnswerCells> {
  if (period.from > period.to)
    return {
      total: EMPTY_CELL,
      groups: new Map(),
      respondents: { total: 0, groups: new Map() },
    };
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
  const needsResponse = [...def.filters.map((f) => f.field), key].some(
    (k) => k === 'language' || k === 'channel',
  );
  const join = needsResponse
    ? sql` JOIN survey_responses r ON r.organisation_id = a.organisation_id
        AND r.id = a.response_id`
    : sql``;
  const group = key ? fieldExpression(key, period.zone) : sql`NULL::text`;
  // Respondents count once per group; answer rows each count.
  const distinct = def.measure === 'count_distinct' ? sql`DISTINCT` : sql``;
  const result = await tx.execute(sql`
    WITH x AS (
      SELECT ${distinct} ${group} AS k, a.response_id AS r, a.record_key AS rk
      FROM survey_answers a${join} WHERE ${sql.join(where, sql` AND `)})
    SELECT k, 0 AS g, count(*)::int AS n, sum(rk)::text AS s, count(DISTINCT r)::int AS p
    FROM x WHERE ${key ? sql`true` : sql`false`} GROUP BY k
    UNION ALL
    SELECT NULL, 1, count(*)::int, coalesce(sum(rk), 0)::text, count(DISTINCT r)::int
    FROM (SELECT ${distinct} r, rk${def.measure === 'count_distinct' ? sql`` : sql`, k`} FROM x) d`);
  const out: AnswerCells = {
    total: EMPTY_CELL,
    groups: new Map(),
    respondents: { total: 0, groups: new Map() },
  };
  for (const row of rowsOf<{ k: string | null; g: number; n: number; s: string; p: number }>(
    result,
  )) {
    const cell = cellOf(row.n, row.s);
    if (Number(row.g) === 1) {
      out.total = cell;
      out.respondents.total = Number(row.p);
    } else {
      out.groups.set(row.k, addCells(out.groups.get(row.k) ?? EMPTY_CELL, cell));
      out.respondents.groups.set(row.k, Number(row.p));
    }
  }
  return out;
}
