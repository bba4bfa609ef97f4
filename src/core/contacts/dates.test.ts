import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetweenInclusive,
  parseCalendarDate,
  parseTimeOfDay,
  todayIn,
  yearEarlier,
} from './dates.ts';
import { categoryForContactType } from './model.ts';

describe('calendar dates', () => {
  it('reads ISO and Belgian dates and refuses days that do not exist', () => {
    expect(parseCalendarDate('2023-03-09')).toBe('2023-03-09');
    expect(parseCalendarDate('9/3/2023')).toBe('2023-03-09');
    expect(parseCalendarDate(' 29/02/2024 ')).toBe('2024-02-29');
    expect(parseCalendarDate('29/02/2023')).toBeNull();
    expect(parseCalendarDate('2023-02-30')).toBeNull();
    expect(parseCalendarDate('2023-13-01')).toBeNull();
    expect(parseCalendarDate('03/09/23')).toBeNull();
    expect(parseCalendarDate('2023/03/09')).toBeNull();
    expect(parseCalendarDate('')).toBeNull();
  });

  it('knows today in the organisation zone, not the machine zone', () => {
    const lateUtc = new Date('2026-11-22T23:30:00Z');
    expect(todayIn('Europe/Brussels', lateUtc)).toBe('2026-11-23');
    expect(todayIn('America/New_York', lateUtc)).toBe('2026-11-22');
  });

  it('shifts dates and periods', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
    expect(yearEarlier('2023-12-31')).toBe('2022-12-31');
    expect(daysBetweenInclusive('2023-01-01', '2023-12-31')).toBe(365);
  });

  it('reads times of day', () => {
    expect(parseTimeOfDay('9:30')).toBeNull();
    expect(parseTimeOfDay('09:30')).toBe('09:30');
    expect(parseTimeOfDay('23:59:59')).toBe('23:59');
    expect(parseTimeOfDay('24:00')).toBeNull();
  });

  it('maps contact types to activity categories', () => {
    expect(categoryForContactType('collective_activity')).toBe('collective');
    expect(categoryForContactType('outreach')).toBe('outreach');
    expect(categoryForContactType('individual_advice')).toBeNull();
  });
});
