import { PassThrough } from 'node:stream';
import { sql, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { UiLanguage } from '../../core/common/languages.ts';
import type { Executor } from '../../db/client.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { ExportFormat } from '../../shared/schemas/contacts.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { csvField } from '../../shared/csv.ts';
import type { Cell, Column } from '../export/table.ts';
import { sheetName } from '../export/xlsx.ts';
import { delimiterOf } from './export-file.ts';
import { periodConditions } from './filters.ts';
import type { SurveyScope } from './results-scope.ts';

/**
 * The raw answers, one row per response: a row number (never the id), the submission hour
 * in the organisation's zone, version, channel, language, then one column per question key
 * (options joined by `|`, numbers, texts). Responses are read a page at a time and each
 * row goes straight into the file, so a large questionnaire never sits in memory as
 * objects.
 */
export const RAW_PAGE_SIZE = 2000;

interface RowSink {
  add(row: Cell[]): void;
  finish(): Promise<string | Buffer>;
}

function csvSink(columns: Column[], delimiter: ',' | ';'): RowSink {
  const field = { delimiter, decimalSeparator: delimiter === ';' ? ',' : '.' } as const;
  const line = (cells: Cell[]) =>
    `${cells.map((cell, i) => csvField(cell, columns[i]!.kind, field)).join(delimiter)}\r\n`;
  const chunks = [`\uFEFF${line(columns.map((c) => c.header))}`];
  return {
    add: (row) => void chunks.push(line(row)),
    finish: async () => chunks.join(''),
  };
}

function xlsxSink(columns: Column[], title: string, created: Date): RowSink {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'Parcours';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet(sheetName(title, new Set()), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    add: (row) => sheet.addRow(row).commit(),
    async finish() {
      sheet.commit();
      await workbook.commit();
      return Buffer.concat(parts);
    },
  };
}

/** One response of a page, its answers as parallel arrays (one element per answer row). */
type PageRow = {
  id: string;
  at: string;
  hour: string;
  version: number;
  channel: string;
  language: string | null;
  keys: (string | null)[];
  values: (string | null)[];
};

function page(scope: SurveyScope, period: SQL[], after: { at: string; id: string } | null): SQL {
  const org = scope.organisationId;
  const conditions = [
    sql`r.organisation_id = ${org}`,
    sql`r.survey_id = ${scope.survey.id}`,
    ...period,
  ];
  // the first condition lets the hour index start at the page (the second alone would not)
  if (after)
    conditions.push(
      sql`r.submitted_hour >= ${after.at}::timestamptz`,
      sql`(r.submitted_hour, r.id) > (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  const order = sql`ORDER BY a.question_key, a.option_key`;
  return sql`
    WITH page AS (
      SELECT r.id, r.submitted_hour, r.version_id, r.channel, r.language FROM survey_responses r
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY r.submitted_hour, r.id LIMIT ${RAW_PAGE_SIZE})
    SELECT p.id, p.submitted_hour::text AS at,
           to_char(p.submitted_hour AT TIME ZONE ${scope.timeZone}, 'YYYY-MM-DD HH24:00') AS hour,
           v.version, p.channel, p.language,
           array_agg(a.question_key ${order}) AS keys,
           array_agg(coalesce(a.option_key, a.number_value::text, a.text_value) ${order}) AS values
    FROM page p
    JOIN survey_versions v ON v.organisation_id = ${org} AND v.id = p.version_id
    -- by response id alone (the page is the organisation's): an index lookup per response
    LEFT JOIN survey_answers a ON a.response_id = p.id
    GROUP BY p.id, p.submitted_hour, v.version, p.channel, p.language
    ORDER BY p.submitted_hour, p.id`;
}

/** Writes the raw answers of the period as CSV or XLSX; returns the file and the row count. */
export async function writeRawAnswers(
  tx: Executor,
  scope: SurveyScope,
  request: {
    format: ExportFormat;
    from?: string | undefined;
    to?: string | undefined;
    delimiter: 'comma' | 'semicolon';
  },
  lang: UiLanguage,
  created: Date,
): Promise<{ body: string | Buffer; count: number }> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const questions = scope.questions;
  const index = new Map(questions.map((q, i) => [q.key, 5 + i]));
  const columns: Column[] = [
    { header: t('surveyExport.raw.number'), kind: 'integer' },
    { header: t('surveyExport.raw.submittedHour'), kind: 'text' },
    { header: t('surveyExport.raw.version'), kind: 'integer' },
    { header: t('surveyExport.raw.channel'), kind: 'text' },
    { header: t('surveyExport.raw.language'), kind: 'text' },
    ...questions.map((q) => ({
      header: q.key,
      kind: q.type === 'number' || q.type === 'rating' ? ('decimal' as const) : ('text' as const),
    })),
  ];
  const sink =
    request.format === 'xlsx'
      ? xlsxSink(columns, t('surveyExport.table.raw'), created)
      : csvSink(columns, delimiterOf(request.delimiter));
  const period = periodConditions(sql`r.submitted_hour`, request, scope);
  const numeric = questions.map((q) => q.type === 'number' || q.type === 'rating');
  let count = 0;
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows: PageRow[] = rowsOf<PageRow>(await tx.execute(page(scope, period, after)));
    for (const row of rows) {
      count += 1;
      const cells: Cell[] = [count, row.hour, Number(row.version), row.channel, row.language];
      cells.length = columns.length;
      cells.fill(null, 5);
      row.keys.forEach((key, i) => {
        const at = key === null ? undefined : index.get(key);
        const value = row.values[i];
        if (at === undefined || value === null || value === undefined) return;
        const previous = cells[at];
        // several ticked options of one question, in key order
        if (typeof previous === 'string') cells[at] = `${previous}|${value}`;
        else cells[at] = numeric[at - 5] ? Number(value) : value;
      });
      sink.add(cells);
    }
    const last = rows.at(-1);
    if (!last || rows.length < RAW_PAGE_SIZE) break;
    after = { at: last.at, id: last.id };
  }
  return { body: await sink.finish(), count };
}
