import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../core/common/errors.ts';
import {
  publicCodeParamsSchema,
  publicSubmissionSchema,
  publicSurveySchema,
  submissionReceiptSchema,
} from '../../shared/schemas/surveys.ts';

const tags = ['public'];
/** Room for every answer of a long questionnaire; a 1 MB text is refused before parsing. */
const SUBMISSION_BODY_LIMIT = 64 * 1024;

/**
 * The anonymous public form. No login, no cookie is ever set (a stale session cookie is
 * not even cleared here), and nothing about the client — its address, its user agent —
 * is stored or logged: the address only feeds the in-memory rate limit, as a keyed hash.
 */
export const publicSurveysRoutes: FastifyPluginAsyncZod = async (app) => {
  const { publicSurveys } = app.services;

  app.addHook('onSend', async (_request, reply) => {
    reply.removeHeader('set-cookie');
  });

  app.get(
    '/api/public/surveys/:code',
    {
      config: { tenant: 'public', auth: 'none' },
      // The request log's timestamps are exact to the millisecond: none for answers.
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'A published questionnaire’s public form, with a signed form token',
        description:
          '404 for an unknown code or a questionnaire not yet published, 410 once it is closed.',
        params: publicCodeParamsSchema,
        response: { 200: publicSurveySchema },
      },
    },
    async (request) => publicSurveys.form(request.params.code),
  );

  app.post(
    '/api/public/surveys/:code/responses',
    {
      config: { tenant: 'public', auth: 'none' },
      // The request log's timestamps are exact to the millisecond: none for answers.
      logLevel: 'warn',
      bodyLimit: SUBMISSION_BODY_LIMIT,
      // Counted before the body is read, so a flood costs little; the address is not kept.
      onRequest: async (request, reply) => {
        const decision = publicSurveys.admit(request.ip);
        if (!decision.allowed) {
          reply.header('retry-after', String(decision.retryAfterSeconds));
          throw new AppError('RATE_LIMITED');
        }
      },
      schema: {
        tags,
        summary: 'Send one anonymous response',
        description:
          'All or nothing: every invalid answer is reported under `answers.<question key>`. An optional `Idempotency-Key` header (1 to 200 visible characters) makes a repeat count once (answered with Idempotent-Replayed: true). The time is kept to the hour; no address, user agent or cookie is stored. Rate-limited per client address (429 with Retry-After).',
        params: publicCodeParamsSchema,
        body: publicSubmissionSchema,
        response: { 201: submissionReceiptSchema },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const { replayed } = await publicSurveys.submit(
        request.params.code,
        request.body,
        typeof key === 'string' ? key : Array.isArray(key) ? key.join(',') : undefined,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send({ received: true as const });
    },
  );
};
