import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../src/core/common/errors.ts';
import type { IndicatorDefinition } from '../../src/core/indicators/model.ts';
import { withContext } from '../../src/db/context.ts';
import {
  evaluateDefinition,
  type EvaluateOptions,
} from '../../src/services/indicators/evaluate.ts';
import { countAnswerCells } from '../../src/services/indicators/answers.ts';
import { sortGroups } from '../../src/services/indicators/sql.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';
import { asMap, ctx, insertActivities } from '../helpers/indicators.ts';
import { seedResponses, seedVisitorProfile, zeroRecordKeys } from '../helpers/surveys.ts';

/**
 * The indicator engine's `activities` and `survey_answers` sources on known data, with
 * instants taken as dates in the organisation's zone (Europe/Brussels), and its refusals.
 */
let t: TestApp;
let org: string;
const PERIOD = { from: '2026-01-01', to: '2026-02-28' };

const evaluate = (def: Partial<IndicatorDefinition>, options: Partial<EvaluateOptions> = {}) =>
  withContext(t.db.database.db, ctx(org), (tx) =>
    evaluateDefinition(
      tx,
      org,
      { source: 'contacts', measure: 'sum', filters: [], breakdowns: [], ...def },
      // Today: April 2026, so the answers of March (the month before) are counted.
      { ...PERIOD, today: '2026-04-15', ...options },
    ),
  );
beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  org = (await createOrganisation(t.app, installation, 'centre')).organisationId;
  const other = (await createOrganisation(t.app, installation, 'elsewhere')).organisationId;
  await insertActivities(t, org);
  await insertActivities(t, other);
  const survey = await seedVisitorProfile(t, org);
  await seedResponses(t, org, survey, [
    // 00:10 on 1 January in Brussels
    {
      at: '2025-12-31T23:10:00Z',
      answers: { gender: 'female', themes: ['learn', 'work'] },
      language: 'nl',
    },
    { at: '2026-01-15T10:00:00Z', answers: { gender: 'male' }, language: 'fr', channel: 'kiosk' },
    { at: '2026-02-01T10:00:00Z', answers: { gender: 'female' }, language: 'fr' },
    // 23:10 on 31 December in Brussels
    { at: '2025-12-31T22:10:00Z', answers: { gender: 'female' }, language: 'fr' },
  ]);
  const theirs = await seedVisitorProfile(t, other);
  await seedResponses(t, other, theirs, [
    { at: '2026-01-15T10:00:00Z', answers: { gender: 'male' } },
  ]);
});
afterAll(() => t?.close());

describe('activities', () => {
  const activities = (def: Partial<IndicatorDefinition>, options: Partial<EvaluateOptions> = {}) =>
    evaluate({ source: 'activities', measure: 'count', ...def }, options);

  it('counts activities by their local start date', async () => {
    expect((await activities({})).value).toBe(4);
    expect((await activities({}, { from: '2025-12-31', to: '2025-12-31' })).value).toBe(1);
    expect((await activities({ filters: [{ field: 'status', values: ['held'] }] })).value).toBe(3);
    expect(asMap((await activities({}, { breakdown: 'category' })).groups)).toEqual({
      collective: 2,
      event: 1,
      outreach: 1,
    });
    expect((await activities({}, { breakdown: 'month' })).groups).toEqual([
      { key: '2026-01', value: 3 },
      { key: '2026-02', value: 1 },
    ]);
  });

  it('counts distinct partners', async () => {
    const partners = await activities(
      { measure: 'count_distinct', distinctField: 'partner' },
      { breakdown: 'category' },
    );
    expect(partners.value).toBe(2);
    expect(asMap(partners.groups)).toEqual({ collective: 1, event: 1 });
  });
});

