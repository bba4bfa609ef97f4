import { sql } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';
import { cellOf, EMPTY_CELL, type Cell } from '../../core/disclosure/cell-key.ts';
import { protect, protectionOf, type DisclosureRules } from '../../core/disclosure/protect.ts';
import { crossTableLines, isSmall } from '../../core/disclosure/suppression.ts';
import type { Executor } from '../../db/client.ts';
import type { ResultsQuery } from '../../shared/schemas/surveys.ts';
import type { CrossTableView as CrossTable } from './results-types.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { answersOf, preferHashJoins, type ResponseFilter } from './filters.ts';
import {
  countWholeGroup,
  isSubgroup,
  responseFilterOf,
  wholeGroupOf,
  viewWithheld,
  type ViewOptions,
} from './results-build.ts';
import { countAnswers, countResponses } from './results-counts.ts';
import { isChoice, isExclusive, type CatalogQuestion } from './results-catalog.ts';
import { questionOf, type SurveyScope } from './results-scope.ts';

/**
 * Cross-tables of two choice questions: respondents per pair of answers, with margins over
 * those who answered both, suppressed along every row and column that adds up.
 */
export interface CrossTableQuery extends ResultsQuery {
  rows: string;
  columns: string;
}

/** The two questions to cross; 400 when unknown, not a choice question, or the same. */
export function crossQuestions(
  scope: SurveyScope,
  rows: string,
  columns: string,
): [CatalogQuestion, CatalogQuestion] {
  const issues: FieldIssue[] = [];
  const pick = (path: 'rows' | 'columns', key: string) => {
    const question = questionOf(scope, key);
    if (!question) issues.push({ path, code: 'unknown_question', params: { value: key } });
    else if (!isChoice(question)) issues.push({ path, code: 'not_choice_question' });
    return question;
  };
  const r = pick('rows', rows);
  const c = pick('columns', columns);
  if (issues.length === 0 && rows === columns)
    issues.push({ path: 'columns', code: 'same_question' });
  if (issues.length > 0 || !r || !c) throw new AppError('VALIDATION_FAILED', { issues });
  return [r, c];
}

type Row = { r: string | null; c: string | null; g: number; n: number; k: string };

/**
 * Respondents per (row option, column option) pair and per margin, with their record keys.
 * The pairs are made distinct per respondent first: a respondent counts once per cell.
 */
async function countPairs(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
  rows: string,
  columns: string,
) {
  const side = (key: string) => sql`
    SELECT DISTINCT a.response_id, a.option_key, a.record_key ${answersOf(scope, filter)}
      AND a.question_key = ${key} AND a.option_key IS NOT NULL`;
  const result = await tx.execute(sql`
    WITH p AS (
      SELECT x.response_id, x.record_key AS k, x.option_key AS r, y.option_key AS c
      FROM (${side(rows)}) x JOIN (${side(columns)}) y ON y.response_id = x.response_id)
    SELECT r, c, 0 AS g, count(*)::int AS n, sum(k)::text AS k FROM p GROUP BY r, c
    UNION ALL
    SELECT r, NULL, 1, count(*)::int, sum(k)::text
    FROM (SELECT DISTINCT response_id, k, r FROM p) d GROUP BY r
    UNION ALL
    SELECT NULL, c, 2, count(*)::int, sum(k)::text
    FROM (SELECT DISTINCT response_id, k, c FROM p) d GROUP BY c
    UNION ALL
    SELECT NULL, NULL, 3, count(*)::int, coalesce(sum(k), 0)::text
    FROM (SELECT DISTINCT response_id, k FROM p) d`);
  return rowsOf<Row>(result);
}

interface PairTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

/** Pair counts and margins laid out along the two questions' options. */
function tableOf(counted: Row[], rowQ: CatalogQuestion, columnQ: CatalogQuestion): PairTable {
  const pairs = new Map<string, Cell>();
  const rowMargins = new Map<string, Cell>();
  const columnMargins = new Map<string, Cell>();
  let total = EMPTY_CELL;
  for (const row of counted) {
    const cell = cellOf(row.n, row.k);
    const group = Number(row.g);
    if (group === 0) pairs.set(`${row.r}\u0000${row.c}`, cell);
    else if (group === 1) rowMargins.set(row.r!, cell);
    else if (group === 2) columnMargins.set(row.c!, cell);
    else total = cell;
  }
  return {
    cells: rowQ.options.map((r) =>
      columnQ.options.map((c) => pairs.get(`${r.key}\u0000${c.key}`) ?? EMPTY_CELL),
    ),
    rowTotals: rowQ.options.map((r) => rowMargins.get(r.key) ?? EMPTY_CELL),
    columnTotals: columnQ.options.map((c) => columnMargins.get(c.key) ?? EMPTY_CELL),
    total,
  };
}

/** All cells of a table in one list: cells row by row, row totals, column totals, total. */
const flatten = (t: PairTable): Cell[] => [
  ...t.cells.flat(),
  ...t.rowTotals,
  ...t.columnTotals,
  t.total,
];

/** The protected cross-table of `query.rows` by `query.columns`. */
export async function readCrossTable(
  tx: Executor,
  scope: SurveyScope,
  query: CrossTableQuery,
  options: ViewOptions = { mode: 'perturbed' },
): Promise<CrossTable> {
  const rules: DisclosureRules = { threshold: scope.threshold, mode: options.mode };
  const [rowQ, columnQ] = crossQuestions(scope, query.rows, query.columns);
  const filter = responseFilterOf(scope, query, options.mode);
  await preferHashJoins(tx);
  const table = tableOf(await countPairs(tx, scope, filter, rowQ.key, columnQ.key), rowQ, columnQ);
  // A subgroup's table must not give away the rest of the group by difference.
  const subgroup = isSubgroup(filter);
  const whole = subgroup
    ? tableOf(
        await countPairs(tx, scope, wholeGroupOf(filter), rowQ.key, columnQ.key),
        rowQ,
        columnQ,
      )
    : undefined;
  // The same views next to this one as for the results (their counts, not the pairs').
  const view = {
    responses: await countResponses(tx, scope, filter),
    answers: await countAnswers(tx, scope, filter),
  };
  const withheld = await viewWithheld(
    tx,
    scope,
    filter,
    view,
    subgroup ? await countWholeGroup(tx, scope, filter) : undefined,
    rules,
  );
  const cells = flatten(table);
  const wholeCells = whole ? flatten(whole) : cells;
  const columns = columnQ.options.length;
  const rows = rowQ.options.length;
  const published = protect(
    {
      cells,
      lines: crossTableLines(rows, columns, isExclusive(columnQ), isExclusive(rowQ)),
      alsoHide: cells.map((c, i) => isSmall(wholeCells[i]!.n - c.n, scope.threshold)),
      hideAll: withheld !== null,
    },
    rules,
  );
  const shown = (i: number) => ({ count: published[i]!.value, suppressed: published[i]!.hidden });
  const axis = (q: CatalogQuestion) => ({
    key: q.key,
    labels: q.labels,
    options: q.options.map((o) => ({ key: o.key, labels: o.labels })),
  });
  return {
    threshold: scope.threshold,
    protection: protectionOf(rules, withheld),
    rows: axis(rowQ),
    columns: axis(columnQ),
    cells: rowQ.options.map((_, r) => columnQ.options.map((__, c) => shown(r * columns + c))),
    rowTotals: rowQ.options.map((_, r) => shown(rows * columns + r)),
    columnTotals: columnQ.options.map((_, c) => shown(rows * columns + rows + c)),
    total: shown(rows * columns + rows + columns),
  };
}
