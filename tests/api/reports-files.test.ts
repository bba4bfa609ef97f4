import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressOf } from '../../src/core/programmes/progress.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import { seedResponses, seedVisitorProfile, times } from '../helpers/surveys.ts';

let t: TestApp;
let admin: Client;
let coordinator: Client;
let counsellor: Client;
let analyst: Client;
let other: Client;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
    'counsellor',
    'analyst',
  ]);
  admin = centre.clients.org_admin!;
  coordinator = centre.clients.coordinator!;
  counsellor = centre.clients.counsellor!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
  const contacts = await counsellor.post(
    '/api/contacts/batch',
    {
      contacts: [
        { type: 'individual_advice', date: '2024-03-01', count: 40, tags: ['neet'] },
        { type: 'individual_advice', date: '2025-03-01', count: 80, language: 'fr' },
        { type: 'documentation_centre', date: '2025-04-01', count: 15 },
      ],
    },
    { 'idempotency-key': 'files' },
  );
  expect(contacts.statusCode, contacts.body).toBe(201);
  const survey = await seedVisitorProfile(t, centre.organisationId);
  await seedResponses(t, centre.organisationId, survey, [
    ...times(10, { at: '2025-02-10T10:00:00Z', answers: { gender: 'female' } }),
    ...times(7, { at: '2025-02-10T10:00:00Z', answers: { gender: 'male' } }),
    ...times(1, { at: '2025-02-10T10:00:00Z', answers: { gender: 'other' } }),
  ]);
});
afterAll(() => t?.close());

