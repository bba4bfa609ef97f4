/** Quick choices for the results period; "all" is every response (no dates). */
export const QUICK_PERIODS = ['all', 'thisYear', 'lastYear', 'last12Months'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

/** A period as the results query takes it: inclusive dates, '' for an open end. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The dates of a quick choice, `today` being the organisation's day. "Last 12 months" is
 * the current month and the 11 before it (whole months, so the month chart has no
 * half-empty first bar).
 */
export function quickPeriod(kind: QuickPeriod, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  switch (kind) {
    case 'all':
      return { from: '', to: '' };
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'last12Months': {
      const month = Number(today.slice(5, 7));
      const start = month === 12 ? `${year}-01-01` : `${year - 1}-${pad(month + 1)}-01`;
      return { from: start, to: today };
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
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
