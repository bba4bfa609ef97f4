import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { APP_ROLE } from './schema/roles.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { migratePglite, migratePostgres } from './migrate.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: what repositories take. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Runs a trivial query; throws when the database is unreachable. */
  ping(): Promise<void>;
  /** Checkpoints (PGlite) and closes every connection. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL server URL; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** Data directory holding `pglite/` (ignored for PostgreSQL). */
  dataDir?: string;
  /** In-memory PGlite (tests); `loadDataDir` restores a dump made by `dumpDataDir`. */
  memory?: { loadDataDir?: Blob | File };
  /** Run migrations before serving (default true). */
  migrate?: boolean;
}

/** Opens PGlite (default) or PostgreSQL, migrates as the owner, then runs as the app role. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.migrate ?? true)
    : openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (options.memory) {
    client = await PGlite.create(
      options.memory.loadDataDir ? { loadDataDir: options.memory.loadDataDir } : {},
    );
  } else {
    if (!options.dataDir) throw new Error('openDatabase: dataDir is required for PGlite');
    mkdirSync(options.dataDir, { recursive: true });
    lock = acquireDataDirLock(options.dataDir);
    try {
      client = await PGlite.create(join(options.dataDir, 'pglite'));
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    if (options.migrate ?? true) await migratePglite(client);
    await client.exec(`SET ROLE ${APP_ROLE}`);
  } catch (error) {
    await client.close();
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    engine: 'pglite',
    async ping() {
      await client.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.exec('RESET ROLE; CHECKPOINT;');
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, runMigrations: boolean): Promise<Database> {
  if (runMigrations) await migratePostgres(url);
  // The role is a startup parameter of every pooled connection, so every application
  // query runs as the app role from its first statement.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c role=${APP_ROLE}` });
  pool.on('error', () => {
    /* an idle client died; the pool replaces it */
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async close() {
      await pool.end();
    },
  };
}
