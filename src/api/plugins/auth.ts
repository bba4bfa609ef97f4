import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../core/common/errors.ts';
import { isUiLanguage, negotiateLanguage } from '../../core/common/languages.ts';
import { safeEqual } from '../../services/tokens.ts';

export const SESSION_COOKIE = 'parcours_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax, Secure behind https. A browser-session
 * cookie (gone when the browser closes, useful on shared front-desk devices); idle and
 * absolute expiry are enforced on the server.
 */
export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies,
  });
}

export function clearSessionCookie(app: FastifyInstance, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies,
  });
}

/**
 * Identifies the caller of every API request: a session cookie or an
 * `Authorization: Bearer` personal token. Cookie-authenticated unsafe requests must
 * carry the session's CSRF token in the X-CSRF-Token header.
 */
export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('authProblem', null);
  app.decorateRequest('lang', 'en');

  app.addHook('onRequest', async (request, reply) => {
    request.lang = negotiateLanguage(request.headers['accept-language'], 'en');
    // Public questionnaire routes never look at credentials: using a session or token would
    // record its last use, tying a staff member's credential to the time of an answer.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/public/')) return;
    const authorization = request.headers.authorization;
    try {
      if (authorization) {
        const [scheme, token] = authorization.split(' ');
        if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('UNAUTHENTICATED');
        const { user, organisationId } = await app.services.me.authenticateToken(token);
        request.actor = {
          ...(await app.services.auth.actorFor(user, organisationId)),
          via: 'token',
          requestId: request.id,
        };
        setLanguage(request, (user as { language?: string }).language);
        return;
      }
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await app.services.auth.authenticate(token);
      request.actor = { ...session.actor, requestId: request.id };
      request.sessionId = session.sessionId;
      setLanguage(request, session.language);
      if (UNSAFE.has(request.method)) {
        const presented = request.headers[CSRF_HEADER];
        if (typeof presented !== 'string' || !safeEqual(presented, session.csrfToken)) {
          request.authProblem = 'CSRF_TOKEN_INVALID';
          request.actor = null;
          request.sessionId = null;
        }
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      request.authProblem = error.code;
      if (error.code === 'SESSION_EXPIRED') clearSessionCookie(app, reply);
    }
  });

  // Enforced after routing, so each route's config decides.
  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url;
    // Unmatched paths get their 404 from the not-found handler; the web app's files and the API docs are public.
    if (!url || !url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const mode = request.routeOptions.config.auth ?? 'required';
    if (request.authProblem === 'CSRF_TOKEN_INVALID' && mode !== 'none')
      throw new AppError('CSRF_TOKEN_INVALID');
    if (mode === 'required' && !request.actor)
      throw new AppError(request.authProblem ?? 'UNAUTHENTICATED');
  });
}

function setLanguage(request: FastifyRequest, language: string | undefined) {
  if (isUiLanguage(language)) request.lang = language;
}

/** The caller, for routes with `auth: 'required'` (the hook guarantees it). */
export function actorOf(request: FastifyRequest) {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
