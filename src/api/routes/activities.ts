import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema, pageOf } from '../../shared/schemas/common.ts';
import {
  activityKindSchema,
  activityListQuerySchema,
  activitySchema,
  createActivityKindSchema,
  createActivitySchema,
  kindParamsSchema,
  recordAttendanceSchema,
  updateActivityKindSchema,
  updateActivitySchema,
} from '../../shared/schemas/activities.ts';
import {
  contactTagSchema,
  putContactTagSchema,
  tagParamsSchema,
} from '../../shared/schemas/contacts.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['activities'];

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { activities, contactSettings } = app.services;

  app.get(
    '/api/activities',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Activities; filter by period, kind, category, language, status',
        querystring: activityListQuerySchema,
        response: { 200: pageOf(activitySchema) },
      },
    },
    async (request) => activities.list(actorOf(request), request.query),
  );

  app.post(
    '/api/activities',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Plan an activity (or record one already held)',
        body: createActivitySchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await activities.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/activities/:id',
    {
      config: { tenant: 'org-resource:activity' },
      schema: {
        tags,
        summary: 'One activity',
        params: idParamsSchema,
        response: { 200: activitySchema },
      },
    },
    async (request) => activities.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/activities/:id',
    {
      config: { tenant: 'org-resource:activity' },
      schema: {
        tags,
        summary: 'Change an activity',
        params: idParamsSchema,
        body: updateActivitySchema,
        response: { 200: activitySchema },
      },
    },
    async (request) => activities.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/activities/:id',
    {
      config: { tenant: 'org-resource:activity' },
      schema: {
        tags,
        summary: 'Delete an activity without attendance',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await activities.remove(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/activities/:id/cancel',
    {
      config: { tenant: 'org-resource:activity' },
      schema: {
        tags,
        summary: 'Cancel an activity (refused when it has attendance)',
        params: idParamsSchema,
        response: { 200: activitySchema },
      },
    },
    async (request) => activities.cancel(actorOf(request), request.params.id),
  );

  app.post(
    '/api/activities/:id/attendance',
    {
      config: { tenant: 'org-resource:activity' },
      schema: {
        tags,
        summary:
          'Record people reached: adds a contact line of the activity’s type; a planned activity becomes held',
        params: idParamsSchema,
        body: recordAttendanceSchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await activities.recordAttendance(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/activity-kinds',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Activity kinds of the organisation: built-in and its own',
        response: { 200: z.array(activityKindSchema) },
      },
    },
    async (request) => contactSettings.listKinds(actorOf(request)),
  );

  app.post(
    '/api/activity-kinds',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Add an activity kind (org admins)',
        body: createActivityKindSchema,
        response: { 201: activityKindSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await contactSettings.createKind(actorOf(request), request.body)),
  );

  app.patch(
    '/api/activity-kinds/:slug',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Relabel or switch an activity kind on or off (org admins)',
        params: kindParamsSchema,
        body: updateActivityKindSchema,
        response: { 200: activityKindSchema },
      },
    },
    async (request) =>
      contactSettings.updateKind(actorOf(request), request.params.slug, request.body),
  );

  app.get(
    '/api/contact-tags',
    {
      config: { tenant: 'org' },
      schema: {
        tags: ['contacts'],
        summary: 'Target-group tags of the organisation with their labels',
        response: { 200: z.array(contactTagSchema) },
      },
    },
    async (request) => contactSettings.listTags(actorOf(request)),
  );

  app.put(
    '/api/contact-tags/:slug',
    {
      config: { tenant: 'org' },
      schema: {
        tags: ['contacts'],
        summary: 'Create a tag or give it nl/fr/en labels (org admins)',
        params: tagParamsSchema,
        body: putContactTagSchema,
        response: { 200: contactTagSchema },
      },
    },
    async (request) => contactSettings.putTag(actorOf(request), request.params.slug, request.body),
  );
};
