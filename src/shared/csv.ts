/**
 * Writing CSV fields, the one way for the server's exports and the files the browser builds
 * (an import's problems): quoted when needed (RFC 4180), and text that a spreadsheet would
 * run as a formula made harmless.
 */

/** A cell: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null;

/**
 * `integer` and `decimal` are plain numbers; `percent` holds percentage points (12.5 means
 * 12.5 %): CSV writes the number, XLSX a fraction formatted as a percentage.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent';

export interface CsvFieldOptions {
  delimiter: ',' | ';';
  decimalSeparator: '.' | ',';
}

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
  options: CsvFieldOptions = { delimiter: ',', decimalSeparator: '.' },
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
