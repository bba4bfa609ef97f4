import { sql } from 'drizzle-orm';
import type { Schedule } from '../../core/jobs/schedule.ts';
import { maintenancePlan, type TableActivity } from '../../core/maintenance/plan.ts';
import type { Database, Db } from '../../db/client.ts';
import { gatherStatistics } from '../../db/statistics.ts';
import { rowsOf } from '../contacts/drafts.ts';
import type { JobHandler } from '../jobs/runner.ts';

export const MAINTENANCE_JOB = 'db.maintenance';

/** PGlite's maintenance runs every five minutes (one look at the counters when idle). */
export const MAINTENANCE_SCHEDULE: Schedule = { name: MAINTENANCE_JOB, everyMs: 5 * 60_000 };

/** Every table of the application, with its counters and sizes. */
export async function tableActivity(db: Db): Promise<TableActivity[]> {
  // The counters of this connection's own writes are published at its next idle moment;
  // publish them now (PGlite has only this connection).
  await db.execute(sql`SELECT pg_stat_force_next_flush()`);
  const result = await db.execute(sql`
    SELECT s.relname AS table, c.reltuples, c.relpages,
      pg_relation_size(c.oid) / current_setting('block_size')::int AS pages,
      s.n_mod_since_analyze, s.n_dead_tup, s.n_ins_since_vacuum
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = 'public'`);
  return rowsOf<Record<string, string | number>>(result).map((r) => ({
    table: String(r.table),
    rowsAtLastCount: Number(r.reltuples),
    pagesAtLastCount: Number(r.relpages),
    pages: Number(r.pages),
    modifiedSinceAnalyze: Number(r.n_mod_since_analyze),
    deadRows: Number(r.n_dead_tup),
    insertedSinceVacuum: Number(r.n_ins_since_vacuum),
  }));
}

/**
 * The maintenance job: vacuums and analyses the tables that changed enough since their last
 * count (core/maintenance/plan.ts). One table and one statement at a time, never inside a
 * transaction: PGlite runs one statement at a time, so requests that arrive meanwhile run
 * between two statements instead of waiting for the whole round. VACUUM only on PGlite
 * (PostgreSQL's autovacuum does it there, and the app role may not); ANALYZE on both.
 */
export function maintenanceJob(database: Pick<Database, 'db' | 'engine'>): JobHandler {
  const { db, engine } = database;
  return async (_payload, { signal }) => {
    for (const need of maintenancePlan(await tableActivity(db))) {
      if (signal.aborted) return;
      if (need.vacuum && engine === 'pglite')
        await db.execute(sql`VACUUM ${sql.identifier(need.table)}`);
      if (signal.aborted) return;
      if (need.analyze) await gatherStatistics(db, [need.table]);
    }
  };
}
