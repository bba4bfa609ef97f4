import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import { withContext } from '../../src/db/context.ts';

let t: TestApp;
let admin: Client;
let partnerId: string;
let outsiderId: string;
let programmeId: string;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const owner = await createOrganisation(t.app, installation, 'owner', ['org_admin']);
  const partner = await createOrganisation(t.app, installation, 'partner', ['org_admin']);
  const outsider = await createOrganisation(t.app, installation, 'outsider', ['org_admin']);
  admin = owner.clients.org_admin!;
  partnerId = partner.organisationId;
  outsiderId = outsider.organisationId;
  programmeId = (
    await admin.post('/api/programmes', {
      name: 'NEET',
      periodStart: '2024-01-01',
      periodEnd: '2027-12-31',
      partnerIds: [partnerId],
    })
  ).json().id;
});
afterAll(() => t?.close());

/** Target and partner rows of the programme, counted past row-level security. */
async function remaining() {
  const installation = { organisationId: null, userId: null, isAdmin: true };
  return withContext(t.db.database.db, installation, async (tx) => {
    const result = await tx.execute(sql`SELECT
      (SELECT count(*)::int FROM programme_targets WHERE programme_id = ${programmeId}) AS targets,
      (SELECT count(*)::int FROM programme_partners WHERE programme_id = ${programmeId}) AS partners`);
    return (result as unknown as { rows: { targets: number; partners: number }[] }).rows[0];
  });
}

const targets = async () => (await admin.get(`/api/programmes/${programmeId}`)).json().targets;

describe('programme targets', () => {
  it('adds a target whose period starts with the programme by default, with indicator labels', async () => {
    const response = await admin.post(`/api/programmes/${programmeId}/targets`, {
      indicator: 'individual_advice',
      target: 3000,
      deadline: '2027-12-31',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      indicator: 'individual_advice',
      target: 3000,
      periodStart: '2024-01-01',
      deadline: '2027-12-31',
      partner: null,
      year: null,
      unit: 'people',
    });
    expect(response.json().indicatorLabels.nl).toBe('Individuele adviesgesprekken');
    const list = await targets();
    expect(list).toHaveLength(1);
    expect((await admin.get(`/api/programmes/${programmeId}`)).json().targetCount).toBe(1);
  });

  it('adds a yearly partner target and changes only the fields sent', async () => {
    const created = await admin.post(`/api/programmes/${programmeId}/targets`, {
      indicator: 'collective_participants',
      target: 1000,
      periodStart: '2025-01-01',
      deadline: '2026-12-31',
      partnerId,
      year: 2025,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().partner).toMatchObject({ id: partnerId, slug: 'partner' });
    const changed = await admin.patch(
      `/api/programmes/${programmeId}/targets/${created.json().id}`,
      { target: 1200 },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      target: 1200,
      year: 2025,
      periodStart: '2025-01-01',
      partner: { id: partnerId },
    });
    const cleared = await admin.patch(
      `/api/programmes/${programmeId}/targets/${created.json().id}`,
      { partnerId: null, year: null },
    );
    expect(cleared.json()).toMatchObject({ partner: null, year: null, target: 1200 });
  });

  it('refuses bad targets with translated field issues and writes nothing', async () => {
    const before = await targets();
    const base = { indicator: 'contacts_total', target: 10, deadline: '2026-12-31' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ periodStart: '2026-01-01', deadline: '2025-12-31' }, 'deadline', 'deadline_before_start'],
      [{ deadline: '2023-06-30' }, 'deadline', 'deadline_before_start'],
      [{ target: -1 }, 'target', 'too_small'],
      [{ indicator: 'no_such_indicator' }, 'indicator', 'unknown_indicator'],
      [{ partnerId: outsiderId }, 'partnerId', 'unknown_partner'],
      [{ year: 2027 }, 'year', 'year_outside_period'],
      [{ year: 2023 }, 'year', 'year_outside_period'],
      [{ indicator: 'Bad Code' }, 'indicator', 'invalid_format'],
      // nobody's figures are read outside the programme's period
      [{ periodStart: '2020-01-01' }, 'periodStart', 'target_outside_programme'],
      [{ deadline: '2028-06-30' }, 'deadline', 'target_outside_programme'],
    ];
    for (const [change, path, code] of cases) {
      const response = await admin.post(`/api/programmes/${programmeId}/targets`, {
        ...base,
        ...change,
      });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      const issues = response.json().errors as { path: string; code: string; message: string }[];
      expect(issues.map((i) => i.path)).toContain(path);
      if (code !== 'invalid_format')
        expect(issues, JSON.stringify(change)).toContainEqual(
          expect.objectContaining({ path, code }),
        );
      expect(issues[0]!.message).not.toMatch(/^issue\./);
    }
    const [first] = before;
    const patched = await admin.patch(`/api/programmes/${programmeId}/targets/${first.id}`, {
      deadline: '2023-12-31',
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().errors).toContainEqual(
      expect.objectContaining({ path: 'deadline', code: 'deadline_before_start' }),
    );
    expect(await targets()).toEqual(before);
  });

  it('answers 404 for a target of another programme', async () => {
    const other = (
      await admin.post('/api/programmes', {
        name: 'Other',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
      })
    ).json().id;
    const [first] = await targets();
    expect(
      (await admin.patch(`/api/programmes/${other}/targets/${first.id}`, { target: 1 })).statusCode,
    ).toBe(404);
    expect((await admin.delete(`/api/programmes/${other}/targets/${first.id}`)).statusCode).toBe(
      404,
    );
    expect((await targets())[0]).toEqual(first);
  });

  it('removes a target, and deleting the programme removes the rest', async () => {
    const [first] = await targets();
    expect(
      (await admin.delete(`/api/programmes/${programmeId}/targets/${first.id}`)).statusCode,
    ).toBe(200);
    expect((await targets()).map((x: { id: string }) => x.id)).not.toContain(first.id);
    expect(await remaining()).toEqual({ targets: 1, partners: 1 });
    expect((await admin.delete(`/api/programmes/${programmeId}`)).statusCode).toBe(200);
    expect(await remaining()).toEqual({ targets: 0, partners: 0 });
  });
});
