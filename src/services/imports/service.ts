import { withContext } from '../../db/context.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { runImport, type ImportOptions } from './run.ts';

export type { ImportOptions, ImportProgress } from './run.ts';
export type { ImportErrorEntry, ImportReport } from './report.ts';

/** Thrown inside the transaction to roll it back once the report is complete. */
class RollBack extends Error {}

function auditOf(report: ImportReport) {
  return {
    action: 'contact.imported',
    entity: 'contact',
    details: {
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
      newTags: report.newTags.length,
      newActivities: report.newActivityCount,
    },
  };
}

/** Imports of files into the actor's organisation. */
export function createImportService({ db, clock }: ServiceDeps) {
  return {
    /**
     * Imports contacts from a CSV byte stream (a file, an HTTP body) in one transaction,
     * chunk by chunk, without holding the file. All or nothing unless `skipInvalid`; a dry
     * run rolls back. Returns the report; one audit row per import, committed or not.
     */
    async contacts(
      actor: Actor,
      source: AsyncIterable<Uint8Array | string>,
      options: ImportOptions = {},
    ): Promise<ImportReport> {
      requirePermission(actor, 'contacts.import');
      const ctx = orgContext(actor);
      const report = emptyReport({
        dryRun: options.dryRun ?? false,
        skipInvalid: options.skipInvalid ?? false,
      });
      const setup = {
        organisationId: ctx.organisationId,
        userId: actor.userId,
        at: clock(),
        options,
      };
      try {
        await withContext(db, ctx, async (tx) => {
          await runImport(tx, setup, source, report);
          if (!report.committed) throw new RollBack();
          await recordAudit(tx, actor, auditOf(report));
        });
      } catch (error) {
        if (!(error instanceof RollBack)) throw error;
        await withContext(db, ctx, (tx) => recordAudit(tx, actor, auditOf(report)));
      }
      return report;
    },
  };
}
