import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import { importQuerySchema, importReportSchema } from '../../shared/schemas/imports.ts';
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

const csvBody = z.string().meta({
  description:
    'The CSV file itself (UTF-8, BOM allowed): a header row, then one contact line per row; "," or ";" between columns.',
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

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin takes CSV; every other route stays JSON only.
  app.addContentTypeParser('text/csv', (_request, payload, done) =>
    done(null, new CsvUpload(payload as Readable)),
  );

  app.post(
    '/api/imports/contacts',
    {
      config: { tenant: 'org' },
      bodyLimit: IMPORT_MAX_BYTES,
      // The body is a stream: validated by the import itself, row by row.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? () => true
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags: ['imports'],
        summary:
          'Import contacts from a CSV file (Content-Type: text/csv), streamed: columns date, type (required), count, theme, language, channel, time, location, municipality, tags, activity, external_id',
        description:
          'All or nothing unless skipInvalid=true (then valid rows are written and the others reported); dryRun=true checks and counts without writing. Rows with an external_id update the contact with that id (unchanged when identical), so a file can be imported again; rows without one are added each time. Always answers 200 with the report (committed says whether anything was written); error messages follow the caller’s language.',
        consumes: ['text/csv'],
        querystring: importQuerySchema,
        body: csvBody,
        response: { 200: importReportSchema },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      if (!(body instanceof CsvUpload)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      if (Number(request.headers['content-length']) > IMPORT_MAX_BYTES) {
        reply.header('connection', 'close');
        throw new AppError('PAYLOAD_TOO_LARGE');
      }
      try {
        const report = await app.services.imports.contacts(
          actorOf(request),
          body.stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>,
          { ...request.query, lang: request.lang, maxBytes: IMPORT_MAX_BYTES },
        );
        if (!(await drain(body.stream, IMPORT_MAX_BYTES))) reply.header('connection', 'close');
        return report;
      } catch (error) {
        // Refused before the body was read (permission): do not wait for the rest of it.
        reply.header('connection', 'close');
        throw error;
      }
    },
  );
};
