import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isUiLanguage } from '../../core/common/languages.ts';
import {
  annualReportQuerySchema,
  annualReportSchema,
  narrativeInputSchema,
  narrativesQuerySchema,
  narrativesSchema,
} from '../../shared/schemas/reports.ts';
import { isExportFile } from '../../services/reports/service.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['reports'];

/** `?lang=` also decides the language of a refusal (a bad year or format). */
async function languageFromQuery(request: FastifyRequest) {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isUiLanguage(lang)) request.lang = lang;
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reports } = app.services;

  app.get(
    '/api/reports/annual',
    {
      config: { tenant: 'org' },
      preValidation: languageFromQuery,
      schema: {
        tags,
        summary: 'The annual report of the caller’s organisation, as JSON, HTML, PDF or XLSX',
        description:
          'Key figures with the change on the previous year; contacts by type, theme, language and month; collective activities (participants, sessions, share per language); fairs/events and outreach trips; target groups; the visitor profile from the questionnaire (suppressed as in the questionnaire results); programme targets and progress (as of 31 December, or today for the current year); the organisation’s narratives. `lang` is nl, fr or en (default: the organisation’s language); `format` json (default; the body below), html (a print-ready page), pdf (A4) or xlsx (one sheet per table) — files come as attachments named in the report’s language: `annual-report-<org>-<year>-<lang>.<ext>`, `jaarverslag-…`, `rapport-annuel-…`. A year without data gives an empty report (`empty: true`); a year that has not started is a 400 on `year`. Always the caller’s own organisation.',
        querystring: annualReportQuerySchema,
        produces: [
          'application/json',
          'text/html',
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ],
        response: { 200: annualReportSchema },
      },
    },
    async (request, reply) => {
      const result = await reports.annual(actorOf(request), request.query);
      if (!isExportFile(result)) return result;
      return (
        reply
          .header('content-type', result.contentType)
          .header('content-disposition', `attachment; filename="${result.filename}"`)
          // Fastify sends a Buffer or a non-JSON string as is; the schema documents the JSON.
          .send(result.body as never)
      );
    },
  );

  app.get(
    '/api/reports/annual/narratives',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'The narrative texts of an annual report edition, in every language',
        description:
          'One item per section and language that has a text, for the edition `year`. Sections: introduction, contacts, collective_activities, events_outreach, target_groups, survey, programmes.',
        querystring: narrativesQuerySchema,
        response: { 200: narrativesSchema },
      },
    },
    async (request) => reports.narratives(actorOf(request), request.query.year),
  );

  app.put(
    '/api/reports/annual/narratives',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Save (or, with an empty body, remove) one narrative text',
        description:
          'The text of one section of the edition `year` in one `language` (at most 20,000 characters); kept per edition and language. Org admins and coordinators (reports.edit). Answers with the edition’s narratives.',
        body: narrativeInputSchema,
        response: { 200: narrativesSchema },
      },
    },
    async (request) => reports.saveNarrative(actorOf(request), request.body),
  );
};
