import { useCallback, useMemo } from 'react';
import { parseCalendarDate } from '../../../core/contacts/dates.ts';
import { queryString } from '../../lib/api.ts';
import { useListParams } from '../../lib/list-params.ts';
import type { ExportFormat, ExportTable } from '../../../shared/schemas/contacts.ts';
import { isPeriodKind, periodOf, type Period } from './period.ts';

/** The dashboard's filters, named as GET /api/contacts/dashboard names them (and so in the URL). */
export const FILTERS = [
  'type',
  'theme',
  'language',
  'channel',
  'locationId',
  'municipality',
  'tag',
  'activityKind',
] as const;
export type FilterName = (typeof FILTERS)[number];
export type Filters = Record<FilterName, string>;

const PARAMS = ['period', 'date', 'from', 'to', 'csv', ...FILTERS] as const;

const validDate = (value: string) => (parseCalendarDate(value) === value ? value : '');

/**
 * Period, filters and the CSV delimiter kept in the URL (?period=month&date=…&theme=work),
 * so reload, back and a shared link show the same figures. The default is the year to date.
 */
export function useDashboardParams(today: string) {
  const { filters: values, update } = useListParams(PARAMS);
  const kind = isPeriodKind(values.period) ? values.period : 'year';
  const period = useMemo(
    () =>
      periodOf(kind, validDate(values.date) || today, today, {
        from: validDate(values.from),
        to: validDate(values.to),
      }),
    [kind, values.date, values.from, values.to, today],
  );
  const filters = useMemo(
    () => Object.fromEntries(FILTERS.map((name) => [name, values[name]])) as Filters,
    [values],
  );

  const setPeriod = useCallback(
    (next: Period) =>
      update({
        period: next.kind === 'year' ? null : next.kind,
        date: next.kind === 'custom' || next.anchor === today ? null : next.anchor,
        from: next.kind === 'custom' ? next.from : null,
        to: next.kind === 'custom' ? next.to : null,
      }),
    [update, today],
  );
  const setFilter = useCallback(
    (name: FilterName, value: string) => update({ [name]: value }),
    [update],
  );
  const resetFilters = useCallback(
    () => update(Object.fromEntries(FILTERS.map((name) => [name, null]))),
    [update],
  );
  const semicolon = values.csv === 'semicolon';
  const setSemicolon = useCallback(
    (on: boolean) => update({ csv: on ? 'semicolon' : null }),
    [update],
  );
  return { period, filters, setPeriod, setFilter, resetFilters, semicolon, setSemicolon };
}

/** The query of GET /api/contacts/dashboard for a period and filters. */
export function dashboardQuery(period: Period, filters: Filters) {
  return { from: period.from, to: period.to, ...filters };
}

/** The tables the export endpoint knows (the shared EXPORT_TABLES), or all of them. */
export type TableId = ExportTable | 'all';

/** Address of a table's download (GET /api/contacts/dashboard/export). */
export function exportUrl(
  table: TableId,
  format: ExportFormat,
  query: ReturnType<typeof dashboardQuery>,
  lang: string,
  semicolon: boolean,
): string {
  return `/api/contacts/dashboard/export${queryString({
    format,
    table,
    ...query,
    lang,
    delimiter: format === 'csv' && semicolon ? 'semicolon' : undefined,
  })}`;
}
