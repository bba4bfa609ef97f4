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
