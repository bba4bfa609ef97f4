import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createOrganisation,
  createTestApp,
  setupInstallation,
  STRONG_PASSWORD,
  type Installation,
  type TestApp,
} from '../helpers/app.ts';

let t: TestApp;
let installation: Installation;
let orgAdmin: Client;
let analyst: Client;
let coach: Client;

beforeAll(async () => {
  t = await createTestApp();
  installation = await setupInstallation(t.app);
  const partner = await createOrganisation(t.app, installation, 'infor-jeunes', [
    'org_admin',
    'analyst',
    'coach',
  ]);
  orgAdmin = partner.clients.org_admin!;
  analyst = partner.clients.analyst!;
  coach = partner.clients.coach!;
});
afterAll(() => t?.close());

describe('organisations', () => {
  it('are created by installation admins only, with valid unique slugs', async () => {
    const { admin } = installation;
    expect(
      (await orgAdmin.post('/api/organisations', { slug: 'jes', name: 'JES', kind: 'partner' }))
        .statusCode,
    ).toBe(403);
    const created = await admin.post('/api/organisations', {
      slug: 'jes',
      name: 'JES vzw',
      kind: 'partner',
      defaultLanguage: 'nl',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'jes',
      timeZone: 'Europe/Brussels',
      defaultLanguage: 'nl',
    });
    const duplicate = await admin.post('/api/organisations', {
      slug: 'jes',
      name: 'Again',
      kind: 'partner',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'SLUG_TAKEN', params: { slug: 'jes' } });
    const badZone = await admin.post('/api/organisations', {
      slug: 'x-y',
      name: 'X',
      kind: 'partner',
      timeZone: 'Mars/Olympus',
    });
    expect(badZone.json().errors[0]).toMatchObject({ path: 'timeZone', code: 'invalid_time_zone' });
    for (const slug of ['-bad', 'Bad', 'a--b', 'with space', 'é']) {
      expect(
        (await admin.post('/api/organisations', { slug, name: 'X', kind: 'partner' })).json()
          .errors[0].code,
        slug,
      ).toBe('invalid_slug');
    }
  });

  it('are listed with search and paging: all for installation admins, own for others', async () => {
    const all = (await installation.admin.get('/api/organisations?limit=2')).json();
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(2);
    expect(
      (await installation.admin.get('/api/organisations?q=JES'))
        .json()
        .items.map((o: { slug: string }) => o.slug),
    ).toEqual(['jes']);
    const own = (await orgAdmin.get('/api/organisations')).json();
    expect(own.items.map((o: { slug: string }) => o.slug)).toEqual(['infor-jeunes']);
  });

  it('are edited by their own org admin, not by other roles', async () => {
    const id = (await orgAdmin.get('/api/organisations')).json().items[0].id;
    expect((await coach.patch(`/api/organisations/${id}`, { name: 'Renamed' })).statusCode).toBe(
      403,
    );
    const renamed = await orgAdmin.patch(`/api/organisations/${id}`, {
      name: 'Infor Jeunes Bruxelles',
      defaultLanguage: 'fr',
    });
    expect(renamed.json()).toMatchObject({ name: 'Infor Jeunes Bruxelles', defaultLanguage: 'fr' });
    expect(
      (await orgAdmin.patch(`/api/organisations/${id}`, { slug: 'new-slug' })).json().errors[0]
        .code,
    ).toBe('unknown_field');
  });
});

