import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/common/errors.ts';
import { sendProblem } from './errors.ts';

/**
 * Serves the built single-page app from `root` (dist/web); any other GET of a path that
 * is not a file gets index.html so client-side routes work on reload. Unknown /api paths are a
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
    const path = request.url.split('?')[0] ?? '';
    // Any other GET outside /api that is not a file is a client-side route of the app.
    const isPage = !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
    if (request.method === 'GET' && isPage) {
      if (hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply
        .type('text/plain')
        .status(503)
        .send('The web app is not built yet: run `npm run build` (npm start does it for you).');
    }
    return sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND'));
  });
}
