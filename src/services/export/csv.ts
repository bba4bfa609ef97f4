import { csvField } from '../../shared/csv.ts';
import type { Table } from './table.ts';

/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold the delimiter,
 * a quote or a line break, quotes doubled. UTF-8 with a byte-order mark so that Excel reads
 * accents right. Belgian Excel expects `;` between fields and a decimal comma: choose
 * `delimiter: ';'` (the decimal separator then follows unless told otherwise).
 */
export interface CsvOptions {
  delimiter?: ',' | ';';
  decimalSeparator?: '.' | ',';
  /** Start with U+FEFF (default true). */
  bom?: boolean;
}

const BOM = '\uFEFF';

/** The table as CSV text: a header row, then one line per row, each ended by CRLF. */
export function tableToCsv(table: Table, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const field = {
    delimiter,
    decimalSeparator: options.decimalSeparator ?? (delimiter === ';' ? ',' : '.'),
  } as const;
  const lines = [
    table.columns.map((column) => csvField(column.header, 'text', field)).join(delimiter),
    ...table.rows.map((row) =>
      table.columns
        .map((column, i) => csvField(row[i] ?? null, column.kind, field))
        .join(delimiter),
    ),
  ];
  return `${options.bom === false ? '' : BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
