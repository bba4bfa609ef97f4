import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { createServices } from '../services/index.ts';
import { createBackgroundJobs } from '../services/jobs/index.ts';
import { serviceSettings, type Config } from './config.ts';
import { registerAuth } from './plugins/auth.ts';
import { answerFrameworkError, registerErrorHandling } from './plugins/errors.ts';
import { registerInputGuard } from './plugins/input-guard.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerWeb } from './plugins/web.ts';
import { activityRoutes } from './routes/activities.ts';
import { auditRoutes } from './routes/audit.ts';
import { contactRoutes } from './routes/contacts.ts';
import { contactExportRoutes } from './routes/contact-exports.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/imports.ts';
import { locationRoutes } from './routes/locations.ts';
import { memberRoutes } from './routes/members.ts';
import { meRoutes } from './routes/me.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { referenceRoutes } from './routes/reference.ts';
import { userRoutes } from './routes/users.ts';
import { publicSurveysRoutes } from './routes/public-surveys.ts';
import { surveyResultsRoutes } from './routes/survey-results.ts';
import { surveysRoutes } from './routes/surveys.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { programmeRoutes } from './routes/programmes.ts';
import { reportRoutes } from './routes/reports.ts';
import type { TenantScope } from './types.ts';
import './types.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface BuildAppOptions {
  config: Config;
  database: Database;
  clock?: () => Date;
  /** How the log-in's progressive delay waits (default: a timer); tests record instead. */
  sleep?: (ms: number) => Promise<void>;
  /** false in tests; a pino options object or true in production. */
  logger?: FastifyServerOptions['logger'];
  /** Directory of the built web app; null to serve only the API. */
  webRoot?: string | null;
  /**
   * Start the background jobs (the server does; tests only when they ask). They are stopped
   * when the app closes, before the database is.
   */
  startJobs?: boolean;
}

export interface RegisteredRoute {
  method: string;
  url: string;
  tenant: TenantScope | undefined;
  auth: 'required' | 'optional' | 'none';
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Logs without secrets or personal data: no bodies, no cookies, no authorization headers. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** Builds the whole HTTP application without listening: tests use `inject`, server.ts listens. */
export async function buildApp(
  options: BuildAppOptions,
): Promise<FastifyInstance & { routeTable: RegisteredRoute[] }> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A hop count works at run time (Fastify trusts the first n hops); its types omit it.
    trustProxy: config.TRUST_PROXY as boolean | string,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors: answerFrameworkError,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  // Strict content types: request bodies are JSON only (a later import route adds its own parser).
  app.removeContentTypeParser(['text/plain']);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // The API docs (Swagger UI's own routes) are public and hold no data.
      if (method === 'HEAD' || !route.url.startsWith('/api/') || route.url.startsWith('/api/docs'))
        continue;
      routeTable.push({
        method,
        url: route.url,
        tenant: route.config?.tenant,
        auth: route.config?.auth ?? 'required',
      });
    }
  });

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate(
    'services',
    createServices({
      db: database.db,
      clock: options.clock ?? (() => new Date()),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      secret: config.secret,
      settings: serviceSettings(config),
    }),
  );
  app.decorate('routeTable', routeTable);
  const jobs = createBackgroundJobs(database, {
    clock: options.clock ?? (() => new Date()),
    log: app.log,
  });
  app.decorate('jobs', jobs);
  app.addHook('onClose', () => jobs.stop());

  registerErrorHandling(app);
  await registerSecurity(app);
  await app.register(cookie);
  registerAuth(app);
  registerInputGuard(app);
  await registerOpenApi(app);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(referenceRoutes);
  await app.register(organisationRoutes);
  await app.register(memberRoutes);
  await app.register(userRoutes);
  await app.register(locationRoutes);
  await app.register(auditRoutes);
  await app.register(contactRoutes);
  await app.register(contactExportRoutes);
  await app.register(activityRoutes);
  await app.register(importRoutes);
  await app.register(surveysRoutes);
  await app.register(publicSurveysRoutes);
  await app.register(surveyResultsRoutes);
  await app.register(indicatorRoutes);
  await app.register(programmeRoutes);
  await app.register(reportRoutes);

  await registerWeb(app, options.webRoot === undefined ? WEB_ROOT : options.webRoot);
  await app.ready();
  if (options.startJobs) jobs.start();
  return app as unknown as FastifyInstance & { routeTable: RegisteredRoute[] };
}
