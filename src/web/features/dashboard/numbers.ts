import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

/** Numbers, signed changes and percentages, and calendar dates, in the UI language. */
export function useNumbers() {
  const { format, t } = useI18n();
  return useMemo(() => {
    const signed = new Intl.NumberFormat(format.locale, { signDisplay: 'exceptZero' });
    const percent = new Intl.NumberFormat(format.locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    // Calendar dates are days, not instants: format them in UTC so no zone shifts them.
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
      change: (value: number) => signed.format(value),
      /** A percentage given in points (12.5 → "+12,5 %"); a dash when there is none. */
      percent: (points: number | null) =>
        points === null ? t('dashboard.noPercent') : percent.format(points / 100),
      date: (date: string) => day.format(at(date)),
      range: (from: string, to: string) =>
        from === to
          ? day.format(at(from))
          : t('dashboard.period.range', { from: day.format(at(from)), to: day.format(at(to)) }),
      month: (yyyyMm: string) => month.format(at(yyyyMm)),
      shortMonth: (yyyyMm: string) => shortMonth.format(at(yyyyMm)),
    };
  }, [format, t]);
}

export type Numbers = ReturnType<typeof useNumbers>;
