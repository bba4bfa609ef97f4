import { useMemo } from 'react';
import { labelIn, type UiLanguage } from '../../../core/common/languages.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../../core/reference/service-languages.ts';
import { THEME_LABELS, type Theme } from '../../../core/reference/themes.ts';
import { VISITOR_PROFILE } from '../../../core/surveys/visitor-profile.ts';
import type { MessageKey } from '../../../shared/i18n/catalog.ts';
import { translate, translateDynamic, type MessageParams } from '../../../shared/i18n/translate.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import { createFormatters } from '../../lib/format.ts';

/**
 * Everything the report body needs to put the report's JSON into words in the REPORT's
 * language (not the UI's): messages, labels of the keys in its maps, numbers and dates.
 */
export interface ReportText {
  lang: UiLanguage;
  locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  number(value: number): string;
  /** +1.234 / −12 / 0. */
  signed(value: number): string;
  /** A fraction 0.527 → "52,7 %". */
  share(fraction: number): string;
  /** A change in percent points (12.5 → "+12,5 %"); "—" when null. */
  changePercent(points: number | null): string;
  /** YYYY-MM → "januari 2025". */
  month(yyyyMm: string): string;
  /** YYYY-MM → "jan.". */
  shortMonth(yyyyMm: string): string;
  /** YYYY-MM-DD (a calendar day) → "31 december 2025". */
  day(date: string): string;
  /** An instant → its date in Brussels ("22 november 2026"). */
  instant(iso: string): string;
  contactType(key: string): string;
  theme(key: string): string;
  serviceLanguage(key: string): string;
  tag(key: string): string;
  question(key: string): string;
  option(question: string, option: string): string;
}

const utcDay = (date: string) =>
  new Date(`${date.length === 7 ? `${date}-01` : date.slice(0, 10)}T00:00:00Z`);

/** The report's words and formats in `lang`, with the organisation's tag labels. */
export function createReportText(lang: UiLanguage, tags: readonly ContactTag[]): ReportText {
  const format = createFormatters(lang);
  const locale = format.locale;
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const month = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  });
  const notRecorded = t('reports.notRecorded');
  const questions = new Map(VISITOR_PROFILE.questions.map((q) => [q.key, q]));

  return {
    lang,
    locale,
    t,
    number: format.number,
    signed: (value) => signed.format(value),
    share: (fraction) => share.format(fraction),
    changePercent: (points) =>
      points === null ? t('reports.noPercent') : change.format(points / 100),
    month: (value) => month.format(utcDay(value)),
    shortMonth: (value) => shortMonth.format(utcDay(value)),
    day: (value) => day.format(utcDay(value)),
    instant: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : instant.format(date);
    },
    contactType: (key) => translateDynamic(lang, `contactType.${key}`, undefined, key),
    theme: (key) => (key ? (THEME_LABELS[key as Theme]?.[lang] ?? key) : notRecorded),
    serviceLanguage: (key) => (key ? (SERVICE_LANGUAGE_LABELS[key]?.[lang] ?? key) : notRecorded),
    tag: (key) => {
      if (!key) return notRecorded;
      const tag = tags.find((candidate) => candidate.slug === key);
      return (tag && labelIn(tag.labels, lang)) || key;
    },
    question: (key) => questions.get(key)?.labels[lang] ?? key,
    option: (questionKey, key) => {
      const question = questions.get(questionKey);
      const own = question?.options?.find((o) => o.key === key);
      if (own) return own.labels[lang];
      if (question?.type === 'yes_no' && (key === 'yes' || key === 'no'))
        return t(key === 'yes' ? 'survey.yes' : 'survey.no');
      return key;
    },
  };
}

/** `createReportText` memoised per language and tag list. */
export function useReportText(lang: UiLanguage, tags: readonly ContactTag[]): ReportText {
  return useMemo(() => createReportText(lang, tags), [lang, tags]);
}
