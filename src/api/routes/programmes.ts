import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const programmeRoutes: FastifyPluginAsyncZod = async () => {};
