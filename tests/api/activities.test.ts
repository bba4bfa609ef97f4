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

let t: TestApp;
let admin: Client;
let counsellor: Client;
let analyst: Client;
let other: Client;
let otherLocationId: string;

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
  otherLocationId = (
    await other.post('/api/locations', { slug: 'hall', name: 'Their hall', kind: 'office' })
  ).json().id;
});
afterAll(() => t?.close());

const session = (overrides: Record<string, unknown> = {}) => ({
  kind: 'info_session',
  title: 'Studying in Brussels',
  startsAt: '2026-01-15T14:00:00+01:00',
  endsAt: '2026-01-15T16:00:00+01:00',
  language: 'nl',
  theme: 'learn',
  capacity: 20,
  ...overrides,
});

describe('activities', () => {
  it('refuses bad input with the field named, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [session({ kind: 'picnic' }), 'kind', 'unknown_kind'],
      [session({ endsAt: '2026-01-15T13:00:00+01:00' }), 'endsAt', 'ends_before_start'],
      [session({ startsAt: '2026-01-15 14:00' }), 'startsAt', 'invalid_datetime'],
      [session({ locationId: otherLocationId }), 'locationId', 'unknown_location'],
      [session({ capacity: -1 }), 'capacity', 'too_small'],
      [session({ title: '' }), 'title', 'required'],
      [session({ status: 'cancelled' }), 'status', 'invalid_value'],
      [session({ surprise: true }), 'surprise', 'unknown_field'],
    ];
    for (const [body, path, code] of cases) {
      const response = await counsellor.post('/api/activities', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors, JSON.stringify(body)).toContainEqual(
        expect.objectContaining({ path, code }),
      );
    }
    expect((await analyst.get('/api/activities')).json().total).toBe(0);
    expect((await analyst.post('/api/activities', session())).statusCode).toBe(403);
  });

  it('lists with filters and keeps another organisation out', async () => {
    const a = (await counsellor.post('/api/activities', session())).json();
    await counsellor.post(
      '/api/activities',
      session({ kind: 'fair', title: 'Jobbeurs Tour & Taxis', language: 'fr' }),
    );
    await counsellor.post(`/api/activities/${a.id}/attendance`, { count: 12 });
    const held = (await analyst.get('/api/activities?status=held')).json();
    expect(held.items.map((i: { title: string }) => i.title)).toEqual(['Studying in Brussels']);
    expect(held.items[0]).toMatchObject({ attendance: 12, status: 'held', category: 'collective' });
    expect((await analyst.get('/api/activities?category=event')).json().total).toBe(1);
    expect((await analyst.get('/api/activities?language=fr')).json().total).toBe(1);
    expect((await analyst.get('/api/activities?q=taxis')).json().total).toBe(1);
    expect((await analyst.get('/api/activities?from=2026-01-16&to=2026-01-31')).json().total).toBe(
      0,
    );
    expect((await analyst.get('/api/activities?from=2026-01-15&to=2026-01-15')).json().total).toBe(
      2,
    );
    expect((await other.get('/api/activities')).json().total).toBe(0);
    expect((await other.post(`/api/activities/${a.id}/attendance`, { count: 3 })).statusCode).toBe(
      404,
    );
    expect((await analyst.get(`/api/activities/${a.id}`)).json().attendance).toBe(12);
  });

  it('refuses to move an activity with attendance to another category, and to delete it', async () => {
    const a = (await counsellor.post('/api/activities', session({ title: 'Moving' }))).json();
    await counsellor.post(`/api/activities/${a.id}/attendance`, { count: 4 });
    const moved = await counsellor.patch(`/api/activities/${a.id}`, { kind: 'outreach_trip' });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0]).toMatchObject({ path: 'kind', code: 'kind_category_locked' });
    expect(
      (await counsellor.patch(`/api/activities/${a.id}`, { kind: 'workshop' })).statusCode,
    ).toBe(200);
    const removed = await counsellor.delete(`/api/activities/${a.id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json()).toMatchObject({ code: 'ACTIVITY_HAS_ATTENDANCE', params: { count: 4 } });
  });

  it('asks before recording attendance above the capacity, and records it once confirmed', async () => {
    // In October: the statistics below count January.
    const october = { startsAt: '2025-10-15T14:00:00+02:00', endsAt: '2025-10-15T16:00:00+02:00' };
    const a = (
      await counsellor.post('/api/activities', session({ title: 'Full room', ...october }))
    ).json();
    const capacity: number = a.capacity;
    const record = (body: Record<string, unknown>) =>
      counsellor.post(`/api/activities/${a.id}/attendance`, body);
    expect((await record({ count: capacity - 2 })).statusCode).toBe(201);
    // Up to the capacity itself is fine.
    expect((await record({ count: 2 })).json()).toMatchObject({ attendance: capacity });

    const over = await record({ count: 3, language: 'fr' });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      code: 'ATTENDANCE_OVER_CAPACITY',
      params: { capacity, attendance: capacity + 3 },
    });
    expect(over.json().detail).toBe(
      `This brings the attendance to ${capacity + 3}, above the activity’s capacity of ${capacity}. Check the number, or confirm that more people came.`,
    );
    const unchanged = (await counsellor.get(`/api/activities/${a.id}`)).json();
    expect(unchanged).toMatchObject({ attendance: capacity, attendanceLines: 2 });

    const confirmed = await record({ count: 3, language: 'fr', confirmOverCapacity: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(confirmed.json()).toMatchObject({ attendance: capacity + 3, attendanceLines: 3 });
    // The audit trail says which line went above the capacity.
    const audit = await withContext(
      t.db.database.db,
      { organisationId: null, userId: null, isAdmin: true },
      (tx) =>
        tx.execute(sql`SELECT (details->>'count')::int AS count,
          coalesce((details->>'overCapacity')::boolean, false) AS over
          FROM audit_log WHERE action = 'activity.attendance_recorded' AND entity_id = ${a.id}
          ORDER BY id`),
    );
    expect((audit as unknown as { rows: unknown[] }).rows).toEqual([
      { count: capacity - 2, over: false },
      { count: 2, over: false },
      { count: 3, over: true },
    ]);
    // Without a capacity nothing is asked.
    const open = (
      await counsellor.post(
        '/api/activities',
        session({ title: 'Open day', capacity: null, ...october }),
      )
    ).json();
    const many = await counsellor.post(`/api/activities/${open.id}/attendance`, { count: 500 });
    expect(many.statusCode).toBe(201);
  });
});

describe('activity kinds and tags', () => {
  it('lets org admins add, relabel and switch off kinds; others may only read', async () => {
    expect(
      (
        await counsellor.post('/api/activity-kinds', {
          slug: 'speed_dating',
          category: 'collective',
          labels: { en: 'Job speed dating' },
        })
      ).statusCode,
    ).toBe(403);
    const created = await admin.post('/api/activity-kinds', {
      slug: 'speed_dating',
      category: 'collective',
      labels: { nl: 'Jobspeeddate', fr: "Speed dating de l'emploi", en: 'Job speed dating' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ builtIn: false, active: true });
    expect(
      (
        await admin.post('/api/activity-kinds', {
          slug: 'workshop',
          category: 'event',
          labels: {},
        })
      ).json().code,
    ).toBe('SLUG_TAKEN');
    const off = await admin.patch('/api/activity-kinds/vr_orientation', { active: false });
    expect(off.json()).toMatchObject({ builtIn: true, active: false });
    const refused = await counsellor.post('/api/activities', session({ kind: 'vr_orientation' }));
    expect(refused.json().errors[0]).toMatchObject({ path: 'kind', code: 'unknown_kind' });
    expect(
      (await counsellor.post('/api/activities', session({ kind: 'speed_dating' }))).statusCode,
    ).toBe(201);
    const kinds = (await analyst.get('/api/activity-kinds')).json();
    expect(kinds.find((k: { slug: string }) => k.slug === 'speed_dating').labels.nl).toBe(
      'Jobspeeddate',
    );
    // Another organisation still has its own, untouched list
    const theirs = (await other.get('/api/activity-kinds')).json();
    expect(theirs.find((k: { slug: string }) => k.slug === 'vr_orientation').active).toBe(true);
    expect(theirs.some((k: { slug: string }) => k.slug === 'speed_dating')).toBe(false);
  });

  it('lets org admins label tags, with keys checked', async () => {
    const put = await admin.put('/api/contact-tags/neet_referral', {
      labels: { nl: 'Doorverwezen NEET-jongere', fr: 'Jeune NEET orienté', en: 'NEET referral' },
    });
    expect(put.statusCode).toBe(200);
    expect((await counsellor.put('/api/contact-tags/x', { labels: {} })).statusCode).toBe(403);
    const bad = await admin.put('/api/contact-tags/Bad Tag', { labels: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'slug', code: 'invalid_key' });
    expect((await other.get('/api/contact-tags')).json()).toEqual([]);
  });
});

describe('statistics', () => {
  it('refuses periods and dimensions it cannot answer', async () => {
    const cases: [string, string, string][] = [
      ['from=2026-02-01&to=2026-01-01', 'to', 'period_reversed'],
      ['from=2000-01-01&to=2026-01-01', 'to', 'period_too_long'],
      ['from=2026-01-01&to=2026-01-31&groupBy=type,colour', 'groupBy', 'unknown_dimension'],
      [
        'from=2026-01-01&to=2026-01-31&groupBy=type,theme,language,channel',
        'groupBy',
        'too_many_dimensions',
      ],
      ['to=2026-01-31', 'from', 'required'],
      ['from=2026-02-30&to=2026-03-01', 'from', 'invalid_date'],
    ];
    for (const [query, path, code] of cases) {
      const response = await analyst.get(`/api/contacts/stats?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors, query).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it('groups by month and tag and compares with a year earlier', async () => {
    await counsellor.post('/api/contacts', {
      type: 'individual_advice',
      date: '2026-01-05',
      tags: ['ukrainian'],
      count: 3,
    });
    await counsellor.post('/api/contacts', {
      type: 'individual_advice',
      date: '2025-01-05',
      count: 2,
    });
    const stats = (
      await analyst.get(
        '/api/contacts/stats?from=2026-01-01&to=2026-01-31&groupBy=month,tag&type=individual_advice&compare=previous_year',
      )
    ).json();
    expect(stats.current).toMatchObject({ total: 3 });
    expect(stats.current.groups).toEqual([
      { key: { month: '2026-01', tag: 'ukrainian' }, count: 3 },
    ]);
    expect(stats.previous).toMatchObject({ from: '2025-01-01', to: '2025-01-31', total: 2 });
    expect(stats.previous.groups).toEqual([{ key: { month: '2025-01', tag: null }, count: 2 }]);
    const dashboard = (
      await analyst.get('/api/contacts/dashboard?from=2026-01-01&to=2026-01-31')
    ).json();
    // 12 and 4 people at the two sessions of 15 January, and 3 contacts of 5 January
    expect(dashboard.months).toEqual([{ month: '2026-01', count: 12 + 4 + 3, previous: 2 }]);
    expect(dashboard.breakdowns.tag).toContainEqual({ key: 'ukrainian', count: 3, previous: 0 });
  });
});

describe('batch races', () => {
  it('counts a batch once when the same key arrives twice at the same time', async () => {
    const body = {
      contacts: [
        { type: 'documentation_centre', date: '2026-02-01', count: 2 },
        { type: 'documentation_centre', date: '2026-02-01', count: 5 },
      ],
    };
    const [one, two] = await Promise.all([
      counsellor.post('/api/contacts/batch', body, { 'idempotency-key': 'race-1' }),
      counsellor.post('/api/contacts/batch', body, { 'idempotency-key': 'race-1' }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 201]);
    const stats = (
      await analyst.get(
        '/api/contacts/stats?from=2026-02-01&to=2026-02-01&type=documentation_centre',
      )
    ).json();
    expect(stats.current.total).toBe(7);
  });
});
