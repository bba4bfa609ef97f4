import type { UiLanguage } from '../../core/common/languages.ts';

/** Regional variants: Belgian Dutch and French, British English (day-month order, 24 h). */
const LOCALES: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export interface Formatters {
  locale: string;
  /** Date and time of an instant, in the given IANA zone (the organisation's). */
  dateTime(iso: string, timeZone?: string): string;
  date(iso: string, timeZone?: string): string;
  /** Hours and minutes of an instant, in the given IANA zone. */
  time(iso: string, timeZone?: string): string;
  number(value: number): string;
}

const DEFAULT_ZONE = 'Europe/Brussels';

export function createFormatters(lang: UiLanguage): Formatters {
  const locale = LOCALES[lang];
  const numbers = new Intl.NumberFormat(locale);
  const safe = (iso: string, options: Intl.DateTimeFormatOptions, timeZone?: string) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(locale, {
        ...options,
        timeZone: timeZone ?? DEFAULT_ZONE,
      }).format(date);
    } catch {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: DEFAULT_ZONE }).format(date);
    }
  };
  return {
    locale,
    dateTime: (iso, timeZone) => safe(iso, { dateStyle: 'medium', timeStyle: 'medium' }, timeZone),
    date: (iso, timeZone) => safe(iso, { dateStyle: 'medium' }, timeZone),
    time: (iso, timeZone) => safe(iso, { timeStyle: 'short' }, timeZone),
    number: (value) => numbers.format(value),
  };
}
