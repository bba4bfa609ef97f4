import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../shared/schemas/common.ts';
import { auditEntrySchema, auditQuerySchema } from '../../shared/schemas/audit.ts';
import { actorOf } from '../plugins/auth.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { tenant: 'org' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail of the current organisation (org admins)',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (request) => app.services.audit.list(actorOf(request), request.query),
  );
};
