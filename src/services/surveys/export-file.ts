import type { UiLanguage } from '../../core/common/languages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { ExportFormat } from '../../shared/schemas/contacts.ts';
import type { ExportFile } from '../contacts/dashboard-export.ts';
import { tableToCsv } from '../export/csv.ts';
import { fileNamePart } from '../export/filename.ts';
import type { Table } from '../export/table.ts';
import { tablesToXlsx } from '../export/xlsx.ts';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `;` (with decimal commas) for Excel in Belgium, `,` otherwise. */
export const delimiterOf = (delimiter: 'comma' | 'semicolon') =>
  delimiter === 'semicolon' ? (';' as const) : (',' as const);

/**
 * The name (without extension) of a questionnaire's download in `lang`:
 * `visitor-profile-resultaten-2023-01-01_2023-12-31`, `…-antwoorden-…` for the raw answers.
 */
export function surveyFileName(
  lang: UiLanguage,
  kind: 'results' | 'answers',
  slug: string,
  period: string,
): string {
  return fileNamePart(
    translate(lang, `surveyExport.fileName.${kind}`, { survey: slug, period }),
    'survey',
  );
}

/** A file name part made of safe characters only (for Content-Disposition). */
export function filenamePart(text: string): string {
  return fileNamePart(text, 'survey');
}

/**
 * Tables as one file. XLSX: one sheet per table (names cut to 31 characters, unique).
 * CSV: the tables one after the other, each with its header row, separated by an empty
 * line, with one byte-order mark at the start.
 */
export async function tablesFile(
  tables: readonly Table[],
  options: {
    format: ExportFormat;
    delimiter: 'comma' | 'semicolon';
    filename: string;
    title: string;
    created: Date;
  },
): Promise<ExportFile> {
  const filename = `${options.filename}.${options.format}`;
  if (options.format === 'xlsx')
    return {
      filename,
      contentType: EXPORT_CONTENT_TYPES.xlsx,
      body: await tablesToXlsx(tables, { title: options.title, created: options.created }),
    };
  const delimiter = delimiterOf(options.delimiter);
  const sections = tables.map((table) => tableToCsv(table, { delimiter, bom: false }));
  return {
    filename,
    contentType: EXPORT_CONTENT_TYPES.csv,
    body: `\uFEFF${sections.join('\r\n')}`,
  };
}
