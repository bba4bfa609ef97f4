import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  STRONG_PASSWORD,
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';

/**
 * The correction rule ("own entries, 24 hours"; org admins always) holds on every door that
 * writes contacts: a counsellor or coordinator may not change, through an external id, a
 * contact they may not correct with PATCH.
 */
let t: TestApp;
let admin: Client;
let counsellor: Client;
let colleague: Client;
let coordinator: Client;
let other: Client;
let key = 0;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'counsellor',
    'coordinator',
  ]);
  admin = centre.clients.org_admin!;
  counsellor = centre.clients.counsellor!;
  coordinator = centre.clients.coordinator!;
  const added = await admin.post('/api/members', {
    email: 'colleague@centre.example',
    name: 'Colleague',
    password: STRONG_PASSWORD,
    roles: ['counsellor'],
    language: 'nl',
  });
  expect(added.statusCode).toBe(201);
  colleague = new Client(t.app);
  await colleague.login('colleague@centre.example');
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
});
afterAll(() => t?.close());

function batch(client: Client, contacts: Record<string, unknown>[]) {
  return client.post('/api/contacts/batch', { contacts }, { 'idempotency-key': `k-${++key}` });
}

async function byExternalId(client: Client, externalId: string) {
  const list = await client.get(`/api/contacts?externalId=${externalId}`);
  expect(list.statusCode, list.body).toBe(200);
  return list.json().items as { id: string; count: number; recordedBy: string }[];
}

function importCsv(client: Client, csv: string, query = '') {
  return client.request('POST', `/api/imports/contacts${query}`, csv, {
    'content-type': 'text/csv',
  });
}

/** Logs everyone in again after the clock moved past their sessions. */
async function relogin() {
  await admin.login('org-admin@centre.example');
  await counsellor.login('counsellor@centre.example');
  await colleague.login('colleague@centre.example');
  await coordinator.login('coordinator@centre.example');
  await other.login('org-admin@elsewhere.example');
}

describe('the batch API', () => {
  it("refuses to change a colleague's contact by external id, naming the row, and writes nothing", async () => {
    const first = await batch(counsellor, [
      { type: 'individual_advice', date: '2026-03-01', externalId: 'tab-1' },
    ]);
    expect(first.statusCode, first.body).toBe(201);
    const taken = await batch(colleague, [
      { type: 'event', externalId: 'tab-new' },
      { type: 'individual_advice', date: '2026-03-01', count: 9, externalId: 'tab-1' },
    ]);
    expect(taken.statusCode, taken.body).toBe(403);
    const problem = taken.json();
    expect(problem.code).toBe('CORRECTION_WINDOW_CLOSED');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: 'contacts.1.externalId',
        code: 'correction_not_allowed',
        params: { hours: 24, externalId: 'tab-1' },
      }),
    ]);
    expect(problem.errors[0].message).toContain('tab-1');
    // all or nothing: neither row was written
    expect((await byExternalId(admin, 'tab-1'))[0]!.count).toBe(1);
    expect(await byExternalId(admin, 'tab-new')).toEqual([]);
  });

  it('answers in the caller’s language', async () => {
    const taken = await batch(colleague, [
      { type: 'individual_advice', date: '2026-03-01', count: 9, externalId: 'tab-1' },
    ]);
    expect(taken.statusCode).toBe(403);
    const message: string = taken.json().errors[0].message;
    expect(message).toContain('tab-1');
    expect(message).toMatch(/organisatiebeheerder/);
  });

  it('lets the recorder correct within the window, the identical row through always, and the org admin any time', async () => {
    const own = await batch(counsellor, [
      { type: 'individual_advice', date: '2026-03-01', count: 2, externalId: 'tab-1' },
    ]);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ updated: 1 });
    // the same row from the colleague's tablet changes nothing, so it is no correction
    const same = await batch(colleague, [
      { type: 'individual_advice', date: '2026-03-01', count: 2, externalId: 'tab-1' },
    ]);
    expect(same.statusCode, same.body).toBe(201);
    expect(same.json()).toMatchObject({ created: 0, updated: 0, unchanged: 1 });

    t.clock.advance(25 * 3_600_000);
    await relogin();
    const late = await batch(counsellor, [
      { type: 'individual_advice', date: '2026-03-01', count: 3, externalId: 'tab-1' },
    ]);
    expect(late.statusCode, late.body).toBe(403);
    expect(late.json().errors[0]).toMatchObject({ path: 'contacts.0.externalId' });
    const resent = await batch(counsellor, [
      { type: 'individual_advice', date: '2026-03-01', count: 2, externalId: 'tab-1' },
    ]);
    expect(resent.json()).toMatchObject({ unchanged: 1 });
    const byAdmin = await batch(admin, [
      { type: 'individual_advice', date: '2026-03-01', count: 4, externalId: 'tab-1' },
    ]);
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);
    expect((await byExternalId(admin, 'tab-1'))[0]!.count).toBe(4);
  });

  it('keeps external ids per organisation: another organisation writes its own contact', async () => {
    const theirs = await batch(other, [{ type: 'event', count: 7, externalId: 'tab-1' }]);
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.json()).toMatchObject({ created: 1 });
    expect((await byExternalId(admin, 'tab-1'))[0]!.count).toBe(4);
  });
});

