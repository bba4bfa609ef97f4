import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUiLanguage } from '../../core/common/languages.ts';
import { idParamsSchema } from '../../shared/schemas/common.ts';
import {
  crossTableQuerySchema,
  crossTableSchema,
  rawExportQuerySchema,
  resultsExportQuerySchema,
  resultsQuerySchema,
  surveyResultsSchema,
} from '../../shared/schemas/surveys.ts';
import type { ExportFile } from '../../services/contacts/dashboard-export.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['surveys'];
const FILE_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const fileResponse = {
  200: z
    .string()
    .meta({ description: 'The file (text/csv or XLSX), as an attachment', format: 'binary' }),
};
const FILTERS =
  '`from`/`to` are dates in the organisation’s time zone (inclusive); `filter` keeps responses with given answers to other choice questions, as `key:option1,option2;key2:option`; `channel` is web, kiosk or import.';

/** `?lang=` also decides the language of a refusal (a bad format or period). */
async function languageFromQuery(request: FastifyRequest) {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isUiLanguage(lang)) request.lang = lang;
}

function sendFile(reply: FastifyReply, file: ExportFile) {
  return (
    reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      // Fastify sends a Buffer or a non-JSON string as is; the schema documents it as binary.
      .send(file.body as string)
  );
}

export const surveyResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { surveyResults } = app.services;

  app.get(
    '/api/surveys/:id/results',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'Aggregated results per question, across versions by question key',
        description: `Counts and shares (over those who answered) per option, “no answer” apart, responses per month, means and medians of number questions and free texts (sorted) when at least the threshold answered. Counts below the organisation’s small-cell threshold are null with \`suppressed: true\`, and a second count where the first could be worked out. ${FILTERS}`,
        params: idParamsSchema,
        querystring: resultsQuerySchema,
        response: { 200: surveyResultsSchema },
      },
    },
    async (request) => surveyResults.results(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/surveys/:id/crosstab',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'Cross-table of two choice questions, suppressed',
        description: `Respondents per pair of answers of \`rows\` and \`columns\` (two different choice, rating or yes/no questions), with totals over those who answered both. ${FILTERS}`,
        params: idParamsSchema,
        querystring: crossTableQuerySchema,
        response: { 200: crossTableSchema },
      },
    },
    async (request) => surveyResults.crossTable(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/surveys/:id/results/export',
    {
      config: { tenant: 'org-resource:survey' },
      preValidation: languageFromQuery,
      schema: {
        tags,
        summary: 'Download the aggregated results as CSV or XLSX, suppressed and translated',
        description: `The same figures as GET /api/surveys/:id/results (and a cross-table with \`rows\` and \`columns\`): an “about” table (questionnaire, period, filter, threshold), responses per month and one table per question. A hidden count is written as “< 5” (with the real threshold). XLSX has one sheet per table; CSV (UTF-8 with a byte-order mark; \`delimiter=semicolon\` for Excel in Belgium) has the tables one after the other. Labels in \`lang\`, else the caller’s language. ${FILTERS}`,
        params: idParamsSchema,
        querystring: resultsExportQuerySchema,
        produces: FILE_TYPES,
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const file = await surveyResults.resultsFile(actorOf(request), request.params.id, {
        ...query,
        lang: lang ?? request.lang,
      });
      return sendFile(reply, file);
    },
  );

  app.get(
    '/api/surveys/:id/responses/export',
    {
      config: { tenant: 'org-resource:survey' },
      schema: {
        tags,
        summary: 'Download the raw answers (org admins only; audited)',
        description:
          'One row per response: a row number, the submission hour in the organisation’s zone, version, channel, language, then one column per question key (options joined by `|`, numbers, texts). Not suppressed, so only organisation admins may download it, and every download is recorded in the audit trail. `from`/`to` are dates in the organisation’s zone (inclusive).',
        params: idParamsSchema,
        querystring: rawExportQuerySchema,
        produces: FILE_TYPES,
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const file = await surveyResults.rawFile(actorOf(request), request.params.id, {
        ...request.query,
        lang: request.lang,
      });
      return sendFile(reply, file);
    },
  );
};
