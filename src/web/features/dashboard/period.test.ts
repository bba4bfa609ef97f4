import { describe, expect, it } from 'vitest';
import { hasNext, isoWeek, periodOf, shiftPeriod } from './period.ts';

const today = '2026-03-02'; // a Monday

describe('dashboard periods', () => {
  it('defaults to the year to date and stops the current period today', () => {
    expect(periodOf('year', today, today)).toMatchObject({ from: '2026-01-01', to: '2026-03-02' });
    expect(periodOf('month', today, today)).toMatchObject({ from: '2026-03-01', to: '2026-03-02' });
    expect(periodOf('week', today, today)).toMatchObject({ from: '2026-03-02', to: '2026-03-02' });
    expect(periodOf('day', today, today)).toMatchObject({ from: today, to: today });
    expect(periodOf('year', '2030-05-01', today)).toMatchObject({ anchor: today, to: today });
  });

  it('gives whole past periods', () => {
    expect(periodOf('month', '2024-02-10', today)).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodOf('week', '2025-12-31', today)).toMatchObject({
      from: '2025-12-29',
      to: '2026-01-04',
    });
    expect(periodOf('year', '2025-07-01', today)).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('steps back and forth, and knows when there is no next period', () => {
    const march = periodOf('month', today, today);
    const february = shiftPeriod(march, -1, today);
    expect(february).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(shiftPeriod(periodOf('month', '2026-01-15', today), -1, today)).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(shiftPeriod(periodOf('month', '2025-12-15', today), 1, today).from).toBe('2026-01-01');
    expect(shiftPeriod(february, 1, today)).toMatchObject({ from: '2026-03-01', to: today });
    expect(hasNext(march, today)).toBe(false);
    expect(hasNext(february, today)).toBe(true);
    expect(shiftPeriod(periodOf('week', today, today), -1, today)).toMatchObject({
      from: '2026-02-23',
      to: '2026-03-01',
    });
    expect(shiftPeriod(periodOf('year', today, today), -1, today)).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(shiftPeriod(periodOf('day', today, today), -1, today).from).toBe('2026-03-01');
  });

  it('moves a custom period by its own length', () => {
    const custom = periodOf('custom', today, today, { from: '2026-02-01', to: '2026-02-10' });
    expect(shiftPeriod(custom, -1, today)).toMatchObject({ from: '2026-01-22', to: '2026-01-31' });
    expect(periodOf('custom', today, today)).toMatchObject({ from: '2026-01-01', to: today });
  });

  it('numbers ISO weeks', () => {
    expect(isoWeek('2026-03-02')).toEqual({ week: 10, year: 2026 });
    expect(isoWeek('2026-01-01')).toEqual({ week: 1, year: 2026 });
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2024-12-30')).toEqual({ week: 1, year: 2025 });
  });
});
