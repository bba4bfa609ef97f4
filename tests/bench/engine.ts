/**
 * A scratch database per engine for the benchmarks: an in-memory PGlite, or a new database
 * on the PostgreSQL server of the URL (migrated here, never the tests' template, dropped at
 * the end unless BENCH_KEEP is set). Besides the application's connection (the app role,
 * row-level security), `owner` runs set-up statements as the owner: bulk generation, COPY
 * baselines, TRUNCATE, VACUUM.
 */
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migratePostgres } from '../../src/db/migrate.ts';
import { APP_ROLE } from '../../src/db/schema/roles.ts';
import { withDatabase } from '../helpers/global-setup.ts';
import { copyFrom } from './pg-copy.ts';

export type Engine = 'pglite' | 'postgres';

export interface Owner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Raw COPY of CSV text into `table (columns)`: streamed (PostgreSQL) or as one blob (PGlite). */
  copyCsv(table: string, columns: string[], source: AsyncIterable<string>): Promise<number>;
}

export interface BenchDatabase {
  engine: Engine;
  database: Database;
  owner: Owner;
  close(): Promise<void>;
}

export async function openBenchDatabase(
  engine: Engine,
  serverUrl?: string,
): Promise<BenchDatabase> {
  return engine === 'pglite' ? openPglite() : openPostgres(serverUrl!);
}

async function openPglite(): Promise<BenchDatabase> {
  const database = await openDatabase({ memory: {} });
  const client = (database.db as unknown as { $client: PGlite }).$client;
  // PGlite has one connection: owner statements step out of the app role and back.
  async function asOwner<T>(fn: () => Promise<T>): Promise<T> {
    await client.exec('RESET ROLE');
    try {
      return await fn();
    } finally {
      await client.exec(`SET ROLE ${APP_ROLE}`);
    }
  }
  return {
    engine: 'pglite',
    database,
    owner: {
      query: <T>(text: string, params: unknown[] = []) =>
        asOwner(async () => (await client.query<T>(text, params)).rows),
      async copyCsv(table, columns, source) {
        const parts: string[] = [];
        for await (const part of source) parts.push(part);
        const blob = new Blob(parts, { type: 'text/csv' });
        return asOwner(async () => {
          const result = await client.query(
            `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`,
            [],
            { blob },
          );
          return result.affectedRows ?? 0;
        });
      },
    },
    close: () => database.close(),
  };
}

async function openPostgres(serverUrl: string): Promise<BenchDatabase> {
  const name = `parcours_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  await migratePostgres(url);
  const database = await openDatabase({ databaseUrl: url, migrate: false });
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  return {
    engine: 'postgres',
    database,
    owner: {
      query: async <T>(text: string, params: unknown[] = []) =>
        (await owner.query(text, params)).rows as T[],
      copyCsv: (table, columns, source) =>
        copyFrom(
          owner,
          `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`,
          source,
        ),
    },
    async close() {
      await owner.end();
      await database.close();
      if (process.env.BENCH_KEEP) {
        console.log(`  (kept database ${name}: BENCH_KEEP is set)`);
        return;
      }
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
