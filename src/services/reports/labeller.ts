import type { UiLanguage } from '../../core/common/languages.ts';
import type { MessageKey } from '../../shared/i18n/catalog.ts';

/**
 * Everything a renderer (HTML, PDF, XLSX) needs to put an annual report into words, in the
 * report's language: messages, labels of the keys in the report's maps, and number/date
 * formats. Built per report by `createReportLabeller` (labeller-build.ts) from the
 * organisation's own labels (tags, questionnaire texts, custom indicators) and the catalogs;
 * the renderers stay pure functions of (report, labeller).
 */
export interface ReportLabeller {
  language: UiLanguage;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  contactType(key: string): string;
  theme(key: string): string;
  /** A service language (ISO 639-1), '' = not recorded. */
  serviceLanguage(key: string): string;
  /** A target-group tag. */
  tag(key: string): string;
  /** A visitor-profile question and option, in the report's language. */
  question(key: string): string;
  option(question: string, option: string): string;
  indicator(code: string): string;
  /** 65654 → "65.654" (nl), "65 654" (fr), "65,654" (en). */
  number(value: number): string;
  /** A fraction 0.527 → "52,7%" (nl) … one decimal. */
  percent(fraction: number): string;
  /** YYYY-MM-DD → "31 december 2023" / "31 décembre 2023" / "31 December 2023". */
  date(iso: string): string;
  /** YYYY-MM → "jan." / "janv." / "Jan" (short month name). */
  month(yyyyMm: string): string;
}
