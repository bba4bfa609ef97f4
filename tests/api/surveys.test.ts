import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import { sampleDefinition, submit, text } from '../helpers/survey-api.ts';

let t: TestApp;
let admin: Client;
let coordinator: Client;
let analyst: Client;
let other: Client;

beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: 'true' });
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
    'analyst',
  ]);
  admin = centre.clients.org_admin!;
  coordinator = centre.clients.coordinator!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
});
afterAll(() => t?.close());

/** Sends one valid response through the public form (the token needs 2 s to ripen). */
async function answer(code: string, answers: Record<string, unknown>) {
  const form = (await t.app.inject({ url: `/api/public/surveys/${code}` })).json();
  t.clock.advance(5_000);
  const response = await submit(t.app, code, { formToken: form.formToken, answers });
  expect(response.statusCode, response.body).toBe(201);
}

describe('questionnaire management', () => {
  it('gives a new organisation the built-in visitor profile with its fixed keys', async () => {
    const list = (await analyst.get('/api/surveys')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      slug: 'visitor-profile',
      template: 'visitor_profile',
      status: 'published',
      version: 1,
      questions: 9,
      responses: 0,
    });
    const profile = (await analyst.get(`/api/surveys/${list.items[0].id}`)).json();
    const keys = Object.fromEntries(
      profile.definition.questions.map((q: { key: string; options?: { key: string }[] }) => [
        q.key,
        q.options?.map((o) => o.key) ?? [],
      ]),
    );
    expect(keys).toMatchObject({
      gender: ['female', 'male', 'other', 'no_answer'],
      age_band: ['under_18', '18_24', '25_29', '30_44', '45_54', '55_plus'],
      highest_diploma: ['none_or_primary', 'lower_secondary', 'upper_secondary', 'higher'],
      diploma_recognised: ['yes', 'no', 'in_progress', 'not_applicable'],
      status: ['job_seeker', 'employed', 'student', 'other'],
      satisfaction: [],
    });
    expect(keys.municipality).toHaveLength(20);
    expect(keys.municipality).toEqual(
      expect.arrayContaining(['21001', '21019', 'outside_brussels']),
    );
    expect(Object.keys(keys)).toEqual(expect.arrayContaining(['how_heard', 'themes']));
    const template = (await coordinator.get('/api/surveys/templates/visitor-profile')).json();
    expect(template.definition.questions.map((q: { key: string }) => q.key)).toEqual(
      Object.keys(keys),
    );
    // the built-in one cannot be deleted, and keeps its keys
    expect((await admin.delete(`/api/surveys/${profile.id}`)).json().code).toBe('SURVEY_BUILT_IN');
    const trimmed = {
      ...profile.definition,
      questions: profile.definition.questions.filter((q: { key: string }) => q.key !== 'gender'),
    };
    const refused = await admin.put(`/api/surveys/${profile.id}`, { definition: trimmed });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({
      code: 'built_in_key',
      params: { value: 'gender' },
    });
  });

  it('creates a draft, refuses a taken or invalid slug, and lets an analyst only read', async () => {
    const created = await coordinator.post('/api/surveys', {
      slug: 'exit',
      definition: sampleDefinition(),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'exit',
      status: 'draft',
      version: 1,
      questions: 5,
      responses: 0,
      publishedAt: null,
      versions: [{ version: 1, publishedAt: null, responses: 0 }],
    });
    expect(created.json().publicCode).toMatch(/^[a-z0-9]{8}$/);
    const taken = await admin.post('/api/surveys', {
      slug: 'exit',
      definition: sampleDefinition(),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      code: 'SLUG_TAKEN',
      errors: [{ path: 'slug', code: 'taken' }],
    });
    const badSlug = await admin.post('/api/surveys', {
      slug: 'Exit Form',
      definition: sampleDefinition(),
    });
    expect(badSlug.json().errors).toContainEqual(expect.objectContaining({ path: 'slug' }));
    expect(
      (await analyst.post('/api/surveys', { slug: 'mine', definition: sampleDefinition() }))
        .statusCode,
    ).toBe(403);
    expect((await analyst.post(`/api/surveys/${created.json().id}/publish`)).statusCode).toBe(403);
    expect((await analyst.get(`/api/surveys/${created.json().id}`)).statusCode).toBe(200);
    const found = (await analyst.get('/api/surveys?q=exit%20questionnaire&status=draft')).json();
    expect(found.items.map((s: { slug: string }) => s.slug)).toEqual(['exit']);
    expect((await analyst.get('/api/surveys?status=closed')).json().total).toBe(0);
    // another organisation sees none of it
    expect((await other.get(`/api/surveys/${created.json().id}`)).statusCode).toBe(404);
    expect((await other.get('/api/surveys?q=exit')).json().total).toBe(0);
  });

  it('refuses a bad definition with every issue named, and stores nothing', async () => {
    const base = sampleDefinition();
    const cases: [unknown, string, string][] = [
      [
        {
          ...base,
          questions: [
            base.questions[0],
            { ...base.questions[1], condition: { question: 'came_for', anyOf: ['nope'] } },
          ],
        },
        'definition.questions.1.condition.anyOf.0',
        'unknown_option',
      ],
      [
        { ...base, questions: [base.questions[0], base.questions[0]] },
        'definition.questions.1.key',
        'duplicate_key',
      ],
      [
        {
          ...base,
          questions: [{ ...base.questions[2], options: [{ key: 'x', labels: text('x') }] }],
        },
        'definition.questions.0.options',
        'options_not_allowed',
      ],
      [
        { ...base, questions: [base.questions[1], base.questions[0]] },
        'definition.questions.0.condition.question',
        'condition_unknown_question',
      ],
      [{ ...base, questions: [] }, 'definition.questions', 'survey_no_questions'],
      [{ ...base, title: { nl: 'x', fr: 'x' } }, 'definition.title.en', 'required'],
    ];
    for (const [definition, path, code] of cases) {
      const response = await admin.post('/api/surveys', { slug: 'bad-one', definition });
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors, path).toContainEqual(expect.objectContaining({ path, code }));
    }
    // the message names the offending key
    const named = await admin.post('/api/surveys', { slug: 'bad-one', definition: cases[0]![0] });
    expect(named.json().errors[0]).toMatchObject({
      params: { value: 'nope' },
      message: '“nope” is not an option of this question.',
    });
    expect((await admin.get('/api/surveys?q=bad-one')).json().total).toBe(0);
  });

  it('changes a draft in place, then makes a new version once published; old answers keep theirs', async () => {
    const survey = (
      await coordinator.post('/api/surveys', { slug: 'versions', definition: sampleDefinition() })
    ).json();
    const renamed = await coordinator.put(`/api/surveys/${survey.id}`, {
      slug: 'versioned',
      definition: sampleDefinition('Renamed'),
    });
    expect(renamed.json()).toMatchObject({
      slug: 'versioned',
      version: 1,
      title: { en: 'Renamed' },
    });
    expect((await coordinator.post(`/api/surveys/${survey.id}/publish`)).json()).toMatchObject({
      status: 'published',
      versions: [{ version: 1, publishedAt: expect.any(String) }],
    });
    expect((await coordinator.post(`/api/surveys/${survey.id}/publish`)).statusCode).toBe(200);
    await answer(survey.publicCode, { came_for: 'job' });
    const second = sampleDefinition('Renamed');
    second.questions.push({ key: 'extra', type: 'yes_no', labels: text('Again?') } as never);
    const changed = (
      await coordinator.put(`/api/surveys/${survey.id}`, { definition: second })
    ).json();
    expect(changed).toMatchObject({ version: 2, questions: 6, responses: 1 });
    expect(changed.versions).toMatchObject([
      { version: 1, responses: 1 },
      { version: 2, responses: 0, publishedAt: expect.any(String) },
    ]);
    // the same definition again makes no version 3
    expect(
      (await coordinator.put(`/api/surveys/${survey.id}`, { definition: second })).json().version,
    ).toBe(2);
    await answer(survey.publicCode, { came_for: 'other', extra: 'yes' });
    const v1 = (await analyst.get(`/api/surveys/${survey.id}/versions/1`)).json();
    expect(v1).toMatchObject({ version: 1, responses: 1 });
    expect(v1.definition.questions).toHaveLength(5);
    expect((await analyst.get(`/api/surveys/${survey.id}/versions/2`)).json().responses).toBe(1);
    expect((await analyst.get(`/api/surveys/${survey.id}/versions/3`)).statusCode).toBe(404);
    const listed = (await analyst.get('/api/surveys?q=versioned')).json().items[0];
    expect(listed).toMatchObject({ version: 2, questions: 6, responses: 2 });
    expect((await other.get(`/api/surveys/${survey.id}/versions/1`)).statusCode).toBe(404);
    const audit = (await admin.get('/api/audit?action=survey.')).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['survey.created', 'survey.updated', 'survey.published']),
    );
  });

  it('keeps the type of a question key across versions', async () => {
    const typed = (types: Record<string, string>, drop: string[] = []) => {
      const definition = sampleDefinition();
      definition.questions = definition.questions
        .filter((q) => !drop.includes(q.key))
        .map((q) => ({ ...q, type: types[q.key] ?? q.type }));
      return definition;
    };
    const survey = (
      await coordinator.post('/api/surveys', { slug: 'key-types', definition: sampleDefinition() })
    ).json();
    // a draft never published may still change a type in place
    const draft = await coordinator.put(`/api/surveys/${survey.id}`, {
      definition: typed({ satisfaction: 'number' }),
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().version).toBe(1);
    await coordinator.put(`/api/surveys/${survey.id}`, { definition: sampleDefinition() });
    await coordinator.post(`/api/surveys/${survey.id}/publish`);
    await answer(survey.publicCode, { came_for: 'job', satisfaction: 4 });
    const refused = await coordinator.put(`/api/surveys/${survey.id}`, {
      definition: typed({ satisfaction: 'number', came_for: 'multiple_choice' }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: 'definition.questions.0.type', code: 'key_type_changed' }),
      expect.objectContaining({
        path: 'definition.questions.2.type',
        code: 'key_type_changed',
        message: expect.stringContaining('satisfaction'),
      }),
    ]);
    expect((await analyst.get(`/api/surveys/${survey.id}`)).json().version).toBe(1);
    // a question dropped in version 2 keeps its type when it comes back in version 3
    const v2 = await coordinator.put(`/api/surveys/${survey.id}`, {
      definition: typed({}, ['remarks']),
    });
    expect(v2.json().version).toBe(2);
    const back = await coordinator.put(`/api/surveys/${survey.id}`, {
      definition: typed({ remarks: 'yes_no' }),
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().errors).toEqual([
      expect.objectContaining({ path: 'definition.questions.4.type', code: 'key_type_changed' }),
    ]);
    const unchanged = await coordinator.put(`/api/surveys/${survey.id}`, {
      definition: sampleDefinition(),
    });
    expect(unchanged.json().version).toBe(3);
  });

  it('closes, reopens and deletes by the rules', async () => {
    const survey = (
      await coordinator.post('/api/surveys', { slug: 'lifecycle', definition: sampleDefinition() })
    ).json();
    expect((await coordinator.post(`/api/surveys/${survey.id}/close`)).json().code).toBe(
      'SURVEY_NOT_PUBLISHED',
    );
    await coordinator.post(`/api/surveys/${survey.id}/publish`);
    await answer(survey.publicCode, { came_for: 'job' });
    const closed = (await coordinator.post(`/api/surveys/${survey.id}/close`)).json();
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const refused = await coordinator.delete(`/api/surveys/${survey.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'SURVEY_HAS_RESPONSES', params: { count: 1 } });
    expect((await coordinator.post(`/api/surveys/${survey.id}/publish`)).json()).toMatchObject({
      status: 'published',
      closedAt: null,
    });
    const empty = (
      await coordinator.post('/api/surveys', { slug: 'empty', definition: sampleDefinition() })
    ).json();
    expect((await other.delete(`/api/surveys/${empty.id}`)).statusCode).toBe(404);
    expect((await coordinator.delete(`/api/surveys/${empty.id}`)).statusCode).toBe(200);
    expect((await coordinator.get(`/api/surveys/${empty.id}`)).statusCode).toBe(404);
  });

  it('draws the QR code of the public link', async () => {
    const survey = (await analyst.get('/api/surveys?q=visitor')).json().items[0];
    const qr = await analyst.get(`/api/surveys/${survey.id}/qr.svg?kiosk=1`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(qr.body).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((await other.get(`/api/surveys/${survey.id}/qr.svg`)).statusCode).toBe(404);
  });

  it('keeps the small-cell threshold between 3 and 50, set by org admins only', async () => {
    expect((await analyst.get('/api/settings/privacy')).json()).toEqual({ smallCellThreshold: 5 });
    const tooLow = await admin.put('/api/settings/privacy', { smallCellThreshold: 2 });
    expect(tooLow.statusCode).toBe(400);
    expect(tooLow.json().errors[0]).toMatchObject({
      path: 'smallCellThreshold',
      code: 'too_small',
    });
    expect((await analyst.put('/api/settings/privacy', { smallCellThreshold: 8 })).statusCode).toBe(
      403,
    );
    expect(
      (await coordinator.put('/api/settings/privacy', { smallCellThreshold: 8 })).statusCode,
    ).toBe(403);
    expect((await admin.put('/api/settings/privacy', { smallCellThreshold: 3 })).json()).toEqual({
      smallCellThreshold: 3,
    });
    expect((await analyst.get('/api/settings/privacy')).json()).toEqual({ smallCellThreshold: 3 });
    expect((await other.get('/api/settings/privacy')).json()).toEqual({ smallCellThreshold: 5 });
    const audit = (await admin.get('/api/audit?action=organisation.privacy')).json().items;
    expect(audit).toHaveLength(1);
  });
});