describe('the other doors', () => {
  it('the import reports the row it may not change, in the external_id column; skipInvalid keeps the rest', async () => {
    const recorded = await batch(counsellor, [
      { type: 'documentation_centre', externalId: 'csv-1' },
    ]);
    expect(recorded.statusCode).toBe(201);
    const csv =
      'date;type;count;external_id\n2026-03-01;event;3;csv-new\n2026-03-01;documentation_centre;5;csv-1\n';
    const refused = await importCsv(coordinator, csv);
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ committed: false, invalidRows: 1 });
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ line: 3, column: 'external_id', code: 'correction_not_allowed' }),
    ]);
    expect(await byExternalId(admin, 'csv-new')).toEqual([]);

    const skipping = await importCsv(coordinator, csv, '?skipInvalid=true');
    expect(skipping.json()).toMatchObject({ committed: true, inserted: 1, skipped: 1 });
    expect((await byExternalId(admin, 'csv-1'))[0]!.count).toBe(1);

    const byAdmin = await importCsv(admin, csv);
    expect(byAdmin.json()).toMatchObject({ committed: true, updated: 1, unchanged: 1 });
    expect((await byExternalId(admin, 'csv-1'))[0]!.count).toBe(5);
  });

  it("the importer's own rows stay theirs to correct within the window, and an identical re-import passes later", async () => {
    const csv = (count: number) =>
      `date;type;count;external_id\n2026-03-01;event;${count};mine-1\n`;
    expect((await importCsv(coordinator, csv(2))).json()).toMatchObject({ inserted: 1 });
    expect((await importCsv(coordinator, csv(3))).json()).toMatchObject({ updated: 1 });
    t.clock.advance(25 * 3_600_000);
    await relogin();
    expect((await importCsv(coordinator, csv(3))).json()).toMatchObject({
      committed: true,
      unchanged: 1,
    });
    const late = (await importCsv(coordinator, csv(4))).json();
    expect(late).toMatchObject({ committed: false, invalidRows: 1 });
    expect(late.errors[0]).toMatchObject({ column: 'external_id', code: 'correction_not_allowed' });
  });

  it('the front desk and attendance cannot reach an existing contact either', async () => {
    const [existing] = await byExternalId(admin, 'csv-1');
    const frontDesk = await colleague.post('/api/contacts', {
      type: 'documentation_centre',
      count: 8,
      externalId: 'csv-1',
    });
    expect(frontDesk.statusCode).toBe(409);
    expect(frontDesk.json().code).toBe('EXTERNAL_ID_TAKEN');
    const patched = await colleague.patch(`/api/contacts/${existing!.id}`, { count: 8 });
    expect(patched.statusCode).toBe(403);
    expect((await byExternalId(admin, 'csv-1'))[0]!.count).toBe(existing!.count);
  });
});
