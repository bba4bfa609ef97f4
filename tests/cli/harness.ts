import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { openDatabase } from '../../src/db/client.ts';
import { main } from '../../src/cli/main.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/db.ts';
import { testConfig } from '../helpers/app.ts';

/** The secret of testConfig(), so tokens made by the CLI verify in buildApp. */
export const TEST_SECRET = 'test-secret-0123456789abcdefghijklmnop';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** Runs main() in this process with captured streams, the given stdin and environment. */
export async function runCli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await main(['node', 'parcours', ...args], {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    env: options.env ?? {},
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Splits a command line on spaces, keeping "double-quoted words" together. */
export function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

export interface CliInstallation {
  dataDir: string;
  env: Record<string, string | undefined>;
  /** Runs `parcours --data <dir> …args` against this file's database. */
  run(args: string[], stdin?: string): Promise<CliResult>;
  /** Like run(), from one command line: `org add --slug jes --name "JES Brussel"`. */
  sh(line: string, stdin?: string): Promise<CliResult>;
  /** buildApp on the same database (the CLI must not hold it open meanwhile). */
  withApp<T>(fn: (app: FastifyInstance) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One installation per test file: a temporary data directory (PGlite), or a fresh
 * PostgreSQL database passed to the CLI as DATABASE_URL.
 */
export async function createCliInstallation(): Promise<CliInstallation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-cli-'));
  let postgres: TestDatabase | null = null;
  if (testEngine() === 'postgres') postgres = await createTestDatabase();
  const env = {
    DATABASE_URL: postgres?.url ?? '',
    PARCOURS_SECRET: TEST_SECRET,
    PARCOURS_LANG: '',
  };
  const run = (args: string[], stdin?: string) =>
    runCli(['--data', dataDir, ...args], { env, ...(stdin !== undefined ? { stdin } : {}) });
  return {
    dataDir,
    env,
    run,
    sh: (line, stdin) => run(words(line), stdin),
    async withApp(fn) {
      const database = postgres
        ? postgres.database
        : await openDatabase({ dataDir, migrate: false });
      const app = await buildApp({ config: testConfig(), database, webRoot: null });
      try {
        return await fn(app);
      } finally {
        await app.close();
        if (!postgres) await database.close();
      }
    },
    async close() {
      await postgres?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
