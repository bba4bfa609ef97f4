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
let coachEmail: string;

beforeAll(async () => {
  t = await createTestApp({
    LOGIN_MAX_FAILURES: '3',
    LOGIN_LOCKOUT_MINUTES: '15',
    SESSION_IDLE_MINUTES: '30',
    SESSION_ABSOLUTE_HOURS: '8',
  });
  installation = await setupInstallation(t.app);
  await createOrganisation(t.app, installation, 'partner', ['coach']);
  coachEmail = 'coach@partner.example';
});
afterAll(() => t?.close());

describe('first run', () => {
  it('reports that setup is done and refuses a second setup', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.get('/api/setup')).json()).toEqual({ needed: false });
    const again = await anonymous.post('/api/setup', {
      organisation: { slug: 'other', name: 'Other', kind: 'other' },
      admin: { email: 'intruder@example.org', name: 'Intruder', password: STRONG_PASSWORD },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SETUP_ALREADY_DONE');
    expect(
      (
        await anonymous.post('/api/auth/login', {
          email: 'intruder@example.org',
          password: STRONG_PASSWORD,
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('log-in', () => {
  it('sets an HttpOnly SameSite session cookie and returns the session', async () => {
    const client = new Client(t.app);
    const response = await client.post('/api/auth/login', {
      email: coachEmail,
      password: STRONG_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/parcours_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(response.json().currentOrganisation.roles).toEqual(['coach']);
    expect(response.json().permissions).toContain('personal_data.read');
  });

  it('gives a new session id at every log-in', async () => {
    const first = new Client(t.app);
    const second = new Client(t.app);
    await first.login(coachEmail);
    await second.login(coachEmail);
    expect(first.cookie).not.toEqual(second.cookie);
  });

  it('accepts the e-mail in any case', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail.toUpperCase());
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const client = new Client(t.app);
    client.lang = 'fr';
    const wrong = await client.post('/api/auth/login', {
      email: installation.adminEmail,
      password: 'not the right password',
    });
    const unknown = await client.post('/api/auth/login', {
      email: 'nobody@example.org',
      password: 'not the right password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(wrong.json().detail).toContain('mot de passe');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('locks an e-mail after repeated failures, known or not, and unlocks after the lockout', async () => {
    for (const email of ['locked@partner.example', 'coach@partner.example']) {
      const client = new Client(t.app);
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          (await client.post('/api/auth/login', { email, password: 'wrong password 123' })).json()
            .code,
        );
      expect(codes).toEqual([
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
        'TOO_MANY_ATTEMPTS',
        'TOO_MANY_ATTEMPTS',
      ]);
    }
    const locked = await new Client(t.app).post('/api/auth/login', {
      email: coachEmail,
      password: STRONG_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    t.clock.advance(16 * 60_000);
    await new Client(t.app).login(coachEmail);
  });

  it('refuses a NUL character in the e-mail with a field error, not a server error', async () => {
    const response = await new Client(t.app).post('/api/auth/login', {
      email: 'a\u0000@example.org',
      password: 'x',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'email', code: 'invalid_characters' });
  });

  it('refuses a lone UTF-16 surrogate, which the database cannot store, naming the field', async () => {
    const response = await new Client(t.app).post('/api/auth/login', {
      email: 'a\ud800@example.org',
      password: 'x',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'email', code: 'invalid_characters' });
  });

  it('replaces the previous session of the same browser at a new log-in', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail);
    const old = client.cookie;
    await client.login(coachEmail);
    const replay = new Client(t.app);
    replay.cookie = old;
    expect((await replay.get('/api/auth/session')).statusCode).toBe(401);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('refuses malformed log-in bodies with field errors', async () => {
    const response = await new Client(t.app).post('/api/auth/login', { email: coachEmail });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'password', code: 'required' }),
    ]);
  });
});

describe('sessions', () => {
  it('expires after the idle time', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail);
    t.clock.advance(29 * 60_000);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await client.get('/api/auth/session');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('SESSION_EXPIRED');
  });

  it('expires after the absolute time even when active', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail);
    // Active every 25 minutes (inside the 30-minute idle limit): refused once 8 hours have passed.
    let steps = 0;
    let response;
    do {
      t.clock.advance(25 * 60_000);
      steps++;
      response = await client.get('/api/auth/session');
    } while (response.statusCode === 200 && steps < 50);
    expect(response.json().code).toBe('SESSION_EXPIRED');
    expect(steps).toBe(20);
  });

  it('ends the session on the server at log-out', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail);
    const stolen = client.cookie;
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const replay = new Client(t.app);
    replay.cookie = stolen;
    expect((await replay.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('requires the CSRF token on unsafe cookie requests', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail);
    const token = client.csrf;
    client.csrf = null;
    const missing = await client.patch('/api/me', { name: 'Changed' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_TOKEN_INVALID');
    client.csrf = 'forged';
    expect((await client.patch('/api/me', { name: 'Changed' })).statusCode).toBe(403);
    client.csrf = token;
    expect((await client.patch('/api/me', { name: 'Coach Changed' })).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).json().user.name).toBe('Coach Changed');
  });

  it('sets Secure cookies behind https', async () => {
    const secure = await createTestApp({ PUBLIC_URL: 'https://parcours.example.org' });
    try {
      const { admin } = await setupInstallation(secure.app);
      const response = await admin.post('/api/auth/login', {
        email: 'admin@beroepenpunt.example',
        password: STRONG_PASSWORD,
      });
      expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
      expect(response.headers['strict-transport-security']).toBeDefined();
    } finally {
      await secure.close();
    }
  });
});

/** The installation admin, freshly logged in (earlier tests move the clock past old sessions). */
async function freshAdmin() {
  const admin = new Client(t.app);
  await admin.login(installation.adminEmail);
  return admin;
}

describe('organisation switcher and profile', () => {
  it('switches between organisations the user belongs to and remembers it at the next log-in', async () => {
    const admin = await freshAdmin();
    const partner = (await admin.get('/api/organisations?q=partner')).json().items[0];
    const switched = await admin.switchTo(partner.id);
    expect(switched.currentOrganisation.slug).toBe('partner');
    const again = new Client(t.app);
    const session = await again.login(installation.adminEmail);
    expect(session.currentOrganisation.slug).toBe('partner');
    await admin.switchTo(installation.organisationId);
  });

  it('remembers the language per user and answers errors in it', async () => {
    const client = new Client(t.app);
    await client.login(coachEmail);
    expect((await client.patch('/api/me', { language: 'nl' })).statusCode).toBe(200);
    client.lang = 'fr';
    const response = await client.get('/api/users');
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe('U mag dit niet doen.');
    expect((await client.patch('/api/me', { language: 'de' })).statusCode).toBe(400);
  });

  it('changes the password only with the current one and a strong new one, and ends other sessions', async () => {
    const other = new Client(t.app);
    await other.login(coachEmail);
    const client = new Client(t.app);
    await client.login(coachEmail);
    const wrong = await client.post('/api/me/password', {
      currentPassword: 'nope',
      newPassword: 'a brand new long passphrase',
    });
    expect(wrong.json().errors[0]).toMatchObject({
      path: 'currentPassword',
      code: 'wrong_password',
    });
    const weak = await client.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'password1234',
    });
    expect(weak.json().code).toBe('PASSWORD_TOO_COMMON');
    const short = await client.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'short',
    });
    expect(short.json().errors[0]).toMatchObject({
      path: 'newPassword',
      code: 'password_too_short',
    });
    expect(
      (
        await client.post('/api/me/password', {
          currentPassword: STRONG_PASSWORD,
          newPassword: 'a brand new long passphrase',
        })
      ).statusCode,
    ).toBe(200);
    expect((await other.get('/api/auth/session')).statusCode).toBe(401);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    await new Client(t.app).login(coachEmail, 'a brand new long passphrase');
    await client.post('/api/me/password', {
      currentPassword: 'a brand new long passphrase',
      newPassword: STRONG_PASSWORD,
    });
  });
});

