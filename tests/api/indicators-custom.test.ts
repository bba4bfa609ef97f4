import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../src/db/context.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

/**
 * The indicators API for an organisation's own indicators: create, change and delete with
 * their checks and audit trail, who may do what, and another organisation's reach.
 */
let t: TestApp;
let admin: Client;
let analyst: Client;
let coordinator: Client;
let stranger: Client;
let org: string;
let location: string;

const PERIOD = 'from=2026-01-01&to=2026-02-28';
const NEET = {
  code: 'neet_reached',
  labels: { nl: 'NEET bereikt', fr: 'NEET touchés', en: 'NEET reached' },
  description: { en: 'Young people not in employment, education or training', nl: '' },
  unit: 'people',
  source: 'contacts',
  measure: 'sum',
  filters: [{ field: 'tag', values: ['neet'] }],
  breakdowns: ['type', 'month'],
};

const issuesOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((i) => `${i.path}:${i.code}`);

async function asOrg<T>(fn: (tx: Parameters<Parameters<typeof withContext>[2]>[0]) => Promise<T>) {
  return withContext(t.db.database.db, { organisationId: org, userId: null, isAdmin: false }, fn);
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'analyst',
    'coordinator',
  ]);
  org = centre.organisationId;
  admin = centre.clients.org_admin!;
  analyst = centre.clients.analyst!;
  coordinator = centre.clients.coordinator!;
  stranger = (await createOrganisation(t.app, installation, 'elsewhere')).clients.org_admin!;
  location = (
    await admin.post('/api/locations', { slug: 'desk', name: 'Front desk', kind: 'office' })
  ).json().id;
  await admin.put('/api/contact-tags/ukrainian', {
    labels: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
  });
  await asOrg((tx) =>
    tx.execute(sql`INSERT INTO contacts (organisation_id, contact_date, type, count, theme,
      language, location_id, municipality, tags) VALUES
      (${org}, '2026-01-05', 'individual_advice', 3, 'learn', 'nl', ${location}, '21004', '{ukrainian,neet}'),
      (${org}, '2026-01-06', 'individual_advice', 2, 'work', 'fr', NULL, '21009', '{neet}'),
      (${org}, '2026-02-10', 'documentation_centre', 4, NULL, 'fr', NULL, NULL, '{}'),
      (${org}, '2026-03-01', 'individual_advice', 100, NULL, NULL, NULL, NULL, '{}')`),
  );
});
afterAll(() => t?.close());

