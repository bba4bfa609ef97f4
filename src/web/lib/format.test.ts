import { describe, expect, it } from 'vitest';
import { createFormatters } from './format.ts';
import { queryString } from './api.ts';

describe('web formatters', () => {
  it("shows instants in the organisation's zone, whatever the machine's", () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels
    const en = createFormatters('en');
    expect(en.date('2023-12-31T23:30:00Z')).toBe('1 Jan 2024');
    expect(en.date('2023-12-31T23:30:00Z', 'UTC')).toBe('31 Dec 2023');
  });

  it('formats numbers as Belgian Dutch and French readers expect', () => {
    expect(createFormatters('nl').number(65654)).toBe('65.654');
    expect(createFormatters('fr').number(65654).replace(/\s/g, ' ')).toBe('65 654');
    expect(createFormatters('en').number(65654)).toBe('65,654');
  });

  it('falls back to Brussels for an unknown zone and leaves a bad date as it is', () => {
    const nl = createFormatters('nl');
    expect(nl.date('2024-06-01T10:00:00Z', 'Nowhere/Land')).toBe(nl.date('2024-06-01T10:00:00Z'));
    expect(nl.date('not a date')).toBe('not a date');
  });
});

describe('queryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(
      queryString({ q: 'Sint-Gillis & co', limit: 25, offset: 0, kind: '', active: undefined }),
    ).toBe('?q=Sint-Gillis+%26+co&limit=25&offset=0');
    expect(queryString({})).toBe('');
  });
});
