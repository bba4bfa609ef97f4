/**
 * Results are read by whole months: a view of one day minus a view of the day before would
 * otherwise give away the answers of whoever came that day. A period's bounds widen to the
 * first day of the first month and the last day of the last month.
 */
export function wholeMonths(
  from: string | undefined,
  to: string | undefined,
): { from: string | undefined; to: string | undefined } {
  return {
    from: from ? `${from.slice(0, 7)}-01` : undefined,
    to: to ? lastDayOfMonth(to) : undefined,
  };
}

function lastDayOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The day before the first of `today`'s month: the end of the last month that is over. */
export function endOfLastCompletedMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month - 1, 0));
  return last.toISOString().slice(0, 10);
}

/**
 * The period a perturbed view counts: whole months, and never the month in progress. While
 * a month runs, each new answer would change exactly the cells it falls in, so comparing the
 * view before and after someone answered would show their answers; a month is counted once
 * it is over. `to` is always set; `from` may be after `to` (nothing to count yet).
 */
export function publishedPeriod(
  from: string | undefined,
  to: string | undefined,
  today: string,
): { from: string | undefined; to: string } {
  const widened = wholeMonths(from, to);
  const lastOver = endOfLastCompletedMonth(today);
  return {
    from: widened.from,
    to: widened.to && widened.to < lastOver ? widened.to : lastOver,
  };
}

/** Whether a calendar year has ended on `today` (its figures are published as they are). */
export function yearIsOver(year: number, today: string): boolean {
  return `${year}-12-31` < today;
}
