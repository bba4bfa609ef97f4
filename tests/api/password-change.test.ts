import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  STRONG_PASSWORD,
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Installation,
  type TestApp,
} from '../helpers/app.ts';

/**
 * `POST /api/me/password`: a log-in session only (never an API token), wrong current
 * passwords throttled like log-ins, and a new password ends the other sessions and revokes
 * every API token of the user (and of nobody else), saying so.
 */
let t: TestApp;
let installation: Installation;
const NEW_PASSWORD = 'a brand new long passphrase';
const EMAIL = 'counsellor@centre.example';

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '15' });
  installation = await setupInstallation(t.app);
  await createOrganisation(t.app, installation, 'centre', ['counsellor', 'coach']);
});
afterAll(() => t?.close());

async function tokenFor(client: Client, name: string): Promise<string> {
  const created = await client.post('/api/me/tokens', { name, expiresInDays: 30 });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().token;
}

function bearer(token: string) {
  const client = new Client(t.app);
  client.bearer = token;
  return client;
}

describe('changing one’s password', () => {
  it('refuses an API token, even with the right current password, and changes nothing', async () => {
    const session = new Client(t.app);
    await session.login(EMAIL);
    const viaToken = bearer(await tokenFor(session, 'sync'));
    const refused = await viaToken.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('SESSION_REQUIRED');
    expect(refused.json().detail).toMatch(/token/);
    await new Client(t.app).login(EMAIL); // the old password still works
    expect((await viaToken.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('throttles wrong current passwords like log-ins, then lets the right one through after the lockout', async () => {
    const session = new Client(t.app);
    await session.login(EMAIL);
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const wrong = await session.post('/api/me/password', {
        currentPassword: `not my password ${i}`,
        newPassword: NEW_PASSWORD,
      });
      codes.push(wrong.json().errors?.[0]?.code ?? wrong.json().code);
    }
    expect(codes).toEqual([
      'wrong_password',
      'wrong_password',
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
    const locked = await session.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    // another user is not affected
    const coach = new Client(t.app);
    await coach.login('coach@centre.example');
    t.clock.advance(16 * 60_000);
    await session.login(EMAIL);
    const changed = await session.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const back = await session.post('/api/me/password', {
      currentPassword: NEW_PASSWORD,
      newPassword: STRONG_PASSWORD,
    });
    expect(back.statusCode, back.body).toBe(200);
    await session.post('/api/auth/logout');
  });

  it("ends the other sessions, revokes the user's tokens (not others'), and says how many", async () => {
    t.clock.advance(16 * 60_000);
    const kept = new Client(t.app);
    await kept.login(EMAIL);
    const elsewhere = new Client(t.app);
    await elsewhere.login(EMAIL);
    const mine = [await tokenFor(kept, 'tablet'), await tokenFor(kept, 'script')];
    const coach = new Client(t.app);
    await coach.login('coach@centre.example');
    const coachToken = await tokenFor(coach, 'coach sync');
    // earlier changes ended every older session and token: these are all there are
    const live = (await kept.get('/api/me/tokens'))
      .json()
      .items.filter((token: { revokedAt: string | null }) => token.revokedAt === null);
    expect(live).toHaveLength(mine.length);

    const changed = await kept.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ ok: true, sessionsEnded: 1, tokensRevoked: mine.length });

    expect((await elsewhere.get('/api/auth/session')).statusCode).toBe(401);
    expect((await kept.get('/api/auth/session')).statusCode).toBe(200);
    for (const token of mine)
      expect((await bearer(token).get('/api/auth/session')).statusCode).toBe(401);
    const listed = (await kept.get('/api/me/tokens')).json().items;
    expect(listed.every((token: { revokedAt: string | null }) => token.revokedAt !== null)).toBe(
      true,
    );
    expect((await bearer(coachToken).get('/api/auth/session')).statusCode).toBe(200);

    // nothing left to end or revoke the second time
    const again = await kept.post('/api/me/password', {
      currentPassword: NEW_PASSWORD,
      newPassword: STRONG_PASSWORD,
    });
    expect(again.json()).toEqual({ ok: true, sessionsEnded: 0, tokensRevoked: 0 });
  });

  it('an installation admin setting a new password also revokes the tokens', async () => {
    const coach = new Client(t.app);
    await coach.login('coach@centre.example');
    const token = await tokenFor(coach, 'before reset');
    await installation.admin.login(installation.adminEmail);
    const users = (await installation.admin.get('/api/users?q=coach')).json().items;
    const id = users.find((u: { email: string }) => u.email === 'coach@centre.example').id;
    const reset = await installation.admin.patch(`/api/users/${id}`, { password: NEW_PASSWORD });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await bearer(token).get('/api/auth/session')).statusCode).toBe(401);
    expect((await coach.get('/api/auth/session')).statusCode).toBe(401);
  });
});

describe('what a new password may not be', () => {
  it('refuses the e-mail address, its name part and the current password, translated, and keeps the password', async () => {
    const session = new Client(t.app);
    await session.login(EMAIL);
    const refusals: [string, string][] = [
      [EMAIL.toUpperCase(), 'password_contains_email'],
      [`my ${EMAIL} of 2026`, 'password_contains_email'],
      ['kiwi Counsellor lantaarn', 'password_contains_email'],
      [STRONG_PASSWORD, 'password_same_as_current'],
    ];
    for (const [newPassword, code] of refusals) {
      const refused = await session.post('/api/me/password', {
        currentPassword: STRONG_PASSWORD,
        newPassword,
      });
      expect(refused.statusCode, newPassword).toBe(400);
      expect(refused.json().errors, newPassword).toEqual([
        expect.objectContaining({ path: 'newPassword', code }),
      ]);
    }
    expect((await session.patch('/api/me', { language: 'fr' })).statusCode).toBe(200);
    const french = await session.post('/api/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: STRONG_PASSWORD,
    });
    expect(french.json().errors[0].message).toBe(
      'Doit être différent de votre mot de passe actuel.',
    );
    await session.patch('/api/me', { language: 'en' });
    await new Client(t.app).login(EMAIL); // unchanged
  });

  it('an org admin cannot give a new member a password made of their e-mail address', async () => {
    await installation.admin.login(installation.adminEmail);
    const admin = (await createOrganisation(t.app, installation, 'third', ['org_admin'])).clients
      .org_admin!;
    const refused = await admin.post('/api/members', {
      email: 'newcomer@third.example',
      name: 'Newcomer',
      password: 'Newcomer@Third.Example',
      roles: ['counsellor'],
      language: 'en',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: 'password', code: 'password_contains_email' }),
    ]);
  });
});
