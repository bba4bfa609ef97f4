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
 * The daily summary `contact_day_stats` follows every way contacts change, and the
 * statistics read from it equal those computed from the contacts one by one.
 */
let t: TestApp;
let admin: Client;
let counsellor: Client;
let analyst: Client;
let other: Client;
let locationId: string;

const FROM = '2026-01-01';
const TO = '2026-03-02';
const PREVIOUS = { from: '2025-01-01', to: '2025-03-02' };

interface ContactItem {
  id: string;
  date: string;
  type: string;
  count: number;
  theme: string | null;
  language: string | null;
  channel: string | null;
  locationId: string | null;
  municipality: string | null;
  tags: string[];
  activityId: string | null;
}
interface ActivityItem {
  id: string;
  kind: string;
  category: string;
}

const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'counsellor',
    'analyst',
  ]);
  admin = centre.clients.org_admin!;
  counsellor = centre.clients.counsellor!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
  locationId = (
    await admin.post('/api/locations', { slug: 'desk', name: 'Front desk', kind: 'office' })
  ).json().id;
});
afterAll(() => t?.close());

async function all<T>(client: Client, path: string): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await client.get(`${path}?limit=200&offset=${offset}`)).json();
    items.push(...page.items);
    if (items.length >= page.total) return items;
  }
}

/** Figures computed here from the contacts as the API lists them. */
async function expected(from: string, to: string) {
  const activities = new Map(
    (await all<ActivityItem>(analyst, '/api/activities')).map((a) => [a.id, a]),
  );
  const contacts = (await all<ContactItem>(admin, '/api/contacts')).filter(
    (c) => c.date >= from && c.date <= to,
  );
  const keysOf = (c: ContactItem, dimension: string): (string | null)[] => {
    switch (dimension) {
      case 'tag':
        return c.tags.length ? c.tags : [null];
      case 'location':
        return [c.locationId];
      case 'activity':
        return [c.activityId];
      case 'activityKind':
        return [c.activityId ? activities.get(c.activityId)!.kind : null];
      case 'month':
        return [c.date.slice(0, 7)];
      case 'year':
        return [c.date.slice(0, 4)];
      case 'day':
        return [c.date];
      default:
        return [(c as unknown as Record<string, string | null>)[dimension]!];
    }
  };
  const groups = (dimension: string) => {
    const counts = new Map<string | null, number>();
    for (const c of contacts)
      for (const key of keysOf(c, dimension)) counts.set(key, (counts.get(key) ?? 0) + c.count);
    return counts;
  };
  const categories = new Map<string, { activities: Set<string>; reached: number }>();
  for (const c of contacts) {
    if (!c.activityId) continue;
    const category = activities.get(c.activityId)!.category;
    const entry = categories.get(category) ?? { activities: new Set(), reached: 0 };
    entry.activities.add(c.activityId);
    entry.reached += c.count;
    categories.set(category, entry);
  }
  return {
    total: contacts.reduce((sum, c) => sum + c.count, 0),
    groups,
    categories,
  };
}

const sorted = <T extends { key: unknown }>(list: T[]) =>
  [...list].sort((a, b) => String(a.key).localeCompare(String(b.key)));

const mapOf = (list: { key: string | null; count: number }[]) =>
  new Map(list.map((g) => [g.key, g.count]));

/** The summary equals a recomputation from the contacts, in every organisation. */
async function expectSummaryInStep() {
  const admin = { organisationId: null, userId: null, isAdmin: true };
  await withContext(t.db.database.db, admin, async (tx) => {
    const summary = rows(
      await tx.execute(sql`SELECT organisation_id, contact_date::text AS day, dimension, key,
        count::bigint::text AS n FROM contact_day_stats ORDER BY 1, 2, 3, 4`),
    );
    const recomputed = rows(
      await tx.execute(sql`
      WITH expanded AS (
        SELECT c.organisation_id, c.contact_date, v.dimension, v.key, c.count
        FROM contacts c CROSS JOIN LATERAL (VALUES ('type', c.type),
          ('type_language', c.type || '|' || coalesce(c.language, '')),
          ('theme', coalesce(c.theme, '')), ('language', coalesce(c.language, '')),
          ('channel', coalesce(c.channel, '')), ('location', coalesce(c.location_id::text, '')),
          ('municipality', coalesce(c.municipality, '')),
          ('activity', coalesce(c.activity_id::text, ''))) AS v(dimension, key)
        UNION ALL
        SELECT c.organisation_id, c.contact_date, 'tag', coalesce(t.slug, ''), c.count
        FROM contacts c LEFT JOIN LATERAL unnest(c.tags) AS t(slug) ON true)
      SELECT organisation_id, contact_date::text AS day, dimension, key, sum(count)::bigint::text AS n
      FROM expanded GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`),
    );
    expect(summary).toEqual(recomputed);
  });
}

