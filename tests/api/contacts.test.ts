import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let counsellor2: Client;
let analyst: Client;
let other: Client;
let locationId: string;
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
  const second = await admin.post('/api/members', {
    email: 'second@centre.example',
    name: 'Second counsellor',
    password: 'kiwi lantaarn Molenbeek 7',
    roles: ['counsellor'],
    language: 'en',
  });
  expect(second.statusCode).toBe(201);
  const { Client: ClientClass } = await import('../helpers/app.ts');
  counsellor2 = new ClientClass(t.app);
  await counsellor2.login('second@centre.example');
  const elsewhere = await createOrganisation(t.app, installation, 'elsewhere', ['org_admin']);
  other = elsewhere.clients.org_admin!;
  locationId = (
    await admin.post('/api/locations', { slug: 'desk', name: 'Front desk', kind: 'office' })
  ).json().id;
  otherLocationId = (
    await other.post('/api/locations', { slug: 'desk', name: 'Their desk', kind: 'office' })
  ).json().id;
});
afterAll(() => t?.close());

describe('recording contacts', () => {
  it('records a contact with defaults: today in the organisation zone, count 1', async () => {
    const response = await counsellor.post('/api/contacts', {
      type: 'individual_advice',
      theme: 'work',
      language: 'fr',
      channel: 'walk_in',
      locationId,
      tags: ['ukrainian'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      date: '2026-03-02',
      count: 1,
      type: 'individual_advice',
      tags: ['ukrainian'],
      recordedByName: 'counsellor of centre',
      editable: true,
    });
    const tags = (await counsellor.get('/api/contact-tags')).json();
    expect(tags.map((tag: { slug: string }) => tag.slug)).toContain('ukrainian');
  });

  it('refuses unknown types and themes, bad counts, impossible and future dates', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: 'coffee' }, 'type', 'invalid_value'],
      [{ type: 'event', theme: 'sleep' }, 'theme', 'invalid_value'],
      [{ type: 'event', count: 0 }, 'count', 'too_small'],
      [{ type: 'event', count: -3 }, 'count', 'too_small'],
      [{ type: 'event', count: 1.5 }, 'count', 'invalid_type'],
      [{ type: 'event', date: '2023-02-30' }, 'date', 'invalid_date'],
      [{ type: 'event', date: '2026-03-03' }, 'date', 'future_date'],
      [{ type: 'event', language: 'xx' }, 'language', 'unknown_language'],
      [{ type: 'event', locationId: otherLocationId }, 'locationId', 'unknown_location'],
    ];
    const before = (await admin.get('/api/contacts?limit=1')).json().total;
    for (const [body, path, code] of cases) {
      const response = await counsellor.post('/api/contacts', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const problem = response.json();
      expect(problem.errors, JSON.stringify(body)).toContainEqual(
        expect.objectContaining({ path, code }),
      );
      expect(problem.errors[0].message).not.toMatch(/^issue\./);
    }
    expect((await admin.get('/api/contacts?limit=1')).json().total).toBe(before);
  });

  it('keeps analysts to aggregates and other organisations out', async () => {
    expect((await analyst.post('/api/contacts', { type: 'event' })).statusCode).toBe(403);
    const mine = (await counsellor.post('/api/contacts', { type: 'event' })).json();
    expect((await other.get(`/api/contacts/${mine.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/contacts/${mine.id}`, { count: 9 })).statusCode).toBe(404);
    expect((await other.delete(`/api/contacts/${mine.id}`)).statusCode).toBe(404);
    expect((await analyst.get(`/api/contacts/${mine.id}`)).statusCode).toBe(403);
  });
});

