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
let coordinator: Client;
let analyst: Client;
let partner: Client;
let third: Client;
let ownerId: string;
let partnerId: string;
let secondPartnerId: string;
let thirdId: string;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const owner = await createOrganisation(t.app, installation, 'owner', [
    'org_admin',
    'coordinator',
    'analyst',
  ]);
  const first = await createOrganisation(t.app, installation, 'partner', ['org_admin']);
  const second = await createOrganisation(t.app, installation, 'second', ['org_admin']);
  const other = await createOrganisation(t.app, installation, 'third', ['org_admin']);
  [admin, coordinator, analyst] = [
    owner.clients.org_admin!,
    owner.clients.coordinator!,
    owner.clients.analyst!,
  ];
  partner = first.clients.org_admin!;
  third = other.clients.org_admin!;
  [ownerId, partnerId, secondPartnerId, thirdId] = [
    owner.organisationId,
    first.organisationId,
    second.organisationId,
    other.organisationId,
  ];
});
afterAll(() => t?.close());

const NEET = () => ({
  name: 'NEET 2024–2027',
  description: 'Young people not in employment, education or training',
  periodStart: '2024-01-01',
  periodEnd: '2027-12-31',
  budget: 1650000,
  partnerIds: [partnerId, secondPartnerId],
  funders: [
    {
      name: 'ESF+',
      amounts: [
        { year: 2025, amount: 400000 },
        { year: 2024, amount: 412500.5 },
      ],
    },
    { name: 'Brussels Region', amounts: [{ year: 2024, amount: 100000 }] },
  ],
});

function issuesOf(response: { statusCode: number; json(): { errors: unknown[] } }) {
  expect(response.statusCode).toBe(400);
  return response.json().errors as { path: string; code: string; message: string }[];
}