/** The dashboard and the statistics (summary and contacts paths) equal the figures computed here. */
async function expectStatisticsRight() {
  await expectSummaryInStep();
  const now = await expected(FROM, TO);
  const before = await expected(PREVIOUS.from, PREVIOUS.to);
  expect(now.total).toBeGreaterThan(0);

  const dashboard = (await analyst.get(`/api/contacts/dashboard?from=${FROM}&to=${TO}`)).json();
  expect(dashboard.total).toBe(now.total);
  expect(dashboard.previousTotal).toBe(before.total);
  for (const dimension of [
    'type',
    'theme',
    'language',
    'channel',
    'location',
    'municipality',
    'tag',
    'activityKind',
  ]) {
    const a = now.groups(dimension);
    const b = before.groups(dimension);
    const keys = new Set([...a.keys(), ...b.keys()]);
    expect(sorted(dashboard.breakdowns[dimension]), dimension).toEqual(
      sorted([...keys].map((key) => ({ key, count: a.get(key) ?? 0, previous: b.get(key) ?? 0 }))),
    );
  }
  const months = now.groups('month');
  const previousMonths = before.groups('month');
  expect(dashboard.months).toEqual(
    ['01', '02', '03'].map((m) => ({
      month: `2026-${m}`,
      count: months.get(`2026-${m}`) ?? 0,
      previous: previousMonths.get(`2025-${m}`) ?? 0,
    })),
  );
  expect(dashboard.activities).toEqual(
    ['collective', 'event', 'outreach'].map((category) => ({
      category,
      activities: now.categories.get(category)?.activities.size ?? 0,
      reached: now.categories.get(category)?.reached ?? 0,
      previousActivities: before.categories.get(category)?.activities.size ?? 0,
      previousReached: before.categories.get(category)?.reached ?? 0,
    })),
  );

  for (const dimension of [
    'type',
    'theme',
    'language',
    'channel',
    'location',
    'municipality',
    'tag',
    'activity',
    'activityKind',
    'year',
    'month',
    'week',
    'day',
  ]) {
    const response = await analyst.get(
      `/api/contacts/stats?from=${FROM}&to=${TO}&groupBy=${dimension}&compare=previous_year`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json();
    expect(stats.current.total).toBe(now.total);
    expect(stats.previous.total).toBe(before.total);
    if (dimension === 'week') continue; // ISO weeks: compared between the two paths below
    const groups = mapOf(
      stats.current.groups.map((g: { key: Record<string, string | null>; count: number }) => ({
        key: g.key[dimension]!,
        count: g.count,
      })),
    );
    expect(groups, dimension).toEqual(now.groups(dimension));
    const counts = stats.current.groups.map((g: { count: number }) => g.count);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
  }

  // Two dimensions with a date part read the summary; three read the contacts: same figures.
  const summary = (
    await analyst.get(`/api/contacts/stats?from=${FROM}&to=${TO}&groupBy=tag,week`)
  ).json();
  const raw = (
    await analyst.get(`/api/contacts/stats?from=${FROM}&to=${TO}&groupBy=tag,week,type`)
  ).json();
  const collapse = (groups: { key: Record<string, string | null>; count: number }[]) => {
    const out = new Map<string, number>();
    for (const g of groups) {
      const key = `${g.key.tag}|${g.key.week}`;
      out.set(key, (out.get(key) ?? 0) + g.count);
    }
    return out;
  };
  expect(collapse(summary.current.groups)).toEqual(collapse(raw.current.groups));
  expect(summary.current.groups.length).toBeGreaterThan(0);
}

describe('contact_day_stats', () => {
  let activityId: string;
  let contactIds: string[] = [];

  it('follows recorded contacts, batches, attendance and imports', async () => {
    const record = async (body: Record<string, unknown>) => {
      const response = await counsellor.post('/api/contacts', body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    contactIds = [
      await record({
        type: 'individual_advice',
        theme: 'work',
        language: 'fr',
        channel: 'walk_in',
        locationId,
        tags: ['ukrainian', 'neet_referral'],
      }),
      await record({ type: 'documentation_centre', date: '2026-01-15', count: 3 }),
      await record({ type: 'event', date: '2026-02-20', municipality: '21004', count: 7 }),
      await record({ type: 'individual_advice', date: '2026-02-27', tags: ['ukrainian'] }),
    ];
    const batch = await counsellor.post(
      '/api/contacts/batch',
      {
        contacts: [
          { type: 'individual_advice', date: '2026-02-27', theme: 'learn', externalId: 'tab-1' },
          { type: 'documentation_centre', date: '2026-02-28', count: 4, externalId: 'tab-2' },
        ],
      },
      { 'idempotency-key': 'rollup-1' },
    );
    expect(batch.statusCode, batch.body).toBe(201);
    const activity = await counsellor.post('/api/activities', {
      kind: 'info_session',
      title: 'Studying in Brussels',
      startsAt: '2026-01-15T14:00:00+01:00',
      language: 'nl',
      theme: 'learn',
    });
    expect(activity.statusCode, activity.body).toBe(201);
    activityId = activity.json().id;
    const attendance = await counsellor.post(`/api/activities/${activityId}/attendance`, {
      count: 12,
    });
    expect(attendance.statusCode, attendance.body).toBeLessThan(300);
    const csv = [
      'date;type;count;activity;external_id;tags;theme',
      '12/02/2026;collective_activity;5;WS-7;A-1;ukrainian;learn',
      '10/02/2025;collective_activity;7;WS-7;A-2;;',
      '11/02/2026;outreach;30;TRUCK-1;A-3;;work',
      '14/01/2025;individual_advice;3;;A-4;neet_referral;',
      '02/03/2025;event;2;;A-5;;',
    ].join('\n');
    const imported = await admin.request('POST', '/api/imports/contacts', csv, {
      'content-type': 'text/csv',
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ committed: true, inserted: 5 });
    // another organisation's contacts stay out of this one's figures
    expect(
      (await other.post('/api/contacts', { type: 'event', count: 50, tags: ['ukrainian'] }))
        .statusCode,
    ).toBe(201);
    await expectStatisticsRight();
  });

  it('follows corrections, re-imports and deletions', async () => {
    const patched = await counsellor.patch(`/api/contacts/${contactIds[0]}`, {
      type: 'event',
      tags: ['neet_referral'],
      theme: null,
      count: 2,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const moved = await counsellor.patch(`/api/contacts/${contactIds[1]}`, { date: '2025-02-01' });
    expect(moved.statusCode, moved.body).toBe(200);
    const csv = 'date;type;count;external_id\n11/02/2026;outreach;9;A-3\n';
    const reimported = await admin.request('POST', '/api/imports/contacts', csv, {
      'content-type': 'text/csv',
    });
    expect(reimported.statusCode, reimported.body).toBe(200);
    await expectStatisticsRight();

    expect((await counsellor.delete(`/api/contacts/${contactIds[2]}`)).statusCode).toBeLessThan(
      300,
    );
    expect((await counsellor.delete(`/api/contacts/${contactIds[3]}`)).statusCode).toBeLessThan(
      300,
    );
    await expectStatisticsRight();
  });

  it('leaves no zero rows and nothing of a deleted organisation', async () => {
    const admin = { organisationId: null, userId: null, isAdmin: true };
    await withContext(t.db.database.db, admin, async (tx) => {
      const [zero] = rows(
        await tx.execute(sql`SELECT count(*)::int AS n FROM contact_day_stats WHERE count <= 0`),
      );
      expect(zero!.n).toBe(0);
      const [org] = rows(
        await tx.execute(sql`SELECT organisation_id AS id FROM contacts WHERE count = 50`),
      );
      await tx.execute(sql`DELETE FROM organisations WHERE id = ${org!.id}`);
      const [left] = rows(
        await tx.execute(
          sql`SELECT count(*)::int AS n FROM contact_day_stats WHERE organisation_id = ${org!.id}`,
        ),
      );
      expect(left!.n).toBe(0);
    });
    await expectSummaryInStep();
  });
});
