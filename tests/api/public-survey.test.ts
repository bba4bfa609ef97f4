import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../src/db/context.ts';
import {
  type Client,
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';
import { countRows, openForm, sampleDefinition, submit } from '../helpers/survey-api.ts';

let t: TestApp;
let admin: Client;
let code: string;
let surveyId: string;

beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: 'true' });
  const installation = await setupInstallation(t.app);
  admin = (await createOrganisation(t.app, installation, 'centre', ['org_admin'])).clients
    .org_admin!;
  const survey = (
    await admin.post('/api/surveys', { slug: 'exit', definition: sampleDefinition() })
  ).json();
  ({ publicCode: code, id: surveyId } = survey);
  await admin.post(`/api/surveys/${surveyId}/publish`);
});
afterAll(() => t?.close());

/** A form token handed out 5 seconds ago (a person's fill time). */
async function ripeToken(at = code) {
  const form = await openForm(t.app, at);
  expect(form.statusCode, form.body).toBe(200);
  t.clock.advance(5_000);
  return form.json().formToken as string;
}

describe('the public form', () => {
  it('serves a published questionnaire to anyone, without a cookie', async () => {
    const response = await openForm(t.app, code);
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.json()).toMatchObject({
      code,
      organisationName: 'Org centre',
      defaultLanguage: 'nl',
      languages: ['nl', 'fr', 'en', 'ar'],
      minFillSeconds: 2,
      definition: { title: { en: 'Exit questionnaire' } },
    });
    expect(response.json().formToken).toMatch(/^\d+\.1\.[\w-]+$/);
    expect((await openForm(t.app, 'zzzzzzzz')).statusCode).toBe(404);
    expect((await openForm(t.app, 'NOT A CODE')).statusCode).toBe(400);
  });

  it('stores one response, to the hour, with its channel and language', async () => {
    const before = await countRows(t);
    t.clock.set(new Date('2026-03-02T14:37:07Z'));
    const token = await ripeToken();
    const response = await submit(t.app, code, {
      formToken: token,
      language: 'ar',
      answers: {
        came_for: 'training',
        training_kind: 'degree',
        satisfaction: 4,
        visits: 3,
        remarks: 'Helpful staff',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ received: true });
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await countRows(t)).toEqual({
      responses: before.responses + 1,
      answers: before.answers + 5,
    });
    const kiosk = await submit(t.app, code, {
      formToken: await ripeToken(),
      kiosk: true,
      answers: { came_for: 'job' },
    });
    expect(kiosk.statusCode).toBe(201);
    const rows = await storedResponses();
    expect(rows.slice(-2)).toEqual([
      { submitted_hour: '2026-03-02T14:00:00.000Z', channel: 'web', language: 'ar' },
      { submitted_hour: '2026-03-02T14:00:00.000Z', channel: 'kiosk', language: null },
    ]);
  });

  it('refuses bad answers whole, naming each, and stores nothing', async () => {
    const before = await countRows(t);
    const token = await ripeToken();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ came_for: 'holiday' }, 'answers.came_for', 'unknown_option'],
      [{ satisfaction: 4 }, 'answers.came_for', 'required'],
      [{ came_for: 'job', visits: 21 }, 'answers.visits', 'out_of_range'],
      [{ came_for: 'job', satisfaction: 6 }, 'answers.satisfaction', 'out_of_range'],
      [{ came_for: 'job', remarks: 'x'.repeat(600) }, 'answers.remarks', 'too_long'],
      [{ came_for: 'job', training_kind: 'course' }, 'answers.training_kind', 'question_not_shown'],
      [{ came_for: 'job', shoe_size: 42 }, 'answers.shoe_size', 'unknown_question'],
    ];
    for (const [answers, path, code_] of cases) {
      const response = await submit(t.app, code, { formToken: token, answers });
      expect(response.statusCode, JSON.stringify(answers)).toBe(400);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code: code_ }));
    }
    const several = await submit(t.app, code, {
      formToken: token,
      answers: { came_for: 'holiday', visits: 0, remarks: 'x'.repeat(600) },
    });
    expect(several.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'answers.came_for',
      'answers.visits',
      'answers.remarks',
    ]);
    const language = await submit(t.app, code, {
      formToken: token,
      language: 'uk',
      answers: { came_for: 'job' },
    });
    expect(language.json().errors).toEqual([expect.objectContaining({ path: 'language' })]);
    expect(await countRows(t)).toEqual(before);
  });

  it('refuses a forged or expired form token, asking to reload', async () => {
    const before = await countRows(t);
    const token = await ripeToken();
    const [issued, version, mac] = token.split('.');
    for (const formToken of [
      `${Number(issued) - 60_000}.${version}.${mac}`,
      `${issued}.${Number(version) + 1}.${mac}`,
      `${issued}.${mac}`,
      'nonsense',
    ]) {
      const response = await submit(t.app, code, { formToken, answers: { came_for: 'job' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ path: 'formToken', code: 'form_expired' }),
      ]);
    }
    t.clock.advance(25 * 3_600_000);
    const expired = await submit(t.app, code, { formToken: token, answers: { came_for: 'job' } });
    expect(expired.json().errors[0].message).toMatch(/reload/i);
    expect(await countRows(t)).toEqual(before);
    await admin.login('org-admin@centre.example'); // a day later: the session has expired
  });

  it('drops bots without a word: honeypot filled in, or sent in under two seconds', async () => {
    const before = await countRows(t);
    const honeypot = await submit(t.app, code, {
      formToken: await ripeToken(),
      website: 'http://spam.example',
      answers: { came_for: 'job' },
    });
    expect(honeypot.statusCode).toBe(201);
    expect(honeypot.json()).toEqual({ received: true });
    const form = (await openForm(t.app, code)).json();
    t.clock.advance(1_500);
    const fast = await submit(t.app, code, {
      formToken: form.formToken,
      answers: { came_for: 'job' },
    });
    expect(fast.statusCode).toBe(201);
    expect(fast.json()).toEqual({ received: true });
    expect(await countRows(t)).toEqual(before);
  });

  it('keeps a form already open working after an edit: answers go to the version shown', async () => {
    const before = await countRows(t);
    const byVersion = await responsesByVersion();
    const [v1Token, otherV1Token] = [await ripeToken(), await ripeToken()];
    const current = (await admin.get(`/api/surveys/${surveyId}`)).json();
    const postcode = {
      key: 'postcode',
      type: 'number',
      required: true,
      min: 1000,
      max: 9999,
      labels: { nl: 'Postcode', fr: 'Code postal', en: 'Postcode' },
    };
    const edited = await admin.put(`/api/surveys/${surveyId}`, {
      definition: { ...current.definition, questions: [...current.definition.questions, postcode] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const version = edited.json().version as number;
    expect(version).toBe(2);
    const old = await submit(t.app, code, { formToken: v1Token, answers: { came_for: 'job' } });
    expect(old.statusCode, old.body).toBe(201);
    expect(await countRows(t)).toEqual({
      responses: before.responses + 1,
      answers: before.answers + 1,
    });
    expect(await responsesByVersion()).toEqual({ ...byVersion, 1: (byVersion[1] ?? 0) + 1 });
    // checked against version 1, which has no postcode
    const unknown = await submit(t.app, code, {
      formToken: otherV1Token,
      answers: { came_for: 'job', postcode: 1000 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ path: 'answers.postcode', code: 'unknown_question' }),
    ]);
    // a fresh form is the new version, and asks the new question
    const fresh = (await openForm(t.app, code)).json();
    expect(fresh.formToken).toMatch(/^\d+\.2\.[\w-]+$/);
    expect(fresh.definition.questions.map((q: { key: string }) => q.key)).toContain('postcode');
    t.clock.advance(5_000);
    const missing = await submit(t.app, code, {
      formToken: fresh.formToken,
      answers: { came_for: 'job' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ path: 'answers.postcode', code: 'required' }),
    ]);
    const complete = await submit(t.app, code, {
      formToken: fresh.formToken,
      answers: { came_for: 'job', postcode: 1000 },
    });
    expect(complete.statusCode, complete.body).toBe(201);
    expect(await responsesByVersion()).toEqual({
      ...byVersion,
      1: (byVersion[1] ?? 0) + 1,
      2: 1,
    });
    expect(await countRows(t)).toEqual({
      responses: before.responses + 2,
      answers: before.answers + 3,
    });
  });

  it('spends a form token on one response: a second one is dropped, a replay is a replay', async () => {
    const before = await countRows(t);
    const formToken = await ripeToken();
    const body = { formToken, answers: { came_for: 'job', postcode: 1200 } };
    const headers = { 'idempotency-key': 'spend-1' };
    const first = await submit(t.app, code, body, { headers });
    expect(first.statusCode, first.body).toBe(201);
    const replay = await submit(t.app, code, body, { headers });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    for (const call of [{ headers: { 'idempotency-key': 'spend-2' } }, {}]) {
      const again = await submit(t.app, code, body, call);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual({ received: true });
      expect(again.headers['idempotent-replayed']).toBeUndefined();
    }
    t.clock.advance(3_600_000);
    expect((await submit(t.app, code, body)).statusCode).toBe(201);
    expect(await countRows(t)).toEqual({
      responses: before.responses + 1,
      answers: before.answers + 2,
    });
    // a token whose answers were refused is not spent
    const token = await ripeToken();
    const refused = await submit(t.app, code, { formToken: token, answers: { came_for: 'job' } });
    expect(refused.statusCode).toBe(400);
    const fixed = await submit(t.app, code, {
      formToken: token,
      answers: { came_for: 'job', postcode: 1200 },
    });
    expect(fixed.statusCode).toBe(201);
    expect((await countRows(t)).responses).toBe(before.responses + 2);
  });

  it('refuses unknown, draft and closed questionnaires, storing nothing', async () => {
    const before = await countRows(t);
    const token = await ripeToken();
    const unknown = await submit(t.app, 'zzzzzzzz', {
      formToken: token,
      answers: { came_for: 'job' },
    });
    expect(unknown.statusCode).toBe(404);
    const draft = (
      await admin.post('/api/surveys', { slug: 'draft', definition: sampleDefinition() })
    ).json();
    expect((await openForm(t.app, draft.publicCode)).json().code).toBe('SURVEY_NOT_PUBLISHED');
    const toDraft = await submit(t.app, draft.publicCode, {
      formToken: token,
      answers: { came_for: 'job' },
    });
    expect(toDraft.statusCode).toBe(404);
    expect(toDraft.json().code).toBe('SURVEY_NOT_PUBLISHED');
    await admin.post(`/api/surveys/${surveyId}/close`);
    expect((await openForm(t.app, code)).statusCode).toBe(410);
    const closed = await submit(t.app, code, { formToken: token, answers: { came_for: 'job' } });
    expect(closed.statusCode).toBe(410);
    expect(closed.json().code).toBe('SURVEY_CLOSED');
    await admin.post(`/api/surveys/${surveyId}/publish`);
    expect(await countRows(t)).toEqual(before);
  });
});

/** The stored responses of the questionnaire, oldest first, read past row-level security. */
async function storedResponses() {
  return withContext(
    t.db.database.db,
    { organisationId: null, userId: null, isAdmin: true },
    async (tx) => {
      const result = await tx.execute(sql`
        SELECT to_char(submitted_hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS submitted_hour,
               channel, language
        FROM survey_responses WHERE survey_id = ${surveyId} ORDER BY submitted_hour, channel DESC`);
      return (result as unknown as { rows: unknown[] }).rows;
    },
  );
}

/** How many stored responses of the questionnaire each version number holds. */
async function responsesByVersion(): Promise<Record<number, number>> {
  return withContext(
    t.db.database.db,
    { organisationId: null, userId: null, isAdmin: true },
    async (tx) => {
      const result = await tx.execute(sql`
        SELECT v.version, count(*)::int AS n
        FROM survey_responses r JOIN survey_versions v ON v.id = r.version_id
        WHERE r.survey_id = ${surveyId} GROUP BY v.version`);
      const rows = (result as unknown as { rows: { version: number; n: number }[] }).rows;
      return Object.fromEntries(rows.map((r) => [r.version, r.n]));
    },
  );
}
