import { describe, expect, it } from 'vitest';
import { afterFailure, nextOccurrence, occurrenceKey, retryDelayMs } from './schedule.ts';

const MINUTE = 60_000;

describe('nextOccurrence', () => {
  it('is the next multiple of the interval, strictly later', () => {
    const at = new Date('2026-03-02T09:03:10Z');
    expect(nextOccurrence(at, 5 * MINUTE).toISOString()).toBe('2026-03-02T09:05:00.000Z');
    const onTheDot = new Date('2026-03-02T09:05:00Z');
    expect(nextOccurrence(onTheDot, 5 * MINUTE).toISOString()).toBe('2026-03-02T09:10:00.000Z');
  });

  it('gives two processes started at different times the same occurrence', () => {
    const first = nextOccurrence(new Date('2026-03-02T09:00:01Z'), 10 * MINUTE);
    const second = nextOccurrence(new Date('2026-03-02T09:09:59Z'), 10 * MINUTE);
    expect(occurrenceKey(first)).toBe(occurrenceKey(second));
  });

  it('refuses an interval that is not a positive whole number', () => {
    expect(() => nextOccurrence(new Date(), 0)).toThrow(RangeError);
    expect(() => nextOccurrence(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('retries', () => {
  const policy = { baseMs: 1000, maxMs: 10_000 };

  it('doubles the pause after each failure, up to the longest', () => {
    const pauses = [1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, policy));
    expect(pauses).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(retryDelayMs(1000, policy)).toBe(10_000);
  });

  it('tries again later until the last try, then gives up', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    expect(afterFailure(1, 3, now, policy)).toEqual({
      status: 'pending',
      runAt: new Date(now.getTime() + retryDelayMs(1, policy)),
    });
    expect(afterFailure(2, 3, now, policy)).toEqual({
      status: 'pending',
      runAt: new Date(now.getTime() + retryDelayMs(2, policy)),
    });
    expect(afterFailure(3, 3, now, policy)).toEqual({ status: 'failed' });
    expect(afterFailure(4, 3, now, policy)).toEqual({ status: 'failed' });
  });
});
