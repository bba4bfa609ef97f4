import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, STRONG_PASSWORD } from '../helpers/app.ts';
import { createCliInstallation, type CliInstallation } from './harness.ts';

let cli: CliInstallation;

beforeAll(async () => {
  cli = await createCliInstallation();
  const setup = await cli.sh(
    'setup --org-slug centre --org-name Centre --org-kind career_centre --email admin@centre.example --name Admin --password-stdin',
    `${STRONG_PASSWORD}\n`,
  );
  expect(setup.code, setup.stderr).toBe(0);
  await cli.withApp(async (app) => {
    const admin = new Client(app);
    await admin.login('admin@centre.example');
    const batch = await admin.post(
      '/api/contacts/batch',
      {
        contacts: [
          { type: 'individual_advice', date: '2024-02-01', count: 4 },
          { type: 'individual_advice', date: '2025-02-01', count: 9, language: 'fr' },
          { type: 'event', date: '2025-06-01', count: 3, tags: ['neet'] },
        ],
      },
      { 'idempotency-key': 'cli-report' },
    );
    expect(batch.statusCode, batch.body).toBe(201);
  });
});
afterAll(async () => {
  await cli?.close();
});

const withoutTime = ({ generatedAt: _generatedAt, ...rest }: Record<string, unknown>) => rest;

describe('parcours report annual', () => {
  it('prints the JSON report on standard output, the same as the API', async () => {
    const result = await cli.run(['report', 'annual', '--org', 'centre', '--year', '2025']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      organisation: 'centre',
      year: 2025,
      language: 'nl',
      contacts: { total: 12, previousYear: 4, change: 8, changePercent: 200 },
      targetGroups: { neet: 3 },
    });
    const api = await cli.withApp(async (app) => {
      const admin = new Client(app);
      await admin.login('admin@centre.example');
      return (await admin.get('/api/reports/annual?year=2025')).json();
    });
    expect(withoutTime(printed)).toEqual(withoutTime(api));
  });

  it('writes the report in the language of --lang', async () => {
    const result = await cli.run([
      '--lang',
      'fr',
      'report',
      'annual',
      '--org',
      'centre',
      '--year',
      '2025',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.language).toBe('fr');
    expect(report.keyFigures[0].label).toBe('Contacts');
    expect(report.keyFigures[1].label).toBe('Entretiens de conseil individuels');
  });

  it('writes an XLSX file with --out, and HTML to standard output', async () => {
    const out = join(cli.dataDir, 'report.xlsx');
    const result = await cli.sh(
      `--lang en report annual --org centre --year 2025 --format xlsx --out ${out}`,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Annual report 2025 of centre written to ${out}.\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe('Key figures');
    expect(workbook.worksheets[0]!.getRow(2).values).toEqual([undefined, 'Contacts', 12, 4, 8, 2]);
    const html = await cli.sh('report annual --org centre --year 2025 --format html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
  });

  it('refuses a PDF without --out, an unknown organisation, a bad year or format', async () => {
    const pdf = await cli.sh('report annual --org centre --year 2025 --format pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stdout).toBe('');
    expect(pdf.stderr).toBe(
      'parcours: A pdf report cannot be written to the terminal: use --out FILE. See "parcours --help".\n',
    );
    const unknown = await cli.sh('report annual --org nowhere --year 2025');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('nowhere');
    const year = await cli.sh('report annual --org centre --year twenty');
    expect(year.code).toBe(1);
    expect(year.stderr).toMatch(/^parcours: Some fields are not valid\. year: /);
    const format = await cli.sh('--lang nl report annual --org centre --year 2025 --format doc');
    expect(format.code).toBe(1);
    expect(format.stderr).toContain(' format: Geen van de toegelaten waarden.');
    const missing = await cli.sh('report annual --org centre');
    expect(missing.code).toBe(2);
    const language = await cli.sh('--lang de report annual --org centre --year 2025');
    expect(language.code).toBe(2);
  });
});
