import { sql } from 'drizzle-orm';
import type { Executor } from './client.ts';

/** The tables a contacts import (or the demo's contacts) fills. */
export const CONTACT_TABLES = ['contacts', 'contact_day_stats', 'activities', 'contact_tags'];
/** The tables an answers import fills. */
export const SURVEY_ANSWER_TABLES = ['survey_responses', 'survey_answers'];

/**
 * Gathers the planner's statistics for `tables` (every table when absent) through
 * `app_analyze()` (migration 0010: as the owner, which the application role is not). Call it
 * after a bulk change has committed, never inside the transaction that makes it: without
 * statistics PostgreSQL plans as for empty tables, and PGlite has no autovacuum to notice
 * (the demo's dashboard took 12 s instead of 0.25 s). Each table is sampled (30,000 rows at
 * most), so this stays well under a second per table at any size.
 */
export async function gatherStatistics(db: Executor, tables?: readonly string[]): Promise<void> {
  // Publish this connection's pending change counters first, or they would be added to the
  // "modified since analyse" count after it (PGlite's maintenance job reads that count).
  await db.execute(sql`SELECT pg_stat_force_next_flush()`);
  await db.execute(
    tables
      ? sql`SELECT app_analyze(${`{${tables.join(',')}}`}::text[])`
      : sql`SELECT app_analyze()`,
  );
}
