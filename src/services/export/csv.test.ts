import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from '../../shared/csv.ts';
import { tableToCsv } from './csv.ts';
import { changeOf, comparisonTable, stackTables, type Table } from './table.ts';

const headers = {
  label: 'Type',
  count: 'This period',
  previous: 'A year earlier',
  change: 'Change',
  percent: 'Change (%)',
};

describe('CSV (RFC 4180)', () => {
  it('writes a BOM, a header row and CRLF line ends', () => {
    const table = comparisonTable('type', 'By type', headers, [
      { label: 'Individual advice', count: 12, previous: 8 },
      { label: 'Event', count: 3, previous: 0 },
    ]);
    expect(tableToCsv(table)).toBe(
      '\uFEFFType,This period,A year earlier,Change,Change (%)\r\n' +
        'Individual advice,12,8,4,50\r\n' +
        'Event,3,0,3,\r\n',
    );
  });

  it('quotes delimiters, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('x\r\ny')).toBe('"x\r\ny"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('Sint-Jans-Molenbeek')).toBe('Sint-Jans-Molenbeek');
    expect(csvField(null)).toBe('');
    expect(csvField('Été à Liège – “ok”')).toBe('Été à Liège – “ok”');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    for (const evil of ['=1+1', '+32 2 555', '-2+3', '@SUM(A1)', '\t=cmd', '\r=x'])
      expect(neutraliseFormula(evil)).toBe(`'${evil}`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField(-5, 'integer')).toBe('-5');
    expect(csvField('safe - text')).toBe('safe - text');
  });

  it('uses semicolons and decimal commas for Belgian Excel', () => {
    const table: Table = {
      id: 'x',
      title: 'X',
      columns: [
        { header: 'Gemeente', kind: 'text' },
        { header: 'Aantal', kind: 'integer' },
        { header: 'Verschil (%)', kind: 'percent' },
      ],
      rows: [
        ['Brussel; centrum', 1234, -12.5],
        ['Elsene', 7, null],
      ],
    };
    expect(tableToCsv(table, { delimiter: ';', bom: false })).toBe(
      'Gemeente;Aantal;Verschil (%)\r\n"Brussel; centrum";1234;-12,5\r\nElsene;7;\r\n',
    );
    expect(tableToCsv(table, { delimiter: ';', decimalSeparator: '.', bom: false })).toContain(
      ';-12.5\r\n',
    );
    expect(tableToCsv(table, { bom: false })).toContain('"Brussel; centrum",1234,-12.5\r\n');
  });
});

describe('table model', () => {
  it('computes change and percent, with no percent when there was nothing before', () => {
    expect(changeOf(150, 100)).toEqual({ change: 50, percent: 50 });
    expect(changeOf(2, 3)).toEqual({ change: -1, percent: -33.3 });
    expect(changeOf(5, 0)).toEqual({ change: 5, percent: null });
    expect(changeOf(0, 0)).toEqual({ change: 0, percent: null });
  });

  it('stacks tables of the same shape with a column naming each table', () => {
    const a = comparisonTable('a', 'Table A', headers, [{ label: 'x', count: 1, previous: 1 }]);
    const b = comparisonTable('b', 'Table B', headers, [{ label: 'y', count: 2, previous: 1 }]);
    const stacked = stackTables('all', 'All', { header: 'Table', kind: 'text' }, ['Item'], [a, b]);
    expect(stacked.columns.map((c) => c.header)).toEqual([
      'Table',
      'Item',
      'This period',
      'A year earlier',
      'Change',
      'Change (%)',
    ]);
    expect(stacked.rows).toEqual([
      ['Table A', 'x', 1, 1, 0, 0],
      ['Table B', 'y', 2, 1, 1, 100],
    ]);
    const other: Table = {
      id: 'c',
      title: 'C',
      columns: [{ header: 'n', kind: 'integer' }],
      rows: [],
    };
    expect(() =>
      stackTables('all', 'All', { header: 'T', kind: 'text' }, [], [a, other]),
    ).toThrow();
  });
});
