import { addDays } from '../../../core/contacts/dates.ts';

/** Calendar periods of the dashboard, as YYYY-MM-DD strings in the organisation's zone. */
export const PERIOD_KINDS = ['day', 'week', 'month', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  /** For day, week, month and year: a day inside the period (the URL's `date`). */
  anchor: string;
}

export function isPeriodKind(value: string): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value);
}

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week, Monday 0 … Sunday 6. */
function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The ISO 8601 week and its year (the Thursday's year). */
export function isoWeek(date: string): { week: number; year: number } {
  const thursday = addDays(date, 3 - weekday(date));
  const year = parts(thursday)[0];
  const first = iso(year, 1, 4);
  const firstThursday = addDays(first, 3 - weekday(first));
  const days =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstThursday}T00:00:00Z`)) / 86_400_000;
  return { week: Math.round(days / 7) + 1, year };
}

function lastDayOfMonth(year: number, month: number): string {
  return addDays(month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1), -1);
}

/** The whole unit (day, week, month, year) around `anchor`. */
function unitAround(kind: Exclude<PeriodKind, 'custom'>, anchor: string) {
  const [y, m] = parts(anchor);
  switch (kind) {
    case 'day':
      return { from: anchor, to: anchor };
    case 'week': {
      const monday = addDays(anchor, -weekday(anchor));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month':
      return { from: iso(y, m, 1), to: lastDayOfMonth(y, m) };
    case 'year':
      return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
  }
}

/**
 * The period of `kind` around `anchor`; the current one ends today (the year to date), so
 * the comparison with a year earlier covers the same days.
 */
export function periodOf(
  kind: PeriodKind,
  anchor: string,
  today: string,
  custom?: { from: string; to: string },
): Period {
  if (kind === 'custom') {
    const from = custom?.from || unitAround('year', today).from;
    const to = custom?.to || today;
    return { kind, from, to, anchor: to };
  }
  const day = anchor > today ? today : anchor;
  const { from, to } = unitAround(kind, day);
  return { kind, from, to: to > today && from <= today ? today : to, anchor: day };
}

function lengthOf({ from, to }: { from: string; to: string }): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/** The first day of the period one step earlier (-1) or later (+1). */
function stepStart(period: Period, step: -1 | 1): string {
  const { kind, from } = period;
  const [y, m] = parts(from);
  switch (kind) {
    case 'custom':
      return addDays(from, step * lengthOf(period));
    case 'day':
      return addDays(from, step);
    case 'week':
      return addDays(from, step * 7);
    case 'month':
      return m + step === 0
        ? iso(y - 1, 12, 1)
        : m + step === 13
          ? iso(y + 1, 1, 1)
          : iso(y, m + step, 1);
    case 'year':
      return iso(y + step, 1, 1);
  }
}

/** The period one step earlier (-1) or later (+1): a custom period moves by its own length. */
export function shiftPeriod(period: Period, step: -1 | 1, today: string): Period {
  const from = stepStart(period, step);
  if (period.kind === 'custom')
    return periodOf('custom', from, today, { from, to: addDays(from, lengthOf(period) - 1) });
  return periodOf(period.kind, from, today);
}

/** Whether a later period has begun by today. */
export function hasNext(period: Period, today: string): boolean {
  return stepStart(period, 1) <= today;
}
