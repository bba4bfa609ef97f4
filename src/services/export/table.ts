/**
 * A table to export: a title, typed columns with headers and rows of cells. The CSV and XLSX
 * writers know nothing else, so any report (dashboard, indicators) can be exported alike.
 */

import type { Cell, ColumnKind } from '../../shared/csv.ts';

export type { Cell, ColumnKind } from '../../shared/csv.ts';

export interface Column {
  header: string;
  kind: ColumnKind;
}

export interface Table {
  /** A stable technical name (`type`, `months`): file names and sheet order. */
  id: string;
  /** The translated title: the sheet name in XLSX. */
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/** Change from `previous` to `count`: absolute, and in percent (null when there was nothing before). */
export function changeOf(
  count: number,
  previous: number,
): { change: number; percent: number | null } {
  return {
    change: count - previous,
    percent: previous === 0 ? null : Math.round(((count - previous) / previous) * 1000) / 10,
  };
}

export interface ComparisonHeaders {
  label: string;
  count: string;
  previous: string;
  change: string;
  percent: string;
}

/** A table of labelled figures beside the same figure a year earlier: label, now, then, change, %. */
export function comparisonTable(
  id: string,
  title: string,
  headers: ComparisonHeaders,
  rows: readonly { label: string; count: number; previous: number }[],
): Table {
  return {
    id,
    title,
    columns: [
      { header: headers.label, kind: 'text' },
      { header: headers.count, kind: 'integer' },
      { header: headers.previous, kind: 'integer' },
      { header: headers.change, kind: 'integer' },
      { header: headers.percent, kind: 'percent' },
    ],
    rows: rows.map(({ label, count, previous }) => {
      const { change, percent } = changeOf(count, previous);
      return [label, count, previous, change, percent];
    }),
  };
}

/**
 * Several tables with the same kinds of columns as one long table, with a first column
 * naming the table each row comes from (a CSV can hold only one table).
 */
export function stackTables(
  id: string,
  title: string,
  first: Column,
  headers: readonly string[],
  tables: readonly Table[],
): Table {
  const model = tables[0];
  if (!model) return { id, title, columns: [first], rows: [] };
  for (const table of tables)
    if (table.columns.map((c) => c.kind).join() !== model.columns.map((c) => c.kind).join())
      throw new Error(`stackTables: ${table.id} has other columns than ${model.id}`);
  return {
    id,
    title,
    columns: [
      first,
      ...model.columns.map((column, i) => ({ ...column, header: headers[i] ?? column.header })),
    ],
    rows: tables.flatMap((table) => table.rows.map((row) => [table.title, ...row])),
  };
}
