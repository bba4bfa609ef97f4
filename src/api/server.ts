import { isLoopbackHost } from '../core/common/public-url.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp, LOG_REDACT } from './app.ts';
import type { Config } from './config.ts';

/** What the operator should know at start-up: settings whose default will surprise. */
export function startupWarnings(config: Pick<Config, 'PUBLIC_URL' | 'HOST'>): string[] {
  if (config.PUBLIC_URL) return [];
  return [
    'PUBLIC_URL is not set: questionnaire links, QR codes and posters use the address the ' +
      'browser used, which phones cannot open when it is localhost or 127.0.0.1. Set PUBLIC_URL ' +
      'to the address visitors reach' +
      (isLoopbackHost(config.HOST) ? ' (and HOST=0.0.0.0 to serve other devices).' : '.'),
  ];
}

/**
 * Opens the database (migrating it), serves the app with its background jobs and closes
 * cleanly on SIGINT/SIGTERM: the jobs stop (the one in hand finishes), then PGlite is
 * checkpointed and its lock released.
 */
export async function startServer(
  config: Config,
  options: { onListening?: (url: string) => void } = {},
) {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.dataDir,
  });
  const app = await buildApp({
    config,
    database,
    startJobs: true,
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: LOG_REDACT, remove: true },
      // The query string may hold search terms (names, e-mails): log the path only.
      serializers: {
        req: (request: { method: string; url: string; id: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split('?')[0],
        }),
      },
    },
  }).catch(async (error) => {
    await database.close();
    throw error;
  });

  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    closing ??= (async () => {
      app.log.info({ signal }, 'shutting down');
      try {
        await app.close();
      } finally {
        await database.close();
      }
    })();
    return closing;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void shutdown(signal).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }

  let address: string;
  try {
    address = await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    // e.g. the port is taken: release the database (and the PGlite lock) before failing
    await app.close().catch(() => undefined);
    await database.close();
    throw error;
  }
  for (const warning of startupWarnings(config)) app.log.warn(warning);
  options.onListening?.(address);
  return { app, database, shutdown, address };
}
