import { eq } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { UiLanguage } from '../../core/common/languages.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import { withContext } from '../../db/context.ts';
import { organisations } from '../../db/schema/index.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type {
  AnnualReport,
  AnnualReportQuery,
  NarrativeInput,
  Narratives,
  ReportFormat,
} from '../../shared/schemas/reports.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ExportFile } from '../contacts/dashboard-export.ts';
import type { ServiceDeps } from '../deps.ts';
import { fileNamePart } from '../export/filename.ts';
import { buildAnnualReport } from './build.ts';
import type { ReportLabeller } from './labeller.ts';
import { createReportLabeller } from './labeller-build.ts';
import { listNarratives, writeNarrative } from './narratives.ts';
import { renderAnnualReportXlsx } from './xlsx.ts';

export const REPORT_CONTENT_TYPES: Record<Exclude<ReportFormat, 'json'>, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file of a rendered report (the HTML and PDF renderers are loaded when first needed). */
async function render(
  format: Exclude<ReportFormat, 'json'>,
  report: AnnualReport,
  labeller: ReportLabeller,
): Promise<string | Buffer> {
  if (format === 'xlsx') return renderAnnualReportXlsx(report, labeller);
  if (format === 'html')
    return (await import('./html.ts')).renderAnnualReportHtml(report, labeller);
  return (await import('./pdf.ts')).renderAnnualReportPdf(report, labeller);
}

/** True when `annual` answered with a file rather than the JSON report. */
export function isExportFile(value: AnnualReport | ExportFile): value is ExportFile {
  return 'contentType' in value;
}

/** The annual report (JSON, HTML, PDF, XLSX) and its narratives. */
export function createReportService(deps: ServiceDeps) {
  /**
   * The annual report of the caller's organisation (never another's): `query.format` json
   * gives the report itself, html/pdf/xlsx a file `annual-report-<slug>-<year>-<lang>.<ext>`.
   * Language: `query.lang`, else `lang` (the CLI's --lang), else the organisation's.
   * A year without data, a future one included, gives an empty report. Needs aggregates.read.
   */
  async function annual(
    actor: Actor,
    query: AnnualReportQuery,
    lang?: UiLanguage,
  ): Promise<AnnualReport | ExportFile> {
    requirePermission(actor, 'aggregates.read');
    const ctx = orgContext(actor);
    const now = deps.clock();
    const { report, labeller } = await withContext(deps.db, ctx, async (tx) => {
      const [organisation] = await tx
        .select({ language: organisations.defaultLanguage, timeZone: organisations.timeZone })
        .from(organisations)
        .where(eq(organisations.id, ctx.organisationId));
      if (!organisation) throw new AppError('NOT_FOUND');
      const today = todayIn(organisation.timeZone, now);
      const currentYear = Number(today.slice(0, 4));
      // A year not over yet (or not begun: an empty report) is read as of today.
      const asOf = query.year >= currentYear ? today : `${query.year}-12-31`;
      const language = query.lang ?? lang ?? (organisation.language as UiLanguage);
      const built = await buildAnnualReport(
        tx,
        ctx.organisationId,
        query.year,
        language,
        asOf,
        now,
      );
      if (query.format === 'json') return { report: built, labeller: null };
      return {
        report: built,
        labeller: await createReportLabeller(tx, ctx.organisationId, language),
      };
    });
    if (query.format === 'json' || !labeller) return report;
    return {
      filename: `${fileNamePart(
        translate(report.language, 'report.fileName', {
          organisation: report.organisation,
          year: String(report.year),
          language: report.language,
        }),
      )}.${query.format}`,
      contentType: REPORT_CONTENT_TYPES[query.format],
      body: await render(query.format, report, labeller),
    };
  }

  return {
    annual,

    /** Every narrative of an edition (year), in all languages. Needs aggregates.read. */
    async narratives(actor: Actor, year: number): Promise<Narratives> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(deps.db, ctx, (tx) => listNarratives(tx, ctx.organisationId, year));
    },

    /**
     * Saves one section's narrative of an edition in one language; an empty body removes it.
     * Needs reports.edit; audited (`report.narrative_saved`) in the same transaction.
     */
    async saveNarrative(actor: Actor, input: NarrativeInput): Promise<Narratives> {
      requirePermission(actor, 'reports.edit');
      const ctx = orgContext(actor);
      return withContext(deps.db, ctx, async (tx) => {
        const outcome = await writeNarrative(
          tx,
          ctx.organisationId,
          actor.userId,
          input,
          deps.clock(),
        );
        if (outcome !== 'unchanged')
          await recordAudit(tx, actor, {
            action: 'report.narrative_saved',
            entity: 'report_narrative',
            entityId: `${input.year}/${input.section}/${input.language}`,
            details: {
              year: input.year,
              section: input.section,
              language: input.language,
              deleted: outcome === 'deleted',
              length: input.body.length,
            },
          });
        return listNarratives(tx, ctx.organisationId, input.year);
      });
    },
  };
}
