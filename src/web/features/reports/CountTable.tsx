import { useId } from 'react';
import type { ReportText } from './report-text.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';

/** One labelled figure of a report table; `share` (0–1) when the table shows shares. */
export interface CountRow {
  key: string;
  label: string;
  count: number;
  share?: number | null;
}

/** A count map as rows, most first, "not recorded" ('') last, labelled by `label`. */
export function rowsOf(
  counts: Readonly<Record<string, number>>,
  label: (key: string) => string,
  text: ReportText,
): CountRow[] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort(
      (a, b) =>
        Number(a.key === '') - Number(b.key === '') ||
        b.count - a.count ||
        a.label.localeCompare(b.label, text.locale),
    );
}

/** Adds each row's share of `total` (null when the total is 0). */
export function withShares(rows: readonly CountRow[], total: number): CountRow[] {
  return rows.map((row) => ({ ...row, share: total > 0 ? row.count / total : null }));
}

/**
 * A report table, the source of truth beside its chart: caption, one row per key with its
 * count (and share), a total row. Scrollable and then focusable on narrow screens.
 */
export function CountTable({
  caption,
  labelHeader,
  rows,
  text,
  total,
  shares = false,
  testId,
}: {
  caption: string;
  labelHeader: string;
  rows: readonly CountRow[];
  text: ReportText;
  total?: number | undefined;
  shares?: boolean;
  testId?: string;
}) {
  const captionId = useId();
  const { t } = text;
  const shareCell = (share: number | null | undefined) =>
    share === null || share === undefined ? t('reports.noPercent') : text.share(share);
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table report-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" className="num">
              {t('reports.column.count')}
            </th>
            {shares ? (
              <th scope="col" className="num">
                {t('reports.column.share')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={shares ? 3 : 2} className="table__empty">
                {t('reports.none')}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="num">{text.number(row.count)}</td>
                {shares ? <td className="num">{shareCell(row.share)}</td> : null}
              </tr>
            ))
          )}
        </tbody>
        {total !== undefined && rows.length > 0 ? (
          <tfoot>
            <tr>
              <th scope="row">{t('reports.total')}</th>
              <td className="num">{text.number(total)}</td>
              {shares ? <td className="num">{total > 0 ? text.share(1) : ''}</td> : null}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </ScrollRegion>
  );
}
