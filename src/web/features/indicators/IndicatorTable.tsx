import { Link } from 'react-router';
import { Badge } from '../../components/Badge.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { IndicatorCatalog, IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { useIndicatorText } from './describe.ts';

interface IndicatorTableProps {
  page: { items: IndicatorDto[]; total: number };
  catalog: IndicatorCatalog | undefined;
  busy: boolean;
  canManage: boolean;
}

/** The path of an indicator's value page. */
export const valuePath = (code: string) => `/indicators/values/${encodeURIComponent(code)}`;

/** One page of indicators: name (to its value), unit, source, measure, filters in words, kind. */
export function IndicatorTable({ page, catalog, busy, canManage }: IndicatorTableProps) {
  const t = useT();
  const text = useIndicatorText();
  const columns: Column<IndicatorDto>[] = [
    {
      key: 'label',
      header: t('indicators.col.label'),
      rowHeader: true,
      cell: (indicator) => (
        <>
          <Link to={valuePath(indicator.code)}>{text.label(indicator)}</Link>
          <span className="cell-sub cell-mono">{indicator.code}</span>
        </>
      ),
    },
    { key: 'unit', header: t('indicators.col.unit'), cell: (i) => text.unit(i.unit) },
    { key: 'source', header: t('indicators.col.source'), cell: (i) => text.source(i.source) },
    { key: 'measure', header: t('indicators.col.measure'), cell: (i) => text.measure(i) },
    {
      key: 'filters',
      header: t('indicators.col.filters'),
      cell: (i) => text.filters(i, catalog),
    },
    {
      key: 'kind',
      header: t('indicators.col.kind'),
      className: 'cell-nowrap',
      cell: (i) => (
        <Badge tone={i.builtIn ? 'muted' : 'neutral'}>
          {t(i.builtIn ? 'indicators.kind.builtIn' : 'indicators.kind.own')}
        </Badge>
      ),
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      header: t('list.actions'),
      className: 'cell-actions',
      cell: (indicator) =>
        indicator.id ? (
          <Link to={`/indicators/${indicator.id}/edit`}>
            {t('action.edit')}
            <span className="visually-hidden"> {text.label(indicator)}</span>
          </Link>
        ) : null,
    });
  return (
    <Table
      caption={t('indicators.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(indicator) => indicator.code}
      empty={t('indicators.empty')}
      columns={columns}
    />
  );
}
