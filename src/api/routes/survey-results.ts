import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const surveyResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
