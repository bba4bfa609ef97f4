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

/** Where each column is in a row; `width` is the number of fields of the header. */
export interface Header<C extends string = ImportColumn> {
  width: number;
  index: Partial<Record<C, number>>;
}

/** The columns an import reads (listed in messages in this order) and those it requires. */
export interface ColumnSpec<C extends string> {
  known: readonly C[];
  required: readonly C[];
}

const CONTACT_COLUMNS: ColumnSpec<ImportColumn> = {
  known: IMPORT_COLUMNS,
  required: REQUIRED_COLUMNS,
};

/** Reads the header row of a contact import (see `readHeaderWith`). */
export function readHeader(
  record: CsvRecord,
): { header: Header } | { problems: ImportFileError[] } {
  return readHeaderWith(record, CONTACT_COLUMNS);
}

/**
 * Reads a header row: names are trimmed and compared case-insensitively, in any order;
 * empty names (a trailing delimiter) are ignored. Returns the header, or every problem
 * with it (unknown, repeated and missing columns; a delimiter other than `,` or `;`).
 */
export function readHeaderWith<C extends string>(
  record: CsvRecord,
  spec: ColumnSpec<C>,
): { header: Header<C> } | { problems: ImportFileError[] } {
  const known = new Set<string>(spec.known);
  const names = record.fields.map((field) => field.trim().toLowerCase());
  if (names.length === 1) {
    const words = names[0]!.split(/[^a-z0-9_]+/).filter((word) => known.has(word));
    if (words.length >= 2)
      return {
        problems: [new ImportFileError('wrong_delimiter', { line: record.line }, record.line)],
      };
  }
  const problems: ImportFileError[] = [];
  const index: Header<C>['index'] = {};
  const unknown: string[] = [];
  names.forEach((name, position) => {
    if (name === '') return;
    if (!known.has(name)) return void unknown.push(record.fields[position]!.trim());
    const column = name as C;
    if (index[column] !== undefined)
      problems.push(new ImportFileError('duplicate_column', { column }, record.line, column));
    else index[column] = position;
  });
  if (unknown.length)
    problems.push(
      new ImportFileError(
        'unknown_columns',
        { columns: unknown.join(', '), count: unknown.length, known: spec.known.join(', ') },
        record.line,
        unknown[0]!,
      ),
    );
  const missing = spec.required.filter((column) => index[column] === undefined);
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
