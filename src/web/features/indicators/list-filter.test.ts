import { describe, expect, it } from 'vitest';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { filterIndicators, pageOf } from './list-filter.ts';

const indicator = (code: string, en: string, builtIn: boolean, fr = en): IndicatorDto => ({
  id: builtIn ? null : `00000000-0000-4000-8000-${code.length.toString().padStart(12, '0')}`,
  code,
  labels: { nl: `${en} (nl)`, fr, en },
  description: {},
  unit: 'people',
  source: 'contacts',
  measure: 'sum',
  distinctField: null,
  filters: [],
  breakdowns: [],
  builtIn,
  usedByTargets: 0,
});

const items = [
  indicator('zeta_own', 'Zeta visitors', false),
  indicator('contacts_total', 'Contacts', true),
  indicator('alpha_own', 'Alpha visitors', false, 'Visiteurs élèves'),
  indicator('events_count', 'Events', true),
];

describe('filterIndicators', () => {
  it('lists built-in indicators first, then own ones by label', () => {
    expect(filterIndicators(items, '', '', 'en').map((i) => i.code)).toEqual([
      'contacts_total',
      'events_count',
      'alpha_own',
      'zeta_own',
    ]);
  });

  it('searches code and every language, ignoring case and accents', () => {
    expect(filterIndicators(items, 'VISITORS', '', 'en').map((i) => i.code)).toEqual([
      'alpha_own',
      'zeta_own',
    ]);
    expect(filterIndicators(items, 'eleves', '', 'en').map((i) => i.code)).toEqual(['alpha_own']);
    expect(filterIndicators(items, 'events_', '', 'en').map((i) => i.code)).toEqual([
      'events_count',
    ]);
    expect(filterIndicators(items, 'contacts zeta', '', 'en')).toEqual([]);
  });

  it('keeps one kind', () => {
    expect(filterIndicators(items, '', 'builtIn', 'en').every((i) => i.builtIn)).toBe(true);
    expect(filterIndicators(items, '', 'own', 'en').map((i) => i.code)).toEqual([
      'alpha_own',
      'zeta_own',
    ]);
  });
});

describe('pageOf', () => {
  const numbers = Array.from({ length: 45 }, (_, i) => i);
  it('cuts pages of 20 and goes back to the first page past the end', () => {
    expect(pageOf(numbers, 20)).toMatchObject({ total: 45, offset: 20, limit: 20 });
    expect(pageOf(numbers, 40).items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(numbers, 60).offset).toBe(0);
  });
});
