import type { Command } from 'commander';
import {
  configuredLanguage as configuredLanguageFromConfig,
  loadConfig,
  serviceSettings,
  type Config,
} from '../api/config.ts';
import type { UiLanguage } from '../core/common/languages.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { createServices, type Services } from '../services/index.ts';
import type { Organisation } from '../shared/schemas/organisations.ts';
import { CliError, withOptionNames } from './errors.ts';
import type { CliIo, Output } from './output.ts';

/** What every command gets: the streams, the translated output, and the configuration overrides. */
export interface CommandContext {
  io: CliIo;
  out: Output;
  /** Environment overrides for `loadConfig`: the caller's `env` plus `--data`. */
  overrides: Record<string, string | undefined>;
}

export interface Session {
  config: Config;
  database: Database;
  services: Services;
}

/**
 * The output language before anything else runs (help texts need it): `--lang`, else
 * PARCOURS_LANG from the environment, else English.
 */
export function configuredLanguage(env: Record<string, string | undefined>): UiLanguage {
  return configuredLanguageFromConfig(env);
}

/** `--lang` from the raw arguments, read before commander builds the (translated) help. */
export function languageArgument(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** Opens configuration, database and services for one command and always closes the database. */
export async function withServices<T>(
  ctx: CommandContext,
  fn: (session: Session) => Promise<T>,
): Promise<T> {
  const config = loadConfig(ctx.overrides);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.dataDir,
  });
  try {
    const services = createServices({
      db: database.db,
      clock: () => new Date(),
      secret: config.secret,
      settings: serviceSettings(config),
    });
    return await fn({ config, database, services });
  } finally {
    await database.close();
  }
}

export async function organisationBySlug(services: Services, slug: string): Promise<Organisation> {
  const organisation = await services.organisations.findBySlug(slug.trim().toLowerCase());
  if (!organisation) throw new CliError('cli.error.orgNotFound', { slug });
  return organisation;
}

export async function userByEmail(services: Services, email: string) {
  const user = await services.users.findByEmail(email.trim());
  if (!user) throw new CliError('cli.error.userNotFound', { email });
  return user;
}

/**
 * Wraps a commander action: builds the context from the global options and names
 * field problems after the command's options (`fields`: schema path → option name).
 */
export function action<O>(
  base: Omit<CommandContext, 'overrides'>,
  fn: (options: O, ctx: CommandContext) => Promise<void>,
  fields: Record<string, string> = {},
) {
  return async (options: O, command: Command) => {
    const globals = command.optsWithGlobals<{ data?: string }>();
    const overrides = {
      ...base.io.env,
      ...(globals.data !== undefined ? { PARCOURS_DATA_DIR: globals.data } : {}),
    };
    try {
      await fn(options, { ...base, overrides });
    } catch (error) {
      throw withOptionNames(error, fields);
    }
  };
}
