import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import type { UiLanguage } from '../../core/common/languages.ts';
import {
  importQuerySchema,
  importReportSchema,
  surveyImportQuerySchema,
  type ImportReport,
} from '../../shared/schemas/imports.ts';
import { actorOf } from '../plugins/auth.ts';

/** Largest file the upload accepts (the service enforces it while streaming). */
export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * A CSV body as the request stream. The stream sits in a private field, so the input
 * guard (which walks request bodies for NUL characters) sees an object without fields.
 */
class CsvUpload {
  readonly #stream: Readable;
  constructor(stream: Readable) {
    this.#stream = stream;
  }
  get stream(): Readable {
    return this.#stream;
  }
}

const csvBody = (what: string) =>
  z.string().meta({
    description: `The CSV file itself (UTF-8, BOM allowed): a header row, then ${what}; "," or ";" between columns.`,
  });

/** Reads what is left of a body the import stopped early on, so the client gets the answer. */
async function drain(stream: Readable, limit: number): Promise<boolean> {
  if (stream.readableEnded || stream.destroyed) return true;
  let bytes = 0;
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    bytes += (chunk as Buffer).length;
    if (bytes > limit) return false;
  }
  return true;
}

/** What an import route shares: the body streamed as it arrives, the size limit, no schema check of the body. */
const streamedCsv = {
  config: { tenant: 'org' as const },
  bodyLimit: IMPORT_MAX_BYTES,
  // The body is a stream: validated by the import itself, row by row.
  validatorCompiler: (route: { httpPart?: string }) =>
    route.httpPart === 'body'
      ? () => true
      : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
};

type Import = (
  source: AsyncIterable<Buffer>,
  options: { lang: UiLanguage; maxBytes: number },
) => Promise<ImportReport>;

/**
 * Hands the CSV body to an import as a stream and answers with its report. Refused before
 * the body was read (permission, unknown questionnaire): the connection closes rather than
 * waiting for the rest of a large upload.
 */
async function importCsv(request: FastifyRequest, reply: FastifyReply, run: Import) {
  const body = request.body as unknown;
  if (!(body instanceof CsvUpload)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (Number(request.headers['content-length']) > IMPORT_MAX_BYTES) {
    reply.header('connection', 'close');
    throw new AppError('PAYLOAD_TOO_LARGE');
  }
  try {
    const report = await run(
      body.stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>,
      { lang: request.lang, maxBytes: IMPORT_MAX_BYTES },
    );
    if (!(await drain(body.stream, IMPORT_MAX_BYTES))) reply.header('connection', 'close');
    return report;
  } catch (error) {
    reply.header('connection', 'close');
    throw error;
  }
}

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin takes CSV; every other route stays JSON only.
  app.addContentTypeParser('text/csv', (_request, payload, done) =>
    done(null, new CsvUpload(payload as Readable)),
  );

  app.post(
    '/api/imports/contacts',
    {
      ...streamedCsv,
      schema: {
        tags: ['imports'],
        summary:
          'Import contacts from a CSV file (Content-Type: text/csv), streamed: columns date, type (required), count, theme, language, channel, time, location, municipality, tags, activity, external_id',
        description:
          'All or nothing unless skipInvalid=true (then valid rows are written and the others reported); dryRun=true checks and counts without writing. Rows with an external_id update the contact with that id (unchanged when identical), so a file can be imported again; rows without one are added each time. Always answers 200 with the report (committed says whether anything was written); error messages follow the caller’s language.',
        consumes: ['text/csv'],
        querystring: importQuerySchema,
        body: csvBody('one contact line per row'),
        response: { 200: importReportSchema },
      },
    },
    (request, reply) =>
      importCsv(request, reply, (source, options) =>
        app.services.imports.contacts(actorOf(request), source, { ...request.query, ...options }),
      ),
  );

  app.post(
    '/api/imports/surveys',
    {
      ...streamedCsv,
      schema: {
        tags: ['imports'],
        summary:
          'Import questionnaire answers from a CSV file (Content-Type: text/csv), streamed: submitted_at (required), external_id, language, then one column per question key of the questionnaire (default: the visitor profile)',
        description:
          'Cells hold option keys (any case; several separated by "|" for a multiple choice), a rating 1–5, yes/no, a number or a text; for the visitor profile\'s municipality also a Brussels postal code. submitted_at is a date (noon local) or a date-time, local to the organisation\'s zone unless it has an offset; stored to the hour. A draft questionnaire is refused (SURVEY_NOT_PUBLISHED); a closed one takes imports. Rows with an external_id already stored are left unchanged, so a file can be imported again. All or nothing unless skipInvalid=true; dryRun=true writes nothing. Always answers 200 with the report.',
        consumes: ['text/csv'],
        querystring: surveyImportQuerySchema,
        body: csvBody('one respondent per row'),
        response: { 200: importReportSchema },
      },
    },
    (request, reply) =>
      importCsv(request, reply, (source, options) =>
        app.services.imports.survey(actorOf(request), source, { ...request.query, ...options }),
      ),
  );
};
