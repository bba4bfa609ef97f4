import { describe, expect, it } from 'vitest';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { checkDraft, filterRef, isPlaced, placeIssues } from './builder-issues.ts';
import { bodyOf, draftOf, emptyDraft, newFilter, type Draft } from './builder-model.ts';

const listed = (field: string) => field === 'tag' || field === 'theme';

const draft = (): Draft => ({
  ...emptyDraft(),
  code: 'ukrainian_visitors',
  labels: { nl: 'Oekraïense bezoekers', fr: ' Visiteurs ukrainiens ', en: 'Ukrainian visitors' },
  description: { nl: '', fr: '', en: 'People from Ukraine.' },
  unit: 'people',
  filters: [
    { ...newFilter('tag'), values: ['ukrainian'] },
    { ...newFilter('location'), text: ' a1, b2 ,, a1' },
  ],
  breakdowns: ['theme'],
});

describe('bodyOf', () => {
  it('sends trimmed names, only filled descriptions, ticked or typed values', () => {
    expect(bodyOf(draft(), listed, true)).toEqual({
      code: 'ukrainian_visitors',
      labels: { nl: 'Oekraïense bezoekers', fr: 'Visiteurs ukrainiens', en: 'Ukrainian visitors' },
      description: { en: 'People from Ukraine.' },
      unit: 'people',
      source: 'contacts',
      measure: 'sum',
      filters: [
        { field: 'tag', values: ['ukrainian'] },
        { field: 'location', values: ['a1', 'b2'] },
      ],
      breakdowns: ['theme'],
    });
  });

  it('leaves the code out when editing, and sends the distinct field only for count_distinct', () => {
    const body = bodyOf({ ...draft(), distinctField: 'activity' }, listed, false);
    expect(body).not.toHaveProperty('code');
    expect(body).not.toHaveProperty('distinctField');
    const distinct = bodyOf(
      { ...draft(), measure: 'count_distinct', distinctField: 'activity' },
      listed,
      false,
    );
    expect(distinct).toMatchObject({ measure: 'count_distinct', distinctField: 'activity' });
  });
});

describe('draftOf', () => {
  it('puts listed values in the ticks and open ones in the text box', () => {
    const indicator = {
      ...bodyOf(draft(), listed, true),
      id: '00000000-0000-4000-8000-000000000001',
      distinctField: null,
      builtIn: false,
      usedByTargets: 0,
    } as IndicatorDto;
    const back = draftOf(indicator, listed);
    expect(back.filters.map(({ field, values, text }) => ({ field, values, text }))).toEqual([
      { field: 'tag', values: ['ukrainian'], text: '' },
      { field: 'location', values: [], text: 'a1, b2' },
    ]);
    expect(back.description).toEqual({ nl: '', fr: '', en: 'People from Ukraine.' });
  });
});

describe('checkDraft', () => {
  it('finds missing code, names, unit, distinct field and incomplete filters', () => {
    const empty: Draft = {
      ...emptyDraft(),
      measure: 'count_distinct',
      filters: [newFilter(), newFilter('tag')],
    };
    const [blank, noValues] = empty.filters;
    expect(checkDraft(empty, listed, { isNew: true }).map((i) => i.ref)).toEqual([
      'code',
      'labels.nl',
      'labels.fr',
      'labels.en',
      'unit',
      'distinctField',
      filterRef(blank!.uid, 'field'),
      filterRef(noValues!.uid, 'values'),
    ]);
    expect(checkDraft(empty, listed, { isNew: false, definitionOnly: true })).toHaveLength(3);
    expect(checkDraft(draft(), listed, { isNew: true })).toEqual([]);
  });
});

describe('placeIssues', () => {
  it('puts server paths on the builder fields of the draft that was sent', () => {
    const sent = draft();
    const [tag, location] = sent.filters;
    const placed = placeIssues(sent, [
      { path: 'code', code: 'invalid_format' },
      { path: 'labels.fr', code: 'required' },
      { path: 'filters.0.field', code: 'duplicate', params: { field: 'tag' } },
      { path: 'filters.1.values.1', code: 'unknown_value', params: { value: 'b2' } },
      { path: 'breakdowns.0', code: 'unknown_field' },
      { path: 'filters.7.field', code: 'unknown_field' },
      { path: 'from', code: 'invalid_date' },
    ]);
    expect(placed.map((issue) => issue.ref)).toEqual([
      'code',
      'labels.fr',
      filterRef(tag!.uid, 'field'),
      filterRef(location!.uid, 'values'),
      'breakdowns',
      'filters',
      'from',
    ]);
    expect(placed[2]!.params).toEqual({ field: 'tag' });
    expect(placed.map((issue) => isPlaced(sent, issue.ref))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