describe('questionnaire answers', () => {
  // The counting itself, before the small-cell suppression evaluateDefinition adds (below).
  const answers = (def: Partial<IndicatorDefinition>, options: Partial<EvaluateOptions> = {}) =>
    withContext(t.db.database.db, ctx(org), async (tx) => {
      const { from, to, breakdown } = { ...PERIOD, ...options };
      const result = await countAnswerCells(
        tx,
        org,
        { source: 'survey_answers', measure: 'count', filters: [], breakdowns: [], ...def },
        { from, to, zone: 'Europe/Brussels' },
        breakdown,
      );
      const groups = [...result.groups].map(([key, cell]) => ({ key, value: cell.n }));
      return { value: result.total.n, groups: sortGroups(groups, breakdown) };
    });
  const respondents = { measure: 'count_distinct' as const, distinctField: 'response' };

  it('counts answers and respondents by the local submission date', async () => {
    expect((await answers({})).value).toBe(5);
    expect((await answers(respondents)).value).toBe(3);
    expect((await answers(respondents, { from: '2025-12-31', to: '2025-12-31' })).value).toBe(1);
    expect(asMap((await answers(respondents, { breakdown: 'language' })).groups)).toEqual({
      fr: 2,
      nl: 1,
    });
    expect(asMap((await answers(respondents, { breakdown: 'channel' })).groups)).toEqual({
      web: 2,
      kiosk: 1,
    });
  });

  it('filters by questionnaire (slug or template), question and option', async () => {
    const gender = [{ field: 'question', values: ['gender'] }];
    expect((await answers({ filters: gender }, { breakdown: 'option' })).groups).toEqual([
      { key: 'female', value: 2 },
      { key: 'male', value: 1 },
    ]);
    const profile = [{ field: 'survey', values: ['visitor_profile'] }];
    expect((await answers({ ...respondents, filters: profile })).value).toBe(3);
    const none = [{ field: 'survey', values: ['no_such_survey'] }];
    expect((await answers({ ...respondents, filters: none })).value).toBe(0);
  });
});

describe('questionnaire answers, as published', () => {
  const gender = [{ field: 'question', values: ['gender'] }];

  it('reads whole months and hides small counts, as the results page does', async () => {
    // One day asked for: the whole month is read. 1 female, 1 male in January: all small.
    const day = await evaluate(
      { source: 'survey_answers', measure: 'count', filters: gender },
      { from: '2026-01-15', to: '2026-01-15', breakdown: 'option' },
    );
    expect(day).toMatchObject({ value: 0, groups: [], suppressed: true, hiddenGroups: 0 });
    const many = Array.from({ length: 20 }, (_, i) => ({
      at: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
      answers: { gender: 'female' },
      language: 'fr',
    }));
    const survey = await seedVisitorProfile(t, org);
    await seedResponses(t, org, survey, [
      ...many,
      { at: '2026-03-20T10:00:00Z', answers: { gender: 'other' }, language: 'ar' },
    ]);
    // Exact counts: the perturbation is tested apart (survey-disclosure.test.ts).
    await zeroRecordKeys(t);
    const march = { from: '2026-03-20', to: '2026-03-20', breakdown: 'option' };
    const byOption = await evaluate(
      { source: 'survey_answers', measure: 'count', filters: gender },
      march,
    );
    // 21 answers in March: the lone `other` is hidden (with random record keys, the total
    // minus `female` carries the noise of both: survey-disclosure.test.ts).
    expect(byOption.suppressed).toBe(false);
    expect(byOption.groups.map((g) => g.key)).not.toContain('other');
    expect(byOption.hiddenGroups).toBe(1);
    expect(byOption.protection).toMatchObject({ method: 'cell_key', withheld: null });
    const outlier = await evaluate(
      {
        source: 'survey_answers',
        measure: 'count',
        filters: [...gender, { field: 'option', values: ['other'] }],
      },
      { ...march, breakdown: 'language' },
    );
    expect(outlier).toMatchObject({ value: 0, groups: [], suppressed: true });
  });
});

describe('bad input', () => {
  it('refuses unknown fields, breakdowns and reversed or long periods with field issues', async () => {
    const issues = async (promise: Promise<unknown>) => {
      const error = (await promise.catch((e: unknown) => e)) as AppError;
      expect(error.code).toBe('VALIDATION_FAILED');
      return error.issues.map((i) => `${i.path}:${i.code}`);
    };
    expect(await issues(evaluate({ filters: [{ field: 'colour', values: ['red'] }] }))).toEqual([
      'filters.0.field:unknown_field',
    ]);
    expect(await issues(evaluate({}, { breakdown: 'colour' }))).toEqual([
      'breakdown:unknown_field',
    ]);
    expect(await issues(evaluate({}, { breakdown: 'activity' }))).toEqual([
      'breakdown:unknown_field',
    ]);
    expect(await issues(evaluate({}, { from: '2026-02-01', to: '2026-01-01' }))).toEqual([
      'to:period_reversed',
    ]);
    expect(await issues(evaluate({}, { from: '2000-01-01', to: '2026-01-01' }))).toEqual([
      'to:period_too_long',
    ]);
    expect(await issues(evaluate({ source: 'activities', measure: 'sum' }))).toEqual([
      'measure:measure_not_allowed',
    ]);
  });
});
