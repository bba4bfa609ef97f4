import { useEffect, useMemo, useRef } from 'react';
import { csvField, type Cell } from '../../shared/csv.ts';
import type { ImportErrorEntry, ImportReport } from '../../shared/schemas/imports.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { Alert } from './Alert.tsx';
import { Table } from './Table.tsx';
import './csv-import.css';

type Tone = 'success' | 'info' | 'warning' | 'error';

function outcome(report: ImportReport, fileErrorKey: MessageKey): { tone: Tone; key: MessageKey } {
  if (report.fileError) return { tone: 'error', key: fileErrorKey };
  if (!report.skipInvalid && report.invalidRows)
    return { tone: 'error', key: 'import.outcome.rowErrors' };
  if (report.dryRun) return { tone: 'info', key: 'import.outcome.dryRun' };
  return report.skipped
    ? { tone: 'warning', key: 'import.outcome.committedSkipping' }
    : { tone: 'success', key: 'import.outcome.committed' };
}

/**
 * The problems as a CSV file (same delimiter as the imported file), for download. Columns
 * and messages quote the imported file, so they are written as the server's exports write
 * text: quoted, and a formula made harmless.
 */
export function problemsCsv(report: ImportReport, header: readonly string[]): string {
  const options = { delimiter: report.delimiter ?? ';', decimalSeparator: '.' } as const;
  const rows: Cell[][] = report.errors.map((e) => [e.line, e.column, e.code, e.message]);
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => csvField(cell, typeof cell === 'number' ? 'integer' : 'text', options)),
  );
  return `\ufeff${lines.map((cells) => cells.join(options.delimiter)).join('\r\n')}\r\n`;
}

/**
 * The report of a CSV import (the shape every import answers with): what happened, the
 * figures, and every problem with its line, column and reason, downloadable as CSV. Focus
 * moves to its heading when a report arrives. `updates`: whether the import can update
 * rows (contacts), so "updated" is worth showing.
 */
export function ImportReportPanel({
  report,
  fileName,
  fileErrorKey,
  updates = true,
}: {
  report: ImportReport;
  fileName: string;
  fileErrorKey: MessageKey;
  updates?: boolean;
}) {
  const { t, format } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const result = outcome(report, fileErrorKey);
  const header = useMemo(
    () => [
      t('import.column.line'),
      t('import.column.column'),
      t('import.column.code'),
      t('import.column.reason'),
    ],
    [t],
  );
  const download = useMemo(
    () =>
      report.errors.length
        ? URL.createObjectURL(
            new Blob([problemsCsv(report, header)], { type: 'text/csv;charset=utf-8' }),
          )
        : null,
    [report, header],
  );
  useEffect(() => () => void (download && URL.revokeObjectURL(download)), [download]);

  const counts: [MessageKey, number][] = [
    ['import.count.rowsRead', report.rowsRead],
    ['import.count.inserted', report.inserted],
    ...(updates ? [['import.count.updated', report.updated] as [MessageKey, number]] : []),
    ['import.count.unchanged', report.unchanged],
    ...(report.skipInvalid
      ? [['import.count.skipped', report.skipped] as [MessageKey, number]]
      : []),
    ['import.count.invalidRows', report.invalidRows],
  ];
  const more = report.newActivityCount - report.newActivities.length;

  return (
    <section className="card stack" aria-labelledby="import-report-title">
      <h2 id="import-report-title" ref={heading} tabIndex={-1}>
        {t('import.page.reportTitle')}
      </h2>
      <Alert
        tone={result.tone}
        title={t(result.key, {
          invalid: report.invalidRows,
          rows: report.rowsRead,
          skipped: report.skipped,
        })}
      />
      {report.fileError ? null : (
        <dl className="csv-summary" aria-label={t('import.page.summaryCaption')}>
          {counts.map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{format.number(value)}</dd>
            </div>
          ))}
          {report.newTags.length ? (
            <div>
              <dt>{t('import.count.newTags')}</dt>
              <dd>{report.newTags.join(', ')}</dd>
            </div>
          ) : null}
          {report.newActivityCount ? (
            <div>
              <dt>{t('import.count.newActivities')}</dt>
              <dd>
                {report.newActivities.join(', ')}
                {more > 0 ? ` ${t('import.summary.moreActivities', { count: more })}` : ''}
              </dd>
            </div>
          ) : null}
        </dl>
      )}
      {report.withoutExternalId ? (
        <p>{t('import.summary.withoutExternalId', { count: report.withoutExternalId })}</p>
      ) : null}
      {report.errorCount > report.errors.length ? (
        <p>
          {t('import.errors.truncated', { shown: report.errors.length, total: report.errorCount })}
        </p>
      ) : null}
      <Table<ImportErrorEntry>
        caption={t('import.page.errorsCaption')}
        columns={[
          { key: 'line', header: header[0]!, cell: (e) => format.number(e.line), rowHeader: true },
          {
            key: 'column',
            header: header[1]!,
            cell: (e) =>
              e.column ? (
                <code>{e.column}</code>
              ) : (
                t(report.fileError ? 'import.page.wholeFile' : 'import.page.wholeRow')
              ),
          },
          { key: 'reason', header: header[3]!, cell: (e) => e.message },
        ]}
        rows={report.errors}
        rowKey={(e) => `${e.line}:${e.column ?? ''}:${e.code}:${e.message}`}
        empty={t('import.page.noErrors')}
      />
      {download ? (
        <p>
          <a
            href={download}
            download={t('import.page.problemsFile', { name: fileName.replace(/\.csv$/i, '') })}
          >
            {t('import.page.download')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
