import { Table, type Column } from '../../components/Table.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useNumbers } from './numbers.ts';
import { percentChange, type Row } from './rows.ts';

/**
 * The figures of a chart or breakdown as a table: label, this period, a year earlier, change,
 * %. The caption is for screen readers: the section's heading says the same.
 */
export function ComparisonTable({
  caption,
  labelHeader,
  rows,
  busy,
}: {
  caption: string;
  labelHeader: string;
  rows: readonly Row[];
  busy?: boolean;
}) {
  const t = useT();
  const numbers = useNumbers();
  const columns: Column<Row>[] = [
    { key: 'label', header: labelHeader, rowHeader: true, cell: (row) => row.label },
    {
      key: 'count',
      header: t('export.column.current'),
      className: 'num',
      cell: (row) => numbers.number(row.count),
    },
    {
      key: 'previous',
      header: t('export.column.previous'),
      className: 'num',
      cell: (row) => numbers.number(row.previous),
    },
    {
      key: 'change',
      header: t('export.column.change'),
      className: 'num',
      cell: (row) => numbers.change(row.count - row.previous),
    },
    {
      key: 'percent',
      header: t('export.column.changePercent'),
      className: 'num',
      cell: (row) => numbers.percent(percentChange(row.count, row.previous)),
    },
  ];
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      empty={t('dashboard.empty')}
      busy={busy}
    />
  );
}
