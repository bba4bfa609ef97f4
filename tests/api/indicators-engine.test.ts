import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INDICATORS } from '../../src/core/indicators/built-in.ts';
import type { IndicatorDefinition } from '../../src/core/indicators/model.ts';
import { withContext } from '../../src/db/context.ts';
import { evaluateContactsFromSummary } from '../../src/services/indicators/contacts-rollup.ts';
import {
  evaluateContactsWithoutSummary,
  evaluateDefinition,
  type EvaluateOptions,
} from '../../src/services/indicators/evaluate.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';
import { asMap, ctx, insertActivities } from '../helpers/indicators.ts';

/**
 * The indicator engine's `contacts` source on known data: measures, filters and breakdowns,
 * tags counted once in totals, and the daily summary giving the same numbers as the raw
 * contacts. Activities and questionnaire answers: indicators-sources.test.ts.
 */
let t: TestApp;
let org: string;
let other: string;
let location: string;
let activity: Record<string, string> = {};
const PERIOD = { from: '2026-01-01', to: '2026-02-28' };

const run = <T>(fn: (tx: Parameters<Parameters<typeof withContext>[2]>[0]) => Promise<T>) =>
  withContext(t.db.database.db, ctx(org), fn);
const evaluate = (def: Partial<IndicatorDefinition>, options: Partial<EvaluateOptions> = {}) =>
  run((tx) =>
    evaluateDefinition(
      tx,
      org,
      { source: 'contacts', measure: 'sum', filters: [], breakdowns: [], ...def },
      { ...PERIOD, ...options },
    ),
  );
/** Contacts as [date, type, count, theme, language, at the desk, tags, activity]. */
type ContactRow = [
  string,
  string,
  number,
  string | null,
  string | null,
  boolean,
  string[],
  string | null,
];
const CONTACTS: ContactRow[] = [
  ['2026-01-05', 'individual_advice', 3, 'learn', 'nl', true, ['ukrainian', 'neet'], null],
  ['2026-01-06', 'individual_advice', 2, 'work', 'fr', false, ['ukrainian'], null],
  ['2026-01-10', 'collective_activity', 10, 'learn', 'nl', false, ['neet'], 'A1'],
  ['2026-02-05', 'collective_activity', 7, null, 'fr', false, [], 'A2'],
  ['2026-02-06', 'collective_activity', 1, null, 'nl', false, [], 'A1'],
  ['2026-01-01', 'event', 50, null, 'fr', false, [], 'A3'],
  ['2026-02-10', 'documentation_centre', 4, null, null, false, [], null],
  ['2025-12-31', 'individual_advice', 100, null, null, false, [], null],
  ['2026-03-01', 'individual_advice', 100, null, null, false, [], null],
];

async function insertContact(organisationId: string, row: ContactRow) {
  const [date, type, count, theme, language, atDesk, tags, activityTitle] = row;
  await withContext(t.db.database.db, ctx(organisationId), (tx) =>
    tx.execute(sql`INSERT INTO contacts (organisation_id, contact_date, type, count, theme,
      language, channel, location_id, municipality, tags, activity_id)
      VALUES (${organisationId}, ${date}, ${type}, ${count}, ${theme}, ${language}, 'walk_in',
        ${atDesk ? location : null}, ${atDesk ? '21004' : null}, ${`{${tags.join(',')}}`}::text[],
        ${activityTitle ? activity[activityTitle]! : null})`),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', ['org_admin']);
  org = centre.organisationId;
  other = (await createOrganisation(t.app, installation, 'elsewhere')).organisationId;
  const desk = { slug: 'desk', name: 'Front desk', kind: 'office' };
  location = (await centre.clients.org_admin!.post('/api/locations', desk)).json().id;
  activity = await insertActivities(t, org);
  for (const row of CONTACTS) await insertContact(org, row);
  await insertContact(other, [
    '2026-01-05',
    'individual_advice',
    1000,
    null,
    null,
    false,
    [],
    null,
  ]);
});
afterAll(() => t?.close());

