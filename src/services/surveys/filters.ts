import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { ResponseChannel } from '../../core/surveys/model.ts';
import type { Executor } from '../../db/client.ts';
import { isChoice } from './results-catalog.ts';
import { questionOf, type SurveyScope } from './results-scope.ts';

/** Answers another question must have: `anyOf` its options. */
export interface AnswerFilter {
  question: string;
  anyOf: string[];
}

/** What selects the responses a results view counts. */
export interface ResponseFilter {
  /** Dates in the organisation's zone, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  channel?: ResponseChannel | undefined;
  answers: AnswerFilter[];
}

function refuse(path: string, code: string, params?: Record<string, string>): never {
  throw new AppError('VALIDATION_FAILED', {
    issues: [{ path, code, ...(params ? { params } : {}) }],
  });
}

/**
 * Reads `key:opt1,opt2;key2:opt`. Every part must name a choice question of some version
 * of the questionnaire, with options it has (or had); otherwise the whole filter is refused.
 */
export function parseAnswerFilter(text: string | undefined, scope: SurveyScope): AnswerFilter[] {
  if (!text) return [];
  const filters: AnswerFilter[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const colon = trimmed.indexOf(':');
    const key = colon < 0 ? trimmed : trimmed.slice(0, colon).trim();
    const options =
      colon < 0
        ? []
        : trimmed
            .slice(colon + 1)
            .split(',')
            .map((o) => o.trim());
    const question = questionOf(scope, key);
    const valid =
      question &&
      isChoice(question) &&
      options.length > 0 &&
      options.every((o) => question.options.some((known) => known.key === o));
    if (!valid) refuse('filter', 'unknown_question_filter', { value: trimmed });
    const existing = filters.find((f) => f.question === key);
    // The same question twice: both must hold, so only the options in both remain.
    if (existing) existing.anyOf = existing.anyOf.filter((o) => options.includes(o));
    else filters.push({ question: key, anyOf: [...new Set(options)] });
  }
  return filters;
}

/** A period whose end is before its start is refused. */
export function checkPeriod(from: string | undefined, to: string | undefined): void {
  if (from && to && to < from) refuse('to', 'period_reversed');
}

/** The start of a local date in the organisation's zone, as an instant. */
function dayStart(date: string, scope: SurveyScope, plusDays = 0): SQL {
  return sql`((${date}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${scope.timeZone})`;
}

/** Conditions on `column` (a submitted_hour) for the period. */
export function periodConditions(
  column: SQL,
  filter: Pick<ResponseFilter, 'from' | 'to'>,
  scope: SurveyScope,
): SQL[] {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(sql`${column} >= ${dayStart(filter.from, scope)}`);
  if (filter.to) conditions.push(sql`${column} < ${dayStart(filter.to, scope, 1)}`);
  return conditions;
}

/** `(a, b, c)` for an IN list of texts. */
export function textList(values: readonly string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/**
 * The responses the view counts, as a subquery with `id`, `version_id` and
 * `submitted_hour`: the questionnaire's responses in the period and channel, whose answers
 * match every answer filter (one IN subquery each, on the question index).
 */
export function filteredResponses(scope: SurveyScope, filter: ResponseFilter): SQL {
  const org = scope.organisationId;
  const survey = scope.survey.id;
  const conditions: SQL[] = [
    sql`r.organisation_id = ${org}`,
    sql`r.survey_id = ${survey}`,
    ...periodConditions(sql`r.submitted_hour`, filter, scope),
  ];
  if (filter.channel) conditions.push(sql`r.channel = ${filter.channel}`);
  for (const answer of filter.answers)
    conditions.push(sql`r.id IN (
      SELECT f.response_id FROM survey_answers f
      WHERE f.organisation_id = ${org} AND f.survey_id = ${survey}
        AND f.question_key = ${answer.question}
        AND f.option_key IN ${answer.anyOf.length > 0 ? textList(answer.anyOf) : sql`(NULL)`})`);
  return sql`SELECT r.id, r.version_id, r.submitted_hour, r.record_key FROM survey_responses r
    WHERE ${sql.join(conditions, sql` AND `)}`;
}

/**
 * `FROM … WHERE …` over the answers of the counted responses, as `a`. The period alone
 * needs no join (answers carry their response's hour); a channel or an answer filter
 * joins the filtered responses.
 */
export function answersOf(scope: SurveyScope, filter: ResponseFilter): SQL {
  const join =
    filter.channel || filter.answers.length > 0
      ? sql`JOIN (${filteredResponses(scope, filter)}) r ON r.id = a.response_id`
      : sql``;
  return sql`FROM survey_answers a ${join} WHERE ${answerScope(scope, filter)}`;
}

/**
 * The database has no statistics on a fresh PGlite (it never analyses), so it would
 * nest loops over tens of thousands of answers; aggregate reads ask for hash joins.
 */
export async function preferHashJoins(tx: Executor): Promise<void> {
  await tx.execute(sql`SET LOCAL enable_nestloop = off`);
}

/** Conditions every answer row of the view meets besides belonging to a counted response. */
export function answerScope(scope: SurveyScope, filter: ResponseFilter): SQL {
  return sql.join(
    [
      sql`a.organisation_id = ${scope.organisationId}`,
      sql`a.survey_id = ${scope.survey.id}`,
      ...periodConditions(sql`a.submitted_hour`, filter, scope),
    ],
    sql` AND `,
  );
}
