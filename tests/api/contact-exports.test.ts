import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

let t: TestApp;
let admin: Client;
let analyst: Client;
let counsellor: Client;
let other: Client;

const PERIOD = 'from=2026-01-01&to=2026-03-02';
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

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'counsellor',
    'analyst',
  ]);
  admin = centre.clients.org_admin!;
  analyst = centre.clients.analyst!;
  counsellor = centre.clients.counsellor!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;

  const desk = (
    await admin.post('/api/locations', { slug: 'desk', name: 'Front desk', kind: 'office' })
  ).json().id;
  const evil = (
    await admin.post('/api/locations', {
      slug: 'evil',
      name: '=HYPERLINK("http://x.example","click")',
      kind: 'pop_up',
    })
  ).json().id;
  const tagged = await admin.put('/api/contact-tags/ukrainian', {
    labels: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
  });
  expect(tagged.statusCode).toBe(200);
  const seeds = [
    { date: '2026-01-15', type: 'individual_advice', count: 3, theme: 'work', language: 'fr' },
    { date: '2026-02-03', type: 'individual_advice', theme: 'learn', language: 'nl' },
    { date: '2026-02-10', type: 'documentation_centre', count: 2, locationId: desk },
    { date: '2026-02-11', type: 'event', count: 5, municipality: '21015', tags: ['ukrainian'] },
    { date: '2026-03-01', type: 'outreach', count: 4, channel: 'outreach', locationId: evil },
    { date: '2025-01-20', type: 'individual_advice', count: 2, theme: 'work' },
    { date: '2025-02-20', type: 'event', count: 10, municipality: '21015' },
  ];
  for (const seed of seeds) {
    const response = await counsellor.post('/api/contacts', seed);
    expect(response.statusCode, response.body).toBe(201);
  }
});
afterAll(() => t?.close());

