import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { answersOf, filteredResponses, textList, type ResponseFilter } from './filters.ts';
import type { SurveyScope } from './results-scope.ts';

/**
 * The counting behind the results, all in SQL: responses per version and month, distinct
 * respondents per question and per option, number statistics and free texts. Nothing is
 * suppressed here; results-build.ts decides what may be shown.
 */
export interface ResponseCounts {
  total: number;
  byVersion: Map<string, number>;
  /** YYYY-MM in the organisation's zone → responses. */
  byMonth: Map<string, number>;
}

/** Responses matching the filter, per version and per month of the organisation's zone. */
export async function countResponses(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
): Promise<ResponseCounts> {
  const result = await tx.execute(sql`
    SELECT r.version_id AS version,
           to_char(r.submitted_hour AT TIME ZONE ${scope.timeZone}, 'YYYY-MM') AS month,
           count(*)::int AS n
    FROM (${filteredResponses(scope, filter)}) r
    GROUP BY 1, 2`);
  const counts: ResponseCounts = { total: 0, byVersion: new Map(), byMonth: new Map() };
  for (const row of rowsOf<{ version: string; month: string; n: number }>(result)) {
    const n = Number(row.n);
    counts.total += n;
    counts.byVersion.set(row.version, (counts.byVersion.get(row.version) ?? 0) + n);
    counts.byMonth.set(row.month, (counts.byMonth.get(row.month) ?? 0) + n);
  }
  return counts;
}

export interface AnswerCounts {
  /** Question key → respondents with at least one answer row for it. */
  answered: Map<string, number>;
  /** `key\u0000option` → respondents who chose that option. */
  options: Map<string, number>;
}

/** The key of one option's count in `AnswerCounts.options`. */
export const optionId = (question: string, option: string) => `${question}\u0000${option}`;

/**
 * Distinct respondents per question and per (question, option) in one grouped scan:
 * `GROUPING SETS ((question), (question, option))`.
 */
export async function countAnswers(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
): Promise<AnswerCounts> {
  const result = await tx.execute(sql`
    SELECT a.question_key AS q, a.option_key AS o, GROUPING(a.option_key)::int AS g,
           count(DISTINCT a.response_id)::int AS n
    ${answersOf(scope, filter)}
    GROUP BY GROUPING SETS ((a.question_key), (a.question_key, a.option_key))`);
  const counts: AnswerCounts = { answered: new Map(), options: new Map() };
  for (const row of rowsOf<{ q: string; o: string | null; g: number; n: number }>(result)) {
    if (Number(row.g) === 1) counts.answered.set(row.q, Number(row.n));
    else if (row.o !== null) counts.options.set(optionId(row.q, row.o), Number(row.n));
  }
  return counts;
}

/** Mean and median of number questions (only those asked for: enough answers). */
export async function numberStats(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
  keys: readonly string[],
): Promise<Map<string, { mean: number; median: number }>> {
  const stats = new Map<string, { mean: number; median: number }>();
  if (keys.length === 0) return stats;
  const result = await tx.execute(sql`
    SELECT a.question_key AS q, avg(a.number_value)::float8 AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY a.number_value)::float8 AS median
    ${answersOf(scope, filter)} AND a.question_key IN ${textList(keys)}
      AND a.number_value IS NOT NULL
    GROUP BY a.question_key`);
  const round = (n: number) => Math.round(n * 100) / 100;
  for (const row of rowsOf<{ q: string; mean: number; median: number }>(result))
    stats.set(row.q, { mean: round(Number(row.mean)), median: round(Number(row.median)) });
  return stats;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Free texts of the given questions, sorted alphabetically (never in submission order). */
export async function freeTexts(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
  keys: readonly string[],
): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>();
  if (keys.length === 0) return texts;
  const result = await tx.execute(sql`
    SELECT a.question_key AS q, a.text_value AS t
    ${answersOf(scope, filter)} AND a.question_key IN ${textList(keys)}
      AND a.text_value IS NOT NULL`);
  for (const row of rowsOf<{ q: string; t: string }>(result)) {
    const list = texts.get(row.q) ?? [];
    list.push(row.t);
    texts.set(row.q, list);
  }
  for (const list of texts.values())
    list.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return texts;
}
