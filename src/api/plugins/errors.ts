import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isAppError, type ErrorCode } from '../../core/common/errors.ts';
import { negotiateLanguage } from '../../core/common/languages.ts';
import { translate, translateDynamic } from '../../shared/i18n/translate.ts';
import { fieldIssuesOf, type ZodLikeIssue } from '../../shared/validation.ts';
import { loggableError } from '../../services/db-errors.ts';

/** The one map from error codes to HTTP statuses. */
export const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  JSON_TOO_DEEP: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  SESSION_REQUIRED: 403,
  INVALID_CREDENTIALS: 401,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  PASSWORD_TOO_SHORT: 400,
  PASSWORD_TOO_COMMON: 400,
  EMAIL_TAKEN: 409,
  ACCOUNT_EXISTS: 409,
  SLUG_TAKEN: 409,
  ALREADY_MEMBER: 409,
  LAST_ADMIN: 409,
  SETUP_ALREADY_DONE: 409,
  SETUP_REQUIRED: 409,
  NO_ORGANISATION: 409,
  CORRECTION_WINDOW_CLOSED: 403,
  ACTIVITY_CANCELLED: 409,
  ACTIVITY_HAS_ATTENDANCE: 409,
  ATTENDANCE_OVER_CAPACITY: 409,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_USE: 409,
  EXTERNAL_ID_TAKEN: 409,
  IMPORT_FAILED: 400,
  SURVEY_CLOSED: 410,
  SURVEY_NOT_PUBLISHED: 404,
  SURVEY_HAS_RESPONSES: 409,
  SURVEY_BUILT_IN: 409,
  INDICATOR_CODE_TAKEN: 409,
  INDICATOR_IN_USE: 409,
  PROGRAMME_READ_ONLY: 403,
  PARTNER_HAS_TARGETS: 409,
  DATA_DIR_LOCKED: 503,
  CONFIG_INVALID: 500,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
};

/** Maps any thrown error to an AppError; unknown errors become INTERNAL (and are logged, never shown). */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError('VALIDATION_FAILED', {
      issues: error.validation.flatMap((v) => fieldIssuesOf(v as unknown as ZodLikeIssue)),
    });
  }
  const mapped = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped);
  if (fastifyError?.statusCode === 400 && error instanceof SyntaxError)
    return new AppError('MALFORMED_JSON');
  if (fastifyError?.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (fastifyError?.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  return new AppError('INTERNAL', { cause: error });
}

/** Sends an RFC 9457 problem with the message translated into the request's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const status = STATUS[error.code];
  const params = error.code === 'INTERNAL' ? { requestId: request.id } : error.params;
  const body = {
    type: `https://parcours.app/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: error.code,
    status,
    code: error.code,
    detail: translate(request.lang, `error.${error.code}`, params),
    requestId: request.id,
    ...(Object.keys(params).length && error.code !== 'INTERNAL' ? { params } : {}),
    ...(error.issues.length
      ? {
          errors: error.issues.map((issue) => ({
            path: issue.path,
            code: issue.code,
            message: translateDynamic(
              request.lang,
              `issue.${issue.code}`,
              issue.params,
              translate(request.lang, 'issue.invalid'),
            ),
            ...(issue.params ? { params: issue.params } : {}),
          })),
        }
      : {}),
  };
  if (error.code === 'TOO_MANY_ATTEMPTS' && typeof error.params.minutes === 'number')
    reply.header('retry-after', String(error.params.minutes * 60));
  return reply.status(status).type('application/problem+json').send(body);
}

/**
 * Errors of the router itself, before any hook runs: a path it cannot decode (a bad percent
 * escape) or a parameter longer than any id. Nothing answers to such a path: 404, as a problem
 * like every other error (Fastify's `frameworkErrors`).
 */
export function answerFrameworkError(
  _error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  request.lang = negotiateLanguage(request.headers['accept-language'], 'en');
  return sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND'));
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL')
      request.log.error({ error: loggableError(error) }, 'unhandled error');
    else if (STATUS[appError.code] >= 500)
      request.log.warn({ code: appError.code }, 'service unavailable');
    return sendProblem(request, reply, appError);
  });
}
