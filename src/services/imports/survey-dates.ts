import { parseCalendarDate } from '../../core/contacts/dates.ts';

/**
 * The `submitted_at` cell of an answers import: a date (YYYY-MM-DD, DD/MM/YYYY) or a
 * date and time (`YYYY-MM-DD HH:MM[:SS]`, `YYYY-MM-DDTHH:MM[:SS]`, `DD/MM/YYYY HH:MM`),
 * with an optional offset (`Z`, `+02:00`, `+0200`, `+02`). Without an offset the time is
 * local to the organisation's zone; a date alone means noon there, so the day stays right
 * once storage keeps only the hour.
 */
export interface SubmittedAt {
  instant: Date;
  /** The calendar date as written (YYYY-MM-DD), for a date without a time. */
  dateOnly: string | null;
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Reads a `submitted_at` cell; null when it is not one of the accepted forms. */
export function parseSubmittedAt(text: string, zone: string): SubmittedAt | null {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, dateText, hourText, minuteText, secondText, offsetText] = match;
  const date = parseCalendarDate(dateText!);
  if (!date) return null;
  if (hourText === undefined) {
    if (offsetText !== undefined) return null;
    return { instant: localInstant(date, 12, 0, 0, zone), dateOnly: date };
  }
  const [hour, minute, second] = [hourText, minuteText, secondText ?? '0'].map(Number) as [
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (offsetText === undefined)
    return { instant: localInstant(date, hour, minute, second, zone), dateOnly: null };
  const offset = offsetMinutes(offsetText);
  if (offset === null) return null;
  const utc =
    Date.parse(`${date}T00:00:00Z`) + ((hour * 60 + minute - offset) * 60 + second) * 1000;
  return { instant: new Date(utc), dateOnly: null };
}

function offsetMinutes(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 18 || minutes > 59) return null;
  return (text.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

const formats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/** How far `zone` is ahead of UTC at `instant` (milliseconds), cached per zone and hour. */
function zoneOffset(instant: number, zone: string): number {
  const key = `${zone}|${Math.floor(instant / 3_600_000)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, x.value]));
  const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offset = local - Math.floor(instant / 1000) * 1000;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/**
 * The instant of a local time in `zone`. A time skipped when clocks go forward is read
 * with the offset before the change; a repeated one as its first occurrence.
 */
export function localInstant(
  date: string,
  hour: number,
  minute: number,
  second: number,
  zone: string,
): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + ((hour * 60 + minute) * 60 + second) * 1000;
  const before = zoneOffset(wall - 43_200_000, zone);
  const after = zoneOffset(wall + 43_200_000, zone);
  const fits = [wall - before, wall - after]
    .filter((instant, i) => zoneOffset(instant, zone) === (i === 0 ? before : after))
    .sort((a, b) => a - b);
  return new Date(fits[0] ?? wall - before);
}
