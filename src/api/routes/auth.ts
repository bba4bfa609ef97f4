import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../core/common/errors.ts';
import { okSchema } from '../../shared/schemas/common.ts';
import {
  loginSchema,
  sessionSchema,
  setupResultSchema,
  setupSchema,
  setupStatusSchema,
  switchOrganisationSchema,
} from '../../shared/schemas/auth.ts';
import { actorOf, clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../plugins/auth.ts';

const tags = ['auth'];

/** First run, log-in, the session and its organisation, log-out. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth, setup } = app.services;

  app.get(
    '/api/setup',
    {
      config: { auth: 'none', tenant: 'public' },
      schema: {
        tags,
        summary: 'Whether first-run setup is still needed',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({
      needed: await setup.needed(),
    }),
  );

  app.post(
    '/api/setup',
    {
      config: { auth: 'none', tenant: 'public' },
      schema: {
        tags,
        summary:
          'Create the first organisation and its admin (only on an empty installation); optionally load demo data',
        body: setupSchema,
        response: { 201: setupResultSchema },
      },
    },
    async (request, reply) => {
      const result = await setup.run(request.body);
      if (result.demo)
        request.log.info({ demoUsers: result.demo.users.length }, 'demo data loaded');
      const { token, session } = await auth.login(
        request.body.admin.email,
        request.body.admin.password,
        { requestId: request.id, address: request.ip },
      );
      setSessionCookie(app, reply, token);
      return reply.status(201).send({
        session,
        demo: result.demo
          ? {
              password: result.demo.password,
              users: result.demo.users,
              renamed: result.demo.organisationsRenamed,
            }
          : null,
      });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { auth: 'none', tenant: 'public' },
      schema: {
        tags,
        summary: 'Log in with e-mail and password; sets the session cookie',
        body: loginSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { token, session } = await auth.login(request.body.email, request.body.password, {
        requestId: request.id,
        address: request.ip,
      });
      // A log-in from a browser that still holds a session replaces that session.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await auth.endSessionToken(previous);
      setSessionCookie(app, reply, token);
      return session;
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary: 'The current user, organisations, permissions and CSRF token',
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      // A bearer token has no session: describe the token's user and organisation.
      return request.sessionId
        ? auth.describe(request.sessionId)
        : auth.describeActor(actorOf(request));
    },
  );

  app.put(
    '/api/auth/organisation',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary: 'Switch the session to another organisation of the user',
        body: switchOrganisationSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      if (!request.sessionId) throw new AppError('FORBIDDEN');
      return auth.switchOrganisation(
        request.sessionId,
        actorOf(request),
        request.body.organisationId,
      );
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary: 'End the session on the server and clear the cookie',
        response: { 200: okSchema },
      },
    },
    async (request, reply) => {
      if (request.sessionId) await auth.logout(request.sessionId, actorOf(request));
      clearSessionCookie(app, reply);
      return { ok: true as const };
    },
  );
};
