import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePgDb } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { APP_ROLE } from './schema/roles.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Privileges of the application role, re-applied after every migration so new tables
 * are covered. The audit log is append-only for the application. Where the server has the
 * MAINTAIN privilege (PostgreSQL 17+, so PGlite) the role may VACUUM and ANALYZE: PGlite has
 * no autovacuum, and its maintenance job runs as the application (src/services/maintenance/).
 */
export const GRANTS_SQL = `
GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${APP_ROLE};
DO $$
BEGIN
  IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
    EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
  END IF;
  IF current_setting('server_version_num')::int >= 170000 THEN
    EXECUTE 'GRANT MAINTAIN ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}';
  END IF;
END
$$;
`;

/** Migrations applied so far (0 before the first). */
async function appliedMigrations(
  query: (text: string) => Promise<{ rows: Record<string, unknown>[] }>,
): Promise<number> {
  const table = await query(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS t`);
  if (!table.rows[0]?.t) return 0;
  return Number((await query('SELECT count(*) AS n FROM drizzle.__drizzle_migrations')).rows[0]!.n);
}

/**
 * A migration may rewrite or fill tables in bulk (a summary rebuilt, a column copied): the
 * planner's statistics are gathered again afterwards, on both engines (autovacuum would only
 * get there a minute later, PGlite's maintenance job at its next run).
 */
const ANALYZE_SQL = 'SELECT app_analyze()';

/** Serialises concurrent migrations of several processes on one PostgreSQL database. */
const MIGRATION_LOCK = 727_001;

/** Migrates a PGlite database; the caller holds the data directory lock. */
export async function migratePglite(client: PGlite): Promise<void> {
  const applied = () => appliedMigrations((text) => client.query(text));
  const before = await applied();
  await migratePgliteDb(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
  await client.exec(GRANTS_SQL);
  if ((await applied()) !== before) await client.query(ANALYZE_SQL);
}

/** Migrates a PostgreSQL database with the connecting (owner) role. */
export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = () => appliedMigrations((text) => client.query(text));
    const before = await applied();
    await migratePgDb(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
    await client.query(GRANTS_SQL);
    if ((await applied()) !== before) await client.query(ANALYZE_SQL);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