describe('programmes', () => {
  it('creates a programme with partners and funders, sums funding per year, and reads it back', async () => {
    const created = await coordinator.post('/api/programmes', NEET());
    expect(created.statusCode, created.body).toBe(201);
    const programme = created.json();
    expect(programme).toMatchObject({
      name: 'NEET 2024–2027',
      owner: { id: ownerId, slug: 'owner' },
      role: 'owner',
      budget: 1650000,
      targetCount: 0,
      targets: [],
    });
    expect(programme.partners.map((p: { slug: string }) => p.slug).sort()).toEqual([
      'partner',
      'second',
    ]);
    expect(programme.funders).toEqual([
      {
        name: 'ESF+',
        amounts: [
          { year: 2024, amount: 412500.5 },
          { year: 2025, amount: 400000 },
        ],
        total: 812500.5,
      },
      { name: 'Brussels Region', amounts: [{ year: 2024, amount: 100000 }], total: 100000 },
    ]);
    expect(programme.fundingByYear).toEqual([
      { year: 2024, amount: 512500.5 },
      { year: 2025, amount: 400000 },
    ]);
    expect((await analyst.get(`/api/programmes/${programme.id}`)).json()).toEqual(programme);
  });

  it('lists own and partner programmes with search, role filter and paging', async () => {
    await admin.post('/api/programmes', {
      ...NEET(),
      name: 'Skills profiles',
      partnerIds: [],
      funders: [],
    });
    await partner.post('/api/programmes', { ...NEET(), name: 'Partner own', partnerIds: [] });
    const mine = (await admin.get('/api/programmes')).json();
    expect(mine.items.map((p: { name: string }) => p.name)).toEqual([
      'NEET 2024–2027',
      'Skills profiles',
    ]);
    expect(mine.total).toBe(2);
    expect((await admin.get('/api/programmes?q=skill')).json().items).toHaveLength(1);
    const asPartner = (await partner.get('/api/programmes')).json();
    expect(asPartner.items.map((p: { name: string; role: string }) => [p.name, p.role])).toEqual([
      ['NEET 2024–2027', 'partner'],
      ['Partner own', 'owner'],
    ]);
    const filtered = (await partner.get('/api/programmes?role=partner')).json();
    expect(filtered.items.map((p: { name: string }) => p.name)).toEqual(['NEET 2024–2027']);
    const paged = (await admin.get('/api/programmes?limit=1&offset=1')).json();
    expect(paged).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(paged.items[0].name).toBe('Skills profiles');
    expect((await third.get('/api/programmes')).json().total).toBe(0);
  });

  it('changes only the fields sent, replaces funders, and audits every change', async () => {
    const { id } = (await admin.post('/api/programmes', { ...NEET(), name: 'Patchable' })).json();
    const renamed = await admin.patch(`/api/programmes/${id}`, { name: 'Patched' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Patched', budget: 1650000 });
    expect(renamed.json().partners).toHaveLength(2);
    expect(renamed.json().funders).toHaveLength(2);
    const refunded = await admin.patch(`/api/programmes/${id}`, {
      funders: [{ name: 'Actiris', amounts: [{ year: 2026, amount: 10 }] }],
      partnerIds: [partnerId],
    });
    expect(refunded.json().fundingByYear).toEqual([{ year: 2026, amount: 10 }]);
    expect(refunded.json().partners.map((p: { id: string }) => p.id)).toEqual([partnerId]);
    const target = await admin.post(`/api/programmes/${id}/targets`, {
      indicator: 'individual_advice',
      target: 10,
      deadline: '2025-12-31',
    });
    const targetId = target.json().id;
    await admin.patch(`/api/programmes/${id}/targets/${targetId}`, { target: 12 });
    await admin.delete(`/api/programmes/${id}/targets/${targetId}`);
    expect((await admin.delete(`/api/programmes/${id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/programmes/${id}`)).statusCode).toBe(404);
    const audit = (await admin.get('/api/audit?action=programme.&limit=200')).json();
    const actions = audit.items
      .filter((e: { entityId: string }) => e.entityId === id)
      .map((e: { action: string }) => e.action)
      .sort();
    expect(actions).toEqual([
      'programme.created',
      'programme.deleted',
      'programme.target_added',
      'programme.target_removed',
      'programme.target_updated',
      'programme.updated',
      'programme.updated',
    ]);
  });

  it('refuses bad programmes with translated field issues and writes nothing', async () => {
    const before = (await admin.get('/api/programmes')).json().total;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ periodEnd: '2023-12-31' }, 'periodEnd', 'period_reversed'],
      [{ partnerIds: [ownerId] }, 'partnerIds.0', 'partner_is_owner'],
      [{ partnerIds: ['00000000-0000-4000-8000-000000000000'] }, 'partnerIds.0', 'unknown_partner'],
      [{ partnerIds: [partnerId, partnerId] }, 'partnerIds.1', 'duplicate_partner'],
      [{ budget: -5 }, 'budget', 'too_small'],
    ];
    for (const [change, path, code] of cases) {
      const issues = issuesOf(
        await admin.post('/api/programmes', { ...NEET(), name: 'Refused', ...change }),
      );
      expect(issues, JSON.stringify(change)).toContainEqual(
        expect.objectContaining({ path, code }),
      );
      expect(issues[0]!.message).not.toMatch(/^issue\./);
    }
    expect((await admin.get('/api/programmes')).json().total).toBe(before);
    const { id } = (await admin.get('/api/programmes?q=NEET')).json().items[0];
    const reversed = issuesOf(
      await admin.patch(`/api/programmes/${id}`, { periodStart: '2030-01-01' }),
    );
    expect(reversed).toContainEqual(expect.objectContaining({ path: 'periodEnd' }));
    expect((await admin.get(`/api/programmes/${id}`)).json().periodStart).toBe('2024-01-01');
  });

  it('refuses partner candidates to readers and lists every other organisation to managers', async () => {
    const response = await coordinator.get('/api/programmes/partner-candidates');
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([partnerId, secondPartnerId, thirdId]));
    expect(ids).not.toContain(ownerId);
    expect((await analyst.get('/api/programmes/partner-candidates')).statusCode).toBe(403);
  });
});

