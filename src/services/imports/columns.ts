import type { CsvRecord } from './csv.ts';
import { ImportFileError } from './file-error.ts';

/** The columns of a contact import file, in the order the documentation lists them. */
export const IMPORT_COLUMNS = [
  'date',
  'type',
  'count',
  'theme',
  'language',
  'channel',
  'time',
  'location',
  'municipality',
  'tags',
  'activity',
  'external_id',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['date', 'type'];

const KNOWN = new Set<string>(IMPORT_COLUMNS);

/** Where each column is in a row; `width` is the number of fields of the header. */
export interface Header {
  width: number;
  index: Partial<Record<ImportColumn, number>>;
}

/**
 * Reads the header row: names are trimmed and compared case-insensitively, in any order;
 * empty names (a trailing delimiter) are ignored. Returns the header, or every problem
 * with it (unknown, repeated and missing columns; a delimiter other than `,` or `;`).
 */
export function readHeader(
  record: CsvRecord,
): { header: Header } | { problems: ImportFileError[] } {
  const names = record.fields.map((field) => field.trim().toLowerCase());
  if (names.length === 1) {
    const words = names[0]!.split(/[^a-z_]+/).filter((word) => KNOWN.has(word));
    if (words.length >= 2)
      return {
        problems: [new ImportFileError('wrong_delimiter', { line: record.line }, record.line)],
      };
  }
  const problems: ImportFileError[] = [];
  const index: Header['index'] = {};
  const unknown: string[] = [];
  names.forEach((name, position) => {
    if (name === '') return;
    if (!KNOWN.has(name)) return void unknown.push(record.fields[position]!.trim());
    const column = name as ImportColumn;
    if (index[column] !== undefined)
      problems.push(new ImportFileError('duplicate_column', { column }, record.line, column));
    else index[column] = position;
  });
  if (unknown.length)
    problems.push(
      new ImportFileError(
        'unknown_columns',
        { columns: unknown.join(', '), count: unknown.length, known: IMPORT_COLUMNS.join(', ') },
        record.line,
      ),
    );
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
  if (missing.length)
    problems.push(
      new ImportFileError(
        'missing_columns',
        { columns: missing.join(', '), count: missing.length },
        record.line,
        missing[0]!,
      ),
    );
  return problems.length ? { problems } : { header: { width: record.fields.length, index } };
}
