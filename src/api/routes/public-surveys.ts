import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const publicSurveysRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
