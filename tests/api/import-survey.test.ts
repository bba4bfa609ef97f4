import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../src/core/surveys/model.ts';
import { withContext } from '../../src/db/context.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

let t: TestApp;
let admin: Client;
let coordinator: Client;
let analyst: Client;
let other: Client;
let centreId: string;
let otherId: string;

const text = (en: string) => ({ nl: en, fr: en, en });

/** A questionnaire of the centre's own, with a required question and a condition. */
const CUSTOM: SurveyDefinition = {
  title: text('Exit form'),
  languages: [],
  questions: [
    {
      key: 'reason',
      type: 'single_choice',
      required: true,
      labels: text('Why?'),
      options: [
        { key: 'advice', labels: text('Advice') },
        { key: 'course', labels: text('Course') },
      ],
    },
    { key: 'returning', type: 'yes_no', required: false, labels: text('Back?') },
    {
      key: 'visits',
      type: 'number',
      required: true,
      labels: text('How many visits?'),
      min: 1,
      max: 50,
      condition: { question: 'returning', anyOf: ['yes'] },
    },
    { key: 'comment', type: 'free_text', required: false, labels: text('Anything else?') },
  ],
};

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Runs SQL in an organisation's row-level-security context. */
function query<T>(organisationId: string, statement: ReturnType<typeof sql>) {
  const context = { organisationId, userId: null, isAdmin: false };
  return withContext(t.db.database.db, context, async (tx) => rows<T>(await tx.execute(statement)));
}

/** Inserts a questionnaire straight into the database (the management API is not needed). */
async function insertSurvey(organisationId: string, slug: string, status: string) {
  const id = randomUUID();
  await query(
    organisationId,
    sql`INSERT INTO surveys (id, organisation_id, slug, public_code, status)
        VALUES (${id}, ${organisationId}, ${slug}, ${`c${id.slice(0, 7)}`}, ${status})`,
  );
  await query(
    organisationId,
    sql`INSERT INTO survey_versions (organisation_id, survey_id, version, definition, published_at)
        VALUES (${organisationId}, ${id}, 1, ${JSON.stringify(CUSTOM)}::jsonb, now())`,
  );
  return id;
}

async function responseCount(organisationId = centreId): Promise<number> {
  const [row] = await query<{ n: number }>(
    organisationId,
    sql`SELECT count(*)::int AS n FROM survey_responses`,
  );
  return row!.n;
}

function upload(client: Client, body: string, query = '') {
  return client.request('POST', `/api/imports/surveys${query ? `?${query}` : ''}`, body, {
    'content-type': 'text/csv',
  });
}

async function importOk(client: Client, body: string, query = '') {
  const response = await upload(client, body, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
    'analyst',
  ]);
  centreId = centre.organisationId;
  admin = centre.clients.org_admin!;
  coordinator = centre.clients.coordinator!;
  analyst = centre.clients.analyst!;
  const elsewhere = await createOrganisation(t.app, installation, 'elsewhere', ['org_admin']);
  other = elsewhere.clients.org_admin!;
  otherId = elsewhere.organisationId;
});
afterAll(() => t?.close());

