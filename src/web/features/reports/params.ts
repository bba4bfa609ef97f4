import { useCallback } from 'react';
import { isUiLanguage, type UiLanguage } from '../../../core/common/languages.ts';
import type { ReportFormat } from '../../../shared/schemas/reports.ts';
import { queryString } from '../../lib/api.ts';
import { useListParams } from '../../lib/list-params.ts';

/** How many years before the current one the year choice offers. */
export const YEARS_BACK = 10;

/** The current year and the ten before it, newest first, plus `chosen` when it is older. */
export function yearChoices(currentYear: number, chosen: number): number[] {
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => currentYear - i);
  if (!years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

/** `?year=` when it is a plausible year (1900–2100), else null. */
export function parseYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1900 && year <= 2100 ? year : null;
}

/**
 * Year and report language kept in the URL (?year=2024&lang=fr), so reload and shared links
 * show the same edition. Defaults: last year, and the user's UI language.
 */
export function useReportParams(uiLang: UiLanguage, currentYear: number) {
  const { filters, update } = useListParams(['year', 'lang'] as const);
  const year = parseYear(filters.year) ?? currentYear - 1;
  const lang: UiLanguage = isUiLanguage(filters.lang) ? filters.lang : uiLang;
  const setYear = useCallback((next: number) => update({ year: next }), [update]);
  const setLang = useCallback((next: UiLanguage) => update({ lang: next }), [update]);
  return { year, lang, setYear, setLang };
}

/** Address of the report in a format (GET /api/reports/annual); the session cookie goes along. */
export function reportUrl(year: number, lang: UiLanguage, format: ReportFormat): string {
  return `/api/reports/annual${queryString({ year, lang, format })}`;
}
