import { createHash, createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../src/db/context.ts';
import { issueFormToken } from '../../src/services/surveys/form-token.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';
import { countRows, openForm, sampleDefinition, submit } from '../helpers/survey-api.ts';

/** Abuse of the public form: floods, huge bodies, double taps; and what is never stored. */
let t: TestApp;
let code: string;
let surveyId: string;
/** The installation secret of the test app (tests/helpers/app.ts). */
const SECRET = 'test-secret-0123456789abcdefghijklmnop';

beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: 'true' });
  const installation = await setupInstallation(t.app);
  const admin = (await createOrganisation(t.app, installation, 'centre', ['org_admin'])).clients
    .org_admin!;
  const survey = (
    await admin.post('/api/surveys', { slug: 'exit', definition: sampleDefinition() })
  ).json();
  code = survey.publicCode;
  surveyId = survey.id;
  await admin.post(`/api/surveys/${survey.id}/publish`);
});
afterAll(() => t?.close());

async function ripeToken() {
  const form = await openForm(t.app, code);
  t.clock.advance(5_000);
  return form.json().formToken as string;
}

describe('abuse of the public form', () => {
  it('refuses a 1 MB body (and anything over 64 KB) before reading it', async () => {
    const before = await countRows(t);
    const formToken = await ripeToken();
    for (const size of [1024 * 1024, 70 * 1024]) {
      const response = await submit(t.app, code, {
        formToken,
        answers: { came_for: 'job', remarks: 'x'.repeat(size) },
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(await countRows(t)).toEqual(before);
  });

  it('lets one address send 20 a minute, then answers 429 with Retry-After', async () => {
    const formToken = await ripeToken();
    const body = { formToken, answers: { came_for: 'job' } };
    const address = '198.51.100.20';
    for (let i = 0; i < 20; i++)
      expect((await submit(t.app, code, body, { address })).statusCode).toBe(201);
    const before = await countRows(t);
    t.clock.advance(10_000);
    const limited = await submit(t.app, code, body, { address });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // refused before the body is even read: an invalid one gets the same answer
    expect((await submit(t.app, code, { nonsense: true }, { address })).statusCode).toBe(429);
    expect(await countRows(t)).toEqual(before);
    expect((await submit(t.app, code, body, { address: '198.51.100.21' })).statusCode).toBe(201);
    t.clock.advance(60_000);
    expect((await submit(t.app, code, body, { address })).statusCode).toBe(201);
  });

  it('counts a double tap once with an Idempotency-Key, even when both arrive together', async () => {
    const formToken = await ripeToken();
    const body = { formToken, answers: { came_for: 'other', satisfaction: 5 } };
    const before = await countRows(t);
    const headers = { 'idempotency-key': 'tap-7f3a9c' };
    const first = await submit(t.app, code, body, { headers });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await submit(t.app, code, body, { headers });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ received: true });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await countRows(t)).toEqual({
      responses: before.responses + 1,
      answers: before.answers + 2,
    });
    const race = { headers: { 'idempotency-key': 'race-1b2c' } };
    const raceBody = { ...body, formToken: await ripeToken() };
    const both = await Promise.all([
      submit(t.app, code, raceBody, race),
      submit(t.app, code, raceBody, race),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
    expect((await countRows(t)).responses).toBe(before.responses + 2);
    for (const key of ['has spaces', 'k'.repeat(201)]) {
      const bad = await submit(t.app, code, body, { headers: { 'idempotency-key': key } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    }
    expect((await countRows(t)).responses).toBe(before.responses + 2);
  });

  it('stores the Idempotency-Key only as a keyed hash', async () => {
    const key = 'k-1';
    const response = await submit(
      t.app,
      code,
      { formToken: await ripeToken(), answers: { came_for: 'job' } },
      { headers: { 'idempotency-key': key } },
    );
    expect(response.statusCode).toBe(201);
    const hashes = await idempotencyHashes();
    const plain = createHash('sha256').update(`${surveyId}:${key}`).digest('hex');
    const keyed = createHmac('sha256', `parcours.survey-idempotency.v1:${SECRET}`)
      .update(`${surveyId}:${key}`)
      .digest('hex');
    expect(hashes).not.toContain(plain);
    expect(hashes).toContain(keyed);
  });

  it('spends a form token on one response, however many are sent with it', async () => {
    const formToken = await ripeToken();
    const before = await countRows(t);
    for (let i = 0; i < 5; i++) {
      const headers = i % 2 ? { 'idempotency-key': `flood-${i}` } : undefined;
      const response = await submit(
        t.app,
        code,
        { formToken, answers: { came_for: 'job' } },
        { headers },
      );
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ received: true });
    }
    expect((await countRows(t)).responses).toBe(before.responses + 1);
  });

  it('asks to reload a form whose version was never published', async () => {
    const before = await countRows(t);
    for (const version of [2, 99]) {
      const formToken = issueFormToken(SECRET, code, version, t.clock());
      t.clock.advance(5_000);
      const response = await submit(t.app, code, { formToken, answers: { came_for: 'job' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ path: 'formToken', code: 'form_expired' }),
      ]);
    }
    expect(await countRows(t)).toEqual(before);
  });

  it('stores no address, user agent or cookie anywhere in the database', async () => {
    const agent = 'Mozilla/5.0 (ProbeTablet; Distinctive-Agent-4417)';
    const forwarded = '198.51.100.173';
    const remote = '192.0.2.211';
    const before = await countRows(t);
    const form = await t.app.inject({
      url: `/api/public/surveys/${code}`,
      remoteAddress: remote,
      headers: { 'user-agent': agent, 'x-forwarded-for': forwarded, cookie: 'tracker=c00k1e-991' },
    });
    t.clock.advance(5_000);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${code}/responses`,
      remoteAddress: remote,
      headers: {
        'user-agent': agent,
        'x-forwarded-for': forwarded,
        cookie: 'tracker=c00k1e-991',
        'idempotency-key': 'probe-key-5531',
      },
      payload: { formToken: form.json().formToken, answers: { came_for: 'job', remarks: 'ok' } },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect((await countRows(t)).responses).toBe(before.responses + 1);
    const dump = await everyRowAsText();
    expect(dump).toContain('"text_value":"ok"');
    for (const secret of [
      agent,
      'Distinctive-Agent',
      forwarded,
      remote,
      'c00k1e-991',
      'probe-key-5531',
    ])
      expect(dump, secret).not.toContain(secret);
  });
});

/** The idempotency hashes stored for the questionnaire, read past row-level security. */
async function idempotencyHashes(): Promise<string[]> {
  const context = { organisationId: null, userId: null, isAdmin: true };
  return withContext(t.db.database.db, context, async (tx) => {
    const result = await tx.execute(sql`SELECT idempotency_hash AS hash FROM survey_responses
      WHERE survey_id = ${surveyId} AND idempotency_hash IS NOT NULL`);
    return (result as unknown as { rows: { hash: string }[] }).rows.map((r) => r.hash);
  });
}

/** Every row of every table, as JSON text, read as the tables' owner (past row-level security). */
async function everyRowAsText(): Promise<string> {
  const context = { organisationId: null, userId: null, isAdmin: true };
  return withContext(t.db.database.db, context, async (tx) => {
    await tx.execute(sql`SET LOCAL ROLE NONE`);
    const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
    const tables = rows<{ name: string }>(
      await tx.execute(sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`),
    );
    expect(tables.map((r) => r.name)).toEqual(
      expect.arrayContaining(['survey_responses', 'survey_answers', 'audit_log', 'sessions']),
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const result = await tx.execute(
        sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(name)} t`,
      );
      parts.push(...rows<{ row: string }>(result).map((r) => r.row));
    }
    return parts.join('\n');
  });
}
