import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { withContext } from '../../src/db/context.ts';
import { MAINTENANCE_JOB } from '../../src/services/maintenance/job.ts';
import {
  createTestApp,
  setupInstallation,
  testConfig,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import { testEngine } from '../helpers/db.ts';

/**
 * Statistics stay true: every committed import gathers them for the tables it filled, and
 * the maintenance job (PGlite's stand-in for autovacuum) analyses a table once enough of its
 * rows changed and vacuums its dead rows. On PostgreSQL autovacuum does the latter, so the
 * job is not scheduled there (the handler still analyses when run).
 */
let t: TestApp;
let admin: Client;
let organisationId: string;
const engine = testEngine();

interface TableState {
  reltuples: number;
  rows: number;
  modified: number;
  dead: number;
  analysed: string | null;
  vacuumed: string | null;
}

/** The planner's row count, the real one and the counters of `table`. */
async function state(table: 'contacts' | 'survey_answers'): Promise<TableState> {
  const context = { organisationId, userId: null, isAdmin: false };
  return withContext(t.db.database.db, context, async (tx) => {
    const result = await tx.execute(sql`
      SELECT c.reltuples::float8 AS reltuples,
        (SELECT count(*) FROM ${sql.identifier(table)})::int AS rows,
        s.n_mod_since_analyze::int AS modified, s.n_dead_tup::int AS dead,
        s.last_analyze::text AS analysed, s.last_vacuum::text AS vacuumed
      FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relname = ${table} AND s.schemaname = 'public'`);
    return (result as unknown as { rows: TableState[] }).rows[0]!;
  });
}

/** As the owner (PostgreSQL): autovacuum must not do the job's work behind the test's back. */
async function withoutAutovacuum() {
  if (!t.db.url) return;
  const owner = new pg.Client({ connectionString: t.db.url });
  await owner.connect();
  try {
    for (const table of ['contacts', 'contact_day_stats', 'survey_answers'])
      await owner.query(`ALTER TABLE ${table} SET (autovacuum_enabled = off)`);
  } finally {
    await owner.end();
  }
}

/**
 * Waits until the counters show `rows` modifications of contacts: PostgreSQL publishes
 * another connection's counters within a second or so; PGlite's job publishes its own.
 */
async function countersShow(rows: number) {
  if (engine === 'pglite') return;
  for (let i = 0; i < 100 && (await state('contacts')).modified < rows; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

const csvOf = (lines: string[]) => `${lines.join('\n')}\n`;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  admin = installation.admin;
  organisationId = installation.organisationId;
  await withoutAutovacuum();
});
afterAll(() => t?.close());

describe('statistics after bulk changes', () => {
  it('a committed contacts import leaves the planner with the true row count', async () => {
    const before = await state('contacts');
    const lines = ['date;type;count;theme;external_id'];
    for (let i = 0; i < 240; i++)
      lines.push(
        `2026-02-${String((i % 27) + 1).padStart(2, '0')};individual_advice;1;work;x-${i}`,
      );
    const response = await admin.request('POST', '/api/imports/contacts', csvOf(lines), {
      'content-type': 'text/csv',
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = await state('contacts');
    expect(after.rows).toBe(before.rows + 240);
    expect(after.reltuples).toBe(after.rows);
    expect(after.analysed).not.toBe(before.analysed);
  });

  it('so does an answers import, and a dry run analyses nothing', async () => {
    const lines = ['submitted_at;gender;age_band'];
    for (let i = 0; i < 60; i++)
      lines.push(`2026-02-${String((i % 27) + 1).padStart(2, '0')};female;25_29`);
    const initial = await state('survey_answers');
    const dry = await admin.request('POST', '/api/imports/surveys?dryRun=true', csvOf(lines), {
      'content-type': 'text/csv',
    });
    expect(dry.statusCode, dry.body).toBe(200);
    const before = await state('survey_answers');
    expect(before.analysed).toBe(initial.analysed);
    const response = await admin.request('POST', '/api/imports/surveys', csvOf(lines), {
      'content-type': 'text/csv',
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = await state('survey_answers');
    expect(after.rows).toBeGreaterThan(before.rows);
    expect(after.reltuples).toBe(after.rows);
  });
});

describe('the maintenance job', () => {
  it('is scheduled on PGlite only (autovacuum runs on PostgreSQL), and only once started', async () => {
    expect(t.app.jobs.schedules.map((s) => s.name)).toEqual(
      engine === 'pglite' ? [MAINTENANCE_JOB] : [],
    );
    const planned = async () =>
      (
        (await t.db.database.db.execute(
          sql`SELECT count(*)::int AS n FROM jobs WHERE name = ${MAINTENANCE_JOB}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n;
    expect(await planned()).toBe(0);
    const server = await buildApp({
      config: testConfig(),
      database: t.db.database,
      clock: t.clock,
      webRoot: null,
      startJobs: true,
    });
    try {
      for (let i = 0; i < 100 && engine === 'pglite' && (await planned()) === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await planned()).toBe(engine === 'pglite' ? 1 : 0);
    } finally {
      await server.close();
    }
    await t.db.database.db.execute(sql`DELETE FROM jobs`);
  });

  it('analyses a table once enough of its rows changed, and leaves it alone otherwise', async () => {
    const quiet = await state('contacts');
    await t.app.jobs.enqueue({ name: MAINTENANCE_JOB });
    expect(await t.app.jobs.runDue()).toBe(1);
    expect((await state('contacts')).analysed).toBe(quiet.analysed);

    // Front-desk entries synchronised from tablets: more than a tenth of the table.
    const written = 600;
    for (let batch = 0; batch < 3; batch++) {
      const contacts = Array.from({ length: written / 3 }, () => ({
        type: 'documentation_centre',
        date: '2026-03-01',
        theme: 'learn',
      }));
      const response = await admin.post(
        '/api/contacts/batch',
        { contacts },
        { 'idempotency-key': `tablet-${batch}` },
      );
      expect(response.statusCode, response.body).toBe(201);
    }
    await countersShow(written);
    const changed = await state('contacts');
    expect(changed.reltuples).toBe(quiet.rows);

    t.clock.advance(60_000);
    await t.app.jobs.enqueue({ name: MAINTENANCE_JOB });
    expect(await t.app.jobs.runDue()).toBe(1);
    const after = await state('contacts');
    expect(after.rows).toBe(quiet.rows + written);
    expect(after.reltuples).toBe(after.rows);
    expect(after.analysed).not.toBe(quiet.analysed);
    expect(after.modified).toBe(0);
  });

  it.skipIf(engine !== 'pglite')('vacuums dead rows on PGlite', async () => {
    const context = { organisationId, userId: null, isAdmin: false };
    await withContext(t.db.database.db, context, (tx) =>
      tx.execute(sql`UPDATE contacts SET updated_at = now()`),
    );
    const before = await state('contacts');
    await t.app.jobs.enqueue({ name: MAINTENANCE_JOB });
    await t.app.jobs.runDue();
    const after = await state('contacts');
    expect(after.vacuumed).not.toBeNull();
    expect(after.vacuumed).not.toBe(before.vacuumed);
    expect(after.dead).toBe(0);
  });
});
