import ExcelJS from 'exceljs';
import type { ColumnKind, Table } from './table.ts';

/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ], unique ignoring case. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;

/** A valid sheet name for `title`, unique among `taken` (lower-cased names already used). */
export function sheetName(title: string, taken: Set<string>): string {
  const base =
    title.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'|'$/g, '') ||
    'Sheet';
  let name = base.slice(0, SHEET_NAME_MAX).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.##',
  percent: '0.0%',
};

export interface XlsxOptions {
  /** Workbook properties: who made it and when (the service's clock, for reproducible files). */
  creator?: string;
  title?: string;
  created?: Date;
}

/**
 * An XLSX workbook with one sheet per table: a bold, frozen header row, numbers stored as
 * numbers (percentages as fractions shown with %), empty cells for missing values.
 */
export async function tablesToXlsx(
  tables: readonly Table[],
  options: XlsxOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Parcours';
  if (options.title) workbook.title = options.title;
  const created = options.created ?? new Date();
  workbook.created = created;
  workbook.modified = created;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column, i) => {
      const widest = Math.max(
        column.header.length,
        ...table.rows.map((row) => String(row[i] ?? '').length),
      );
      const numFmt = NUMBER_FORMATS[column.kind];
      return {
        header: column.header,
        key: `c${i}`,
        width: Math.min(60, Math.max(10, widest + 2)),
        ...(numFmt ? { style: { numFmt } } : {}),
      };
    });
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const row of table.rows)
      sheet.addRow(
        table.columns.map((column, i) => {
          const value = row[i] ?? null;
          if (typeof value === 'number' && column.kind === 'percent') return value / 100;
          return value;
        }),
      );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
