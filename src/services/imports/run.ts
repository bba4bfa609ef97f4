import { sql } from 'drizzle-orm';
import type { UiLanguage } from '../../core/common/languages.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import type { Executor } from '../../db/client.ts';
import { ensureTags, rowsOf, upsertContacts } from '../contacts/drafts.ts';
import { organisationZone } from '../contacts/mapping.ts';
import { ActivityResolver, type PendingRow } from './activities.ts';
import { readHeader } from './columns.ts';
import { readCsv } from './csv.ts';
import { ExternalIdSet } from './external-ids.ts';
import { ImportFileError } from './file-error.ts';
import { addFileError, addRowIssues, MAX_LISTED_ACTIVITIES, type ImportReport } from './report.ts';
import { RowReader, type RowContext } from './rows.ts';
import { decodeUtf8 } from './utf8.ts';

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
  /** Rows written per statement (default 5,000). */
  chunkRows?: number;
  /** Called after every chunk of rows. */
  onProgress?: (progress: ImportProgress) => void;
}

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
export const DEFAULT_CHUNK_ROWS = 5000;

export interface RunSetup {
  organisationId: string;
  userId: string | null;
  at: Date;
  options: ImportOptions;
}

/** The organisation's locations by slug (any case) and by exact name. */
async function locationLookup(
  tx: Executor,
  organisationId: string,
): Promise<RowContext['locationId']> {
  const result = await tx.execute(
    sql`SELECT id, slug, name FROM locations WHERE organisation_id = ${organisationId} ORDER BY created_at`,
  );
  const bySlug = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const l of rowsOf<{ id: string; slug: string; name: string }>(result)) {
    bySlug.set(l.slug.toLowerCase(), l.id);
    if (!byName.has(l.name.trim())) byName.set(l.name.trim(), l.id);
  }
  return (text) => bySlug.get(text.toLowerCase()) ?? byName.get(text) ?? null;
}

/**
 * Reads the file and writes it chunk by chunk in the caller's transaction, filling
 * `report`. Once a row is invalid in all-or-nothing mode, it only checks the rest (to
 * report every error) and writes no more; the caller rolls back unless `committed`.
 */
export async function runImport(
  tx: Executor,
  setup: RunSetup,
  source: AsyncIterable<Uint8Array | string>,
  report: ImportReport,
): Promise<void> {
  const { organisationId, userId, at, options } = setup;
  const lang = options.lang ?? 'en';
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const zone = await organisationZone(tx, organisationId);
  const context: RowContext = {
    today: todayIn(zone, at),
    locationId: await locationLookup(tx, organisationId),
  };
  const activities = new ActivityResolver(tx, organisationId, zone, userId, at);
  const externalIds = new ExternalIdSet();
  const knownTags = new Set<string>();
  let reader: RowReader | null = null;
  let pending: PendingRow[] = [];
  // The chunk being written: the next one is read meanwhile (PostgreSQL works in parallel).
  let writing: Promise<void> = Promise.resolve();

  const flush = async (chunk: PendingRow[]) => {
    await activities.check(chunk);
    for (const p of chunk) if (!p.row) addRowIssues(report, lang, p.line, p.issues);
    const write = options.skipInvalid || report.invalidRows === 0;
    const valid = chunk.filter((p) => p.row);
    if (write && valid.length) {
      await activities.write(valid);
      const drafts = valid.map((p) => p.row!.draft);
      const tags = new Set<string>();
      for (const d of drafts) for (const tag of d.tags) if (!knownTags.has(tag)) tags.add(tag);
      for (const tag of tags) knownTags.add(tag);
      report.newTags.push(...(await ensureTags(tx, organisationId, tags)));
      const written = await upsertContacts(tx, organisationId, userId, at, drafts);
      report.inserted += written.created;
      report.updated += written.updated;
      report.unchanged += written.unchanged;
      report.withoutExternalId += drafts.filter((d) => !d.externalId).length;
    }
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
        if (!reader) {
          const read = readHeader(record);
          if ('problems' in read) {
            for (const problem of read.problems) addFileError(report, lang, problem);
            return;
          }
          reader = new RowReader(read.header, context);
          continue;
        }
        report.rowsRead++;
        const { row, issues } = reader.read(record);
        const externalId = row?.draft.externalId;
        if (externalId) {
          const first = externalIds.add(externalId, record.line);
          if (first !== null)
            issues.push({
              column: 'external_id',
              code: 'duplicate_external_id',
              params: { value: externalId, line: first },
            });
        }
        pending.push({ line: record.line, row: issues.length ? null : row, issues });
        if (pending.length >= chunkRows) await next();
      }
    }
    if (!reader) throw new ImportFileError('empty', {}, 1);
    await next();
    await writing;
    if (options.skipInvalid || report.invalidRows === 0) await activities.finish();
  } catch (error) {
    await writing.catch(() => undefined); // the transaction rolls back: let the last write end
    if (!(error instanceof ImportFileError)) throw error;
    addFileError(report, lang, error);
  } finally {
    finishReport(report, activities.created, options);
  }
}

function finishReport(report: ImportReport, created: readonly string[], options: ImportOptions) {
  if (options.skipInvalid) report.skipped = report.invalidRows;
  const acceptable = !report.fileError && (options.skipInvalid || report.invalidRows === 0);
  report.committed = acceptable && !options.dryRun;
  if (acceptable) {
    report.newTags.sort();
    report.newActivityCount = created.length;
    report.newActivities = created.slice(0, MAX_LISTED_ACTIVITIES);
  } else {
    // Nothing was (or would be) written: no counts of writes that were rolled back.
    Object.assign(report, { inserted: 0, updated: 0, unchanged: 0, withoutExternalId: 0 });
    Object.assign(report, { newTags: [], newActivities: [], newActivityCount: 0 });
  }
}