describe('dashboard export', () => {
  it('exports one table as CSV, with headers, figures and the year before', async () => {
    const response = await analyst.get(
      `/api/contacts/dashboard/export?format=csv&table=type&${PERIOD}&lang=en`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="contacts-by-type-2026-01-01_2026-03-02.csv"',
    );
    expect(csvRows(response)).toEqual([
      ['Type', 'This period', 'A year earlier', 'Change', 'Change (%)'],
      ['Fair or event', '5', '10', '-5', '-50'],
      ['Individual advice', '4', '2', '2', '100'],
      ['Outreach', '4', '0', '4', ''],
      ['Documentation centre', '2', '0', '2', ''],
    ]);
  });

  it('translates headers and labels (nl, fr), lists all 19 municipalities and "not recorded"', async () => {
    const nl = csvRows(
      await admin.get(
        `/api/contacts/dashboard/export?format=csv&table=municipality&${PERIOD}&lang=nl`,
      ),
    );
    expect(nl[0]).toEqual([
      'Gemeente',
      'Deze periode',
      'Een jaar eerder',
      'Verschil',
      'Verschil (%)',
    ]);
    expect(nl[1]).toEqual(['Schaarbeek', '5', '10', '-5', '-50']);
    expect(nl).toHaveLength(1 + 19 + 1);
    expect(nl.at(-1)).toEqual(['Niet geregistreerd', '10', '2', '8', '400']);
    expect(nl.map((row) => row[0])).toContain('Sint-Jans-Molenbeek');

    // The user's own language when no lang is given.
    await admin.patch('/api/me', { language: 'fr' });
    const fr = csvRows(
      await admin.get(`/api/contacts/dashboard/export?format=csv&table=municipality&${PERIOD}`),
    );
    await admin.patch('/api/me', { language: 'en' });
    expect(fr[0]![0]).toBe('Commune');
    expect(fr[1]![0]).toBe('Schaerbeek');
    expect(fr.at(-1)![0]).toBe('Non renseigné');

    const themes = csvRows(
      await admin.get(`/api/contacts/dashboard/export?format=csv&table=theme&${PERIOD}&lang=fr`),
    );
    expect(themes.map((row) => row[0])).toEqual([
      'Thème',
      'Travailler',
      'Se former',
      'Non renseigné',
    ]);
    const tags = csvRows(
      await admin.get(`/api/contacts/dashboard/export?format=csv&table=tag&${PERIOD}&lang=nl`),
    );
    expect(tags[1]).toEqual(['Oekraïners', '5', '0', '5', '']);
  });

  it('neutralises formulas in labels and writes semicolons with decimal commas on request', async () => {
    const response = await admin.get(
      `/api/contacts/dashboard/export?format=csv&table=location&${PERIOD}&delimiter=semicolon&lang=nl`,
    );
    expect(response.body).toContain('"\'=HYPERLINK(""http://x.example"",""click"")";4;0;4;\r\n');
    expect(response.body).toContain('Front desk;2;0;2;\r\n');
    const months = await admin.get(
      `/api/contacts/dashboard/export?format=csv&table=months&from=2026-01-01&to=2026-02-28&delimiter=semicolon`,
    );
    expect(csvRows(months, ';')).toEqual([
      ['Month', 'This period', 'A year earlier', 'Change', 'Change (%)'],
      ['2026-01', '3', '2', '1', '50'],
      ['2026-02', '8', '10', '-2', '-20'],
    ]);
  });

  it('exports every table: XLSX with one sheet each, CSV as one long table', async () => {
    const response = await analyst.get(
      `/api/contacts/dashboard/export?format=xlsx&table=all&${PERIOD}&lang=nl`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toContain(
      // In the file's language, like its sheets.
      'contacten-alle-tabellen-2026-01-01_2026-03-02.xlsx',
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Contacten',
      'Activiteiten per categorie',
      'Bereikte personen per categorie',
      'Contacten per type',
      'Contacten per thema',
      'Contacten per taal',
      'Contacten per kanaal',
      'Contacten per locatie',
      'Contacten per gemeente',
      'Contacten per doelgroep',
      'Contacten per activiteitsoort',
      'Contacten per maand',
    ]);
    const summary = workbook.getWorksheet('Contacten')!;
    expect(summary.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(summary.getRow(2).values).toEqual([undefined, 'Contacten', 15, 12, 3, 0.25]);
    const types = workbook.getWorksheet('Contacten per type')!;
    expect(types.getRow(2).getCell(1).value).toBe('Beurs of evenement');
    expect(types.getRow(2).getCell(2).value).toBe(5);
    expect(types.getRow(2).getCell(5).value).toBe(-0.5);
    const months = workbook.getWorksheet('Contacten per maand')!;
    expect(months.getRow(4).values).toEqual([undefined, '2026-03', 4, 0, 4]);

    const csv = csvRows(
      await analyst.get(`/api/contacts/dashboard/export?format=csv&${PERIOD}&lang=en`),
    );
    expect(csv[0]).toEqual([
      'Table',
      'Item',
      'This period',
      'A year earlier',
      'Change',
      'Change (%)',
    ]);
    expect(csv).toContainEqual(['Contacts', 'Contacts', '15', '12', '3', '25']);
    expect(csv).toContainEqual(['Contacts by channel', 'In the field', '4', '0', '4', '']);
    expect(csv).toContainEqual(['Contacts per month', '2026-02', '8', '10', '-2', '-20']);
  });

  it('exports one table as XLSX and follows the filters', async () => {
    const response = await analyst.get(
      `/api/contacts/dashboard/export?format=xlsx&table=theme&${PERIOD}&type=individual_advice&lang=fr`,
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Contacts par thème']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Travailler', 3, 2, 1, 0.5]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'Se former', 1, 0, 1]);
    expect(sheet.rowCount).toBe(3);
  });

  it('exports activity figures (distinct trips, people reached) and labels kinds', async () => {
    const kind = await admin.post('/api/activity-kinds', {
      slug: 'repair_cafe',
      category: 'collective',
      labels: { nl: 'Repaircafé' },
    });
    expect(kind.statusCode, kind.body).toBe(201);
    const plan = async (body: Record<string, unknown>, count: number) => {
      const activity = await counsellor.post('/api/activities', body);
      expect(activity.statusCode, activity.body).toBe(201);
      const recorded = await counsellor.post(`/api/activities/${activity.json().id}/attendance`, {
        count,
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
    };
    const trip = { kind: 'outreach_trip', title: 'Formtruck', municipality: '21012' };
    await plan({ ...trip, startsAt: '2025-11-05T10:00:00+01:00' }, 30);
    await plan({ ...trip, startsAt: '2025-11-12T10:00:00+01:00' }, 12);
    await plan({ kind: 'repair_cafe', title: 'Repair', startsAt: '2025-11-20T18:00:00+01:00' }, 6);
    const november = 'from=2025-11-01&to=2025-11-30';
    const workbook = await workbookOf(
      await analyst.get(`/api/contacts/dashboard/export?format=xlsx&${november}&lang=nl`),
    );
    const rows = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((row) => (row as unknown[]).slice(1, 3));
    expect(rows('Activiteiten per categorie')).toEqual([
      ['Collectieve sessie', 1],
      ['Beurs of evenement', 0],
      ['Mobiele actie', 2],
    ]);
    expect(rows('Bereikte personen per categorie')).toEqual([
      ['Collectieve sessie', 6],
      ['Beurs of evenement', 0],
      ['Mobiele actie', 42],
    ]);
    expect(rows('Contacten per activiteitsoort')).toEqual([
      ['Formtruckrit', 42],
      ['Repaircafé', 6],
    ]);
    const fr = csvRows(
      await analyst.get(
        `/api/contacts/dashboard/export?format=csv&table=activityKind&${november}&lang=fr`,
      ),
    );
    expect(fr.map((row) => row[0])).toEqual([
      "Type d'activité",
      'Sortie du Formtruck',
      'repair_cafe',
    ]);
  });

  it("shows another organisation's admin only their own (empty) figures", async () => {
    const csv = csvRows(
      await other.get(`/api/contacts/dashboard/export?format=csv&table=all&${PERIOD}`),
    );
    expect(csv).toContainEqual(['Contacts', 'Contacts', '0', '0', '0', '']);
    expect(csv.filter((row) => row[0] === 'Contacts by type')).toEqual([]);
    expect(csv.flat().join()).not.toContain('Front desk');
  });

  it('refuses bad input with a translated problem naming the field', async () => {
    const cases: [string, string, string, string][] = [
      [`format=pdf&${PERIOD}`, 'format', 'invalid_value', 'Geen van de toegelaten waarden.'],
      [
        `format=csv&table=colours&${PERIOD}`,
        'table',
        'invalid_value',
        'Geen van de toegelaten waarden.',
      ],
      [
        `format=csv&from=2026-03-01&to=2026-01-01`,
        'to',
        'period_reversed',
        'De einddatum ligt voor de begindatum.',
      ],
      [`format=csv&from=2026-02-30&to=2026-03-01`, 'from', 'invalid_date', ''],
      [`format=csv&to=2026-03-01`, 'from', 'required', ''],
      [`format=csv&${PERIOD}&colour=red`, 'colour', 'unknown_field', ''],
    ];
    for (const [query, path, code, message] of cases) {
      const response = await analyst.get(`/api/contacts/dashboard/export?${query}&lang=nl`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = response.json();
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors, query).toContainEqual(expect.objectContaining({ path, code }));
      const issue = problem.errors.find((e: { path: string }) => e.path === path);
      if (message) expect(issue.message).toBe(message);
      expect(issue.message).not.toMatch(/^issue\./);
    }
    const french = await analyst.get(`/api/contacts/dashboard/export?format=doc&${PERIOD}&lang=fr`);
    expect(french.json().errors[0].message).toBe('Ne fait pas partie des valeurs autorisées.');
  });

  it('needs a login', async () => {
    const { Client } = await import('../helpers/app.ts');
    const anonymous = new Client(t.app);
    const response = await anonymous.get(`/api/contacts/dashboard/export?format=csv&${PERIOD}`);
    expect(response.statusCode).toBe(401);
  });

  it('is documented in OpenAPI as a file download', async () => {
    const spec = (await admin.get('/api/openapi.json')).json();
    const operation = spec.paths['/api/contacts/dashboard/export'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/csv', XLSX]);
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['format', 'table', 'from', 'to', 'lang', 'delimiter', 'type']),
    );
  });
});
