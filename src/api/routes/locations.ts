import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, pageOf } from '../../shared/schemas/common.ts';
import {
  createLocationSchema,
  locationListQuerySchema,
  locationSchema,
  updateLocationSchema,
} from '../../shared/schemas/locations.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['locations'];

export const locationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { locations } = app.services;

  app.get(
    '/api/locations',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Locations of the current organisation',
        querystring: locationListQuerySchema,
        response: { 200: pageOf(locationSchema) },
      },
    },
    async (request) => locations.list(actorOf(request), request.query),
  );

  app.post(
    '/api/locations',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Add a location',
        body: createLocationSchema,
        response: { 201: locationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await locations.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/locations/:id',
    {
      config: { tenant: 'org-resource:location' },
      schema: {
        tags,
        summary: 'One location',
        params: idParamsSchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => locations.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/locations/:id',
    {
      config: { tenant: 'org-resource:location' },
      schema: {
        tags,
        summary: 'Change or (de)activate a location',
        params: idParamsSchema,
        body: updateLocationSchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => locations.update(actorOf(request), request.params.id, request.body),
  );
};
