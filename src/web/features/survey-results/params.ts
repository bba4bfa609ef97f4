import { useCallback, useMemo } from 'react';
import { parseCalendarDate } from '../../../core/contacts/dates.ts';
import { RESPONSE_CHANNELS, type ResponseChannel } from '../../../core/surveys/model.ts';
import { queryString } from '../../lib/api.ts';
import { useListParams } from '../../lib/list-params.ts';
import type { DateRange } from './period.ts';

/** "Only respondents who answered one of `anyOf` to `question`". */
export interface AnswerFilter {
  question: string;
  anyOf: string[];
}

/**
 * Reads the API's filter syntax `key:opt1,opt2;key2:opt`. Empty and repeated parts and
 * options are dropped; a question named twice keeps its first part.
 */
export function parseFilter(text: string): AnswerFilter[] {
  const filters: AnswerFilter[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 1) continue;
    const question = part.slice(0, colon).trim();
    const anyOf = [
      ...new Set(
        part
          .slice(colon + 1)
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    ];
    if (anyOf.length && !filters.some((f) => f.question === question))
      filters.push({ question, anyOf });
  }
  return filters;
}

/** Writes filters in the API's syntax; a filter with no option ticked yet is left out. */
export function formatFilter(filters: readonly AnswerFilter[]): string {
  return filters
    .filter((f) => f.anyOf.length > 0)
    .map((f) => `${f.question}:${f.anyOf.join(',')}`)
    .join(';');
}

/** The query every results view shares (GET results, crosstab and the export). */
export interface ResultsQuery {
  from?: string;
  to?: string;
  channel?: ResponseChannel;
  filter?: string;
}

const PARAMS = ['from', 'to', 'channel', 'filter', 'rows', 'columns'] as const;
const validDate = (value: string) => (parseCalendarDate(value) === value ? value : '');
const isChannel = (value: string): value is ResponseChannel =>
  (RESPONSE_CHANNELS as readonly string[]).includes(value);

/**
 * Period, channel, answer filters and the cross-table's questions, kept in the URL so a
 * view can be reloaded, bookmarked and shared. No dates means every response.
 */
export function useResultsParams() {
  const { filters: values, update } = useListParams(PARAMS);
  const period: DateRange = useMemo(
    () => ({ from: validDate(values.from), to: validDate(values.to) }),
    [values.from, values.to],
  );
  const channel: ResponseChannel | '' = isChannel(values.channel) ? values.channel : '';
  const filters = useMemo(() => parseFilter(values.filter), [values.filter]);
  const query = useMemo<ResultsQuery>(() => {
    const filter = formatFilter(filters);
    return {
      ...(period.from ? { from: period.from } : {}),
      ...(period.to ? { to: period.to } : {}),
      ...(channel ? { channel } : {}),
      ...(filter ? { filter } : {}),
    };
  }, [period, channel, filters]);

  const setPeriod = useCallback(
    (next: DateRange) => update({ from: next.from || null, to: next.to || null }),
    [update],
  );
  const setChannel = useCallback((value: string) => update({ channel: value || null }), [update]);
  const setFilters = useCallback(
    (next: readonly AnswerFilter[]) => update({ filter: formatFilter(next) || null }),
    [update],
  );
  const reset = useCallback(
    () => update({ from: null, to: null, channel: null, filter: null }),
    [update],
  );
  const setCross = useCallback(
    (axis: 'rows' | 'columns', key: string) => update({ [axis]: key || null }),
    [update],
  );
  return {
    period,
    channel,
    filters,
    query,
    rows: values.rows,
    columns: values.columns,
    setPeriod,
    setChannel,
    setFilters,
    reset,
    setCross,
  };
}

export type ResultsParams = ReturnType<typeof useResultsParams>;

/** Address of the aggregated download of the current view (and cross-table, when chosen). */
export function resultsExportUrl(
  surveyId: string,
  options: {
    format: 'csv' | 'xlsx';
    semicolon?: boolean;
    query: ResultsQuery;
    lang: string;
    cross?: { rows: string; columns: string } | null;
  },
): string {
  return `/api/surveys/${encodeURIComponent(surveyId)}/results/export${queryString({
    format: options.format,
    delimiter: options.format === 'csv' && options.semicolon ? 'semicolon' : undefined,
    lang: options.lang,
    ...options.query,
    ...(options.cross ?? {}),
  })}`;
}

/** Address of the raw answers (org admins; audited): only the period applies. */
export function rawExportUrl(
  surveyId: string,
  options: { format: 'csv' | 'xlsx'; semicolon?: boolean; period: DateRange },
): string {
  return `/api/surveys/${encodeURIComponent(surveyId)}/responses/export${queryString({
    format: options.format,
    delimiter: options.format === 'csv' && options.semicolon ? 'semicolon' : undefined,
    from: options.period.from,
    to: options.period.to,
  })}`;
}
