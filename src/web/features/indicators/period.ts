import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Quick choices of the value page's period. */
export const QUICK_PERIODS = ['thisYear', 'lastYear'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

/** A period: inclusive ISO dates in the organisation's calendar. */
export interface DateRange {
  from: string;
  to: string;
}

/** This calendar year up to `today`, or the whole of last year. */
export function quickPeriod(kind: QuickPeriod, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  return kind === 'thisYear'
    ? { from: `${year}-01-01`, to: today }
    : { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
}

/** The quick choice whose dates are exactly `range`, if any. */
export function matchingQuickPeriod(range: DateRange, today: string): QuickPeriod | null {
  return (
    QUICK_PERIODS.find((kind) => {
      const dates = quickPeriod(kind, today);
      return dates.from === range.from && dates.to === range.to;
    }) ?? null
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The value page's period and breakdown, kept in the URL (?from=&to=&breakdown=) so that
 * reload and shared links keep the view; the default is this year up to today.
 */
export function useValueParams(today: string) {
  const [params, setParams] = useSearchParams();
  const fallback = quickPeriod('thisYear', today);
  const date = (name: 'from' | 'to') => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : fallback[name];
  };
  const period: DateRange = { from: date('from'), to: date('to') };
  const breakdown = params.get('breakdown') ?? '';

  const update = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes))
            if (value) next.set(name, value);
            else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    period,
    breakdown,
    setPeriod: (range: DateRange) => update({ from: range.from, to: range.to }),
    setBreakdown: (key: string) => update({ breakdown: key }),
  };
}
