import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DELAY_BASE_MS,
  DELAY_MAX_MS,
  EMAIL_LOCK_FACTOR,
} from '../../src/services/login-throttle.ts';
import {
  STRONG_PASSWORD,
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';

/**
 * Nobody can lock someone else out by typing their e-mail: failures lock the e-mail from the
 * client's address; the e-mail itself only after EMAIL_LOCK_FACTOR times as many failures
 * (from any addresses), with a growing delay before that.
 */
const MAX_FAILURES = 3;
const LOCKOUT_MINUTES = 15;
let t: TestApp;
const VICTIM = 'counsellor@centre.example';

beforeAll(async () => {
  t = await createTestApp({
    LOGIN_MAX_FAILURES: String(MAX_FAILURES),
    LOGIN_LOCKOUT_MINUTES: String(LOCKOUT_MINUTES),
  });
  const installation = await setupInstallation(t.app);
  await createOrganisation(t.app, installation, 'centre', ['counsellor', 'coach']);
});
afterAll(() => t?.close());

function login(email: string, password: string, remoteAddress: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    payload: { email, password },
  });
}

async function codes(email: string, remoteAddress: string, attempts: number) {
  const result: string[] = [];
  for (let i = 0; i < attempts; i++)
    result.push((await login(email, `wrong guess number ${i}`, remoteAddress)).json().code);
  return result;
}

describe('log-in lockout', () => {
  it('locks the e-mail from the guessing address only: the owner logs in from theirs', async () => {
    expect(await codes(VICTIM, '203.0.113.7', MAX_FAILURES + 1)).toEqual([
      ...Array(MAX_FAILURES - 1).fill('INVALID_CREDENTIALS'),
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
    const fromThere = await login(VICTIM, STRONG_PASSWORD, '203.0.113.7');
    expect(fromThere.statusCode).toBe(429);
    expect(fromThere.headers['retry-after']).toBe(String(LOCKOUT_MINUTES * 60));
    const owner = await login(VICTIM, STRONG_PASSWORD, '198.51.100.20');
    expect(owner.statusCode, owner.body).toBe(200);
    // another account from the guessing address is not locked either
    expect((await login('coach@centre.example', STRONG_PASSWORD, '203.0.113.7')).statusCode).toBe(
      200,
    );
  });

  it('counts an IPv6 /64 as one client', async () => {
    await codes('coach@centre.example', '2001:db8:5:6::1', MAX_FAILURES);
    const sameNetwork = await login('coach@centre.example', STRONG_PASSWORD, '2001:db8:5:6::beef');
    expect(sameNetwork.statusCode).toBe(429);
    const otherNetwork = await login('coach@centre.example', STRONG_PASSWORD, '2001:db8:5:7::1');
    expect(otherNetwork.statusCode).toBe(200);
  });

  it('locks the e-mail for everyone only after many more failures from many addresses, with growing delays before', async () => {
    t.clock.advance((LOCKOUT_MINUTES + 1) * 60_000);
    t.sleeps.length = 0;
    const emailLimit = MAX_FAILURES * EMAIL_LOCK_FACTOR;
    let failures = 0;
    for (let address = 1; failures < emailLimit; address++) {
      const answers = await codes(VICTIM, `192.0.2.${address}`, MAX_FAILURES);
      failures += answers.length;
      if (failures < emailLimit) expect(answers.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    }
    // every attempt after the first MAX_FAILURES waited, doubling up to the maximum
    expect(t.sleeps).toHaveLength(emailLimit - MAX_FAILURES - 1);
    expect(t.sleeps[0]).toBe(DELAY_BASE_MS);
    t.sleeps
      .slice(1)
      .forEach((wait, i) => expect(wait).toBe(Math.min(t.sleeps[i]! * 2, DELAY_MAX_MS)));
    expect(t.sleeps.at(-1)).toBe(DELAY_MAX_MS);

    const owner = await login(VICTIM, STRONG_PASSWORD, '198.51.100.20');
    expect(owner.statusCode).toBe(429);
    expect(owner.json().code).toBe('TOO_MANY_ATTEMPTS');
    // only that e-mail
    expect((await login('coach@centre.example', STRONG_PASSWORD, '198.51.100.20')).statusCode).toBe(
      200,
    );
    t.clock.advance((LOCKOUT_MINUTES + 1) * 60_000);
    const sleptBefore = t.sleeps.length;
    expect((await login(VICTIM, STRONG_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
    expect(t.sleeps).toHaveLength(sleptBefore); // the lockout over, no delay either
  });

  it('delays the owner’s own right password too while the e-mail is under attack, so a quick answer gives nothing away', async () => {
    t.clock.advance((LOCKOUT_MINUTES + 1) * 60_000);
    for (let address = 1; address <= 2; address++)
      await codes(VICTIM, `192.0.2.${100 + address}`, MAX_FAILURES);
    t.sleeps.length = 0;
    expect((await login(VICTIM, STRONG_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
    expect(t.sleeps).toEqual([expect.any(Number)]);
    expect(t.sleeps[0]).toBeGreaterThan(0);
  });
});
