import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { AppError } from '../../core/common/errors.ts';
import { sendProblem } from './errors.ts';

/** OpenAPI 3 generated from the shared zod schemas, at /api/openapi.json and browsable at /api/docs. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Parcours API',
        version: '0.1.0',
        description:
          'Every endpoint of the Parcours web app. Authenticate with the session cookie (send the X-CSRF-Token header from GET /api/auth/session on unsafe requests) or with a personal API token as `Authorization: Bearer pct_…`. Errors are application/problem+json with a stable `code` and a `detail` translated by Accept-Language (nl, fr, en).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (pct_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'parcours_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // Swagger UI in a context of its own: its static file server answers a path outside its
  // files (`..`, a backslash, NUL) with an HTTP error, which is a 403/404 here, not a 500.
  await app.register(async (docs) => {
    docs.setErrorHandler((error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      if (status >= 500) throw error;
      return sendProblem(
        request,
        reply,
        new AppError(status === 403 ? 'FORBIDDEN' : 'ROUTE_NOT_FOUND'),
      );
    });
    await docs.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      uiConfig: { deepLinking: true },
    });
  });
  app.get(
    '/api/openapi.json',
    { schema: { hide: true }, config: { auth: 'none', tenant: 'public' } },
    async () => app.swagger(),
  );
}