describe('who may do what', () => {
  let id: string;
  let targetId: string;
  beforeAll(async () => {
    id = (await admin.post('/api/programmes', { ...NEET(), name: 'Guarded' })).json().id;
    targetId = (
      await admin.post(`/api/programmes/${id}/targets`, {
        indicator: 'contacts_total',
        target: 3000,
        deadline: '2027-12-31',
        partnerId,
      })
    ).json().id;
  });

  it('lets a partner read (role partner) but never change anything', async () => {
    // Invited: no progress until it accepts; then it reads the same aggregates.
    expect((await partner.get(`/api/programmes/${id}/progress`)).statusCode).toBe(403);
    const accepted = await partner.post(`/api/programmes/${id}/partnership`, { accept: true });
    expect(accepted.json()).toEqual({ status: 'accepted' });
    expect((await partner.get(`/api/programmes/${id}/progress`)).statusCode).toBe(200);
    const before = (await admin.get(`/api/programmes/${id}`)).json();
    const read = await partner.get(`/api/programmes/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ role: 'partner', name: 'Guarded' });
    expect(read.json().targets[0].indicatorLabels.en).toBe('Contacts');
    const attempts = [
      partner.patch(`/api/programmes/${id}`, { name: 'Taken over' }),
      partner.delete(`/api/programmes/${id}`),
      partner.post(`/api/programmes/${id}/targets`, {
        indicator: 'contacts_total',
        target: 1,
        deadline: '2027-12-31',
      }),
      partner.patch(`/api/programmes/${id}/targets/${targetId}`, { target: 1 }),
      partner.delete(`/api/programmes/${id}/targets/${targetId}`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().code).toBe('PROGRAMME_READ_ONLY');
    }
    expect((await admin.get(`/api/programmes/${id}`)).json()).toEqual(before);
  });

  it('answers 404 to an organisation that is neither owner nor partner', async () => {
    const before = (await admin.get(`/api/programmes/${id}`)).json();
    const attempts = [
      third.get(`/api/programmes/${id}`),
      third.get(`/api/programmes/${id}/progress`),
      third.patch(`/api/programmes/${id}`, { name: 'Taken over' }),
      third.delete(`/api/programmes/${id}`),
      third.post(`/api/programmes/${id}/targets`, {
        indicator: 'contacts_total',
        target: 1,
        deadline: '2027-12-31',
      }),
      third.patch(`/api/programmes/${id}/targets/${targetId}`, { target: 1 }),
      third.delete(`/api/programmes/${id}/targets/${targetId}`),
      third.post(`/api/programmes/${id}/partnership`, { accept: true }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.body).not.toContain('Guarded');
    }
    expect((await admin.get(`/api/programmes/${id}`)).json()).toEqual(before);
  });

  it('lets an analyst read but not create or change', async () => {
    expect((await analyst.get(`/api/programmes/${id}`)).statusCode).toBe(200);
    expect((await analyst.get(`/api/programmes/${id}/progress`)).statusCode).toBe(200);
    const refused = [
      await analyst.post('/api/programmes', NEET()),
      await analyst.patch(`/api/programmes/${id}`, { name: 'No' }),
      await analyst.delete(`/api/programmes/${id}`),
      await analyst.post(`/api/programmes/${id}/targets`, {
        indicator: 'contacts_total',
        target: 1,
        deadline: '2027-12-31',
      }),
    ];
    for (const response of refused) expect(response.json().code).toBe('FORBIDDEN');
  });

  it('refuses to remove a partner that still has targets', async () => {
    const response = await admin.patch(`/api/programmes/${id}`, {
      partnerIds: [secondPartnerId],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('PARTNER_HAS_TARGETS');
    const partners = (await admin.get(`/api/programmes/${id}`)).json().partners;
    expect(partners.map((p: { id: string }) => p.id).sort()).toEqual(
      [partnerId, secondPartnerId].sort(),
    );
  });
});
