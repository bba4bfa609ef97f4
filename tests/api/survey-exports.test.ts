import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../src/db/context.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import {
  addVersion,
  seedResponses,
  seedVisitorProfile,
  times,
  visitorProfileV2,
  type SeededSurvey,
  zeroRecordKeys,
} from '../helpers/surveys.ts';

let t: TestApp;
let admin: Client;
let coordinator: Client;
let analyst: Client;
let other: Client;
let orgId: string;
let survey: SeededSurvey;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV text (after checking its BOM) as rows of fields: a small RFC 4180 reader. */
function csvRows(response: LightMyRequestResponse, delimiter = ','): string[][] {
  expect(response.body.startsWith('\uFEFF')).toBe(true);
  const text = response.body.slice(1);
  const field = new RegExp(`("(?:[^"]|"")*"|[^${delimiter}"\r\n]*)(${delimiter}|\r\n)`, 'y');
  const rows: string[][] = [];
  const row: string[] = [];
  let read = 0;
  for (let match = field.exec(text); match; match = field.exec(text)) {
    const [whole, raw = '', end] = match;
    read += whole.length;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === '\r\n') rows.push(row.splice(0));
  }
  expect(read, 'every line is read and ends with CRLF').toBe(text.length);
  return rows;
}

async function workbookOf(response: LightMyRequestResponse) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** The rows of the CSV section whose header starts with `first`, up to the empty line. */
function section(rows: string[][], first: string): string[][] {
  const start = rows.findIndex((r) => r[0] === first);
  expect(start, first).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start, end < 0 ? undefined : end);
}

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
    'analyst',
  ]);
  orgId = centre.organisationId;
  admin = centre.clients.org_admin!;
  coordinator = centre.clients.coordinator!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
  survey = await seedVisitorProfile(t, orgId);
  await addVersion(t, orgId, survey, 2, visitorProfileV2());
  const base = { status: 'job_seeker', satisfaction: 5 };
  await seedResponses(t, orgId, survey, [
    ...times(7, {
      at: '2026-01-10T10:00:00Z',
      answers: { ...base, gender: 'female', age_band: '25_29', how_heard: ['school', 'internet'] },
    }),
    ...times(2, {
      at: '2026-01-10T10:00:00Z',
      answers: { ...base, gender: 'male', age_band: '30_44', how_heard: ['internet'] },
    }),
    ...times(6, {
      at: '2026-02-01T09:00:00Z',
      version: 2,
      channel: 'kiosk',
      language: 'fr',
      answers: {
        gender: 'female',
        age_band: '18_24',
        status: 'volunteer',
        visits: 2,
        comment: '=cmd|calc',
      },
    }),
  ]);
  // Exact counts: the perturbation is tested apart (survey-disclosure.test.ts).
  await zeroRecordKeys(t);
});
afterAll(() => t?.close());

const PERIOD = 'from=2026-01-01&to=2026-02-28';
const resultsExport = (query: string, client = admin) =>
  client.get(`/api/surveys/${survey.surveyId}/results/export?${query}`);
const rawExport = (query: string, client = admin) =>
  client.get(`/api/surveys/${survey.surveyId}/responses/export?${query}`);

