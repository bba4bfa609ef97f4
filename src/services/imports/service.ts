import { withContext } from '../../db/context.ts';
import type { Executor } from '../../db/client.ts';
import { CONTACT_TABLES, SURVEY_ANSWER_TABLES, gatherStatistics } from '../../db/statistics.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit, type AuditRecord } from '../audit.ts';
import { authorOf } from '../contacts/drafts.ts';
import type { ServiceDeps } from '../deps.ts';
import type { ImportOptions } from './pipeline.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { runImport } from './run.ts';
import { importTarget, runSurveyImport } from './survey-run.ts';

export type { ImportOptions, ImportProgress } from './pipeline.ts';
export type { ImportErrorEntry, ImportReport } from './report.ts';

/** Options of an answers import: the questionnaire's slug (default: the visitor profile). */
export interface SurveyImportOptions extends ImportOptions {
  survey?: string | undefined;
}

type Source = AsyncIterable<Uint8Array | string>;

/** Thrown inside the transaction to roll it back once the report is complete. */
class RollBack extends Error {}

/** The figures every import audits. */
function countsOf(report: ImportReport) {
  return {
    committed: report.committed,
    dryRun: report.dryRun,
    skipInvalid: report.skipInvalid,
    bytes: report.bytesRead,
    rows: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
    skipped: report.skipped,
    invalidRows: report.invalidRows,
    errors: report.errorCount,
  };
}

/** Imports of files into the actor's organisation. */
export function createImportService({ db, clock }: ServiceDeps) {
  /**
   * Runs an import in one transaction, kept only when the report says `committed`; one
   * audit row per import, committed or not (then in a transaction of its own). After a
   * commit that changed rows, the statistics of `tables` are gathered once (a bulk change).
   */
  async function inTransaction(
    actor: Actor,
    report: ImportReport,
    tables: readonly string[],
    run: (tx: Executor) => Promise<void>,
    audit: () => AuditRecord,
  ): Promise<ImportReport> {
    const ctx = orgContext(actor);
    try {
      await withContext(db, ctx, async (tx) => {
        await run(tx);
        if (!report.committed) throw new RollBack();
        await recordAudit(tx, actor, audit());
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      await withContext(db, ctx, (tx) => recordAudit(tx, actor, audit()));
    }
    if (report.committed && report.inserted + report.updated > 0)
      await gatherStatistics(db, tables);
    return report;
  }

  const reportFor = (options: ImportOptions) =>
    emptyReport({ dryRun: options.dryRun ?? false, skipInvalid: options.skipInvalid ?? false });

  return {
    /**
     * Imports contacts from a CSV byte stream (a file, an HTTP body) in one transaction,
     * chunk by chunk, without holding the file. All or nothing unless `skipInvalid`; a dry
     * run rolls back. Returns the report.
     */
    async contacts(actor: Actor, source: Source, options: ImportOptions = {}) {
      requirePermission(actor, 'contacts.import');
      const report = reportFor(options);
      const setup = { organisationId: orgContext(actor).organisationId, author: authorOf(actor) };
      return inTransaction(
        actor,
        report,
        CONTACT_TABLES,
        (tx) => runImport(tx, { ...setup, at: clock(), options }, source, report),
        () => ({
          action: 'contact.imported',
          entity: 'contact',
          details: {
            ...countsOf(report),
            newTags: report.newTags.length,
            newActivities: report.newActivityCount,
          },
        }),
      );
    },

    /**
     * Imports questionnaire answers (paper forms, another tool) from a CSV byte stream into
     * the questionnaire `options.survey` (default: the organisation's visitor profile), on
     * the channel `import`, with the same report, all-or-nothing default and dry run as the
     * contact import. The questionnaire is looked up first (NOT_FOUND, SURVEY_NOT_PUBLISHED
     * before a byte is read).
     */
    async survey(actor: Actor, source: Source, options: SurveyImportOptions = {}) {
      requirePermission(actor, 'surveys.import');
      const organisationId = orgContext(actor).organisationId;
      const at = clock();
      const target = await withContext(db, orgContext(actor), (tx) =>
        importTarget(tx, organisationId, options.survey, at),
      );
      const report = reportFor(options);
      return inTransaction(
        actor,
        report,
        SURVEY_ANSWER_TABLES,
        (tx) => runSurveyImport(tx, { organisationId, at, target, options }, source, report),
        () => ({
          action: 'survey.imported',
          entity: 'survey',
          entityId: target.surveyId,
          details: { survey: target.slug, ...countsOf(report) },
        }),
      );
    },
  };
}
