import { describe, expect, it } from 'vitest';
import { BUILT_IN_INDICATORS, builtInIndicator } from './built-in.ts';
import {
  checkDefinition,
  fieldOf,
  INDICATOR_CODE_PATTERN,
  SOURCE_FIELDS,
  type IndicatorDefinition,
} from './model.ts';

const contacts = (extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  source: 'contacts',
  measure: 'sum',
  filters: [],
  breakdowns: [],
  ...extra,
});
const codes = (def: IndicatorDefinition) => checkDefinition(def).map((i) => `${i.path}:${i.code}`);

describe('checkDefinition', () => {
  it('accepts a sound definition', () => {
    expect(
      checkDefinition(
        contacts({
          filters: [
            { field: 'type', values: ['individual_advice', 'event'] },
            { field: 'tag', values: ['anything'] },
          ],
          breakdowns: ['theme', 'month'],
        }),
      ),
    ).toEqual([]);
  });

  it('names the filter, value and breakdown at fault', () => {
    expect(codes(contacts({ filters: [{ field: 'colour', values: ['red'] }] }))).toEqual([
      'filters.0.field:unknown_field',
    ]);
    expect(
      codes(
        contacts({
          filters: [
            { field: 'type', values: ['event'] },
            { field: 'theme', values: ['learn', 'cooking'] },
            { field: 'type', values: ['outreach'] },
            { field: 'language', values: [] },
          ],
        }),
      ),
    ).toEqual([
      'filters.1.values.1:unknown_value',
      'filters.2.field:duplicate',
      'filters.3.values:too_small',
    ]);
    // date parts and distinct-only fields cannot be filtered; distinct-only fields not broken down
    expect(codes(contacts({ filters: [{ field: 'month', values: ['2026-01'] }] }))).toEqual([
      'filters.0.field:unknown_field',
    ]);
    expect(codes(contacts({ breakdowns: ['activity', 'quarter', 'kind'] }))).toEqual([
      'breakdowns.0:unknown_field',
      'breakdowns.2:unknown_field',
    ]);
  });

  it('allows each measure only where the source has it', () => {
    expect(codes({ ...contacts(), source: 'activities' })).toEqual(['measure:measure_not_allowed']);
    expect(codes({ ...contacts(), source: 'survey_answers', measure: 'count' })).toEqual([]);
    expect(codes(contacts({ measure: 'count_distinct' }))).toEqual(['distinctField:unknown_field']);
    expect(codes(contacts({ measure: 'count_distinct', distinctField: 'theme' }))).toEqual([
      'distinctField:unknown_field',
    ]);
    expect(codes(contacts({ measure: 'count_distinct', distinctField: 'activity' }))).toEqual([]);
    expect(codes(contacts({ distinctField: 'activity' }))).toEqual(['distinctField:not_allowed']);
  });

  it('gives every issue the parameters its message needs', () => {
    const issues = checkDefinition(
      contacts({
        measure: 'count_distinct',
        filters: [
          { field: 'colour', values: [] },
          { field: 'type', values: [] },
        ],
      }),
    );
    for (const issue of issues) expect(issue.params, issue.code).toBeDefined();
  });
});

describe('built-in indicators', () => {
  it('are sound, with unique valid codes and labels in three languages', () => {
    const seen = new Set<string>();
    for (const indicator of BUILT_IN_INDICATORS) {
      expect(checkDefinition(indicator), indicator.code).toEqual([]);
      expect(indicator.code).toMatch(INDICATOR_CODE_PATTERN);
      expect(seen.has(indicator.code)).toBe(false);
      seen.add(indicator.code);
      expect(Object.values(indicator.labels).every((l) => l.length > 0)).toBe(true);
      expect(builtInIndicator(indicator.code)).toBe(indicator);
    }
    expect(builtInIndicator('no_such_code')).toBeUndefined();
  });

  it('every source can be broken down by year, quarter and month', () => {
    for (const source of Object.keys(SOURCE_FIELDS) as (keyof typeof SOURCE_FIELDS)[])
      for (const part of ['year', 'quarter', 'month'])
        expect(fieldOf(source, part)?.breakdown, `${source}.${part}`).toBe(true);
  });
});