async function workbookOf(query: string) {
  const response = await analyst.get(`/api/reports/annual?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return { response, workbook };
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

describe('annual report files', () => {
  it('writes an XLSX with one translated sheet per table', async () => {
    const { response, workbook } = await workbookOf('year=2025&lang=fr&format=xlsx');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="rapport-annuel-centre-2025-fr.xlsx"',
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Chiffres clés',
      'Contacts par type',
      'Contacts par thème',
      'Contacts par langue',
      'Contacts par mois',
      'Activités collectives',
      'Salons, événements, proximité',
      'Publics cibles',
      'Profil des visiteurs',
      'Objectifs des programmes',
    ]);
    const keyFigures = rowsOf(workbook.getWorksheet('Chiffres clés')!);
    expect(keyFigures[0]).toEqual(['Indicateur', '2025', '2024', 'Évolution', 'Évolution (%)']);
    expect(keyFigures[1]).toEqual(['Contacts', 95, 40, 55, 1.375]);
    const types = rowsOf(workbook.getWorksheet('Contacts par type')!);
    expect(types).toHaveLength(6);
    expect(types[1]).toEqual(['Conseil individuel', 80]);
    expect(types.map((row) => row[1])).toEqual(['Contacts', 80, 15, 0, 0, 0]);
    expect(rowsOf(workbook.getWorksheet('Contacts par mois')!)).toHaveLength(13);
    const survey = rowsOf(workbook.getWorksheet('Profil des visiteurs')!);
    expect(survey[1]).toEqual(['Réponses', '', 18]);
    const other = survey.find(
      (row) => String(row[0]).startsWith('Quel est votre genre') && row[1] === 'Autre',
    );
    expect(other?.slice(2)).toEqual(['< 5', '< 5']);
    const female = survey.find(
      (row) => String(row[0]).startsWith('Quel est votre genre') && row[1] === 'Femme',
    );
    expect(female?.[2]).toBe(10);
  });

  it('writes the print page as HTML and the PDF, as attachments', async () => {
    const html = await analyst.get('/api/reports/annual?year=2025&lang=nl&format=html');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toContain('jaarverslag-centre-2025-nl.html');
    expect(html.body).toMatch(/<html[^>]*lang="nl"/);
    const pdf = await analyst.get('/api/reports/annual?year=2025&format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lists the organisation’s programme targets with their progress at the end of the year', async () => {
    const programme = await admin.post('/api/programmes', {
      name: 'Walk-in 2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    expect(programme.statusCode, programme.body).toBe(201);
    const target = await admin.post(`/api/programmes/${programme.json().id}/targets`, {
      indicator: 'contacts_total',
      target: 200,
      periodStart: '2025-01-01',
      deadline: '2025-12-31',
    });
    expect(target.statusCode, target.body).toBe(201);
    const report = (await analyst.get('/api/reports/annual?year=2025&lang=en')).json();
    const expected = progressOf({
      target: 200,
      actual: 95,
      start: '2025-01-01',
      deadline: '2025-12-31',
      asOf: '2025-12-31',
    });
    expect(report.programmes).toEqual([
      {
        id: programme.json().id,
        name: 'Walk-in 2025',
        targets: [
          {
            indicator: 'contacts_total',
            indicatorLabel: 'Contacts',
            target: 200,
            actual: 95,
            deadline: '2025-12-31',
            partner: null,
            ...expected,
          },
        ],
      },
    ]);
    expect((await other.get('/api/reports/annual?year=2025')).json().programmes).toEqual([]);
  });
});

describe('narratives', () => {
  const put = (client: Client, body: Record<string, unknown>) =>
    client.put('/api/reports/annual/narratives', {
      year: 2025,
      section: 'introduction',
      language: 'nl',
      ...body,
    });

  it('are kept per edition and language, and an empty text removes one', async () => {
    expect((await put(coordinator, { body: 'Een druk jaar.' })).statusCode).toBe(200);
    expect((await put(admin, { language: 'fr', body: 'Une année chargée.' })).statusCode).toBe(200);
    const saved = await put(admin, { year: 2024, section: 'survey', body: 'Vorig jaar.' });
    expect(saved.json().items).toEqual([
      expect.objectContaining({ section: 'survey', language: 'nl', body: 'Vorig jaar.' }),
    ]);
    const list = (await analyst.get('/api/reports/annual/narratives?year=2025')).json();
    expect(list.items.map((i: { language: string; body: string }) => [i.language, i.body])).toEqual(
      [
        ['nl', 'Een druk jaar.'],
        ['fr', 'Une année chargée.'],
      ],
    );
    const nl = (await analyst.get('/api/reports/annual?year=2025&lang=nl')).json();
    expect(nl.narratives).toMatchObject({ introduction: 'Een druk jaar.', survey: '' });
    const en = (await analyst.get('/api/reports/annual?year=2025&lang=en')).json();
    expect(en.narratives.introduction).toBe('');
    const before = (await analyst.get('/api/reports/annual?year=2024&lang=nl')).json();
    expect(before.narratives).toMatchObject({ introduction: '', survey: 'Vorig jaar.' });

    const removed = await put(coordinator, { body: '' });
    expect(removed.json().items).toEqual([
      expect.objectContaining({ language: 'fr', body: 'Une année chargée.' }),
    ]);
    const audit = (await admin.get('/api/audit?action=report.narrative_saved')).json();
    expect(audit.total).toBe(4);
    expect((await other.get('/api/reports/annual/narratives?year=2025')).json().items).toEqual([]);
  });

  it('may be written by admins and coordinators only, with field errors for bad input', async () => {
    expect((await put(analyst, { body: 'Nee.' })).statusCode).toBe(403);
    expect((await put(counsellor, { body: 'Nee.' })).statusCode).toBe(403);
    const cases: [Record<string, unknown>, string][] = [
      [{ section: 'epilogue', body: 'x' }, 'section'],
      [{ language: 'de', body: 'x' }, 'language'],
      [{ body: 'x'.repeat(20001) }, 'body'],
      [{ year: 1800, body: 'x' }, 'year'],
    ];
    for (const [body, path] of cases) {
      const response = await put(coordinator, body);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors[0].path).toBe(path);
    }
    expect((await analyst.get('/api/reports/annual/narratives?year=x')).statusCode).toBe(400);
    const list = (await analyst.get('/api/reports/annual/narratives?year=2025')).json();
    expect(list.items.map((i: { body: string }) => i.body)).not.toContain('Nee.');
  });
});
