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
 * The indicators API for reading: built-in indicators, the builder's catalog, values with
 * labelled groups and ad-hoc evaluation. Own indicators: indicators-custom.test.ts.
 */
let t: TestApp;
let admin: Client;
let analyst: Client;
let stranger: Client;
let org: string;
let location: string;

const PERIOD = 'from=2026-01-01&to=2026-02-28';
const issuesOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((i) => `${i.path}:${i.code}`);

async function asOrg<T>(fn: (tx: Parameters<Parameters<typeof withContext>[2]>[0]) => Promise<T>) {
  return withContext(t.db.database.db, { organisationId: org, userId: null, isAdmin: false }, fn);
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', ['org_admin', 'analyst']);
  org = centre.organisationId;
  admin = centre.clients.org_admin!;
  analyst = centre.clients.analyst!;
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

describe('reading', () => {
  it('lists the built-in indicators for every member', async () => {
    const response = await analyst.get('/api/indicators');
    expect(response.statusCode).toBe(200);
    const total = response.json().items.find((i: { code: string }) => i.code === 'contacts_total');
    expect(total).toMatchObject({ id: null, builtIn: true, source: 'contacts', usedByTargets: 0 });
  });

  it('gives a catalog with the organisation’s values labelled in the caller’s language', async () => {
    const catalog = (await analyst.get('/api/indicators/catalog?lang=fr')).json();
    const contacts = catalog.sources.find((s: { source: string }) => s.source === 'contacts');
    expect(contacts.measures).toEqual(['sum', 'count', 'count_distinct']);
    const field = (key: string) => contacts.fields.find((f: { key: string }) => f.key === key);
    expect(field('type').values).toContainEqual({
      value: 'individual_advice',
      label: 'Conseil individuel',
    });
    expect(field('location').values).toEqual([{ value: location, label: 'Front desk' }]);
    expect(field('tag').values).toEqual([
      { value: 'neet', label: 'neet' },
      { value: 'ukrainian', label: 'Ukrainiens' },
    ]);
    expect(field('municipality').values).toContainEqual({ value: '21004', label: 'Bruxelles' });
    expect(field('month')).toMatchObject({ filter: false, breakdown: true, values: null });
    const answers = catalog.sources.find((s: { source: string }) => s.source === 'survey_answers');
    const survey = answers.fields.find((f: { key: string }) => f.key === 'survey');
    expect(survey.values).toContainEqual({
      value: 'visitor_profile',
      label: 'Profil des visiteurs',
    });
    // another organisation sees none of this one's tags or locations
    const theirs = (await stranger.get('/api/indicators/catalog')).json();
    const theirTags = theirs.sources[0].fields.find((f: { key: string }) => f.key === 'tag');
    expect(theirTags.values).toEqual([]);
  });

  it('evaluates a built-in indicator with labelled groups', async () => {
    const value = (
      await analyst.get(`/api/indicators/values/contacts_total?${PERIOD}&breakdown=type`)
    ).json();
    expect(value).toEqual({
      code: 'contacts_total',
      from: '2026-01-01',
      to: '2026-02-28',
      value: 9,
      breakdown: 'type',
      suppressed: false,
      hiddenGroups: 0,
      protection: null,
      groups: [
        { key: 'individual_advice', label: 'Individual advice', value: 5 },
        { key: 'documentation_centre', label: expect.any(String), value: 4 },
      ],
    });
    const byPlace = (
      await analyst.get(
        `/api/indicators/values/contacts_total?${PERIOD}&breakdown=municipality&lang=nl`,
      )
    ).json();
    expect(
      byPlace.groups.map((g: { key: string; label: string; value: number }) => [
        g.key,
        g.label,
        g.value,
      ]),
    ).toEqual([
      [null, 'Niet geregistreerd', 4],
      ['21004', 'Brussel', 3],
      ['21009', 'Elsene', 2],
    ]);
    const tags = (
      await analyst.get(`/api/indicators/values/contacts_total?${PERIOD}&breakdown=tag`)
    ).json();
    expect(tags.value).toBe(9);
    expect(tags.groups.map((g: { key: string; label: string }) => [g.key, g.label])).toEqual([
      ['neet', 'neet'],
      [null, expect.any(String)],
      ['ukrainian', 'Ukrainians'],
    ]);
  });

  it('refuses a breakdown the indicator does not allow, bad periods and unknown codes', async () => {
    const notAllowed = await analyst.get(
      `/api/indicators/values/individual_advice?${PERIOD}&breakdown=type`,
    );
    expect(notAllowed.statusCode).toBe(400);
    expect(issuesOf(notAllowed.json())).toEqual(['breakdown:unknown_field']);
    const reversed = await analyst.get(
      '/api/indicators/values/contacts_total?from=2026-02-01&to=2026-01-01',
    );
    expect(issuesOf(reversed.json())).toEqual(['to:period_reversed']);
    const long = await analyst.get(
      '/api/indicators/values/contacts_total?from=2000-01-01&to=2026-01-01',
    );
    expect(issuesOf(long.json())).toEqual(['to:period_too_long']);
    expect((await analyst.get(`/api/indicators/values/no_such_thing?${PERIOD}`)).statusCode).toBe(
      404,
    );
  });

  it('evaluates an unsaved definition for the builder’s preview', async () => {
    const body = {
      source: 'contacts',
      measure: 'count',
      filters: [{ field: 'language', values: ['fr'] }],
      from: '2026-01-01',
      to: '2026-02-28',
      breakdown: 'theme',
    };
    const response = await analyst.post('/api/indicators/evaluate', body);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: null, value: 2, breakdown: 'theme' });
    expect(response.json().groups).toEqual([
      { key: 'work', label: 'Work', value: 1 },
      { key: null, label: expect.any(String), value: 1 },
    ]);
    const bad = await analyst.post('/api/indicators/evaluate', {
      ...body,
      filters: [{ field: 'colour', values: ['red'] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(issuesOf(bad.json())).toEqual(['filters.0.field:unknown_field']);
  });
});
