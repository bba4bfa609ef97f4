import { useId, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion.tsx';

export interface Column<T> {
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** The cell that names the row becomes <th scope="row">. */
  rowHeader?: boolean;
  className?: string;
}

interface TableProps<T> {
  caption: string;
  /** Keep the caption for screen readers only when a heading above says the same. */
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  empty: string;
  busy?: boolean;
}

/** A data table with caption and scoped headers, scrolling in its own box (ScrollRegion) when too wide. */
export function Table<T>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  empty,
  busy,
}: TableProps<T>) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table" aria-busy={busy || undefined}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