describe('members and roles', () => {
  it('adds a new user with a strong password, or an existing user by e-mail', async () => {
    const weak = await orgAdmin.post('/api/members', {
      email: 'new@example.org',
      name: 'New',
      password: 'password1234',
      roles: ['coach'],
    });
    expect(weak.json().code).toBe('PASSWORD_TOO_COMMON');
    const missing = await orgAdmin.post('/api/members', {
      email: 'new@example.org',
      roles: ['coach'],
    });
    expect(
      missing
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['name', 'password']);
    const added = await orgAdmin.post('/api/members', {
      email: 'New@Example.org',
      name: 'New Coach',
      password: STRONG_PASSWORD,
      roles: ['coach', 'counsellor'],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      email: 'new@example.org',
      roles: ['coach', 'counsellor'],
    });
    const again = await orgAdmin.post('/api/members', {
      email: 'new@example.org',
      roles: ['coach'],
    });
    expect(again.json().code).toBe('ALREADY_MEMBER');
    const badRole = await orgAdmin.post('/api/members', {
      email: 'x@example.org',
      name: 'X',
      password: STRONG_PASSWORD,
      roles: ['superuser'],
    });
    expect(badRole.json().errors[0]).toMatchObject({ path: 'roles.0', code: 'invalid_value' });
    // the same person in a second organisation
    await installation.admin.switchTo(
      (await installation.admin.get('/api/organisations?q=jes')).json().items[0].id,
    );
    expect(
      (
        await installation.admin.post('/api/members', {
          email: 'new@example.org',
          roles: ['analyst'],
        })
      ).statusCode,
    ).toBe(201);
    const user = new Client(t.app);
    const session = await user.login('new@example.org');
    expect(session.organisations.map((o: { slug: string }) => o.slug).sort()).toEqual([
      'infor-jeunes',
      'jes',
    ]);
    await installation.admin.switchTo(installation.organisationId);
  });

  it("does not let an org admin attach or read another organisation's account", async () => {
    const response = await orgAdmin.post('/api/members', {
      email: 'admin@beroepenpunt.example',
      roles: ['org_admin'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ACCOUNT_EXISTS', errors: [{ path: 'email' }] });
    expect(response.body).not.toContain('Installation Admin');
    expect((await orgAdmin.get('/api/members?q=beroepenpunt')).json().total).toBe(0);
  });

  it('adds one account when two organisations add the same new e-mail at once', async () => {
    const body = {
      email: 'race@example.org',
      name: 'Race',
      password: STRONG_PASSWORD,
      roles: ['coach'],
    };
    const other = await createOrganisation(t.app, installation, 'race-other', ['org_admin']);
    const [first, second] = await Promise.all([
      orgAdmin.post('/api/members', body),
      other.clients.org_admin!.post('/api/members', body),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    expect([first.json().code, second.json().code]).toContain('ACCOUNT_EXISTS');
  });

  it('lists members with search and role filter, and audits the read', async () => {
    const list = (await orgAdmin.get('/api/members?role=coach')).json();
    // (race@ may have landed here in the race test above)
    const emails = list.items
      .map((m: { email: string }) => m.email)
      .filter((e: string) => e !== 'race@example.org');
    expect(emails.sort()).toEqual(['coach@infor-jeunes.example', 'new@example.org']);
    expect((await orgAdmin.get('/api/members?q=analyst')).json().total).toBe(1);
    const audit = (await orgAdmin.get('/api/audit?action=member.listed')).json();
    expect(audit.items[0]).toMatchObject({ personalData: true, fields: ['email', 'name'] });
  });

  it('keeps members away from member management and analysts away from the audit log', async () => {
    expect((await coach.get('/api/members')).statusCode).toBe(403);
    expect((await analyst.get('/api/audit')).statusCode).toBe(403);
    expect((await analyst.post('/api/locations', { slug: 'nope', name: 'Nope' })).statusCode).toBe(
      403,
    );
    expect((await analyst.get('/api/locations')).statusCode).toBe(200);
  });

  it('changes roles and refuses to remove the last org admin', async () => {
    const members = (await orgAdmin.get('/api/members')).json().items as {
      userId: string;
      email: string;
    }[];
    const adminId = members.find((m) => m.email === 'org-admin@infor-jeunes.example')!.userId;
    const coachId = members.find((m) => m.email === 'coach@infor-jeunes.example')!.userId;
    expect(
      (await orgAdmin.patch(`/api/members/${adminId}`, { roles: ['coach'] })).json().code,
    ).toBe('LAST_ADMIN');
    expect((await orgAdmin.delete(`/api/members/${adminId}`)).json().code).toBe('LAST_ADMIN');
    expect(
      (await orgAdmin.patch(`/api/members/${coachId}`, { roles: ['coach', 'coach'] })).statusCode,
    ).toBe(400);
    expect(
      (await orgAdmin.patch(`/api/members/${coachId}`, { roles: ['coordinator'] })).json().roles,
    ).toEqual(['coordinator']);
    expect((await coach.get('/api/auth/session')).json().currentOrganisation.roles).toEqual([
      'coordinator',
    ]);
    expect((await orgAdmin.delete(`/api/members/${coachId}`)).statusCode).toBe(200);
    expect((await coach.get('/api/auth/session')).json().currentOrganisation).toBeNull();
    expect((await coach.get('/api/locations')).json().code).toBe('NO_ORGANISATION');
  });
});

describe('users (installation)', () => {
  it('are managed by installation admins: create, duplicate e-mail, disable, reset password', async () => {
    const { admin } = installation;
    expect((await orgAdmin.get('/api/users')).statusCode).toBe(403);
    const created = await admin.post('/api/users', {
      email: 'solo@example.org',
      name: 'Solo',
      password: STRONG_PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await admin.post('/api/users', {
      email: 'SOLO@example.org',
      name: 'Solo 2',
      password: STRONG_PASSWORD,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('EMAIL_TAKEN');
    const solo = new Client(t.app);
    await solo.login('solo@example.org');
    const id = created.json().id;
    expect((await admin.patch(`/api/users/${id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await solo.get('/api/auth/session')).statusCode).toBe(401);
    expect(
      (
        await new Client(t.app).post('/api/auth/login', {
          email: 'solo@example.org',
          password: STRONG_PASSWORD,
        })
      ).statusCode,
    ).toBe(401);
    await admin.patch(`/api/users/${id}`, { disabled: false, password: 'another good passphrase' });
    await new Client(t.app).login('solo@example.org', 'another good passphrase');
    const page = (await admin.get('/api/users?q=solo')).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).not.toHaveProperty('passwordHash');
  });

  it('does not let an installation admin demote or disable themselves', async () => {
    const { admin } = installation;
    const me = (await admin.get('/api/auth/session')).json().user.id;
    expect((await admin.patch(`/api/users/${me}`, { isInstallationAdmin: false })).statusCode).toBe(
      403,
    );
  });
});

describe('locations', () => {
  it('are created, searched, filtered, paged, edited and deactivated', async () => {
    const created = [];
    for (const [slug, name, kind, municipality] of [
      ['sterrenkunde', 'Sterrenkundelaan', 'office', '21014'],
      ['formtruck', 'Formtruck', 'mobile_unit', null],
      ['molenbeek', 'Antenne Molenbeek', 'partner_site', '21012'],
    ] as const) {
      const response = await orgAdmin.post('/api/locations', {
        slug,
        name,
        kind,
        municipality,
        address: slug === 'sterrenkunde' ? 'Sterrenkundelaan 14, 1210 Brussel' : null,
      });
      expect(response.statusCode, response.body).toBe(201);
      created.push(response.json());
    }
    expect(
      (await orgAdmin.post('/api/locations', { slug: 'formtruck', name: 'Again' })).json().code,
    ).toBe('SLUG_TAKEN');
    expect(
      (await orgAdmin.get('/api/locations?q=truck'))
        .json()
        .items.map((l: { slug: string }) => l.slug),
    ).toEqual(['formtruck']);
    expect((await orgAdmin.get('/api/locations?q=1210')).json().total).toBe(1);
    expect((await orgAdmin.get('/api/locations?kind=partner_site')).json().total).toBe(1);
    const page = (await orgAdmin.get('/api/locations?limit=2&offset=2')).json();
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(page.items).toHaveLength(1);
    const id = created[1].id;
    const deactivated = await orgAdmin.patch(`/api/locations/${id}`, { active: false });
    expect(deactivated.json().active).toBe(false);
    expect((await orgAdmin.get('/api/locations?active=true')).json().total).toBe(2);
    expect(
      (await orgAdmin.patch(`/api/locations/${id}`, { slug: 'sterrenkunde' })).json().code,
    ).toBe('SLUG_TAKEN');
    expect((await orgAdmin.get(`/api/locations/${id}`)).json().slug).toBe('formtruck');
  });

  it('are written with their audit row in the same transaction', async () => {
    const before = (await orgAdmin.get('/api/audit?entity=location')).json().total;
    await orgAdmin.post('/api/locations', { slug: 'audited', name: 'Audited' });
    await orgAdmin.post('/api/locations', { slug: 'audited', name: 'Refused duplicate' });
    const after = (await orgAdmin.get('/api/audit?entity=location')).json();
    expect(after.total).toBe(before + 1);
    expect(after.items[0]).toMatchObject({
      action: 'location.created',
      entity: 'location',
      userName: 'org_admin of infor-jeunes',
    });
  });
});

describe('audit log', () => {
  it('is searchable by text, action, user, personal data and period', async () => {
    const me = (await orgAdmin.get('/api/auth/session')).json().user.id;
    const mine = (await orgAdmin.get(`/api/audit?userId=${me}&limit=200`)).json();
    expect(mine.items.every((e: { userId: string }) => e.userId === me)).toBe(true);
    expect((await orgAdmin.get('/api/audit?q=Audited')).json().total).toBe(0);
    expect((await orgAdmin.get('/api/audit?q=location.cre')).json().total).toBeGreaterThan(0);
    const personal = (await orgAdmin.get('/api/audit?personalData=true&limit=200')).json();
    expect(personal.items.every((e: { personalData: boolean }) => e.personalData)).toBe(true);
    expect((await orgAdmin.get('/api/audit?from=2030-01-01')).json().total).toBe(0);
    // audit rows carry the database's own time; days are the organisation's (Brussels) days
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      new Date(),
    );
    expect(
      (await orgAdmin.get(`/api/audit?from=${today}&to=${today}`)).json().total,
    ).toBeGreaterThan(0);
    expect((await orgAdmin.get('/api/audit?from=2020-01-01&to=2020-12-31')).json().total).toBe(0);
    expect((await orgAdmin.get('/api/audit?from=01/03/2026')).statusCode).toBe(400);
  });

  it('refuses dates that do not exist and control characters, naming the field', async () => {
    const bad = await orgAdmin.get('/api/audit?from=2024-02-30&to=2024-13-45');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)
        .sort(),
    ).toEqual(['from:invalid_date', 'to:invalid_date']);
    const nul = await orgAdmin.get('/api/audit?q=a%00b');
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors).toEqual([
      expect.objectContaining({ path: 'q', code: 'invalid_characters' }),
    ]);
    const location = await orgAdmin.post('/api/locations', { slug: 'nul', name: 'Bad\u0000name' });
    expect(location.statusCode).toBe(400);
    expect(location.json().errors[0]).toMatchObject({ path: 'name', code: 'invalid_characters' });
  });

  it('shows installation events (log-ins) to installation admins only', async () => {
    const events = (
      await installation.admin.get('/api/audit?scope=installation&action=auth.login')
    ).json();
    expect(events.total).toBeGreaterThan(0);
    expect(
      events.items.every((e: { organisationId: string | null }) => e.organisationId === null),
    ).toBe(true);
    expect((await orgAdmin.get('/api/audit?scope=installation')).statusCode).toBe(403);
    expect((await orgAdmin.get('/api/audit?action=auth.login')).json().total).toBe(0);
  });
});
