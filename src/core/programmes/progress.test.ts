import { describe, expect, it } from 'vitest';
import { progressOf } from './progress.ts';

const target = (actual: number, asOf: string, value = 3000) =>
  progressOf({ target: value, actual, start: '2024-01-01', deadline: '2027-12-31', asOf });

describe('progressOf', () => {
  it('compares the share done with the share of time gone, and forecasts at the run rate', () => {
    // 2024-01-01 .. 2025-12-31 is 731 of 1461 days: a little over half the time.
    const half = target(1500, '2025-12-31');
    expect(half.shareElapsed).toBeCloseTo(731 / 1461, 6);
    expect(half.shareDone).toBe(0.5);
    expect(half.forecast).toBe(2998);
    expect(half.status).toBe('at_risk');
    expect(target(1510, '2025-12-31')).toMatchObject({ forecast: 3018, status: 'on_track' });
  });

  it('is at risk within 10% of the target, and behind beyond', () => {
    expect(target(1400, '2025-12-31').status).toBe('at_risk');
    expect(target(1000, '2025-12-31').status).toBe('behind');
  });

  it('is met once the target is reached, even early, and behind after a missed deadline', () => {
    expect(target(3000, '2026-06-30').status).toBe('met');
    expect(target(2999, '2028-03-01')).toMatchObject({ shareElapsed: 1, status: 'behind' });
  });

  it('is not behind yet on the deadline day itself: the forecast decides', () => {
    expect(target(2800, '2027-12-31')).toMatchObject({ forecast: 2800, status: 'at_risk' });
    expect(target(2000, '2027-12-31').status).toBe('behind');
    expect(target(2800, '2028-01-01').status).toBe('behind');
  });

  it('has no forecast before the period starts, and is not late then', () => {
    expect(target(0, '2023-12-31')).toMatchObject({
      shareElapsed: 0,
      forecast: null,
      status: 'on_track',
    });
  });

  it('counts the first day as a day gone', () => {
    const first = target(10, '2024-01-01');
    expect(first.forecast).toBe(14610);
    expect(first.shareElapsed).toBeCloseTo(1 / 1461, 9);
  });
});