describe('activities and attendance', () => {
  it('plans, records attendance as contacts, and never counts twice', async () => {
    const planned = await counsellor.post('/api/activities', {
      kind: 'outreach_trip',
      title: 'Formtruck Anneessens',
      startsAt: '2026-02-20T10:00:00+01:00',
      endsAt: '2026-02-20T15:00:00+01:00',
      municipality: '21004',
      neighbourhood: 'Anneessens',
      language: 'fr',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const activity = planned.json();
    expect(activity).toMatchObject({ category: 'outreach', status: 'planned', attendance: 0 });
    const recorded = await counsellor.post(`/api/activities/${activity.id}/attendance`, {
      count: 40,
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ status: 'held', attendance: 40, attendanceLines: 1 });
    await counsellor.post(`/api/activities/${activity.id}/attendance`, {
      count: 5,
      language: 'ar',
    });
    const stats = (
      await analyst.get('/api/contacts/stats?from=2026-02-01&to=2026-02-28&groupBy=type,language')
    ).json();
    expect(stats.current.total).toBe(45);
    expect(stats.current.groups).toEqual(
      expect.arrayContaining([
        { key: { type: 'outreach', language: 'fr' }, count: 40 },
        { key: { type: 'outreach', language: 'ar' }, count: 5 },
      ]),
    );
    const dashboard = (
      await analyst.get('/api/contacts/dashboard?from=2026-02-01&to=2026-02-28')
    ).json();
    expect(dashboard.total).toBe(45);
    expect(dashboard.activities).toContainEqual(
      expect.objectContaining({ category: 'outreach', activities: 1, reached: 45 }),
    );
    expect(dashboard.breakdowns.type).toContainEqual({ key: 'outreach', count: 45, previous: 0 });
    expect(dashboard.breakdowns.activityKind).toContainEqual({
      key: 'outreach_trip',
      count: 45,
      previous: 0,
    });
    const cancel = await counsellor.post(`/api/activities/${activity.id}/cancel`);
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().code).toBe('ACTIVITY_HAS_ATTENDANCE');
  });

  it('refuses a contact whose type does not fit its activity, or another organisation’s activity', async () => {
    const session = (
      await counsellor.post('/api/activities', {
        kind: 'workshop',
        title: 'CV workshop',
        startsAt: '2026-02-10T09:00:00Z',
      })
    ).json();
    const wrong = await counsellor.post('/api/contacts', { type: 'event', activityId: session.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ path: 'type', code: 'activity_type_mismatch' });
    const theirs = (
      await other.post('/api/activities', {
        kind: 'workshop',
        title: 'Theirs',
        startsAt: '2026-02-10T09:00:00Z',
      })
    ).json();
    const cross = await counsellor.post('/api/contacts', {
      type: 'collective_activity',
      activityId: theirs.id,
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().errors[0]).toMatchObject({ path: 'activityId', code: 'unknown_activity' });
    expect((await counsellor.post(`/api/activities/${session.id}/cancel`)).json().status).toBe(
      'cancelled',
    );
    const late = await counsellor.post(`/api/activities/${session.id}/attendance`, { count: 3 });
    expect(late.json().code).toBe('ACTIVITY_CANCELLED');
  });
});

describe('batch', () => {
  const body = {
    contacts: [
      { type: 'individual_advice', date: '2026-02-27', externalId: 'tab-1' },
      { type: 'documentation_centre', date: '2026-02-27', count: 4, externalId: 'tab-2' },
    ],
  };

  it('requires a key, is all or nothing, and replays the first result', async () => {
    expect((await counsellor.post('/api/contacts/batch', body)).json().code).toBe(
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    const invalid = await counsellor.post(
      '/api/contacts/batch',
      { contacts: [...body.contacts, { type: 'individual_advice', date: '2030-01-01' }] },
      { 'idempotency-key': 'k-bad' },
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0]).toMatchObject({
      path: 'contacts.2.date',
      code: 'future_date',
    });
    expect((await admin.get('/api/contacts?externalId=tab-1')).json().total).toBe(0);

    const first = await counsellor.post('/api/contacts/batch', body, { 'idempotency-key': 'k-1' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: 2, updated: 0 });
    const replay = await counsellor.post('/api/contacts/batch', body, { 'idempotency-key': 'k-1' });
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const reused = await counsellor.post(
      '/api/contacts/batch',
      { contacts: [body.contacts[0]] },
      { 'idempotency-key': 'k-1' },
    );
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await admin.get('/api/contacts?externalId=tab-2')).json().items[0].count).toBe(4);
  });
});

describe('corrections', () => {
  it('lets a counsellor correct and undo own entries for 24 hours, org admins always', async () => {
    const mine = (await counsellor.post('/api/contacts', { type: 'documentation_centre' })).json();
    expect((await counsellor2.patch(`/api/contacts/${mine.id}`, { count: 2 })).statusCode).toBe(
      403,
    );
    const corrected = await counsellor.patch(`/api/contacts/${mine.id}`, {
      count: 3,
      theme: 'learn',
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ count: 3, theme: 'learn' });
    t.clock.advance(25 * 3600_000);
    // sessions idle out meanwhile: log in again
    await counsellor.login('counsellor@centre.example');
    await admin.login('org-admin@centre.example');
    const late = await counsellor.patch(`/api/contacts/${mine.id}`, { count: 4 });
    expect(late.statusCode).toBe(403);
    expect(late.json().code).toBe('CORRECTION_WINDOW_CLOSED');
    expect((await counsellor.delete(`/api/contacts/${mine.id}`)).statusCode).toBe(403);
    expect((await admin.patch(`/api/contacts/${mine.id}`, { count: 5 })).json().count).toBe(5);
    expect((await admin.delete(`/api/contacts/${mine.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/contacts/${mine.id}`)).statusCode).toBe(404);
  });
});
