import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema, pageOf } from '../../shared/schemas/common.ts';
import {
  batchContactsSchema,
  batchResultSchema,
  contactListQuerySchema,
  contactSchema,
  createContactSchema,
  dashboardQuerySchema,
  dashboardSchema,
  statsQuerySchema,
  statsSchema,
  updateContactSchema,
} from '../../shared/schemas/contacts.ts';
import { actorOf } from '../plugins/auth.ts';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const { contacts, contactStats } = app.services;

  app.get(
    '/api/contacts',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Anonymous contacts, newest first; filter by period, type, theme, recorder…',
        querystring: contactListQuerySchema,
        response: { 200: pageOf(contactSchema) },
      },
    },
    async (request) => contacts.list(actorOf(request), request.query),
  );

  app.post(
    '/api/contacts',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary: 'Record a contact (date defaults to today in the organisation’s zone)',
        body: createContactSchema,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await contacts.create(actorOf(request), request.body)),
  );

  app.post(
    '/api/contacts/batch',
    {
      config: { tenant: 'org' },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Record up to 1,000 contacts at once, all or nothing. Requires an Idempotency-Key header: a replay returns the first result (with Idempotent-Replayed: true); the same key with another body is refused.',
        body: batchContactsSchema,
        response: { 200: batchResultSchema, 201: batchResultSchema },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const { result, replayed } = await contacts.batch(
        actorOf(request),
        typeof key === 'string' ? key : undefined,
        request.body,
        request.body.contacts,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(result);
    },
  );

  app.get(
    '/api/contacts/stats',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary:
          'Sum of contacts for a period, with filters and groupBy dimensions (e.g. groupBy=type,month); compare=previous_year adds the same period a year earlier',
        querystring: statsQuerySchema,
        response: { 200: statsSchema },
      },
    },
    async (request) => contactStats.stats(actorOf(request), request.query),
  );

  app.get(
    '/api/contacts/dashboard',
    {
      config: { tenant: 'org' },
      schema: {
        tags,
        summary:
          'Totals, breakdowns, monthly series and activity figures for a period, beside the same period a year earlier',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => contactStats.dashboard(actorOf(request), request.query),
  );

  app.get(
    '/api/contacts/:id',
    {
      config: { tenant: 'org-resource:contact' },
      schema: {
        tags,
        summary: 'One contact',
        params: idParamsSchema,
        response: { 200: contactSchema },
      },
    },
    async (request) => contacts.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/contacts/:id',
    {
      config: { tenant: 'org-resource:contact' },
      schema: {
        tags,
        summary: 'Correct a contact (own entries within the correction window; org admins always)',
        params: idParamsSchema,
        body: updateContactSchema,
        response: { 200: contactSchema },
      },
    },
    async (request) => contacts.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/contacts/:id',
    {
      config: { tenant: 'org-resource:contact' },
      schema: {
        tags,
        summary: 'Undo a contact (own entries within the correction window; org admins always)',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await contacts.remove(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
};