describe('importing answers into the visitor profile', () => {
  it('stores every row on the channel import, to the hour, with postal codes and any case', async () => {
    const csv =
      '\ufeffGender;submitted_at;highest_diploma;diploma_recognised;municipality;how_heard;satisfaction;language;external_id\r\n' +
      'Female;2026-02-10 14:35;upper_secondary;yes;1080;internet|Friends_Family;5;FR;P-1\r\n' +
      'male;10/02/2026;none_or_primary;no;21004;;4;;P-2\r\n' +
      'other;2026-02-11T09:59:59Z;;;outside_brussels;school;;ar;P-3\r\n';
    const report = await importOk(admin, csv);
    expect(report).toMatchObject({
      committed: true,
      delimiter: ';',
      rowsRead: 3,
      inserted: 3,
      unchanged: 0,
      invalidRows: 0,
      errorCount: 0,
    });
    const stored = await query<Record<string, string>>(
      centreId,
      sql`SELECT external_id, channel, language, to_char(submitted_hour AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS') AS hour FROM survey_responses ORDER BY external_id`,
    );
    expect(stored).toEqual([
      // 14:35 in Brussels (UTC+1 in February) is kept as 13:00 UTC.
      { external_id: 'P-1', channel: 'import', language: 'fr', hour: '2026-02-10T13:00:00' },
      // A date alone: noon in Brussels.
      { external_id: 'P-2', channel: 'import', language: null, hour: '2026-02-10T11:00:00' },
      { external_id: 'P-3', channel: 'import', language: 'ar', hour: '2026-02-11T09:00:00' },
    ]);
    const answers = await query<{ q: string; o: string }>(
      centreId,
      sql`SELECT a.question_key AS q, a.option_key AS o FROM survey_answers a
          JOIN survey_responses r ON r.id = a.response_id WHERE r.external_id = 'P-1'
          ORDER BY 1, 2`,
    );
    expect(answers.map((a) => `${a.q}=${a.o}`)).toEqual([
      'diploma_recognised=yes',
      'gender=female',
      'highest_diploma=upper_secondary',
      'how_heard=friends_family',
      'how_heard=internet',
      'municipality=21012',
      'satisfaction=5',
    ]);
    // P-2's diploma is not foreign-recognisable: the hidden answer is dropped, not refused.
    const hidden = await query<{ n: number }>(
      centreId,
      sql`SELECT count(*)::int AS n FROM survey_answers a JOIN survey_responses r
          ON r.id = a.response_id WHERE r.external_id = 'P-2' AND a.question_key = 'diploma_recognised'`,
    );
    expect(hidden[0]!.n).toBe(0);
    const [audit] = await query<{ entity: string; details: Record<string, unknown> }>(
      centreId,
      sql`SELECT entity, details FROM audit_log WHERE action = 'survey.imported'`,
    );
    expect(audit).toMatchObject({
      entity: 'survey',
      details: expect.objectContaining({ survey: 'visitor-profile', committed: true, inserted: 3 }),
    });
  });

  it('changes nothing when the same file comes again, and reports the rows unchanged', async () => {
    const csv = 'submitted_at,gender,external_id\n2026-01-05,female,R-1\n2026-01-05,male,R-2\n';
    expect(await importOk(coordinator, csv)).toMatchObject({ inserted: 2, unchanged: 0 });
    const before = await responseCount();
    expect(await importOk(coordinator, csv)).toMatchObject({
      committed: true,
      inserted: 0,
      unchanged: 2,
      withoutExternalId: 0,
    });
    expect(await responseCount()).toBe(before);
  });

  it('refuses a file with an unknown column, naming it, and writes nothing', async () => {
    const before = await responseCount();
    const report = await importOk(admin, 'submitted_at;gender;shoe_size\n2026-01-05;female;42\n');
    expect(report).toMatchObject({ fileError: true, committed: false, inserted: 0 });
    expect(report.errors[0]).toMatchObject({
      line: 1,
      column: 'shoe_size',
      code: 'unknown_columns',
      params: expect.objectContaining({ columns: 'shoe_size' }),
    });
    expect(report.errors[0].message).toContain('shoe_size');
    expect(await responseCount()).toBe(before);
  });

  it('lists every bad cell with its line, column and code, in the caller’s language', async () => {
    await admin.patch('/api/me', { language: 'nl' });
    const csv = [
      'submitted_at,gender,municipality,satisfaction,language',
      '2026-01-06,femme,1040,3,nl', // unknown option; 1040 is two municipalities
      '2099-01-01,female,1000,9,xx', // future; rating out of range; unknown language
      '31/02/2026,,,,', // no such date
      '2026-01-06 25:00,male,2000,,', // no such hour; not a Brussels postal code
    ].join('\n');
    const report = await importOk(admin, csv);
    await admin.patch('/api/me', { language: 'en' });
    expect(report).toMatchObject({ committed: false, invalidRows: 4, errorCount: 8 });
    expect(
      report.errors.map((e: { line: number; column: string; code: string }) => [
        e.line,
        e.column,
        e.code,
      ]),
    ).toEqual([
      [2, 'gender', 'unknown_option'],
      [2, 'municipality', 'ambiguous_postal_code'],
      [3, 'submitted_at', 'future_date'],
      [3, 'satisfaction', 'out_of_range'],
      [3, 'language', 'unknown_form_language'],
      [4, 'submitted_at', 'invalid_submitted_at'],
      [5, 'submitted_at', 'invalid_submitted_at'],
      [5, 'municipality', 'unknown_municipality_answer'],
    ]);
    expect(report.errors[0]).toMatchObject({
      params: { value: 'femme', allowed: 'female, male, other, no_answer' },
      message:
        '“femme” is geen keuze bij deze vraag: gebruik een van female, male, other, no_answer.',
    });
    expect(report.errors[1].message).toBe(
      'Postcode 1040 dekt twee gemeenten; gebruik de NIS-code.',
    );
  });

  it('writes nothing when one row is bad, the valid rows with skipInvalid, nothing in a dry run', async () => {
    const csv =
      'submitted_at,gender,external_id\n2026-01-07,female,S-1\n2026-01-07,nope,S-2\n2026-01-07,male,S-3\n';
    const before = await responseCount();
    expect(await importOk(admin, csv)).toMatchObject({
      committed: false,
      invalidRows: 1,
      inserted: 0,
    });
    expect(await responseCount()).toBe(before);
    expect(await importOk(admin, csv, 'skipInvalid=true&dryRun=true')).toMatchObject({
      committed: false,
      dryRun: true,
      inserted: 2,
      skipped: 1,
    });
    expect(await responseCount()).toBe(before);
    expect(await importOk(admin, csv, 'skipInvalid=true')).toMatchObject({
      committed: true,
      inserted: 2,
      skipped: 1,
    });
    expect(await responseCount()).toBe(before + 2);
  });

  it('streams thousands of rows in chunks and finds an external id repeated far apart', async () => {
    const lines = ['submitted_at;gender;satisfaction;external_id'];
    for (let i = 1; i <= 2500; i++)
      lines.push(`2025-06-${String((i % 28) + 1).padStart(2, '0')};female;${(i % 5) + 1};BIG-${i}`);
    const csv = `${lines.join('\n')}\n2025-07-01;male;3;BIG-7\n`;
    const before = await responseCount();
    const refused = await importOk(admin, csv);
    expect(refused).toMatchObject({ committed: false, rowsRead: 2501, invalidRows: 1 });
    expect(refused.errors[0]).toMatchObject({
      line: 2502,
      column: 'external_id',
      code: 'duplicate_external_id',
      params: { value: 'BIG-7', line: 8 },
    });
    expect(await importOk(admin, csv, 'skipInvalid=true')).toMatchObject({ inserted: 2500 });
    expect(await responseCount()).toBe(before + 2500);
  });
});

