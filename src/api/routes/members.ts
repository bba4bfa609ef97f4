import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema, pageOf } from '../../shared/schemas/common.ts';
import {
  addMemberSchema,
  memberListQuerySchema,
  memberParamsSchema,
  memberSchema,
  updateMemberSchema,
} from '../../shared/schemas/organisations.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['members'];

/** Members of the current organisation (org admins). Reading them is audited. */
export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { members } = app.services;

  app.get(
    '/api/members',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Members of the current organisation',
        querystring: memberListQuerySchema,
        response: { 200: pageOf(memberSchema) },
      },
    },
    async (request) => members.list(actorOf(request), request.query),
  );

  app.post(
    '/api/members',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Add a member by e-mail (creates the account if the e-mail is new)',
        body: addMemberSchema,
        response: { 201: memberSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await members.add(actorOf(request), request.body)),
  );

  app.patch(
    '/api/members/:userId',
    {
      config: { tenant: 'org-member' },
      schema: {
        tags,
        summary: "Change a member's roles",
        params: memberParamsSchema,
        body: updateMemberSchema,
        response: { 200: memberSchema },
      },
    },
    async (request) =>
      members.updateRoles(actorOf(request), request.params.userId, request.body.roles),
  );

  app.delete(
    '/api/members/:userId',
    {
      config: { tenant: 'org-member' },
      schema: {
        tags,
        summary: 'Remove a member from the organisation',
        params: memberParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await members.remove(actorOf(request), request.params.userId);
      return { ok: true as const };
    },
  );
};
