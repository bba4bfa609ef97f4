import { describe, expect, it } from 'vitest';
import { comparison } from './build.ts';
import { monthsOfYear } from './figures.ts';
import { reportLabeller, type ReportLookups } from './labeller-build.ts';

const lookups: ReportLookups = {
  tags: new Map([['ukrainian', { nl: 'Oekraïners', en: 'Ukrainians' }]]),
  questions: new Map([
    [
      'gender',
      {
        labels: { nl: 'Gender', fr: 'Genre', en: 'Gender' },
        options: new Map([['female', { nl: 'Vrouw', fr: 'Femme', en: 'Woman' }]]),
      },
    ],
  ]),
  indicators: new Map([['neet_reached', { nl: 'NEET bereikt', fr: 'NEET atteints' }]]),
};

describe('reportLabeller', () => {
  it('formats numbers, percentages, dates and months for the language', () => {
    const nl = reportLabeller('nl', lookups);
    const fr = reportLabeller('fr', lookups);
    const en = reportLabeller('en', lookups);
    expect([nl.number(65654), fr.number(65654), en.number(65654)]).toEqual([
      '65.654',
      '65\u202f654',
      '65,654',
    ]);
    expect([nl.percent(0.527), fr.percent(0.527), en.percent(0.527)]).toEqual([
      '52,7%',
      '52,7\u00a0%',
      '52.7%',
    ]);
    expect([nl.date('2023-12-31'), fr.date('2023-12-31'), en.date('2023-12-31')]).toEqual([
      '31 december 2023',
      '31 décembre 2023',
      '31 December 2023',
    ]);
    expect([fr.month('2023-01'), en.month('2023-01')]).toEqual(['janv.', 'Jan']);
    expect(en.date('not a date')).toBe('not a date');
  });

  it('labels keys from the catalogs and the organisation’s own texts, else shows the key', () => {
    const fr = reportLabeller('fr', lookups);
    expect(fr.contactType('individual_advice')).toBe('Conseil individuel');
    expect(fr.theme('work')).toBe('Travailler');
    expect(fr.theme('')).toBe('Non renseigné');
    expect(fr.serviceLanguage('uk')).toBe('Ukrainien');
    expect(fr.serviceLanguage('')).toBe('Non renseigné');
    // No French label: English, then Dutch.
    expect(fr.tag('ukrainian')).toBe('Ukrainians');
    expect(fr.tag('neet')).toBe('neet');
    expect(fr.question('gender')).toBe('Genre');
    expect(fr.option('gender', 'female')).toBe('Femme');
    expect(fr.option('gender', 'male')).toBe('male');
    expect(fr.indicator('contacts_total')).toBe('Contacts');
    expect(fr.indicator('neet_reached')).toBe('NEET atteints');
    expect(fr.indicator('unknown_code')).toBe('unknown_code');
    expect(fr.t('report.status.on_track')).toBe('En bonne voie');
  });
});

describe('report helpers', () => {
  it('compares with the previous year only when it had data', () => {
    expect(comparison(95, 15, true)).toEqual({
      previousYear: 15,
      change: 80,
      changePercent: 533.3,
    });
    expect(comparison(2, 0, true)).toEqual({ previousYear: 0, change: 2, changePercent: null });
    expect(comparison(2, 0, false)).toEqual({
      previousYear: null,
      change: null,
      changePercent: null,
    });
  });

  it('lists every month of the year', () => {
    const months = monthsOfYear(2024, { '2024-02': 7 });
    expect(Object.keys(months)).toHaveLength(12);
    expect(months['2024-01']).toBe(0);
    expect(months['2024-02']).toBe(7);
    expect(months['2024-12']).toBe(0);
  });
});
