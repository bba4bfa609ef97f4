/** Calendar dates as YYYY-MM-DD strings, in an organisation's time zone. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const BELGIAN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoIfExists(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads YYYY-MM-DD or DD/MM/YYYY (as Belgian spreadsheets write it). Null when the text is
 * neither or names a day that does not exist (2023-02-30).
 */
export function parseCalendarDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return isoIfExists(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const be = BELGIAN.exec(value);
  if (be) return isoIfExists(Number(be[3]), Number(be[2]), Number(be[1]));
  return null;
}

/** Today's date in `timeZone` at instant `now`. */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same calendar period one year earlier (29 February becomes 28 February). */
export function yearEarlier(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoIfExists(y - 1, m, d) ?? isoIfExists(y - 1, m, d - 1)!;
}

/** Whole days from `from` to `to` inclusive. */
export function daysBetweenInclusive(from: string, to: string): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** Reads HH:MM or HH:MM:SS; null otherwise. */
export function parseTimeOfDay(text: string): string | null {
  const match = TIME.exec(text.trim());
  return match ? `${match[1]}:${match[2]}` : null;
}
