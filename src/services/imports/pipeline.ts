import type { UiLanguage } from '../../core/common/languages.ts';
import { readCsv, type CsvRecord } from './csv.ts';
import { ImportFileError } from './file-error.ts';
import { addFileError, addRowIssues, type ImportReport, type RowIssue } from './report.ts';
import { decodeUtf8 } from './utf8.ts';

/**
 * The streaming part every CSV import shares (contacts, questionnaire answers): bytes to
 * UTF-8 text to records, the header, rows gathered in chunks, the row problems reported,
 * the valid rows written chunk by chunk, and the report's outcome. What a header or a row
 * means, and how rows are written, is the caller's (`CsvImportSteps`).
 */

export interface ImportProgress {
  bytes: number;
  rows: number;
}

export interface ImportOptions {
  /** Import the valid rows and report the others (default: any invalid row, nothing written). */
  skipInvalid?: boolean;
  /** Check and count everything, write nothing. */
  dryRun?: boolean;
  /** Language of the report's messages (default en). */
  lang?: UiLanguage;
  /** Largest file accepted, in bytes (default 512 MB). */
  maxBytes?: number;
  /** Rows written per statement (default: the import's own). */
  chunkRows?: number;
  /** Called after every chunk of rows. */
  onProgress?: (progress: ImportProgress) => void;
}

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** One data row on its way: invalid once it has issues. */
export interface PendingItem {
  line: number;
  issues: RowIssue[];
}

export interface CsvImportSteps<P extends PendingItem> {
  /** Where the import's own wording of file problems is, before `import.file.*`. */
  fileMessages?: string;
  /** Reads the header row: the problems with it (nothing is imported then), or none. */
  header(record: CsvRecord): ImportFileError[] | null;
  /** Reads one data row. */
  row(record: CsvRecord): P;
  /** Checks that need the database, on a whole chunk: they add issues to rows. */
  check?(chunk: P[]): Promise<void>;
  /** Writes the valid rows of one chunk (never called with none). */
  write(valid: P[]): Promise<void>;
  /** After the last chunk, when rows were written. */
  finish?(): Promise<void>;
}

/**
 * Reads the file and writes it chunk by chunk in the caller's transaction, filling
 * `report`. Once a row is invalid in all-or-nothing mode, it only checks the rest (to
 * report every error) and writes no more; the caller rolls back unless `committed`.
 * Returns whether the import is acceptable (what was written, or would be, stands).
 */
export async function streamCsvImport<P extends PendingItem>(
  source: AsyncIterable<Uint8Array | string>,
  report: ImportReport,
  options: ImportOptions & { chunkRows: number },
  steps: CsvImportSteps<P>,
): Promise<boolean> {
  const lang = options.lang ?? 'en';
  const writes = () => Boolean(options.skipInvalid) || report.invalidRows === 0;
  let headerRead = false;
  let pending: P[] = [];
  // The chunk being written: the next one is read meanwhile (PostgreSQL works in parallel).
  let writing: Promise<void> = Promise.resolve();

  const flush = async (chunk: P[]) => {
    await steps.check?.(chunk);
    for (const p of chunk) if (p.issues.length) addRowIssues(report, lang, p.line, p.issues);
    const valid = chunk.filter((p) => !p.issues.length);
    if (writes() && valid.length) await steps.write(valid);
    options.onProgress?.({ bytes: report.bytesRead, rows: report.rowsRead });
  };
  const next = async () => {
    await writing;
    writing = flush(pending);
    writing.catch(() => undefined); // awaited (and thrown) before the next chunk
    pending = [];
  };

  try {
    const text = decodeUtf8(source, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      onBytes: (bytes) => (report.bytesRead = bytes),
    });
    const records = readCsv(text, { onDelimiter: (d) => (report.delimiter = d) });
    for await (const batch of records) {
      for (const record of batch) {
        if (!headerRead) {
          const problems = steps.header(record);
          if (problems) {
            for (const problem of problems) addFileError(report, lang, problem, steps.fileMessages);
            return finishReport(report, options);
          }
          headerRead = true;
          continue;
        }
        report.rowsRead++;
        pending.push(steps.row(record));
        if (pending.length >= options.chunkRows) await next();
      }
    }
    if (!headerRead) throw new ImportFileError('empty', {}, 1);
    await next();
    await writing;
    if (writes()) await steps.finish?.();
  } catch (error) {
    await writing.catch(() => undefined); // the transaction rolls back: let the last write end
    if (!(error instanceof ImportFileError)) throw error;
    addFileError(report, lang, error, steps.fileMessages);
  }
  return finishReport(report, options);
}

/** Sets the outcome; an import that is not acceptable reports no writes (they roll back). */
function finishReport(report: ImportReport, options: ImportOptions): boolean {
  if (options.skipInvalid) report.skipped = report.invalidRows;
  const acceptable =
    !report.fileError && (Boolean(options.skipInvalid) || report.invalidRows === 0);
  report.committed = acceptable && !options.dryRun;
  if (!acceptable) {
    Object.assign(report, { inserted: 0, updated: 0, unchanged: 0, withoutExternalId: 0 });
    Object.assign(report, { newTags: [], newActivities: [], newActivityCount: 0 });
  }
  return acceptable;
}
