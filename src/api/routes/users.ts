import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, listQuerySchema, pageOf } from '../../shared/schemas/common.ts';
import {
  createUserSchema,
  updateUserSchema,
  userSchema,
} from '../../shared/schemas/organisations.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['users'];

/** Every account of the installation (installation admins). */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.services;

  app.get(
    '/api/users',
    {
      config: { tenant: 'installation' },
      schema: {
        tags,
        summary: 'All users with their organisations',
        querystring: listQuerySchema,
        response: { 200: pageOf(userSchema) },
      },
    },
    async (request) => users.list(actorOf(request), request.query),
  );

  app.post(
    '/api/users',
    {
      config: { tenant: 'installation' },
      schema: {
        tags,
        summary: 'Create a user account',
        body: createUserSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await users.create(actorOf(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { tenant: 'installation' },
      schema: {
        tags,
        summary: 'Change, disable or reset the password of a user',
        params: idParamsSchema,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => users.update(actorOf(request), request.params.id, request.body),
  );
};
