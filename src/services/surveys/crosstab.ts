import { sql } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';
import { suppressCrossTable } from '../../core/surveys/suppression.ts';
import type { Executor } from '../../db/client.ts';
import type { ResultsQuery } from '../../shared/schemas/surveys.ts';
import type { CrossTableView as CrossTable } from './results-types.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { answersOf, preferHashJoins, type ResponseFilter } from './filters.ts';
import {
  countWholeGroup,
  filterSelectsHidden,
  isSubgroup,
  periodMonths,
  responseFilterOf,
  wholeGroupOf,
} from './results-build.ts';
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

type Row = { r: string | null; c: string | null; gr: number; gc: number; n: number };

/** Counts every (row option, column option) pair and the margins in one GROUPING SETS scan. */
async function countPairs(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
  rows: string,
  columns: string,
) {
  const side = (key: string) => sql`
    SELECT a.response_id, a.option_key ${answersOf(scope, filter)}
      AND a.question_key = ${key} AND a.option_key IS NOT NULL`;
  const result = await tx.execute(sql`
    SELECT x.option_key AS r, y.option_key AS c,
           GROUPING(x.option_key)::int AS gr, GROUPING(y.option_key)::int AS gc,
           count(DISTINCT x.response_id)::int AS n
    FROM (${side(rows)}) x JOIN (${side(columns)}) y ON y.response_id = x.response_id
    GROUP BY GROUPING SETS ((x.option_key, y.option_key), (x.option_key), (y.option_key), ())`);
  return rowsOf<Row>(result);
}

/** Pair counts and margins laid out along the two questions' options. */
function tableOf(counted: Row[], rowQ: CatalogQuestion, columnQ: CatalogQuestion) {
  const pairs = new Map<string, number>();
  const rowMargins = new Map<string, number>();
  const columnMargins = new Map<string, number>();
  let total = 0;
  for (const row of counted) {
    const n = Number(row.n);
    const byRow = Number(row.gr) === 0;
    const byColumn = Number(row.gc) === 0;
    if (byRow && byColumn) pairs.set(`${row.r}\u0000${row.c}`, n);
    else if (byRow) rowMargins.set(row.r!, n);
    else if (byColumn) columnMargins.set(row.c!, n);
    else total = n;
  }
  return {
    cells: rowQ.options.map((r) =>
      columnQ.options.map((c) => pairs.get(`${r.key}\u0000${c.key}`) ?? 0),
    ),
    rowTotals: rowQ.options.map((r) => rowMargins.get(r.key) ?? 0),
    columnTotals: columnQ.options.map((c) => columnMargins.get(c.key) ?? 0),
    total,
  };
}

/** The suppressed cross-table of `query.rows` by `query.columns`. */
export async function readCrossTable(
  tx: Executor,
  scope: SurveyScope,
  query: CrossTableQuery,
): Promise<CrossTable> {
  const [rowQ, columnQ] = crossQuestions(scope, query.rows, query.columns);
  const filter = responseFilterOf(scope, query);
  await preferHashJoins(tx);
  const table = tableOf(await countPairs(tx, scope, filter, rowQ.key, columnQ.key), rowQ, columnQ);
  // A subgroup's table must not give away the rest of the group by difference.
  const whole = isSubgroup(filter)
    ? tableOf(
        await countPairs(tx, scope, wholeGroupOf(filter), rowQ.key, columnQ.key),
        rowQ,
        columnQ,
      )
    : undefined;
  // A subgroup defined by an answer the whole results hide shows nothing at all.
  let hideAll = false;
  if (filter.answers.length > 0) {
    const counts = await countWholeGroup(tx, scope, filter);
    const months = periodMonths(filter.from, filter.to, counts.responses.byMonth.keys());
    hideAll = filterSelectsHidden(scope, filter, counts, months);
  }
  const { cells, rowTotals, columnTotals, total } = table;
  const hidden = suppressCrossTable(
    {
      cells,
      rowTotals,
      columnTotals,
      total,
      rowsAdd: isExclusive(columnQ),
      columnsAdd: isExclusive(rowQ),
    },
    scope.threshold,
    whole,
    hideAll,
  );
  const shown = (count: number, suppressed: boolean) => ({
    count: suppressed ? null : count,
    suppressed,
  });
  const axis = (q: CatalogQuestion) => ({
    key: q.key,
    labels: q.labels,
    options: q.options.map((o) => ({ key: o.key, labels: o.labels })),
  });
  return {
    threshold: scope.threshold,
    rows: axis(rowQ),
    columns: axis(columnQ),
    cells: cells.map((row, r) => row.map((n, c) => shown(n, hidden.cells[r]![c]!))),
    rowTotals: rowTotals.map((n, r) => shown(n, hidden.rowTotals[r]!)),
    columnTotals: columnTotals.map((n, c) => shown(n, hidden.columnTotals[c]!)),
    total: shown(total, hidden.total),
  };
}
