import { and, eq } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import type { SurveyDefinition } from '../../core/surveys/model.ts';
import type { Executor } from '../../db/client.ts';
import { surveys } from '../../db/schema/index.ts';
import { organisationZone } from '../contacts/mapping.ts';
import { ensureVisitorProfile, insertResponses, latestVersion } from '../surveys/store.ts';
import { readHeaderWith } from './columns.ts';
import { ExternalIdSet, noteExternalId } from './external-ids.ts';
import { streamCsvImport, type CsvImportSteps, type ImportOptions } from './pipeline.ts';
import type { ImportReport } from './report.ts';
import { surveyColumns } from './survey-columns.ts';
import { SurveyRowReader, type PendingResponse } from './survey-rows.ts';

/** Responses written per statement: a chunk of 1,000 keeps memory flat for any file. */
export const SURVEY_CHUNK_ROWS = 1000;

/** The questionnaire an import writes into: its current version. */
export interface ImportTarget {
  surveyId: string;
  slug: string;
  versionId: string;
  definition: SurveyDefinition;
}

/**
 * The questionnaire named by `slug` in the caller's organisation, or (no slug) its visitor
 * profile, which is created when missing. Unknown (or another organisation's): NOT_FOUND;
 * a draft: SURVEY_NOT_PUBLISHED. A closed questionnaire takes imports: paper answers
 * arrive late.
 */
export async function importTarget(
  tx: Executor,
  organisationId: string,
  slug: string | undefined,
  now: Date,
): Promise<ImportTarget> {
  const where = slug
    ? and(eq(surveys.organisationId, organisationId), eq(surveys.slug, slug))
    : eq(surveys.id, await ensureVisitorProfile(tx, organisationId, now));
  const [survey] = await tx
    .select({ id: surveys.id, slug: surveys.slug, status: surveys.status })
    .from(surveys)
    .where(and(where, eq(surveys.organisationId, organisationId)));
  if (!survey) throw new AppError('NOT_FOUND', { params: { survey: slug ?? '' } });
  if (survey.status === 'draft') throw new AppError('SURVEY_NOT_PUBLISHED');
  const version = await latestVersion(tx, survey.id);
  return {
    surveyId: survey.id,
    slug: survey.slug,
    versionId: version.id,
    definition: version.definition,
  };
}

/**
 * Reads an answers file and writes it, 1,000 responses at a time, in the caller's
 * transaction (see `streamCsvImport`). A row whose external id is already stored is left
 * as it is and counted unchanged, so a file can be imported again.
 */
export async function runSurveyImport(
  tx: Executor,
  setup: { organisationId: string; at: Date; target: ImportTarget; options: ImportOptions },
  source: AsyncIterable<Uint8Array | string>,
  report: ImportReport,
): Promise<void> {
  const { organisationId, at, target, options } = setup;
  const zone = await organisationZone(tx, organisationId);
  const context = { ...target, zone, now: at, today: todayIn(zone, at) };
  const spec = surveyColumns(target.definition);
  const externalIds = new ExternalIdSet();
  let reader: SurveyRowReader | null = null;

  const steps: CsvImportSteps<PendingResponse> = {
    fileMessages: 'import.surveyFile.',
    header(record) {
      const read = readHeaderWith(record, spec);
      if ('problems' in read) return read.problems;
      reader = new SurveyRowReader(read.header, context);
      return null;
    },
    row(record) {
      const pending = reader!.read(record);
      noteExternalId(externalIds, pending.response?.externalId, record.line, pending.issues);
      if (pending.issues.length) pending.response = null;
      return pending;
    },
    async write(valid) {
      const responses = valid.map((p) => p.response!);
      const inserted = await insertResponses(tx, organisationId, responses);
      report.inserted += inserted.length;
      report.unchanged += responses.length - inserted.length;
      report.withoutExternalId += responses.filter((r) => !r.externalId).length;
    },
  };
  const chunkRows = options.chunkRows ?? SURVEY_CHUNK_ROWS;
  await streamCsvImport(source, report, { ...options, chunkRows }, steps);
}
