import type { Command } from 'commander';
import { loadConfig } from '../../api/config.ts';
import { startServer } from '../../api/server.ts';
import { openDatabase } from '../../db/client.ts';
import { action, type CommandContext } from '../context.ts';

/** `parcours serve` and `parcours migrate`. */
export function registerServerCommands(program: Command, base: Omit<CommandContext, 'overrides'>) {
  const { out } = base;

  program
    .command('serve')
    .description(out.t('cli.serve.description'))
    .action(
      action(base, async (_options, ctx) => {
        // The server keeps the process alive and closes the database itself on SIGINT/SIGTERM.
        const config = loadConfig(ctx.overrides);
        await startServer(config, {
          onListening: (url) => {
            ctx.out.say('cli.serve.listening', { url });
            if (!config.PUBLIC_URL) ctx.out.say('cli.serve.noPublicUrl');
          },
        });
      }),
    );

  program
    .command('migrate')
    .description(out.t('cli.migrate.description'))
    .action(
      action(base, async (_options, ctx) => {
        const config = loadConfig(ctx.overrides);
        const database = await openDatabase({
          databaseUrl: config.DATABASE_URL,
          dataDir: config.dataDir,
          migrate: true,
        });
        await database.close();
        ctx.out.say('cli.migrate.done', {
          engine: database.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
        });
      }),
    );
}
