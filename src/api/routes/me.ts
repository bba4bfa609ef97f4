import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import {
  changePasswordSchema,
  createdTokenSchema,
  createTokenSchema,
  passwordChangedSchema,
  tokenSchema,
  updateProfileSchema,
} from '../../shared/schemas/auth.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['me'];

/** The signed-in user's profile, password and personal API tokens. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { me } = app.services;

  app.patch(
    '/api/me',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary: 'Change my name or language',
        body: updateProfileSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await me.updateProfile(actorOf(request), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary:
          'Change my password (a log-in session only, never an API token); ends my other sessions and revokes my API tokens',
        body: changePasswordSchema,
        response: { 200: passwordChangedSchema },
      },
    },
    async (request) => {
      const changed = await me.changePassword(
        actorOf(request),
        request.body.currentPassword,
        request.body.newPassword,
        request.sessionId ?? undefined,
        request.ip,
      );
      return { ok: true as const, ...changed };
    },
  );

  app.get(
    '/api/me/tokens',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary: 'My personal API tokens',
        response: { 200: z.object({ items: z.array(tokenSchema) }) },
      },
    },
    async (request) => ({
      items: await me.listTokens(actorOf(request)),
    }),
  );

  app.post(
    '/api/me/tokens',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary:
          'Create a personal API token for the current organisation; the token is shown once',
        body: createTokenSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await me.createToken(actorOf(request), request.body)),
  );

  app.delete(
    '/api/me/tokens/:id',
    {
      config: { tenant: 'self-resource:api_token' },
      schema: {
        tags,
        summary: 'Revoke one of my tokens',
        params: idParamsSchema,
        response: { 200: tokenSchema },
      },
    },
    async (request) => me.revokeToken(actorOf(request), request.params.id),
  );
};
