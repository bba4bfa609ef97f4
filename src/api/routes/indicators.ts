import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const indicatorRoutes: FastifyPluginAsyncZod = async () => {};
