import pg from 'pg';
import { migratePostgres } from '../../src/db/migrate.ts';

export const TEMPLATE_DB = 'parcours_test_template';

/** For the PostgreSQL project: one migrated template database that each test file copies. */
export async function setup(project: { name: string }) {
  const url = process.env.TEST_DATABASE_URL;
  if (project.name !== 'api-postgres' || !url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  await migratePostgres(withDatabase(url, TEMPLATE_DB));
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
