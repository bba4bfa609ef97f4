import { describe, expect, it } from 'vitest';
import { endOfLastCompletedMonth, publishedPeriod, wholeMonths, yearIsOver } from './periods.ts';

describe('wholeMonths', () => {
  it('widens a period to whole months', () => {
    expect(wholeMonths('2023-03-09', '2023-03-09')).toEqual({
      from: '2023-03-01',
      to: '2023-03-31',
    });
    expect(wholeMonths('2024-02-10', '2024-02-11')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(wholeMonths('2023-02-10', '2023-12-01')).toEqual({
      from: '2023-02-01',
      to: '2023-12-31',
    });
    expect(wholeMonths(undefined, undefined)).toEqual({ from: undefined, to: undefined });
  });
});

describe('publishedPeriod', () => {
  it('never counts the month in progress', () => {
    expect(endOfLastCompletedMonth('2026-03-02')).toBe('2026-02-28');
    expect(endOfLastCompletedMonth('2024-03-31')).toBe('2024-02-29');
    expect(endOfLastCompletedMonth('2026-01-15')).toBe('2025-12-31');
    expect(publishedPeriod('2026-01-10', '2026-03-05', '2026-03-02')).toEqual({
      from: '2026-01-01',
      to: '2026-02-28',
    });
    expect(publishedPeriod(undefined, undefined, '2026-03-02')).toEqual({
      from: undefined,
      to: '2026-02-28',
    });
    expect(publishedPeriod('2025-05-03', '2025-06-01', '2026-03-02')).toEqual({
      from: '2025-05-01',
      to: '2025-06-30',
    });
    // a period inside the running month has nothing to count yet
    const running = publishedPeriod('2026-03-01', '2026-03-02', '2026-03-02');
    expect(running.from! > running.to).toBe(true);
  });

  it('knows when a year is over', () => {
    expect(yearIsOver(2025, '2026-01-01')).toBe(true);
    expect(yearIsOver(2026, '2026-12-31')).toBe(false);
  });
});
