import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { referenceSchema } from '../../shared/schemas/reference.ts';
import { referenceData } from '../../services/reference.ts';

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const data = referenceData();
  app.get(
    '/api/reference',
    {
      config: { auth: 'none', tenant: 'public' },
      schema: {
        tags: ['reference'],
        summary:
          'Themes, service languages, Brussels municipalities, ISCED levels, kinds and roles with nl/fr/en labels',
        response: { 200: referenceSchema },
      },
    },
    async () => data,
  );
};
