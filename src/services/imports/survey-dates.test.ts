import { describe, expect, it } from 'vitest';
import { parseSubmittedAt } from './survey-dates.ts';

const at = (text: string) =>
  parseSubmittedAt(text, 'Europe/Brussels')?.instant.toISOString() ?? null;

describe('submitted_at of an answers import', () => {
  it('reads a date alone as noon in the organisation’s zone', () => {
    expect(at('2023-06-01')).toBe('2023-06-01T10:00:00.000Z');
    expect(at('01/12/2023')).toBe('2023-12-01T11:00:00.000Z');
    expect(parseSubmittedAt('2023-06-01', 'Europe/Brussels')?.dateOnly).toBe('2023-06-01');
  });

  it('reads local date-times with a space or a T, seconds optional', () => {
    expect(at('2023-06-01 10:15')).toBe('2023-06-01T08:15:00.000Z');
    expect(at('2023-01-15T23:59:59')).toBe('2023-01-15T22:59:59.000Z');
    expect(at('14/3/2025 9:05')).toBe('2025-03-14T08:05:00.000Z');
  });

  it('follows an offset or Z when there is one', () => {
    expect(at('2023-06-01T10:15Z')).toBe('2023-06-01T10:15:00.000Z');
    expect(at('2023-06-01 10:15+05:30')).toBe('2023-06-01T04:45:00.000Z');
    expect(at('2023-06-01T10:15:00.123-0100')).toBe('2023-06-01T11:15:00.000Z');
  });

  it('reads the hours around the changes of summer time sensibly', () => {
    // 02:30 does not exist on 30 March 2025: read with the winter offset.
    expect(at('2025-03-30 02:30')).toBe('2025-03-30T01:30:00.000Z');
    // 02:30 happens twice on 26 October 2025: the first one.
    expect(at('2025-10-26 02:30')).toBe('2025-10-26T00:30:00.000Z');
    expect(at('2025-10-26 03:30')).toBe('2025-10-26T02:30:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    for (const text of [
      '2023-02-30',
      '2023-06-01 24:00',
      '2023-06-01 10:60',
      '2023-06-01Z',
      'yesterday',
      '2023/06/01',
      '',
    ])
      expect(at(text), text).toBeNull();
  });
});
