import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { comparisonTable, type Table } from './table.ts';
import { sheetName, tablesToXlsx } from './xlsx.ts';

const headers = {
  label: 'Thème',
  count: 'Cette période',
  previous: 'Un an plus tôt',
  change: 'Évolution',
  percent: 'Évolution (%)',
};

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX', () => {
  it('writes one sheet per table with a bold header and numbers as numbers', async () => {
    const themes = comparisonTable('theme', 'Contacts par thème', headers, [
      { label: 'Travailler', count: 40, previous: 32 },
      { label: '=danger', count: 1, previous: 0 },
    ]);
    const months: Table = {
      id: 'months',
      title: 'Contacts par mois',
      columns: [
        { header: 'Mois', kind: 'text' },
        { header: 'Nombre', kind: 'integer' },
      ],
      rows: [['2026-01', 1234]],
    };
    const created = new Date('2026-03-02T09:00:00Z');
    const workbook = await read(await tablesToXlsx([themes, months], { created, title: 'T' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Contacts par thème',
      'Contacts par mois',
    ]);
    expect(workbook.created?.toISOString()).toBe(created.toISOString());
    const sheet = workbook.getWorksheet('Contacts par thème')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Thème',
      'Cette période',
      'Un an plus tôt',
      'Évolution',
      'Évolution (%)',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).value).toBe('Travailler');
    expect(sheet.getRow(2).getCell(2).value).toBe(40);
    expect(sheet.getRow(2).getCell(4).value).toBe(8);
    expect(sheet.getRow(2).getCell(5).value).toBe(0.25);
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('0.0%');
    // text is text: never a formula
    expect(sheet.getRow(3).getCell(1).value).toBe('=danger');
    expect(sheet.getRow(3).getCell(1).formula).toBeUndefined();
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
    expect(workbook.getWorksheet('Contacts par mois')!.getRow(2).getCell(2).value).toBe(1234);
  });

  it('makes valid, unique sheet names', () => {
    const taken = new Set<string>();
    expect(sheetName('Contacts: a/b [c]?', taken)).toBe('Contacts a b c');
    const long = 'Bereikte personen per categorie en nog meer';
    expect(sheetName(long, taken)).toBe('Bereikte personen per categorie');
    expect(sheetName(long, taken)).toBe('Bereikte personen per categ (2)');
    expect(sheetName('contacts A B C', taken)).toBe('contacts A B C (2)');
    expect(sheetName('***', taken)).toBe('Sheet');
  });
});
