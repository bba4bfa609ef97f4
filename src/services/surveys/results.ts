import type { UiLanguage } from '../../core/common/languages.ts';
import { AppError } from '../../core/common/errors.ts';
import { textIn } from '../../core/surveys/model.ts';
import type { Tx } from '../../db/client.ts';
import { withContext } from '../../db/context.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { ExportFormat } from '../../shared/schemas/contacts.ts';
import type { ResultsQuery } from '../../shared/schemas/surveys.ts';
import type {
  CrossTableView as CrossTable,
  SurveyResultsView as SurveyResults,
} from './results-types.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ExportFile } from '../contacts/dashboard-export.ts';
import type { ServiceDeps } from '../deps.ts';
import { readCrossTable, type CrossTableQuery } from './crosstab.ts';
import { EXPORT_CONTENT_TYPES, surveyFileName, tablesFile } from './export-file.ts';
import { exportTables } from './export-tables.ts';
import { checkPeriod } from './filters.ts';
import { writeRawAnswers } from './raw-export.ts';
import { readResults } from './results-build.ts';
import { loadScope, type SurveyScope } from './results-scope.ts';

export interface ResultsExportRequest extends ResultsQuery {
  format: ExportFormat;
  lang: UiLanguage;
  delimiter: 'comma' | 'semicolon';
  rows?: string | undefined;
  columns?: string | undefined;
}

export interface RawExportRequest {
  format: ExportFormat;
  from?: string | undefined;
  to?: string | undefined;
  delimiter: 'comma' | 'semicolon';
  lang: UiLanguage;
}

const periodPart = (from?: string, to?: string) =>
  from || to ? `${from ?? 'start'}_${to ?? 'end'}` : 'all';

/**
 * Aggregated results, cross-tables and exports of a questionnaire, with small-cell
 * suppression everywhere (aggregates.read: every role, analysts included), and the raw
 * answer export (surveys.export_raw: org admins only; audited in the same transaction).
 */
export function createSurveyResultsService(deps: ServiceDeps) {
  async function read<T>(
    actor: Actor,
    permission: 'aggregates.read' | 'surveys.export_raw',
    surveyId: string,
    fn: (tx: Tx, scope: SurveyScope) => Promise<T>,
  ): Promise<T> {
    requirePermission(actor, permission);
    const ctx = orgContext(actor);
    return withContext(deps.db, ctx, async (tx) =>
      fn(tx, await loadScope(tx, ctx.organisationId, surveyId, deps.clock())),
    );
  }

  return {
    /** Counts and shares per question for a period and filters, suppressed. */
    results(actor: Actor, surveyId: string, query: ResultsQuery): Promise<SurveyResults> {
      return read(actor, 'aggregates.read', surveyId, (tx, scope) => readResults(tx, scope, query));
    },

    /** Respondents per pair of answers of two choice questions, with margins, suppressed. */
    crossTable(actor: Actor, surveyId: string, query: CrossTableQuery): Promise<CrossTable> {
      return read(actor, 'aggregates.read', surveyId, (tx, scope) =>
        readCrossTable(tx, scope, query),
      );
    },

    /** The aggregated tables (and a cross-table when `rows` and `columns` are given) as a file. */
    resultsFile(
      actor: Actor,
      surveyId: string,
      request: ResultsExportRequest,
    ): Promise<ExportFile> {
      const { format, lang, delimiter, rows, columns, ...query } = request;
      if ((rows === undefined) !== (columns === undefined))
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: rows === undefined ? 'rows' : 'columns', code: 'required' }],
        });
      return read(actor, 'aggregates.read', surveyId, async (tx, scope) => {
        const results = await readResults(tx, scope, query);
        const cross =
          rows !== undefined && columns !== undefined
            ? await readCrossTable(tx, scope, { ...query, rows, columns })
            : null;
        const created = deps.clock();
        const tables = exportTables(results, cross, { lang, channel: query.channel, created });
        return tablesFile(tables, {
          format,
          delimiter,
          filename: surveyFileName(
            lang,
            'results',
            scope.survey.slug,
            periodPart(query.from, query.to),
          ),
          title: translate(lang, 'surveyExport.workbookTitle', {
            title: textIn(scope.survey.title, lang),
          }),
          created,
        });
      });
    },

    /** Every response of the period, one row each; org admins only, audited. */
    rawFile(actor: Actor, surveyId: string, request: RawExportRequest): Promise<ExportFile> {
      return read(actor, 'surveys.export_raw', surveyId, async (tx, scope) => {
        checkPeriod(request.from, request.to);
        const { body, count } = await writeRawAnswers(
          tx,
          scope,
          request,
          request.lang,
          deps.clock(),
        );
        await recordAudit(tx, actor, {
          action: 'survey.responses_exported',
          entity: 'survey',
          entityId: surveyId,
          details: { count, from: request.from ?? null, to: request.to ?? null },
        });
        return {
          filename: `${surveyFileName(request.lang, 'answers', scope.survey.slug, periodPart(request.from, request.to))}.${request.format}`,
          contentType: EXPORT_CONTENT_TYPES[request.format],
          body,
        };
      });
    },
  };
}
