import { describe, expect, it } from 'vitest';
import { wholeMonths } from './periods.ts';

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
