import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

/**
 * Analysts get aggregates only, as their role promises: no contact entries one by one (they
 * carry who recorded them), and no answer of any route they may read names a colleague.
 */
let t: TestApp;
let admin: Client;
let counsellor: Client;
let coordinator: Client;
let analyst: Client;
let otherAnalyst: Client;
let staff: { id: string; email: string; name: string }[];
let contactId: string;
let activityId: string;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'counsellor',
    'coordinator',
    'analyst',
  ]);
  admin = centre.clients.org_admin!;
  counsellor = centre.clients.counsellor!;
  coordinator = centre.clients.coordinator!;
  analyst = centre.clients.analyst!;
  otherAnalyst = (await createOrganisation(t.app, installation, 'elsewhere', ['analyst'])).clients
    .analyst!;
  staff = (await admin.get('/api/members'))
    .json()
    .items.map((m: { userId: string; email: string; name: string }) => ({
      id: m.userId,
      email: m.email,
      name: m.name,
    }));
  const recorded = await counsellor.post('/api/contacts', {
    type: 'individual_advice',
    date: '2026-03-01',
    count: 2,
  });
  contactId = recorded.json().id;
  const activity = await counsellor.post('/api/activities', {
    kind: 'workshop',
    title: 'CV workshop',
    startsAt: '2026-02-20T10:00:00Z',
  });
  activityId = activity.json().id;
  await counsellor.post(`/api/activities/${activityId}/attendance`, { count: 12 });
});
afterAll(() => t?.close());

describe('analysts', () => {
  it('may not list or read contact entries, by any filter', async () => {
    const counsellorId = staff.find((s) => s.email.startsWith('counsellor'))!.id;
    for (const url of [
      '/api/contacts',
      `/api/contacts/${contactId}`,
      `/api/contacts?recordedBy=${counsellorId}`,
      '/api/contacts?recordedBy=me',
      `/api/contacts?activityId=${activityId}`,
    ]) {
      const response = await analyst.get(url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().code, url).toBe('FORBIDDEN');
    }
    // nor can another organisation's analyst
    expect((await otherAnalyst.get(`/api/contacts/${contactId}`)).statusCode).toBe(403);
  });

  it('still get the aggregates, equal to the entries the others see', async () => {
    const entries = (await coordinator.get('/api/contacts?limit=200')).json();
    const total = entries.items.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
    const stats = await analyst.get('/api/contacts/stats?from=2026-01-01&to=2026-12-31');
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json().current.total).toBe(total);
    const activity = await analyst.get(`/api/activities/${activityId}`);
    expect(activity.statusCode).toBe(200);
    expect(activity.json()).toMatchObject({ attendance: 12, attendanceLines: 1 });
  });

  it('read no colleague’s id, e-mail or name through any list they may open', async () => {
    const colleagues = staff.filter((s) => !s.email.startsWith('analyst'));
    expect(colleagues.length).toBeGreaterThanOrEqual(3);
    const routes = t.app.routeTable.filter(
      (r) => r.method === 'GET' && !r.url.includes(':') && !r.tenant?.startsWith('self'),
    );
    const urls = [
      ...routes.map((r) => r.url),
      `/api/activities/${activityId}`,
      '/api/contacts/stats?from=2026-01-01&to=2026-12-31&groupBy=day,activity',
    ];
    let readable = 0;
    for (const url of urls) {
      const response = await analyst.get(url);
      if (response.statusCode !== 200) continue;
      readable++;
      for (const colleague of colleagues)
        for (const value of [colleague.id, colleague.email, colleague.name])
          expect(response.body.includes(value), `${url} shows ${value}`).toBe(false);
    }
    expect(readable).toBeGreaterThan(5);
  });

  it('do not change what the recording roles see', async () => {
    for (const client of [counsellor, coordinator, admin]) {
      const list = await client.get('/api/contacts');
      expect(list.statusCode).toBe(200);
      expect(list.json().total).toBeGreaterThan(0);
    }
  });
});