describe('own indicators', () => {
  let id: string;

  it('lets an org admin define one, recorded in the audit trail', async () => {
    const created = await admin.post('/api/indicators', NEET);
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({
      code: 'neet_reached',
      builtIn: false,
      description: { en: NEET.description.en },
      distinctField: null,
      filters: NEET.filters,
      usedByTargets: 0,
    });
    expect(created.json().description).not.toHaveProperty('nl');
    const audit = (await admin.get('/api/audit?action=indicator.')).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['indicator.created']);
    const listed = (await analyst.get('/api/indicators')).json().items;
    expect(listed.find((i: { code: string }) => i.code === 'neet_reached').id).toBe(id);
    expect((await analyst.get(`/api/indicators/${id}`)).json().code).toBe('neet_reached');
  });

  it('evaluates it by the breakdowns it allows', async () => {
    const value = (
      await analyst.get(`/api/indicators/values/neet_reached?${PERIOD}&breakdown=month`)
    ).json();
    expect(value).toMatchObject({
      value: 5,
      groups: [{ key: '2026-01', label: '2026-01', value: 5 }],
    });
    const refused = await analyst.get(
      `/api/indicators/values/neet_reached?${PERIOD}&breakdown=theme`,
    );
    expect(issuesOf(refused.json())).toEqual(['breakdown:unknown_field']);
  });

  it('changes labels without touching the definition, and the definition when asked', async () => {
    const labels = { ...NEET.labels, en: 'NEET young people reached' };
    const relabelled = await admin.patch(`/api/indicators/${id}`, { labels });
    expect(relabelled.statusCode).toBe(200);
    expect(relabelled.json()).toMatchObject({
      labels,
      filters: NEET.filters,
      breakdowns: NEET.breakdowns,
    });
    const counted = await admin.patch(`/api/indicators/${id}`, {
      measure: 'count_distinct',
      distinctField: 'date',
    });
    expect(counted.json()).toMatchObject({ measure: 'count_distinct', distinctField: 'date' });
    expect((await analyst.get(`/api/indicators/values/neet_reached?${PERIOD}`)).json().value).toBe(
      2,
    );
    const back = await admin.patch(`/api/indicators/${id}`, { measure: 'sum' });
    expect(back.json()).toMatchObject({ measure: 'sum', distinctField: null });
    const bad = await admin.patch(`/api/indicators/${id}`, {
      filters: [{ field: 'type', values: ['nap'] }],
    });
    expect(issuesOf(bad.json())).toEqual(['filters.0.values.0:unknown_value']);
    expect((await analyst.get(`/api/indicators/${id}`)).json().filters).toEqual(NEET.filters);
  });

  it('refuses taken codes and unsound definitions, with the field named', async () => {
    const taken = await admin.post('/api/indicators', NEET);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('INDICATOR_CODE_TAKEN');
    const builtIn = await admin.post('/api/indicators', { ...NEET, code: 'contacts_total' });
    expect(builtIn.statusCode).toBe(409);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ filters: [{ field: 'colour', values: ['red'] }] }, ['filters.0.field:unknown_field']],
      [
        { filters: [{ field: 'type', values: ['event', 'nap'] }] },
        ['filters.0.values.1:unknown_value'],
      ],
      [
        { filters: [{ field: 'location', values: ['00000000-0000-4000-8000-000000000000'] }] },
        ['filters.0.values.0:unknown_value'],
      ],
      [
        { filters: [{ field: 'tag', values: ['never_used'] }] },
        ['filters.0.values.0:unknown_value'],
      ],
      [{ source: 'activities', breakdowns: [], filters: [] }, ['measure:measure_not_allowed']],
      [{ breakdowns: ['colour'] }, ['breakdowns.0:unknown_field']],
      [{ code: 'Bad Code' }, ['code:invalid_indicator_code']],
    ];
    for (const [change, expected] of cases) {
      const response = await admin.post('/api/indicators', {
        ...NEET,
        code: 'other_code',
        ...change,
      });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(issuesOf(response.json()), JSON.stringify(change)).toEqual(expected);
    }
    expect(
      (await admin.get('/api/indicators'))
        .json()
        .items.filter((i: { builtIn: boolean }) => !i.builtIn),
    ).toHaveLength(1);
  });

  it('lets only org admins change indicators', async () => {
    for (const client of [analyst, coordinator]) {
      expect((await client.post('/api/indicators', { ...NEET, code: 'mine' })).statusCode).toBe(
        403,
      );
      expect((await client.patch(`/api/indicators/${id}`, { unit: 'contacts' })).statusCode).toBe(
        403,
      );
      expect((await client.delete(`/api/indicators/${id}`)).statusCode).toBe(403);
    }
  });

  it('keeps it out of another organisation’s reach', async () => {
    expect((await stranger.get(`/api/indicators/${id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/indicators/${id}`, { unit: 'contacts' })).statusCode).toBe(
      404,
    );
    expect((await stranger.delete(`/api/indicators/${id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/indicators/values/neet_reached?${PERIOD}`)).statusCode).toBe(
      404,
    );
    const theirs = (await stranger.get('/api/indicators')).json().items;
    expect(theirs.some((i: { code: string }) => i.code === 'neet_reached')).toBe(false);
    // the same code is free in another organisation
    expect((await stranger.post('/api/indicators', { ...NEET, filters: [] })).statusCode).toBe(201);
  });

  it('cannot be deleted while a programme target uses it', async () => {
    await asOrg(async (tx) => {
      const result =
        await tx.execute(sql`INSERT INTO programmes (organisation_id, name, period_start, period_end)
        VALUES (${org}, 'NEET 2024-2027', '2024-01-01', '2027-12-31') RETURNING id`);
      const programme = (result as unknown as { rows: { id: string }[] }).rows[0]!.id;
      await tx.execute(sql`INSERT INTO programme_targets (organisation_id, programme_id,
        indicator_code, target_value, period_start, deadline)
        VALUES (${org}, ${programme}, 'neet_reached', 3000, '2024-01-01', '2027-12-31')`);
    });
    expect((await analyst.get(`/api/indicators/${id}`)).json().usedByTargets).toBe(1);
    const refused = await admin.delete(`/api/indicators/${id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('INDICATOR_IN_USE');
    expect((await analyst.get(`/api/indicators/${id}`)).statusCode).toBe(200);
    await asOrg((tx) =>
      tx.execute(sql`DELETE FROM programme_targets WHERE organisation_id = ${org}`),
    );
    expect((await admin.delete(`/api/indicators/${id}`)).statusCode).toBe(200);
    expect((await analyst.get(`/api/indicators/${id}`)).statusCode).toBe(404);
    const audit = (await admin.get('/api/audit?action=indicator.')).json().items;
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual([
      'indicator.created',
      'indicator.deleted',
      'indicator.updated',
      'indicator.updated',
      'indicator.updated',
    ]);
  });
});
