import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/common/errors.ts';
import { sendProblem } from './errors.ts';

/**
 * Serves the built single-page app from `root` (dist/web); any other GET that accepts
 * HTML gets index.html so client-side routes work on reload. Unknown /api paths are a
 * problem+json 404.
 */
export async function registerWeb(app: FastifyInstance, root: string | null) {
  const hasBuild = root !== null && existsSync(join(root, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      maxAge: '1h',
      immutable: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const accepts = request.headers.accept ?? '';
    if (
      !request.url.startsWith('/api') &&
      request.method === 'GET' &&
      accepts.includes('text/html')
    ) {
      if (hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply
        .type('text/plain')
        .status(503)
        .send('The web app is not built yet: run `npm run build` (npm start does it for you).');
    }
    return sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND'));
  });
}