describe('aggregated exports', () => {
  it('writes a CSV with a header block, one table per question and "< 5" for hidden counts', async () => {
    const response = await resultsExport(`format=csv&${PERIOD}&rows=gender&columns=status`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="visitor-profile-results-2026-01-01_2026-02-28.csv"',
    );
    const rows = csvRows(response);
    expect(rows[0]).toEqual(['Field', 'Value']);
    expect(rows).toContainEqual(['Questionnaire', 'Visitor profile']);
    expect(rows).toContainEqual(['Period', '2026-01-01 to 2026-02-28']);
    expect(rows).toContainEqual(['Small-cell threshold', '5']);
    expect(rows).toContainEqual(['Responses', '15']);
    expect(rows.find((r) => r[0] === 'Protection')?.[1]).toContain('up to 5');
    // female 13 and male 2: the small one hidden
    expect(section(rows, 'Gender (v2)')).toEqual([
      ['Gender (v2)', 'Count', 'Share (%)'],
      ['Woman', '13', '86.7'],
      ['Man', '< 5', ''],
      ['Other', '0', '0'],
      ['I prefer not to say', '0', '0'],
      ['Answered', '15', ''],
      ['No answer', '0', ''],
    ]);
    expect(section(rows, 'How old are you?')).toContainEqual(['25–29', '7', '46.7']);
    const cross = section(rows, 'Gender (v2) (rows) × What is your current situation? (columns)');
    // The male total (2) is small, so the whole male row is hidden, zeros included (its
    // zeros would tell what both men answered); the women's row is shown.
    expect(cross[1]).toEqual(['Woman', '7', '0', '0', '0', '6', '13']);
    expect(cross[2]).toEqual(['Man', '< 5', '< 5', '< 5', '< 5', '< 5', '< 5']);
    expect(cross.at(-1)).toEqual(['Total', '9', '0', '0', '0', '6', '15']);
  });

  it('follows lang and delimiter: Dutch headers, semicolons, decimal commas', async () => {
    const response = await resultsExport(`format=csv&lang=nl&delimiter=semicolon`);
    expect(response.headers['content-disposition']).toContain('visitor-profile-resultaten-all.csv');
    const rows = csvRows(response, ';');
    expect(rows).toContainEqual(['Drempel voor kleine aantallen', '5']);
    expect(section(rows, 'Hoe oud bent u?')[0]).toEqual([
      'Hoe oud bent u?',
      'Aantal',
      'Aandeel (%)',
    ]);
    expect(section(rows, 'Hoe oud bent u?')).toContainEqual(['25–29 jaar', '7', '46,7']);
  });

  it('writes an XLSX with a sheet per question and a cross-table sheet, hidden counts as "< 5"', async () => {
    const response = await resultsExport(
      `format=xlsx&${PERIOD}&rows=gender&columns=status`,
      analyst,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const workbook = await workbookOf(response);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['About', 'Responses per month', '1. Gender (v2)']);
    const gender = workbook.getWorksheet('1. Gender (v2)')!;
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(gender.getRow(3).values).toEqual([undefined, 'Man', '< 5']);
    expect(values(gender)).toContain(13);
    expect(values(gender)).not.toContain(2);
    const cross = workbook.worksheets.at(-1)!;
    expect(cross.name.startsWith('Cross-table')).toBe(true);
    expect(values(cross)).toContain('< 5');
    expect(values(cross)).not.toContain(2);
    expect(values(cross)).toContain(15);
  });

  it('refuses bad input and other organisations', async () => {
    const bad = async (query: string, path: string, code: string) => {
      const response = await resultsExport(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    };
    await bad('format=pdf', 'format', 'invalid_value');
    await bad('format=csv&rows=gender', 'columns', 'required');
    await bad('format=csv&rows=comment&columns=gender', 'rows', 'not_choice_question');
    await bad('format=csv&filter=gender:robot', 'filter', 'unknown_question_filter');
    await bad('format=csv&from=2026-02-01&to=2026-01-01', 'to', 'period_reversed');
    expect((await resultsExport('format=csv', other)).statusCode).toBe(404);
  });
});

describe('raw answer export', () => {
  const audits = () =>
    withContext(t.db.database.db, { organisationId: orgId, userId: null, isAdmin: false }, (tx) =>
      tx
        .select({ details: auditLog.details, entityId: auditLog.entityId })
        .from(auditLog)
        .where(
          and(eq(auditLog.organisationId, orgId), eq(auditLog.action, 'survey.responses_exported')),
        ),
    );

  it('is for org admins only', async () => {
    expect((await rawExport('format=csv', coordinator)).statusCode).toBe(403);
    expect((await rawExport('format=csv', analyst)).statusCode).toBe(403);
    expect((await rawExport('format=csv', other)).statusCode).toBe(404);
    expect((await rawExport('format=csv&from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
    expect(await audits()).toEqual([]);
  });

  it('writes one row per response with the hour in the organisation’s zone, and is audited', async () => {
    const response = await rawExport(`format=csv&${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      'visitor-profile-answers-2026-01-01_2026-02-28.csv',
    );
    const rows = csvRows(response);
    const header = rows[0]!;
    expect(header.slice(0, 7)).toEqual([
      'No.',
      'Submitted (hour)',
      'Version',
      'Channel',
      'Language',
      'gender',
      'age_band',
    ]);
    expect(header.at(-1)).toBe('diploma_recognised');
    expect(rows).toHaveLength(16);
    const col = (row: string[], key: string) => row[header.indexOf(key)];
    const first = rows[1]!;
    expect(first.slice(0, 5)).toEqual(['1', '2026-01-10 11:00', '1', 'web', 'nl']);
    expect(rows.map((r) => r[0]).slice(1)).toEqual(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    );
    const female = rows.find((r) => col(r, 'age_band') === '25_29')!;
    expect(col(female, 'how_heard')).toBe('internet|school');
    expect(col(female, 'satisfaction')).toBe('5');
    const kiosk = rows.at(-1)!;
    expect(kiosk.slice(1, 5)).toEqual(['2026-02-01 10:00', '2', 'kiosk', 'fr']);
    expect(col(kiosk, 'visits')).toBe('2');
    // a formula typed into a free text is made harmless
    expect(col(kiosk, 'comment')).toBe("'=cmd|calc");
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await audits()).toEqual([
      {
        entityId: survey.surveyId,
        details: { count: 15, from: '2026-01-01', to: '2026-02-28' },
      },
    ]);
  });

  it('writes XLSX too, numbers as numbers, for a period only', async () => {
    const response = await rawExport('format=xlsx&from=2026-02-01');
    expect(response.statusCode, response.body).toBe(200);
    const sheet = (await workbookOf(response)).worksheets[0]!;
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(1).getCell(1).value).toBe('No.');
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(2).value).toBe('2026-02-01 10:00');
    const header = sheet.getRow(1).values as unknown[];
    expect(sheet.getRow(2).getCell(header.indexOf('visits')).value).toBe(2);
    expect((await audits()).at(-1)!.details).toEqual({ count: 6, from: '2026-02-01', to: null });
  });
});
