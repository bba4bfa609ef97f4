import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The whole configuration of Parcours, parsed once at start-up from the environment.
 * This module is the only place that reads `process.env` (see `loadConfig`).
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PARCOURS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .url()
    .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must start with postgres:// or postgresql://')
    .optional(),
  PARCOURS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Which proxies' X-Forwarded-For to believe: `false` (none), `true` (every hop: only when
   * the proxy overwrites the header), a hop count (`1` for one reverse proxy), or a
   * comma-separated list of proxy addresses or CIDR ranges.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .refine(
      (v) =>
        /^(true|false|1|0|yes|no|\d{1,2})$/.test(v) ||
        v.split(',').every((part) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(part.trim())),
      'must be true, false, a hop count, or proxy addresses/CIDR ranges separated by commas',
    )
    .transform((v): boolean | number | string => {
      if (['true', 'yes'].includes(v)) return true;
      if (['false', 'no', '0'].includes(v)) return false;
      if (/^\d{1,2}$/.test(v)) return Number(v);
      return v;
    }),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  /** Answers one address may send to the public questionnaire forms per minute (held in memory). */
  SURVEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Language of the `parcours` command's output (the `--lang` option overrides it); English when unset. */
  PARCOURS_LANG: z.enum(['nl', 'fr', 'en']).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends Omit<RawConfig, 'PARCOURS_SECRET'> {
  /** Absolute path of the data directory. */
  dataDir: string;
  /** The installation secret (keys for token hashes); generated once into the data dir if not given. */
  secret: string;
  /** True when cookies must be Secure (PUBLIC_URL is https). */
  secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment object; throws a ConfigError listing every invalid variable. */
export function parseConfig(env: Record<string, string | undefined>): RawConfig {
  const cleaned = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Reads the secret from the data directory or creates it (mode 0600) on first start. */
export function ensureSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** Builds the runtime configuration: validated values, absolute paths, the secret. */
export function resolveConfig(raw: RawConfig, cwd = process.cwd()): Config {
  const dataDir = resolve(cwd, raw.PARCOURS_DATA_DIR);
  const { PARCOURS_SECRET, ...rest } = raw;
  return {
    ...rest,
    dataDir,
    secret: PARCOURS_SECRET ?? ensureSecret(dataDir),
    secureCookies: raw.PUBLIC_URL?.startsWith('https://') ?? false,
  };
}

/** The one reader of the process environment. `overrides` come from CLI flags such as `--data`. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): Config {
  return resolveConfig(parseConfig({ ...process.env, ...overrides }));
}

/** The language of CLI messages from the environment, without validating anything else or touching the data directory. */
export function configuredLanguage(
  overrides: Record<string, string | undefined> = {},
): 'nl' | 'fr' | 'en' {
  const parsed = configSchema.shape.PARCOURS_LANG.safeParse(
    { ...process.env, ...overrides }.PARCOURS_LANG || undefined,
  );
  return (parsed.success ? parsed.data : undefined) ?? 'en';
}

/** The settings the services take from the configuration (shared by the server and the CLI). */
export function serviceSettings(config: Config) {
  return {
    sessionIdleMinutes: config.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: config.SESSION_ABSOLUTE_HOURS,
    loginMaxFailures: config.LOGIN_MAX_FAILURES,
    loginLockoutMinutes: config.LOGIN_LOCKOUT_MINUTES,
    surveyRateLimitPerMinute: config.SURVEY_RATE_LIMIT_PER_MINUTE,
  };
}
