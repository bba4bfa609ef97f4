import { sql } from 'drizzle-orm';
import { todayIn } from '../../core/contacts/dates.ts';
import type { Executor } from '../../db/client.ts';
import {
  ensureTags,
  rowsOf,
  uncorrectableDrafts,
  upsertContacts,
  type DraftAuthor,
} from '../contacts/drafts.ts';
import { organisationZone } from '../contacts/mapping.ts';
import { ActivityResolver, type PendingRow } from './activities.ts';
import { readHeader } from './columns.ts';
import { ExternalIdSet, noteExternalId } from './external-ids.ts';
import { streamCsvImport, type CsvImportSteps, type ImportOptions } from './pipeline.ts';
import { MAX_LISTED_ACTIVITIES, type ImportReport } from './report.ts';
import { RowReader, type RowContext } from './rows.ts';

/** Contacts written per statement. */
export const DEFAULT_CHUNK_ROWS = 5000;

export interface RunSetup {
  organisationId: string;
  /** Who imports: recorder of new contacts; may they change existing ones (correction rule)? */
  author: DraftAuthor;
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
 * Reads a contact file and writes it chunk by chunk in the caller's transaction, filling
 * `report` (see `streamCsvImport`); rows naming an activity are checked against it, and
 * the activities they need are created.
 */
export async function runImport(
  tx: Executor,
  setup: RunSetup,
  source: AsyncIterable<Uint8Array | string>,
  report: ImportReport,
): Promise<void> {
  const { organisationId, author, at, options } = setup;
  const zone = await organisationZone(tx, organisationId);
  const context: RowContext = {
    today: todayIn(zone, at),
    locationId: await locationLookup(tx, organisationId),
  };
  const activities = new ActivityResolver(tx, organisationId, zone, author.userId, at);
  const externalIds = new ExternalIdSet();
  const knownTags = new Set<string>();
  let reader: RowReader | null = null;

  const steps: CsvImportSteps<PendingRow> = {
    header(record) {
      const read = readHeader(record);
      if ('problems' in read) return read.problems;
      reader = new RowReader(read.header, context);
      return null;
    },
    row(record) {
      const { row, issues } = reader!.read(record);
      noteExternalId(externalIds, row?.draft.externalId, record.line, issues);
      return { line: record.line, row: issues.length ? null : row, issues };
    },
    async check(chunk) {
      await activities.check(chunk);
      // Rows that would change a contact the importer may not correct (the same rule as
      // every other door: upsertContacts would refuse the whole chunk).
      const keyed = chunk.filter((p) => p.row?.draft.externalId);
      const drafts = keyed.map(({ row }) => ({
        ...row!.draft,
        activityId: row!.activity ? activities.idFor(row!.activity) : null,
      }));
      for (const issue of await uncorrectableDrafts(tx, organisationId, author, at, drafts)) {
        const pending = keyed[issue.index]!;
        pending.issues.push({ column: 'external_id', code: issue.code, params: issue.params! });
        pending.row = null;
      }
    },
    async write(valid) {
      await activities.write(valid);
      const drafts = valid.map((p) => p.row!.draft);
      const tags = new Set<string>();
      for (const d of drafts) for (const tag of d.tags) if (!knownTags.has(tag)) tags.add(tag);
      for (const tag of tags) knownTags.add(tag);
      report.newTags.push(...(await ensureTags(tx, organisationId, tags)));
      const written = await upsertContacts(tx, organisationId, author, at, drafts);
      report.inserted += written.created;
      report.updated += written.updated;
      report.unchanged += written.unchanged;
      report.withoutExternalId += drafts.filter((d) => !d.externalId).length;
    },
    finish: () => activities.finish(),
  };
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  if (await streamCsvImport(source, report, { ...options, chunkRows }, steps)) {
    report.newTags.sort();
    report.newActivityCount = activities.created.length;
    report.newActivities = activities.created.slice(0, MAX_LISTED_ACTIVITIES);
  }
}
