import { describe, expect, it } from 'vitest';
import {
  instantToZoned,
  isoInZone,
  offsetMinutes,
  todayInZone,
  formatPeriod,
  zonedToInstant,
} from './zoned-time.ts';

const BRUSSELS = 'Europe/Brussels';

describe('zonedToInstant', () => {
  it('reads a Brussels wall-clock time with the offset of that day', () => {
    expect(zonedToInstant('2024-05-04', '14:00', BRUSSELS)).toBe('2024-05-04T14:00:00+02:00');
    expect(zonedToInstant('2024-01-15', '09:30', BRUSSELS)).toBe('2024-01-15T09:30:00+01:00');
    expect(Date.parse(zonedToInstant('2024-05-04', '14:00', BRUSSELS)!)).toBe(
      Date.parse('2024-05-04T12:00:00Z'),
    );
  });

  it('works in other zones, east and west, and in UTC', () => {
    expect(zonedToInstant('2024-07-01', '08:00', 'America/New_York')).toBe(
      '2024-07-01T08:00:00-04:00',
    );
    expect(zonedToInstant('2024-07-01', '08:00', 'Asia/Kolkata')).toBe('2024-07-01T08:00:00+05:30');
    expect(zonedToInstant('2024-07-01', '08:00', 'UTC')).toBe('2024-07-01T08:00:00Z');
  });

  it('moves a time skipped by summer time forward, and takes the first of a repeated hour', () => {
    // 31 March 2024: Brussels clocks jump from 02:00 to 03:00.
    expect(zonedToInstant('2024-03-31', '02:30', BRUSSELS)).toBe('2024-03-31T03:30:00+02:00');
    expect(zonedToInstant('2024-03-31', '03:00', BRUSSELS)).toBe('2024-03-31T03:00:00+02:00');
    // 27 October 2024: 02:00–03:00 happens twice; the first is still summer time.
    expect(zonedToInstant('2024-10-27', '02:30', BRUSSELS)).toBe('2024-10-27T02:30:00+02:00');
    expect(zonedToInstant('2024-10-27', '03:30', BRUSSELS)).toBe('2024-10-27T03:30:00+01:00');
  });

  it('keeps midnight on the day that was typed', () => {
    expect(zonedToInstant('2024-01-01', '00:00', BRUSSELS)).toBe('2024-01-01T00:00:00+01:00');
    expect(zonedToInstant('2023-12-31', '23:59', BRUSSELS)).toBe('2023-12-31T23:59:00+01:00');
  });

  it('refuses dates and times that do not exist or are malformed', () => {
    expect(zonedToInstant('2023-02-29', '10:00', BRUSSELS)).toBeNull();
    expect(zonedToInstant('2024-13-01', '10:00', BRUSSELS)).toBeNull();
    expect(zonedToInstant('2024-05-04', '24:00', BRUSSELS)).toBeNull();
    expect(zonedToInstant('04/05/2024', '10:00', BRUSSELS)).toBeNull();
    expect(zonedToInstant('2024-05-04', '', BRUSSELS)).toBeNull();
  });
});

describe('instantToZoned and the offsets', () => {
  it('shows an instant on the clocks of the zone, whatever the machine’s zone', () => {
    expect(instantToZoned('2023-12-31T23:30:00Z', BRUSSELS)).toEqual({
      date: '2024-01-01',
      time: '00:30',
    });
    expect(instantToZoned('2024-05-04T12:00:00.000Z', BRUSSELS)).toEqual({
      date: '2024-05-04',
      time: '14:00',
    });
    expect(instantToZoned('not a date', BRUSSELS)).toEqual({ date: '', time: '' });
  });

  it('round-trips every quarter of an hour over a year', () => {
    for (let day = 0; day < 366; day += 7) {
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      for (const time of ['00:15', '07:45', '12:00', '18:30', '23:45']) {
        const iso = zonedToInstant(date, time, BRUSSELS)!;
        expect(instantToZoned(iso, BRUSSELS)).toEqual({ date, time });
      }
    }
  });

  it('knows the Brussels offsets and today in a zone', () => {
    expect(offsetMinutes(Date.parse('2024-01-10T12:00:00Z'), BRUSSELS)).toBe(60);
    expect(offsetMinutes(Date.parse('2024-07-10T12:00:00Z'), BRUSSELS)).toBe(120);
    expect(isoInZone(Date.parse('2024-07-10T12:00:00Z'), BRUSSELS)).toBe(
      '2024-07-10T14:00:00+02:00',
    );
    expect(todayInZone(BRUSSELS, new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
    expect(todayInZone('UTC', new Date('2023-12-31T23:30:00Z'))).toBe('2023-12-31');
  });
});

describe('formatPeriod', () => {
  it('shows start and end in the zone, the date once when both are on one day', () => {
    const text = formatPeriod('2024-05-04T12:00:00Z', '2024-05-04T14:00:00Z', 'en-GB', BRUSSELS);
    expect(text.replace(/\s/g, ' ')).toMatch(/^4 May 2024, 14:00 ?– ?16:00$/);
    expect(formatPeriod('2024-05-04T12:00:00Z', null, 'nl-BE', BRUSSELS)).toContain('14:00');
    expect(formatPeriod('nonsense', null, 'fr-BE', BRUSSELS)).toBe('nonsense');
  });
});
