import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, listQuerySchema, pageOf } from '../../shared/schemas/common.ts';
import {
  createOrganisationSchema,
  organisationSchema,
  updateOrganisationSchema,
} from '../../shared/schemas/organisations.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { organisations } = app.services;

  app.get(
    '/api/organisations',
    {
      config: { tenant: 'self' },
      schema: {
        tags,
        summary: 'Organisations I belong to (all, for installation admins)',
        querystring: listQuerySchema,
        response: { 200: pageOf(organisationSchema) },
      },
    },
    async (request) => organisations.list(actorOf(request), request.query),
  );

  app.post(
    '/api/organisations',
    {
      config: { tenant: 'installation' },
      schema: {
        tags,
        summary: 'Create an organisation (installation admins)',
        body: createOrganisationSchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await organisations.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { tenant: 'org-resource:organisation' },
      schema: {
        tags,
        summary: 'One organisation',
        params: idParamsSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => organisations.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: { tenant: 'org-resource:organisation' },
      schema: {
        tags,
        summary: 'Change an organisation (its org admins, installation admins)',
        params: idParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => organisations.update(actorOf(request), request.params.id, request.body),
  );
};
