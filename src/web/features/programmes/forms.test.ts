import { describe, expect, it } from 'vitest';
import type { Programme } from '../../../shared/schemas/programmes.ts';
import { monthsBetween, parseDecimal } from './numbers.ts';
import {
  initialFunders,
  initialValues,
  placeIssues,
  splitFunderIssues,
  toProgrammeBody,
  type FunderDraft,
} from './programme-form.ts';
import { targetValues, toTargetBody } from './target-form.ts';

const org = (id: string, name: string) => ({ id, slug: name.toLowerCase(), name });
const PARTNER = '00000000-0000-4000-8000-000000000002';
const programme: Programme = {
  id: '00000000-0000-4000-8000-000000000009',
  name: 'NEET youth 2024–2027',
  description: '',
  owner: org('00000000-0000-4000-8000-000000000001', 'Leerwinkel'),
  periodStart: '2024-01-01',
  periodEnd: '2027-12-31',
  budget: 1250000.5,
  partners: [{ ...org(PARTNER, 'Jobhuis'), status: 'accepted' }],
  role: 'owner',
  targetCount: 0,
  funders: [{ name: 'ESF+', amounts: [{ year: 2024, amount: 50000 }], total: 50000 }],
  fundingByYear: [{ year: 2024, amount: 50000 }],
  targets: [],
};
const funder = (name: string, amounts: [string, string][]): FunderDraft => ({
  key: name,
  name,
  amounts: amounts.map(([year, amount]) => ({ key: year, year, amount })),
});

describe('amounts typed by a person', () => {
  it('takes a comma or a point as decimal mark and ignores spaces', () => {
    expect(parseDecimal('1 250,50')).toBe(1250.5);
    expect(parseDecimal('1250.5')).toBe(1250.5);
    expect(parseDecimal('\u202f60\u00a0000')).toBe(60000);
  });
  it('refuses three decimals, signs and words', () => {
    for (const text of ['1,234', '-5', 'abc', '', '1,2,3']) expect(parseDecimal(text)).toBeNull();
    expect(parseDecimal('1,234', 3)).toBe(1.234);
  });
  it('lists the months of a period, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03-01', '2026-02-01')).toEqual([]);
  });
});

describe('the programme form', () => {
  it('round-trips a programme into the API body', () => {
    const result = toProgrammeBody(initialValues(programme), initialFunders(programme));
    expect(result).toEqual({
      body: {
        name: 'NEET youth 2024–2027',
        description: '',
        periodStart: '2024-01-01',
        periodEnd: '2027-12-31',
        budget: 1250000.5,
        partnerIds: [PARTNER],
        funders: [{ name: 'ESF+', amounts: [{ year: 2024, amount: 50000 }] }],
      },
    });
  });

  it('reports bad amounts, years and nameless funders at their API paths', () => {
    const values = { ...initialValues(null), name: 'X', budget: '12,345' };
    const result = toProgrammeBody(values, [
      funder('ESF+', [
        ['2026', '50 000'],
        ['26', '1,999'],
      ]),
      funder(' ', []),
    ]);
    expect(result).toEqual({
      issues: [
        { path: 'budget', code: 'invalid_amount' },
        {
          path: 'funders.0.amounts.1.year',
          code: 'out_of_range',
          params: { minimum: 1900, maximum: 2100 },
        },
        { path: 'funders.0.amounts.1.amount', code: 'invalid_amount' },
        { path: 'funders.1.name', code: 'required' },
      ],
    });
  });

  it('places a partner issue on the partner list and keeps funder issues apart', () => {
    const issues = placeIssues([
      { path: 'partnerIds.1', code: 'unknown_organisation' },
      { path: 'funders.0.name', code: 'too_long' },
      { path: 'periodEnd', code: 'period_reversed' },
    ]);
    const split = splitFunderIssues(issues);
    expect(split.funders.map((i) => i.path)).toEqual(['funders.0.name']);
    expect(split.rest.map((i) => i.path)).toEqual(['partnerIds', 'periodEnd']);
  });
});

describe('the target form', () => {
  it('starts a new target at the programme’s start and ends it at the programme’s end', () => {
    expect(targetValues(null, programme)).toMatchObject({
      periodStart: '2024-01-01',
      deadline: '2027-12-31',
      partnerId: '',
      year: '',
    });
  });

  it('sends the partner and year, or null for the whole programme', () => {
    const values = {
      ...targetValues(null, programme),
      indicator: 'contacts_total',
      target: '3000',
    };
    expect(toTargetBody(values)).toEqual({
      body: {
        indicator: 'contacts_total',
        target: 3000,
        periodStart: '2024-01-01',
        deadline: '2027-12-31',
        partnerId: null,
        year: null,
      },
    });
    const perPartner = toTargetBody({ ...values, partnerId: PARTNER, year: '2025' });
    expect(perPartner).toMatchObject({ body: { partnerId: PARTNER, year: 2025 } });
  });

  it('refuses a negative value, words and a year out of range', () => {
    const values = { ...targetValues(null, programme), indicator: 'contacts_total' };
    expect(toTargetBody({ ...values, target: '-5' })).toEqual({
      issues: [{ path: 'target', code: 'too_small', params: { minimum: 0 } }],
    });
    expect(toTargetBody({ ...values, target: 'many', year: '1850' })).toEqual({
      issues: [
        { path: 'target', code: 'invalid_number' },
        { path: 'year', code: 'out_of_range', params: { minimum: 1900, maximum: 2100 } },
      ],
    });
  });
});