describe('contacts', () => {
  it('sums people in the period, in the organisation only', async () => {
    expect(await evaluate({})).toEqual({ value: 77, groups: [] });
    expect((await evaluate({}, { from: '2025-12-31', to: '2026-03-01' })).value).toBe(277);
    expect((await evaluate({ measure: 'count' })).value).toBe(7);
  });

  it('breaks down by type, largest first, and by date parts in date order', async () => {
    const byType = await evaluate({}, { breakdown: 'type' });
    expect(byType.groups).toEqual([
      { key: 'event', value: 50 },
      { key: 'collective_activity', value: 18 },
      { key: 'individual_advice', value: 5 },
      { key: 'documentation_centre', value: 4 },
    ]);
    const months = await evaluate({}, { from: '2025-12-01', to: '2026-03-31', breakdown: 'month' });
    expect(months.groups).toEqual([
      { key: '2025-12', value: 100 },
      { key: '2026-01', value: 65 },
      { key: '2026-02', value: 12 },
      { key: '2026-03', value: 100 },
    ]);
    const quarters = await evaluate(
      {},
      { from: '2025-12-01', to: '2026-03-31', breakdown: 'quarter' },
    );
    expect(quarters.groups).toEqual([
      { key: '2025-Q4', value: 100 },
      { key: '2026-Q1', value: 177 },
    ]);
    const years = await evaluate({}, { from: '2025-12-01', to: '2026-03-31', breakdown: 'year' });
    expect(years.groups.map((g) => g.key)).toEqual(['2025', '2026']);
  });

  it('counts a contact with two tags in both groups but once in the total', async () => {
    const byTag = await evaluate({}, { breakdown: 'tag' });
    expect(byTag.value).toBe(77);
    expect(asMap(byTag.groups)).toEqual({ neet: 13, ukrainian: 5, null: 62 });
    const either = await evaluate({ filters: [{ field: 'tag', values: ['ukrainian', 'neet'] }] });
    expect(either.value).toBe(15);
    const eitherByTag = await evaluate(
      { filters: [{ field: 'tag', values: ['ukrainian', 'neet'] }] },
      { breakdown: 'tag' },
    );
    expect(eitherByTag).toEqual({
      value: 15,
      groups: [
        { key: 'neet', value: 13 },
        { key: 'ukrainian', value: 5 },
      ],
    });
  });

  it('filters and breaks down by activity kind and category, and counts distinct', async () => {
    const kinds = await evaluate({}, { breakdown: 'activity_kind' });
    expect(kinds.groups).toEqual([
      { key: 'job_fair', value: 50 },
      { key: 'info_session', value: 11 },
      { key: null, value: 9 },
      { key: 'workshop', value: 7 },
    ]);
    const collective = { filters: [{ field: 'type', values: ['collective_activity'] }] };
    expect(asMap((await evaluate(collective, { breakdown: 'language' })).groups)).toEqual({
      nl: 11,
      fr: 7,
    });
    const sessions = {
      ...collective,
      measure: 'count_distinct' as const,
      distinctField: 'activity',
    };
    expect(await evaluate(sessions, { breakdown: 'month' })).toEqual({
      value: 2,
      groups: [
        { key: '2026-01', value: 1 },
        { key: '2026-02', value: 2 },
      ],
    });
    expect((await evaluate({ measure: 'count_distinct', distinctField: 'activity' })).value).toBe(
      3,
    );
    expect((await evaluate({ measure: 'count_distinct', distinctField: 'date' })).value).toBe(7);
    const advice = {
      measure: 'count_distinct' as const,
      distinctField: 'activity',
      filters: [{ field: 'type', values: ['individual_advice'] }],
    };
    expect((await evaluate(advice)).value).toBe(0);
    const located = await evaluate(
      { filters: [{ field: 'location', values: [location] }] },
      { breakdown: 'municipality' },
    );
    expect(located).toEqual({ value: 3, groups: [{ key: '21004', value: 3 }] });
  });

  it('gives the same numbers from the daily summary as from the contacts', async () => {
    const fast: [Partial<IndicatorDefinition>, string | undefined][] = [
      [{}, undefined],
      [{}, 'tag'],
      [{}, 'type'],
      [{}, 'activity_kind'],
      [{}, 'month'],
      [{ filters: [{ field: 'tag', values: ['neet'] }] }, 'tag'],
      [{ filters: [{ field: 'tag', values: ['neet'] }] }, 'quarter'],
      [{ filters: [{ field: 'type', values: ['individual_advice', 'event'] }] }, 'type'],
      [{ filters: [{ field: 'location', values: [location] }] }, 'month'],
      [{ filters: [{ field: 'activity_category', values: ['collective'] }] }, 'activity_kind'],
      [{ measure: 'count_distinct', distinctField: 'activity' }, 'type'],
      [
        {
          measure: 'count_distinct',
          distinctField: 'activity',
          filters: [{ field: 'activity_kind', values: ['workshop', 'job_fair'] }],
        },
        'activity_category',
      ],
      [
        {
          measure: 'count_distinct',
          distinctField: 'activity',
          filters: [{ field: 'type', values: ['event', 'documentation_centre'] }],
        },
        'year',
      ],
      // type and language together: the type_language dimension
      [{ filters: [{ field: 'type', values: ['collective_activity'] }] }, 'language'],
      [
        {
          filters: [
            { field: 'type', values: ['individual_advice', 'collective_activity'] },
            { field: 'language', values: ['nl', 'fr'] },
          ],
        },
        'type',
      ],
      [{ filters: [{ field: 'language', values: ['fr'] }] }, 'type'],
    ];
    // Built-in totals and months are read from the summary (the annual report's load).
    for (const def of BUILT_IN_INDICATORS.filter((i) => i.source === 'contacts'))
      fast.push([def, undefined], [def, 'month']);
    const either: typeof fast = [
      [{ measure: 'count' }, 'type'],
      [{ measure: 'count_distinct', distinctField: 'date' }, 'tag'],
      [{ filters: [{ field: 'tag', values: ['neet', 'ukrainian'] }] }, 'tag'],
    ];
    for (const def of BUILT_IN_INDICATORS.filter((i) => i.source === 'contacts'))
      for (const breakdown of def.breakdowns) either.push([def, breakdown]);
    for (const [partial, breakdown] of [...fast, ...either]) {
      const def: IndicatorDefinition = {
        source: 'contacts',
        measure: 'sum',
        filters: [],
        breakdowns: [],
        ...partial,
      };
      const options = { from: '2025-12-01', to: '2026-03-31', breakdown };
      const label = JSON.stringify([partial, breakdown]);
      const [summary, raw, engine] = await run(async (tx) => [
        await evaluateContactsFromSummary(tx, org, def, options.from, options.to, breakdown),
        await evaluateContactsWithoutSummary(tx, org, def, options),
        await evaluateDefinition(tx, org, def, options),
      ]);
      if (fast.some(([p, b]) => p === partial && b === breakdown)) {
        expect(summary, label).not.toBeNull();
        expect(summary!.total, label).toBe(raw.value);
      }
      expect(engine, label).toEqual(raw);
      expect(raw.value, label).toBeGreaterThanOrEqual(0);
    }
    // two summary dimensions other than type and language: the contacts answer
    const slow: IndicatorDefinition = {
      source: 'contacts',
      measure: 'sum',
      filters: [{ field: 'type', values: ['collective_activity'] }],
      breakdowns: [],
    };
    expect(
      await run((tx) =>
        evaluateContactsFromSummary(tx, org, slow, '2026-01-01', '2026-02-28', 'theme'),
      ),
    ).toBeNull();
  });
});
