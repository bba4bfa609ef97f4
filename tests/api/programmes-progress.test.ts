import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

/**
 * Progress reads each organisation's figure of the target's indicator: the owner's and the
 * accepted partners' (as aggregates), over the target's period up to the as-of day. `partner`
 * accepts; `idle` stays invited (programmes-consent.test.ts covers the answer itself). The
 * test clock is 2026-03-02.
 */
let t: TestApp;
let owner: Client;
let partner: Client;
let idle: Client;
let third: Client;
let partnerId: string;
let idleId: string;
let programmeId: string;
const ids: Record<string, string> = {};

async function record(client: Client, type: string, count: number, date: string) {
  const response = await client.post('/api/contacts', { type, theme: 'work', count, date });
  expect(response.statusCode, response.body).toBe(201);
}

async function addTarget(name: string, body: Record<string, unknown>) {
  const response = await owner.post(`/api/programmes/${programmeId}/targets`, body);
  expect(response.statusCode, response.body).toBe(201);
  ids[name] = response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const o = await createOrganisation(t.app, installation, 'owner', ['org_admin']);
  const p = await createOrganisation(t.app, installation, 'partner', ['org_admin']);
  const q = await createOrganisation(t.app, installation, 'idle', ['org_admin']);
  const x = await createOrganisation(t.app, installation, 'third', ['org_admin']);
  [owner, partner, idle, third] = [
    o.clients.org_admin!,
    p.clients.org_admin!,
    q.clients.org_admin!,
    x.clients.org_admin!,
  ];
  [partnerId, idleId] = [p.organisationId, q.organisationId];
  programmeId = (
    await owner.post('/api/programmes', {
      name: 'Advice 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      partnerIds: [partnerId, idleId],
    })
  ).json().id;
  const accepted = await partner.post(`/api/programmes/${programmeId}/partnership`, {
    accept: true,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  await record(owner, 'individual_advice', 100, '2025-12-31'); // before the period
  await record(owner, 'individual_advice', 4, '2026-01-15');
  await record(owner, 'individual_advice', 2, '2026-02-10');
  await record(owner, 'event', 50, '2026-02-11');
  await record(partner, 'individual_advice', 3, '2026-02-20');
  await record(partner, 'event', 7, '2026-02-21'); // another kind: never in these figures
  await record(idle, 'individual_advice', 500, '2026-02-01'); // invited: never read
  await record(third, 'individual_advice', 1000, '2026-02-01'); // not in the programme
  // Whole programme: 9 done in 61 of 365 days → forecast round(9 / 61 × 365) = 54 ≥ 55 × 0.9.
  await addTarget('whole', { indicator: 'individual_advice', target: 55, deadline: '2026-12-31' });
  // The partner alone: 3 done in 61 of 181 days → forecast 9 ≥ 5.
  await addTarget('partner', {
    indicator: 'individual_advice',
    target: 5,
    deadline: '2026-06-30',
    partnerId,
  });
  await addTarget('met', { indicator: 'individual_advice', target: 3, deadline: '2026-06-30' });
  // The year 2026 of a 2026 programme: the 100 of 31 December 2025 does not count.
  await addTarget('yearly', {
    indicator: 'individual_advice',
    target: 1000,
    periodStart: '2026-01-01',
    deadline: '2026-12-31',
    year: 2026,
  });
  await addTarget('late', {
    indicator: 'individual_advice',
    target: 500,
    periodStart: '2026-01-01',
    deadline: '2026-02-28',
  });
});
afterAll(() => t?.close());

type Progress = {
  target: { id: string; partner: { id: string } | null };
  actual: number;
  shareDone: number;
  shareElapsed: number;
  forecast: number | null;
  status: string;
  byOrganisation: { organisation: { id: string; slug: string }; actual: number; status?: string }[];
  months: { month: string; actual: number; cumulative: number }[];
};

async function progress(client: Client, query = '') {
  const response = await client.get(`/api/programmes/${programmeId}/progress${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json();
  const byName = Object.fromEntries(
    Object.entries(ids).map(([name, id]) => [
      name,
      body.targets.find((x: Progress) => x.target.id === id) as Progress,
    ]),
  );
  return { body, byName };
}

const perOrganisation = (p: Progress) =>
  Object.fromEntries(p.byOrganisation.map((o) => [o.organisation.slug, o.actual]));

describe('programme progress', () => {
  it('sums the owner and every accepted partner for a whole-programme target, by organisation and month', async () => {
    const { body, byName } = await progress(owner);
    expect(body.asOf).toBe('2026-03-02');
    expect(body.rule).toEqual({ atRiskMargin: 0.1 });
    const whole = byName.whole!;
    expect(whole.actual).toBe(9);
    expect(perOrganisation(whole)).toEqual({ owner: 6, partner: 3, idle: 0 });
    expect(
      Object.fromEntries(whole.byOrganisation.map((o) => [o.organisation.slug, o.status])),
    ).toEqual({
      owner: undefined,
      partner: 'accepted',
      idle: 'invited',
    });
    expect(whole.months).toEqual([
      { month: '2026-01', actual: 4, cumulative: 4 },
      { month: '2026-02', actual: 5, cumulative: 9 },
      { month: '2026-03', actual: 0, cumulative: 9 },
    ]);
    expect(whole.shareDone).toBeCloseTo(9 / 55);
    expect(whole.shareElapsed).toBeCloseTo(61 / 365);
    expect(whole.forecast).toBe(54);
    expect(whole.status).toBe('at_risk');
  });

  it('counts only the partner for a partner target', async () => {
    const { byName } = await progress(owner);
    const target = byName.partner!;
    expect(target.actual).toBe(3);
    expect(target.byOrganisation).toEqual([
      {
        organisation: { id: partnerId, slug: 'partner', name: 'Org partner' },
        actual: 3,
        status: 'accepted',
      },
    ]);
    expect(target.forecast).toBe(9);
    expect(target.status).toBe('on_track');
    expect(byName.met!.status).toBe('met');
    expect(byName.late!).toMatchObject({ actual: 9, status: 'behind', shareElapsed: 1 });
  });

  it('narrows a yearly target to its calendar year', async () => {
    const { byName } = await progress(owner);
    const yearly = byName.yearly!;
    expect(yearly.actual).toBe(9);
    expect(yearly.months[0]).toEqual({ month: '2026-01', actual: 4, cumulative: 4 });
    expect(yearly.shareElapsed).toBeCloseTo(61 / 365);
  });

  it('reads as of another day', async () => {
    const { body, byName } = await progress(owner, '?asOf=2026-02-15');
    expect(body.asOf).toBe('2026-02-15');
    expect(byName.whole!.actual).toBe(6);
    expect(perOrganisation(byName.whole!)).toEqual({ owner: 6, partner: 0, idle: 0 });
    expect(byName.whole!.months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    const before = await progress(owner, '?asOf=2025-06-01');
    expect(before.byName.whole).toMatchObject({
      actual: 0,
      forecast: null,
      status: 'on_track',
      months: [],
    });
    const bad = await owner.get(`/api/programmes/${programmeId}/progress?asOf=2026-02-30`);
    expect(bad.statusCode).toBe(400);
  });

  it('shows accepted partners the same totals and their own figure, and never the kinds outside the indicator', async () => {
    const asOwner = (await progress(owner)).body;
    const asPartner = await progress(partner);
    // The programme's totals and months are the same; of the organisations' figures, a
    // partner sees only its own (never another partner's).
    const totals = (targets: Progress[]) => targets.map(({ byOrganisation: _, ...rest }) => rest);
    const visible = (asOwner.targets as Progress[]).filter(
      (target) => target.target.partner === null || target.target.partner.id === partnerId,
    );
    expect(totals(asPartner.body.targets)).toEqual(totals(visible));
    for (const [i, target] of (asPartner.body.targets as Progress[]).entries()) {
      const mine = visible[i]!.byOrganisation.filter((o) => o.organisation.id === partnerId);
      expect(target.byOrganisation).toEqual(mine);
    }
    expect(asPartner.body.programme).toMatchObject({ role: 'partner', partnerStatus: 'accepted' });
    // Invited only: no progress (no one's figures) until it accepts.
    const invited = await idle.get(`/api/programmes/${programmeId}/progress`);
    expect(invited.statusCode).toBe(403);
    expect(invited.body).not.toContain('individual_advice');
    // The partner's 7 event contacts and the owner's 50 are in no figure.
    for (const target of asOwner.targets as Progress[]) {
      for (const o of target.byOrganisation) expect([0, 3, 6]).toContain(o.actual);
    }
    expect(JSON.stringify(asPartner.body)).not.toContain('third');
  });

  it('is out of reach of another organisation', async () => {
    const response = await third.get(`/api/programmes/${programmeId}/progress`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Advice 2026');
  });
});
