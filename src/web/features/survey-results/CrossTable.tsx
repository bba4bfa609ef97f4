import { useId } from 'react';
import type { CrossTable as Table, QuestionResult } from '../../../shared/schemas/surveys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Select } from '../../components/Select.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useT } from '../../lib/i18n.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { Count } from './Count.tsx';
import { useResultsFormat } from './numbers.ts';
import type { ResultsQuery } from './params.ts';

/** The cross-table with row and column totals; hidden cells read "< N". */
function CrossGrid({ table, busy }: { table: Table; busy: boolean }) {
  const t = useT();
  const format = useResultsFormat();
  const id = useId();
  const n = table.threshold;
  return (
    <ScrollRegion labelledBy={id}>
      <table className="table results-table results-cross" aria-busy={busy || undefined}>
        <caption id={id}>
          {t('surveyResults.cross.caption', {
            rows: format.text(table.rows.labels),
            columns: format.text(table.columns.labels),
          })}
        </caption>
        <thead>
          <tr>
            <td />
            {table.columns.options.map((option) => (
              <th key={option.key} scope="col" className="num">
                {format.text(option.labels)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('surveyResults.cross.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.options.map((option, r) => (
            <tr key={option.key}>
              <th scope="row">{format.text(option.labels)}</th>
              {table.cells[r]!.map((cell, c) => (
                <td key={table.columns.options[c]!.key} className="num">
                  <Count value={cell.count} suppressed={cell.suppressed} threshold={n} />
                </td>
              ))}
              <td className="num results-cross__total">
                <Count {...countOf(table.rowTotals[r])} threshold={n} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('surveyResults.cross.total')}</th>
            {table.columnTotals.map((cell, c) => (
              <td key={table.columns.options[c]!.key} className="num results-cross__total">
                <Count value={cell.count} suppressed={cell.suppressed} threshold={n} />
              </td>
            ))}
            <td className="num results-cross__total">
              <Count value={table.total.count} suppressed={table.total.suppressed} threshold={n} />
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

const countOf = (cell: Table['total'] | undefined) => ({
  value: cell?.count ?? null,
  suppressed: cell?.suppressed ?? true,
});

/**
 * Two choice questions crossed (rows × columns, chosen in the URL): each cell counts the
 * respondents who gave both answers, under the same period and filters as the page.
 */
export function CrossTableSection({
  surveyId,
  query,
  questions,
  rows,
  columns,
  onChange,
}: {
  surveyId: string;
  query: ResultsQuery;
  questions: readonly QuestionResult[];
  rows: string;
  columns: string;
  onChange(axis: 'rows' | 'columns', key: string): void;
}) {
  const t = useT();
  const id = useId();
  const format = useResultsFormat();
  const same = rows !== '' && rows === columns;
  const ready = rows !== '' && columns !== '' && !same;
  const result = useApiQuery<Table>(
    ready ? `/api/surveys/${encodeURIComponent(surveyId)}/crosstab` : null,
    { ...query, rows, columns },
  );
  const multiple = questions.some(
    (q) => (q.key === rows || q.key === columns) && q.type === 'multiple_choice',
  );
  const options = questions.map((q) => ({ value: q.key, label: format.text(q.labels) }));
  // Keep a key from the URL selectable even if this version has no such question.
  const withCurrent = (value: string) =>
    value && !options.some((o) => o.value === value)
      ? [...options, { value, label: value }]
      : options;

  return (
    <section className="card results-cross-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('surveyResults.cross.title')}</h2>
      <p className="results-note">{t('surveyResults.cross.intro')}</p>
      <div className="form-grid no-print">
        <Select
          id={`${id}-rows`}
          label={t('surveyResults.cross.rows')}
          value={rows}
          emptyOption={t('surveyResults.cross.choose')}
          options={withCurrent(rows)}
          onChange={(value) => onChange('rows', value)}
        />
        <Select
          id={`${id}-columns`}
          label={t('surveyResults.cross.columns')}
          value={columns}
          emptyOption={t('surveyResults.cross.choose')}
          options={withCurrent(columns)}
          error={same ? t('issue.same_question') : undefined}
          onChange={(value) => onChange('columns', value)}
        />
      </div>
      {!ready ? (
        <p className="results-hint no-print">{t('surveyResults.cross.none')}</p>
      ) : (
        <>
          <ErrorAlert error={result.error} />
          {result.data ? (
            <>
              <CrossGrid table={result.data} busy={result.loading} />
              {multiple ? (
                <p className="results-note">{t('surveyResults.cross.multiple')}</p>
              ) : null}
            </>
          ) : result.loading ? (
            <Spinner />
          ) : null}
        </>
      )}
    </section>
  );
}
