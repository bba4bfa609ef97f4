import { ImportFileError } from './file-error.ts';

/** One record of the file: the physical line it starts on (1 = the header) and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Text after a closing quote (`"a"b`): the record is kept but marked. */
  badQuote?: true;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  AfterQuoted,
}

/**
 * RFC 4180 records from text arriving in pieces: quoted fields with "" for a quote and
 * line breaks inside, CRLF, LF or CR line ends, blank lines skipped. A quote opening a
 * field after spaces starts a quoted field; a quote inside an unquoted field is kept as is.
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  private quoted = false;
  private badQuote = false;
  private skipLf = false;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordChars = 65_536,
  ) {}

  /** Current physical line (where an error in the text just read would be). */
  get currentLine(): number {
    return this.line;
  }

  push(text: string, out: CsvRecord[]): void {
    const n = text.length;
    const delimiter = this.delimiter.charCodeAt(0);
    let i = 0;
    if (this.skipLf && n) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      if (this.state === State.FieldStart) this.state = State.Unquoted;
      if (this.state === State.Unquoted) {
        let j = i;
        let c = 0;
        while (j < n) {
          c = text.charCodeAt(j);
          if (c === delimiter || c === LF || c === CR || c === QUOTE) break;
          j++;
        }
        this.append(text, i, j);
        if (j === n) return;
        i = j + 1;
        if (c === QUOTE) {
          if (this.field.trim() === '') {
            this.field = '';
            this.quoted = true;
            this.state = State.Quoted;
          } else this.field += '"';
        } else if (c === delimiter) this.endField();
        else i = this.endRecord(text, j, out);
      } else if (this.state === State.Quoted) {
        const k = text.indexOf('"', i);
        const end = k < 0 ? n : k;
        for (let p = text.indexOf('\n', i); p >= 0 && p < end; p = text.indexOf('\n', p + 1))
          this.line++;
        this.append(text, i, end);
        if (k < 0) return;
        i = k + 1;
        this.state = State.QuoteInQuoted;
      } else if (this.state === State.QuoteInQuoted) {
        if (text.charCodeAt(i) === QUOTE) {
          this.field += '"';
          this.recordChars++;
          this.state = State.Quoted;
          i++;
        } else this.state = State.AfterQuoted;
      } else {
        const c = text.charCodeAt(i);
        if (c === delimiter) {
          this.endField();
          i++;
        } else if (c === LF || c === CR) i = this.endRecord(text, i, out);
        else if (c === 32 || c === 9) i++;
        else {
          this.badQuote = true;
          this.state = State.Unquoted;
        }
      }
    }
  }

  /** The last record; an open quoted field at the end of the file is an error. */
  end(out: CsvRecord[]): void {
    if (this.state === State.Quoted)
      throw new ImportFileError('unclosed_quote', { line: this.recordLine }, this.recordLine);
    if (this.fields.length || this.field !== '' || this.quoted) this.emit(out);
  }

  private append(text: string, from: number, to: number) {
    if (to <= from) return;
    this.recordChars += to - from;
    if (this.recordChars > this.maxRecordChars)
      throw new ImportFileError(
        'row_too_long',
        { line: this.recordLine, maximum: this.maxRecordChars },
        this.recordLine,
      );
    this.field += text.slice(from, to);
  }

  private endField() {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  /** Ends the record at the line break at `at`; returns where the next record starts. */
  private endRecord(text: string, at: number, out: CsvRecord[]): number {
    this.emit(out);
    this.line++;
    this.recordLine = this.line;
    if (text.charCodeAt(at) === CR) {
      if (at + 1 === text.length) this.skipLf = true;
      else if (text.charCodeAt(at + 1) === LF) return at + 2;
    }
    return at + 1;
  }

  private emit(out: CsvRecord[]) {
    this.fields.push(this.field);
    const blank = this.fields.length === 1 && !this.quoted && this.fields[0]!.trim() === '';
    if (!blank)
      out.push({
        line: this.recordLine,
        fields: this.fields,
        ...(this.badQuote ? { badQuote: true as const } : {}),
      });
    this.fields = [];
    this.field = '';
    this.state = State.FieldStart;
    this.quoted = false;
    this.badQuote = false;
    this.recordChars = 0;
  }
}

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  for (const char of headerLine) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === ',') commas++;
    else if (!inQuotes && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Records of a CSV text stream, a batch per piece of text. The delimiter is detected from
 * the header line. Errors of the file carry the line they were found on.
 */
export async function* readCsv(
  text: AsyncIterable<string>,
  options: { maxRecordChars?: number; onDelimiter?: (delimiter: ',' | ';') => void } = {},
): AsyncGenerator<CsvRecord[]> {
  let parser: CsvParser | null = null;
  let head = '';
  const start = (lineEnd: number) => {
    const delimiter = detectDelimiter(head.slice(0, lineEnd));
    options.onDelimiter?.(delimiter);
    return new CsvParser(delimiter, options.maxRecordChars);
  };
  try {
    for await (const piece of text) {
      let chunk = piece;
      if (!parser) {
        head += piece;
        const lineEnd = head.search(/[\r\n]/);
        if (lineEnd < 0 && head.length < (options.maxRecordChars ?? 65_536)) continue;
        parser = start(lineEnd < 0 ? head.length : lineEnd);
        chunk = head;
        head = '';
      }
      const out: CsvRecord[] = [];
      parser.push(chunk, out);
      if (out.length) yield out;
    }
    parser ??= start(head.length);
    const out: CsvRecord[] = [];
    if (head) parser.push(head, out);
    parser.end(out);
    if (out.length) yield out;
  } catch (error) {
    if (error instanceof ImportFileError && error.line === null)
      throw error.at(parser?.currentLine ?? 1);
    throw error;
  }
}
