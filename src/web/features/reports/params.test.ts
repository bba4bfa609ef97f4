import { describe, expect, it } from 'vitest';
import { parseYear, reportUrl, yearChoices } from './params.ts';

describe('annual report parameters', () => {
  it('offers the current year and the ten before it, newest first', () => {
    const years = yearChoices(2026, 2025);
    expect(years).toHaveLength(11);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2016);
  });

  it('keeps an older year from the address in the list', () => {
    expect(yearChoices(2026, 2003).at(-1)).toBe(2003);
    expect(yearChoices(2026, 2003)).toHaveLength(12);
  });

  it('reads only plausible years from the address', () => {
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear('')).toBeNull();
    expect(parseYear('24')).toBeNull();
    expect(parseYear('1899')).toBeNull();
    expect(parseYear('2024abc')).toBeNull();
  });

  it('points the downloads at the report endpoint', () => {
    expect(reportUrl(2024, 'fr', 'pdf')).toBe('/api/reports/annual?year=2024&lang=fr&format=pdf');
  });
});
