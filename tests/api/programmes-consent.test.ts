import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

/**
 * A partner the owner adds is only invited: none of its figures are read until its org admin
 * or coordinator accepts; declining removes the partnership with its partner targets. The
 * test clock is 2026-03-02.
 */
let t: TestApp;
let owner: Client;
let partnerAdmin: Client;
let partnerCoordinator: Client;
let partnerAnalyst: Client;
let outsider: Client;
let partnerId: string;

async function record(client: Client, count: number, date: string) {
  const response = await client.post('/api/contacts', {
    type: 'individual_advice',
    theme: 'work',
    count,
    date,
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function programmeWithTargets(name: string) {
  const created = await owner.post('/api/programmes', {
    name,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    partnerIds: [partnerId],
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  const body = { indicator: 'individual_advice', target: 100, deadline: '2026-12-31' };
  // A partner target may be prepared while the partner is only invited.
  const partnerTarget = await owner.post(`/api/programmes/${id}/targets`, { ...body, partnerId });
  expect(partnerTarget.statusCode, partnerTarget.body).toBe(201);
  await owner.post(`/api/programmes/${id}/targets`, body);
  return id;
}

type Entry = {
  target: { partner: { id: string } | null };
  actual: number;
  byOrganisation: { organisation: { id: string }; actual: number; status?: string }[];
};

async function progressOf(id: string) {
  const response = await owner.get(`/api/programmes/${id}/progress`);
  expect(response.statusCode, response.body).toBe(200);
  const targets = response.json().targets as Entry[];
  return {
    whole: targets.find((e) => e.target.partner === null)!,
    partner: targets.find((e) => e.target.partner !== null),
  };
}

async function auditActions(client: Client, id: string) {
  const audit = (await client.get('/api/audit?action=programme.partnership&limit=50')).json();
  return audit.items
    .filter((e: { entityId: string }) => e.entityId === id)
    .map((e: { action: string }) => e.action);
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const o = await createOrganisation(t.app, installation, 'owner', ['org_admin']);
  const p = await createOrganisation(t.app, installation, 'partner', [
    'org_admin',
    'coordinator',
    'analyst',
  ]);
  const x = await createOrganisation(t.app, installation, 'outsider', ['org_admin']);
  owner = o.clients.org_admin!;
  [partnerAdmin, partnerCoordinator, partnerAnalyst] = [
    p.clients.org_admin!,
    p.clients.coordinator!,
    p.clients.analyst!,
  ];
  outsider = x.clients.org_admin!;
  partnerId = p.organisationId;
  await record(owner, 4, '2026-01-15');
  await record(partnerAdmin, 30, '2026-02-10');
});
afterAll(() => t?.close());

describe('programme partnership consent', () => {
  it('reads nothing of an invited partner, and counts it once it accepts', async () => {
    const id = await programmeWithTargets('Consent');
    const detail = (await owner.get(`/api/programmes/${id}`)).json();
    expect(detail.partners).toEqual([
      expect.objectContaining({ id: partnerId, status: 'invited' }),
    ]);
    const invited = await progressOf(id);
    expect(invited.whole.actual).toBe(4);
    expect(invited.whole.byOrganisation.map((o) => [o.actual, o.status])).toEqual([
      [4, undefined],
      [0, 'invited'],
    ]);
    expect(invited.partner).toMatchObject({ actual: 0, byOrganisation: [{ status: 'invited' }] });
    // The invited partner sees the programme to decide, but no progress.
    const asPartner = (await partnerAnalyst.get(`/api/programmes/${id}`)).json();
    expect(asPartner).toMatchObject({ role: 'partner', partnerStatus: 'invited' });
    expect((await partnerAdmin.get(`/api/programmes/${id}/progress`)).statusCode).toBe(403);

    const accepted = await partnerCoordinator.post(`/api/programmes/${id}/partnership`, {
      accept: true,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ status: 'accepted' });
    const after = await progressOf(id);
    expect(after.whole.actual).toBe(34);
    expect(after.whole.byOrganisation.map((o) => [o.actual, o.status])).toEqual([
      [4, undefined],
      [30, 'accepted'],
    ]);
    expect(after.partner).toMatchObject({ actual: 30, byOrganisation: [{ status: 'accepted' }] });
    expect((await owner.get(`/api/programmes/${id}`)).json().partners[0].status).toBe('accepted');
    // Accepting again changes nothing and is not audited twice.
    await partnerAdmin.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect(await auditActions(partnerAdmin, id)).toEqual(['programme.partnership_accepted']);
    // Changing the programme keeps the answer.
    await owner.patch(`/api/programmes/${id}`, { name: 'Consent renamed' });
    expect((await progressOf(id)).whole.actual).toBe(34);
  });

  it('removes the partnership and its partner targets when the partner declines', async () => {
    const id = await programmeWithTargets('Declined');
    const declined = await partnerAdmin.post(`/api/programmes/${id}/partnership`, {
      accept: false,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toEqual({ status: 'declined' });
    const detail = (await owner.get(`/api/programmes/${id}`)).json();
    expect(detail.partners).toEqual([]);
    expect(detail.targets).toHaveLength(1);
    expect(detail.targets[0].partner).toBeNull();
    expect((await partnerAdmin.get(`/api/programmes/${id}`)).statusCode).toBe(404);
    expect(await auditActions(partnerAdmin, id)).toEqual(['programme.partnership_declined']);
    // Answering again: no longer a partner.
    const again = await partnerAdmin.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect(again.statusCode).toBe(404);
    // The owner may invite it again: invited, not accepted.
    const readded = await owner.patch(`/api/programmes/${id}`, { partnerIds: [partnerId] });
    expect(readded.json().partners).toEqual([
      expect.objectContaining({ id: partnerId, status: 'invited' }),
    ]);
    expect((await progressOf(id)).whole.actual).toBe(4);
  });

  it('lets a partner leave after accepting', async () => {
    const id = await programmeWithTargets('Left');
    await partnerAdmin.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect((await progressOf(id)).whole.actual).toBe(34);
    await partnerAdmin.post(`/api/programmes/${id}/partnership`, { accept: false });
    const after = await progressOf(id);
    expect(after.whole.actual).toBe(4);
    expect(after.partner).toBeUndefined();
    expect(await auditActions(partnerAdmin, id)).toEqual([
      'programme.partnership_declined',
      'programme.partnership_accepted',
    ]);
  });

  it('evaluates the owner’s own indicator in the partner only once it accepts', async () => {
    const indicator = await owner.post('/api/indicators', {
      code: 'work_advice',
      labels: { nl: 'Werkadvies', fr: 'Conseil emploi', en: 'Work advice' },
      unit: 'contacts',
      source: 'contacts',
      measure: 'sum',
      filters: [{ field: 'theme', values: ['work'] }],
      breakdowns: [],
    });
    expect(indicator.statusCode, indicator.body).toBe(201);
    const created = await owner.post('/api/programmes', {
      name: 'Own indicator',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      partnerIds: [partnerId],
    });
    const id: string = created.json().id;
    const target = await owner.post(`/api/programmes/${id}/targets`, {
      indicator: 'work_advice',
      target: 50,
      deadline: '2026-12-31',
      partnerId,
    });
    expect(target.statusCode, target.body).toBe(201);
    expect((await progressOf(id)).partner).toMatchObject({ actual: 0 });
    await partnerAdmin.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect((await progressOf(id)).partner).toMatchObject({
      actual: 30,
      byOrganisation: [{ organisation: { id: partnerId }, actual: 30, status: 'accepted' }],
    });
  });

  it('never lets the owner answer for the partner', async () => {
    const id = await programmeWithTargets('Owner tries');
    const response = await owner.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({
        path: 'accept',
        code: 'owner_cannot_answer',
        message: expect.stringContaining('partner organisation'),
      }),
    ]);
    expect((await owner.get(`/api/programmes/${id}`)).json().partners[0].status).toBe('invited');
    expect((await progressOf(id)).whole.actual).toBe(4);
    expect(await auditActions(owner, id)).toEqual([]);
  });

  it('refuses analysts of the partner, other organisations and bad input', async () => {
    const id = await programmeWithTargets('Refusals');
    const analyst = await partnerAnalyst.post(`/api/programmes/${id}/partnership`, {
      accept: true,
    });
    expect(analyst.statusCode).toBe(403);
    expect(analyst.json().code).toBe('FORBIDDEN');
    const stranger = await outsider.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).not.toContain('Refusals');
    for (const body of [{}, { accept: 'yes' }, { accept: true, extra: 1 }]) {
      const bad = await partnerAdmin.post(`/api/programmes/${id}/partnership`, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
    const unknown = await partnerAdmin.post(
      '/api/programmes/00000000-0000-4000-8000-000000000000/partnership',
      { accept: true },
    );
    expect(unknown.statusCode).toBe(404);
    expect((await owner.get(`/api/programmes/${id}`)).json().partners[0].status).toBe('invited');
    expect((await progressOf(id)).whole.actual).toBe(4);
    expect(await auditActions(partnerAdmin, id)).toEqual([]);
  });

  it('leaves invitations out of the partner organisation’s annual report', async () => {
    const id = await programmeWithTargets('Report invitation');
    const report = async () =>
      (await partnerAdmin.get('/api/reports/annual?year=2026&lang=en')).body;
    expect(await report()).not.toContain('Report invitation');
    await partnerAdmin.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect(await report()).toContain('Report invitation');
  });
});
