import { sql } from 'drizzle-orm';
import { addCells, cellOf, EMPTY_CELL, type Cell } from '../../core/disclosure/cell-key.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { answersOf, filteredResponses, textList, type ResponseFilter } from './filters.ts';
import type { SurveyScope } from './results-scope.ts';

/**
 * The counting behind the results, all in SQL: responses per version and month, distinct
 * respondents per question and per option, number statistics and free texts. Every count
 * comes with the sum of its respondents' record keys (a `Cell`, decision 0008). Nothing is
 * protected here; results-build.ts decides what may be shown.
 */
export interface ResponseCounts {
  total: Cell;
  byVersion: Map<string, Cell>;
  /** YYYY-MM in the organisation's zone → responses. */
  byMonth: Map<string, Cell>;
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
           count(*)::int AS n, sum(r.record_key)::text AS k
    FROM (${filteredResponses(scope, filter)}) r
    GROUP BY 1, 2`);
  const counts: ResponseCounts = { total: EMPTY_CELL, byVersion: new Map(), byMonth: new Map() };
  for (const row of rowsOf<{ version: string; month: string; n: number; k: string }>(result)) {
    const cell = cellOf(row.n, row.k);
    counts.total = addCells(counts.total, cell);
    counts.byVersion.set(
      row.version,
      addCells(counts.byVersion.get(row.version) ?? EMPTY_CELL, cell),
    );
    counts.byMonth.set(row.month, addCells(counts.byMonth.get(row.month) ?? EMPTY_CELL, cell));
  }
  return counts;
}

/** The counts of a map of cells (e.g. responses per month). */
export const countsOf = (cells: ReadonlyMap<string, Cell>): Map<string, number> =>
  new Map([...cells].map(([key, cell]) => [key, cell.n]));

export interface AnswerCounts {
  /** Question key → respondents with at least one answer row for it. */
  answered: Map<string, Cell>;
  /** `key\u0000option` → respondents who chose that option. */
  options: Map<string, Cell>;
}

/** The key of one option's count in `AnswerCounts.options`. */
export const optionId = (question: string, option: string) => `${question}\u0000${option}`;

/**
 * Distinct respondents per question and per (question, option), with their keys: each
 * respondent counts once per group, so the rows are first made distinct per respondent.
 */
export async function countAnswers(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
): Promise<AnswerCounts> {
  const result = await tx.execute(sql`
    WITH x AS (
      SELECT DISTINCT a.response_id, a.question_key AS q, a.option_key AS o, a.record_key AS k
      ${answersOf(scope, filter)})
    SELECT q, o, 0 AS g, count(*)::int AS n, sum(k)::text AS k
    FROM x WHERE o IS NOT NULL GROUP BY q, o
    UNION ALL
    SELECT q, NULL, 1, count(*)::int, sum(k)::text
    FROM (SELECT DISTINCT response_id, q, k FROM x) d GROUP BY q`);
  const counts: AnswerCounts = { answered: new Map(), options: new Map() };
  for (const row of rowsOf<{ q: string; o: string | null; g: number; n: number; k: string }>(
    result,
  )) {
    if (Number(row.g) === 1) counts.answered.set(row.q, cellOf(row.n, row.k));
    else if (row.o !== null) counts.options.set(optionId(row.q, row.o), cellOf(row.n, row.k));
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