describe('importing into another questionnaire', () => {
  it('needs a required answer only where its question is shown', async () => {
    await insertSurvey(centreId, 'exit-form', 'published');
    const csv = [
      'submitted_at,reason,returning,visits,comment',
      '2026-02-01,advice,yes,3,Fine',
      '2026-02-01,,no,,', // reason is required
      '2026-02-01,course,yes,,', // visits is required once returning = yes
      '2026-02-01,course,no,7,', // visits hidden: dropped
    ].join('\n');
    const report = await importOk(admin, csv, 'survey=exit-form&skipInvalid=true');
    expect(report).toMatchObject({ committed: true, inserted: 2, skipped: 2 });
    expect(
      report.errors.map((e: { line: number; column: string; code: string }) => [
        e.line,
        e.column,
        e.code,
      ]),
    ).toEqual([
      [3, 'reason', 'required'],
      [4, 'visits', 'required'],
    ]);
    const missing = await importOk(
      admin,
      'submitted_at,comment\n2026-02-01,x\n',
      'survey=exit-form',
    );
    expect(missing.errors[0]).toMatchObject({ code: 'missing_columns', column: 'reason' });
  });

  it('refuses a draft, takes a closed one, and knows only the caller’s own questionnaires', async () => {
    await insertSurvey(centreId, 'draft-form', 'draft');
    const draft = await upload(
      admin,
      'submitted_at,reason\n2026-02-01,advice\n',
      'survey=draft-form',
    );
    expect(draft.statusCode).toBe(404);
    expect(draft.json().code).toBe('SURVEY_NOT_PUBLISHED');

    await insertSurvey(centreId, 'old-form', 'closed');
    const closed = await importOk(
      admin,
      'submitted_at,reason\n2026-02-01,advice\n',
      'survey=old-form',
    );
    expect(closed).toMatchObject({ committed: true, inserted: 1 });

    await insertSurvey(otherId, 'their-form', 'published');
    const theirs = await upload(
      admin,
      'submitted_at,reason\n2026-02-01,advice\n',
      'survey=their-form',
    );
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().code).toBe('NOT_FOUND');
    expect(await responseCount(otherId)).toBe(0);
    expect((await upload(other, 'submitted_at\n2026-02-01\n', 'survey=exit-form')).statusCode).toBe(
      404,
    );
  });

  it('lets coordinators import, not analysts, and takes only CSV', async () => {
    const csv = 'submitted_at,gender\n2026-02-02,female\n';
    expect((await upload(analyst, csv)).statusCode).toBe(403);
    expect(await importOk(coordinator, csv)).toMatchObject({ committed: true, inserted: 1 });
    const json = await admin.post('/api/imports/surveys', { submitted_at: '2026-02-02' });
    expect(json.statusCode).toBe(415);
    expect((await upload(admin, csv, 'survey=Not%20a%20slug')).statusCode).toBe(400);
  });
});
