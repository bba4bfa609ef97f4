import { describe, expect, it } from 'vitest';
import { formatFilter, parseFilter, rawExportUrl, resultsExportUrl } from './params.ts';
import { matchingQuickPeriod, quickPeriod } from './period.ts';

describe('survey results filters', () => {
  it('reads and writes the API filter syntax', () => {
    const text = 'gender:female,other;age_band:18_24';
    expect(parseFilter(text)).toEqual([
      { question: 'gender', anyOf: ['female', 'other'] },
      { question: 'age_band', anyOf: ['18_24'] },
    ]);
    expect(formatFilter(parseFilter(text))).toBe(text);
  });

  it('drops empty, malformed and repeated parts', () => {
    expect(parseFilter('')).toEqual([]);
    expect(parseFilter(':x;gender:;;status:student,student, ;gender:male;nocolon')).toEqual([
      { question: 'status', anyOf: ['student'] },
      { question: 'gender', anyOf: ['male'] },
    ]);
    expect(formatFilter([{ question: 'gender', anyOf: [] }])).toBe('');
  });

  it('builds export links that carry the view', () => {
    const url = resultsExportUrl('abc', {
      format: 'csv',
      semicolon: true,
      lang: 'nl',
      query: { from: '2025-01-01', channel: 'kiosk', filter: 'gender:female' },
      cross: { rows: 'gender', columns: 'status' },
    });
    const params = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/api/surveys/abc/results/export?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      format: 'csv',
      delimiter: 'semicolon',
      lang: 'nl',
      from: '2025-01-01',
      channel: 'kiosk',
      filter: 'gender:female',
      rows: 'gender',
      columns: 'status',
    });
    expect(
      resultsExportUrl('abc', { format: 'xlsx', semicolon: true, lang: 'en', query: {} }),
    ).toBe('/api/surveys/abc/results/export?format=xlsx&lang=en');
    expect(rawExportUrl('abc', { format: 'csv', period: { from: '', to: '2025-12-31' } })).toBe(
      '/api/surveys/abc/responses/export?format=csv&to=2025-12-31',
    );
  });
});

describe('survey results quick periods', () => {
  const today = '2026-03-15';
  it('gives this year, last year, the last 12 whole months and everything', () => {
    expect(quickPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: today });
    expect(quickPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(quickPeriod('last12Months', today)).toEqual({ from: '2025-04-01', to: today });
    expect(quickPeriod('last12Months', '2026-12-05')).toEqual({
      from: '2026-01-01',
      to: '2026-12-05',
    });
    expect(quickPeriod('all', today)).toEqual({ from: '', to: '' });
  });

  it('recognises a quick choice from its dates', () => {
    expect(matchingQuickPeriod({ from: '', to: '' }, today)).toBe('all');
    expect(matchingQuickPeriod({ from: '2025-01-01', to: '2025-12-31' }, today)).toBe('lastYear');
    expect(matchingQuickPeriod({ from: '2025-01-02', to: '2025-12-31' }, today)).toBeNull();
  });
});
