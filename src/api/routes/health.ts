import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../core/common/errors.ts';

const open = { auth: 'none', tenant: 'public' } as const;

/** Liveness and readiness for load balancers and orchestrators. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: open,
      schema: {
        tags: ['system'],
        summary: 'The process is alive',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );

  app.get(
    '/api/ready',
    {
      config: open,
      schema: {
        tags: ['system'],
        summary: 'The database answers',
        response: {
          200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }),
        },
      },
    },
    async () => {
      try {
        await app.database.ping();
      } catch (error) {
        throw new AppError('DATABASE_UNAVAILABLE', { cause: error });
      }
      return { status: 'ready' as const, database: app.database.engine };
    },
  );
};
