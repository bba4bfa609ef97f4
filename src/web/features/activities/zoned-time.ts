/**
 * Activity times are instants (ISO with offset) that people enter and read as a date and a
 * time of day in the organisation's zone (Europe/Brussels unless it says otherwise).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `instant` (ms) in `timeZone`, as if it were UTC (ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

/** Minutes east of UTC of `timeZone` at `instant` (ms): +120 for Brussels in summer. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClock(whole, timeZone) - whole) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `instant` (ms) as `YYYY-MM-DDTHH:MM:SS±HH:MM` in `timeZone`. */
export function isoInZone(instant: number, timeZone: string): string {
  const wall = new Date(wallClock(instant, timeZone));
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${date}T${time}${formatOffset(offsetMinutes(instant, timeZone))}`;
}

/**
 * The instant at which the clocks of `timeZone` show `date` (YYYY-MM-DD) and `time` (HH:MM),
 * as an ISO string with that zone's offset. A time skipped when the clocks go forward is
 * read with the offset before the change (02:30 becomes 03:30 summer time); a time that
 * happens twice when they go back is the first one. Null when date or time is malformed.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const wall = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  if (check.getUTCDate() !== day) return null;
  // Try the offsets in force a day before and a day after; keep the earliest that fits.
  const candidates = [
    ...new Set([-1, 1].map((days) => offsetMinutes(wall + days * 86_400_000, timeZone))),
  ]
    .map((offset) => wall - offset * 60_000)
    .sort((a, b) => a - b);
  const exact = candidates.find((instant) => wallClock(instant, timeZone) === wall);
  // Skipped hour: read it with the offset that was in force before the change.
  const instant = exact ?? wall - offsetMinutes(wall - 86_400_000, timeZone) * 60_000;
  return isoInZone(instant, timeZone);
}

/** The date (YYYY-MM-DD) and time (HH:MM) that `iso` shows on the clocks of `timeZone`. */
export function instantToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return { date: '', time: '' };
  const text = isoInZone(instant, timeZone);
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/** Today's date (YYYY-MM-DD) in `timeZone`. */
export function todayInZone(timeZone: string, now: Date = new Date()): string {
  return isoInZone(now.getTime(), timeZone).slice(0, 10);
}

/**
 * "4 May 2024, 14:00–16:00" in the locale and zone; the end's date only when it is another
 * day. The text of `startsAt` itself when it is not a date.
 */
export function formatPeriod(
  startsAt: string,
  endsAt: string | null,
  locale: string,
  timeZone: string,
): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const end = endsAt ? new Date(endsAt) : null;
  if (!end || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime())
    return format.format(start);
  return format.formatRange(start, end);
}
