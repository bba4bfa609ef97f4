import { useMemo } from 'react';
import { textIn, type SurveyText } from '../../../core/surveys/model.ts';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * Formatting for the results page in the UI language: counts, shares (0–1 as "52,7 %"),
 * means, months, calendar dates, and the questionnaire's own texts.
 */
export function useResultsFormat() {
  const { format, t, lang } = useI18n();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(format.locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
    // Calendar dates and months are days, not instants: format them in UTC so no zone shifts them.
    const day = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(format.locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const shortMonth = new Intl.DateTimeFormat(format.locale, { month: 'short', timeZone: 'UTC' });
    const at = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
    return {
      number: format.number,
      share: (value: number) => percent.format(value),
      decimal: (value: number) => decimal.format(value),
      date: (date: string) => day.format(at(date)),
      month: (yyyyMm: string) => month.format(at(yyyyMm)),
      shortMonth: (yyyyMm: string) => shortMonth.format(at(yyyyMm)),
      /** A questionnaire text (title, question, option) in the UI language. */
      text: (text: SurveyText) => textIn(text, lang),
      /** "All responses", "from …", "until …" or "… – …". */
      period: (from: string | null | undefined, to: string | null | undefined) =>
        from && to
          ? t('surveyResults.period.range', { from: day.format(at(from)), to: day.format(at(to)) })
          : from
            ? t('surveyResults.period.since', { from: day.format(at(from)) })
            : to
              ? t('surveyResults.period.until', { to: day.format(at(to)) })
              : t('surveyResults.period.allTime'),
    };
  }, [format, t, lang]);
}

export type ResultsFormat = ReturnType<typeof useResultsFormat>;
