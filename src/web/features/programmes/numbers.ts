import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

/** A calendar day or month (YYYY-MM-DD, YYYY-MM) as a UTC instant, so no zone shifts it. */
const at = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

/**
 * Formatting for the programme pages in the UI language: euros, figures, shares (0–1 as
 * "45 %"), calendar dates, months and periods.
 */
export function useProgrammeFormat() {
  const { format, t } = useI18n();
  return useMemo(() => {
    const euro = new Intl.NumberFormat(format.locale, { style: 'currency', currency: 'EUR' });
    const figure = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(format.locale, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    const day = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(format.locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const shortMonth = new Intl.DateTimeFormat(format.locale, { month: 'short', timeZone: 'UTC' });
    return {
      money: (value: number) => euro.format(value),
      number: (value: number) => figure.format(value),
      share: (value: number) => percent.format(value),
      date: (date: string) => day.format(at(date)),
      month: (yyyyMm: string) => month.format(at(yyyyMm)),
      shortMonth: (yyyyMm: string) => shortMonth.format(at(yyyyMm)),
      period: (from: string, to: string) =>
        t('programmes.period', { from: day.format(at(from)), to: day.format(at(to)) }),
    };
  }, [format, t]);
}

export type ProgrammeFormat = ReturnType<typeof useProgrammeFormat>;

/**
 * A decimal typed by a person: spaces (also thin and non-breaking) ignored, a comma or a
 * point as the decimal mark, at most `decimals` decimals. null when it is not such a number.
 */
export function parseDecimal(text: string, decimals = 2): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`);
  if (!pattern.test(compact)) return null;
  return Number(compact);
}

/** The months from `from` to `to` (YYYY-MM, both included); at most `limit`. */
export function monthsBetween(from: string, to: string, limit = 240): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  while (months.length < limit) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
