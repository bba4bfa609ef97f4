import { describe, expect, it } from 'vitest';
import { CsvParser, detectDelimiter, readCsv, type CsvRecord } from './csv.ts';
import { ImportFileError } from './file-error.ts';
import { decodeUtf8 } from './utf8.ts';

async function* pieces(...parts: (string | Uint8Array)[]) {
  for (const part of parts) yield part;
}

/** Reads `parts` (text or bytes, as they would arrive) into records. */
async function read(...parts: (string | Uint8Array)[]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const batch of readCsv(decodeUtf8(pieces(...parts), { maxBytes: 1e9 })))
    records.push(...batch);
  return records;
}

async function failure(...parts: (string | Uint8Array)[]): Promise<ImportFileError> {
  try {
    await read(...parts);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected a file error');
}

/** Every way of cutting `text` in two pieces gives the same records. */
async function sameWhereverCut(text: string) {
  const whole = await read(text);
  const bytes = Buffer.from(text);
  for (let cut = 1; cut < bytes.length; cut++)
    expect(await read(bytes.subarray(0, cut), bytes.subarray(cut)), `cut at ${cut}`).toEqual(whole);
  return whole;
}

describe('CSV reader', () => {
  it('reads comma and semicolon files, detected from the header line', async () => {
    expect(await read('date,type\n2024-01-02,event\n')).toEqual([
      { line: 1, fields: ['date', 'type'] },
      { line: 2, fields: ['2024-01-02', 'event'] },
    ]);
    expect(await read('date;type;tags\n02/01/2024;event;a,b\n')).toEqual([
      { line: 1, fields: ['date', 'type', 'tags'] },
      { line: 2, fields: ['02/01/2024', 'event', 'a,b'] },
    ]);
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(detectDelimiter('a;b;c,d')).toBe(';');
  });

  it('drops the byte-order mark, even split across pieces', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const text = Buffer.from('date;type\n2024-01-02;event\n');
    const records = await read(bom.subarray(0, 2), Buffer.concat([bom.subarray(2), text]));
    expect(records[0]!.fields).toEqual(['date', 'type']);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, counting lines', async () => {
    const text = 'a,b\r\n"x, ""y""","multi\r\nline"\r\n3,"4"\r\nlast,"é"';
    const records = await sameWhereverCut(text);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'multi\r\nline'] },
      { line: 4, fields: ['3', '4'] },
      { line: 5, fields: ['last', 'é'] },
    ]);
  });

  it('accepts LF, CRLF and CR line ends and skips blank lines', async () => {
    const records = await sameWhereverCut('a,b\r\n\r\n1,2\r3,4\n \n5,6\n');
    expect(records.map((r) => r.line)).toEqual([1, 3, 4, 6]);
    expect(records.at(-1)!.fields).toEqual(['5', '6']);
  });

  it('keeps empty fields and a quote inside an unquoted field', async () => {
    expect((await read('a,b,c\n,,\n1 "inch",  "q" ,x\n')).slice(1)).toEqual([
      { line: 2, fields: ['', '', ''] },
      { line: 3, fields: ['1 "inch"', 'q', 'x'] },
    ]);
  });

  it('marks text after a closing quote', async () => {
    expect((await read('a,b\n"x"y,z\n'))[1]).toEqual({
      line: 2,
      fields: ['xy', 'z'],
      badQuote: true,
    });
  });

  it('refuses an unclosed quote and an endless row, with the line', async () => {
    const open = await failure('a,b\n1,2\n3,"never\nclosed\n');
    expect([open.code, open.line]).toEqual(['unclosed_quote', 3]);
    const parser = new CsvParser(',', 10);
    expect(() => parser.push('a,"01234567890123', [])).toThrow(ImportFileError);
  });

  it('refuses invalid UTF-8 on the line where it is', async () => {
    const latin1 = Buffer.from('date;type\n2024-01-02;event\n2024-01-03;caf\xe9\n', 'latin1');
    const error = await failure(latin1);
    expect([error.code, error.line]).toEqual(['invalid_utf8', 3]);
    const cut = await failure(Buffer.from('a,b\n1,'), Buffer.from([0xc3]));
    expect([cut.code, cut.line]).toEqual(['invalid_utf8', 2]);
  });

  it('refuses a file above the size limit', async () => {
    const chunks = decodeUtf8(pieces('a'.repeat(10), 'b'.repeat(10)), { maxBytes: 15 });
    await expect(async () => {
      for await (const _ of chunks) void _;
    }).rejects.toMatchObject({ code: 'too_large' });
  });
});