describe('personal API tokens', () => {
  it('shows a token once, authenticates with it as Bearer without CSRF, and refuses it once revoked', async () => {
    const admin = await freshAdmin();
    const created = await admin.post('/api/me/tokens', { name: 'Integration', expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { token, info } = created.json();
    expect(token).toMatch(/^pct_/);
    const list = await admin.get('/api/me/tokens');
    expect(list.body).not.toContain(token);
    expect(list.json().items[0]).toMatchObject({
      id: info.id,
      prefix: token.slice(0, 10),
      revokedAt: null,
    });

    const integration = new Client(t.app);
    integration.bearer = token;
    const locations = await integration.post('/api/locations', {
      slug: 'via-token',
      name: 'Via token',
    });
    expect(locations.statusCode).toBe(201);
    expect((await integration.get('/api/auth/session')).json().csrfToken).toBeNull();

    expect((await admin.delete(`/api/me/tokens/${info.id}`)).json().revokedAt).not.toBeNull();
    const refused = await integration.get('/api/locations');
    expect(refused.statusCode).toBe(401);
  });

  it('does not let a token create tokens', async () => {
    const admin = await freshAdmin();
    const { token } = (
      await admin.post('/api/me/tokens', { name: 'Short', expiresInDays: 1 })
    ).json();
    const integration = new Client(t.app);
    integration.bearer = token;
    const minted = await integration.post('/api/me/tokens', {
      name: 'Forever',
      expiresInDays: null,
    });
    expect(minted.statusCode).toBe(403);
    expect(
      (await admin.get('/api/me/tokens')).json().items.map((i: { name: string }) => i.name),
    ).not.toContain('Forever');
  });

  it('refuses unknown, malformed and expired tokens', async () => {
    const client = new Client(t.app);
    client.bearer = 'pct_doesnotexist';
    expect((await client.get('/api/locations')).statusCode).toBe(401);
    expect((await client.get('/api/locations', { authorization: 'Basic abc' })).statusCode).toBe(
      401,
    );
    const admin = await freshAdmin();
    const { token } = (
      await admin.post('/api/me/tokens', { name: 'Short', expiresInDays: 1 })
    ).json();
    client.bearer = token;
    expect((await client.get('/api/locations')).statusCode).toBe(200);
    t.clock.advance(2 * 86_400_000);
    expect((await client.get('/api/locations')).statusCode).toBe(401);
  });
});
