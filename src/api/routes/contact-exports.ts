import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUiLanguage } from '../../core/common/languages.ts';
import { dashboardExportQuerySchema } from '../../shared/schemas/contacts.ts';
import { actorOf } from '../plugins/auth.ts';

/** `?lang=` also decides the language of a refusal (a bad format or period). */
async function languageFromQuery(request: FastifyRequest) {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isUiLanguage(lang)) request.lang = lang;
}

const FILE_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export const contactExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { dashboardExport } = app.services;

  app.get(
    '/api/contacts/dashboard/export',
    {
      config: { tenant: 'org' },
      preValidation: languageFromQuery,
      schema: {
        tags: ['contacts'],
        summary: 'Download the dashboard’s tables as CSV or XLSX, translated',
        description:
          'The same period and filters as GET /api/contacts/dashboard. `table` is one of the dashboard’s tables or `all` (XLSX: one sheet per table; CSV: one long table whose first column names the table). CSV is RFC 4180, UTF-8 with a byte-order mark, comma-separated; `delimiter=semicolon` (with decimal commas) suits Excel in Belgium. Headers, labels and the file name are in `lang`, else the caller’s language (`contacten-per-gemeente-2023-01-01_2023-12-31.csv`). The file comes with Content-Disposition: attachment.',
        querystring: dashboardExportQuerySchema,
        produces: FILE_TYPES,
        response: {
          200: z.string().meta({
            description: 'The file (text/csv or XLSX), as an attachment',
            format: 'binary',
          }),
        },
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const file = await dashboardExport.file(actorOf(request), {
        ...query,
        lang: lang ?? request.lang,
      });
      return (
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          // Fastify sends a Buffer or a non-JSON string as is; the schema documents it as binary.
          .send(file.body as string)
      );
    },
  );
};
