import type { Cell, ColumnKind, Table } from './table.ts';

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
const NEEDS_QUOTES = /[",;\r\n]/;
/**
 * Text a spreadsheet would run as a formula (CSV injection): =, +, -, @, and tab or carriage
 * return, which some spreadsheets skip before such a sign. Prefixed with a quote, as OWASP advises.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text harmless for spreadsheets: a leading formula character gets a `'` before it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function numberText(value: number, kind: ColumnKind, decimalSeparator: '.' | ','): string {
  if (!Number.isFinite(value)) return '';
  const text = kind === 'integer' ? String(Math.round(value)) : String(value);
  return decimalSeparator === ',' ? text.replace('.', ',') : text;
}

/** One field, quoted when needed. Numbers are written as numbers (never prefixed). */
export function csvField(
  value: Cell,
  kind: ColumnKind = 'text',
  options: Required<Omit<CsvOptions, 'bom'>> = { delimiter: ',', decimalSeparator: '.' },
): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = numberText(value, kind, options.decimalSeparator);
    return text.includes(options.delimiter) ? `"${text}"` : text;
  }
  const text = neutraliseFormula(value);
  // Text is quoted when either delimiter appears, so a file stays readable after a wrong guess.
  return NEEDS_QUOTES.test(text) || text.startsWith(' ') || text.endsWith(' ')
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

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
