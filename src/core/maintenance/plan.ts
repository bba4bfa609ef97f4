/**
 * Which tables PGlite's maintenance job vacuums or analyses. PGlite has no autovacuum, so
 * the job applies autovacuum's own rules (PostgreSQL's default thresholds) to the counters
 * of `pg_stat_user_tables`. Those counters live in memory only and start again from zero
 * when PGlite is reopened, so a change in the table's size since its last analysis (kept
 * in `pg_class`, which survives) counts too, as does a table never analysed.
 */

/** One table, as the catalog and the statistics counters see it. */
export interface TableActivity {
  table: string;
  /** Rows at the last VACUUM or ANALYZE (pg_class.reltuples); negative when never. */
  rowsAtLastCount: number;
  /** Pages at the last VACUUM or ANALYZE (pg_class.relpages). */
  pagesAtLastCount: number;
  /** Pages now. */
  pages: number;
  /** Rows inserted, updated or deleted since the last ANALYZE (since the process started). */
  modifiedSinceAnalyze: number;
  /** Dead rows waiting for VACUUM (since the process started). */
  deadRows: number;
  /** Rows inserted since the last VACUUM (since the process started). */
  insertedSinceVacuum: number;
}

export interface MaintenanceNeed {
  table: string;
  vacuum: boolean;
  analyze: boolean;
}

/** PostgreSQL's autovacuum defaults, and the share of pages by which a table may drift. */
export const MAINTENANCE_THRESHOLDS = {
  analyzeBase: 50,
  analyzeScale: 0.1,
  vacuumBase: 50,
  vacuumScale: 0.2,
  insertBase: 1000,
  insertScale: 0.2,
  driftPages: 8,
  driftScale: 0.1,
};
export type MaintenanceThresholds = typeof MAINTENANCE_THRESHOLDS;

/** What one table needs (both false: nothing). */
export function tableNeed(
  t: TableActivity,
  limits: MaintenanceThresholds = MAINTENANCE_THRESHOLDS,
): MaintenanceNeed {
  const rows = Math.max(0, t.rowsAtLastCount);
  const neverCounted = t.rowsAtLastCount < 0 && t.pages > 0;
  const drifted =
    Math.abs(t.pages - t.pagesAtLastCount) >
    limits.driftPages + limits.driftScale * t.pagesAtLastCount;
  const analyze =
    neverCounted ||
    drifted ||
    t.modifiedSinceAnalyze > limits.analyzeBase + limits.analyzeScale * rows;
  const vacuum =
    t.deadRows > limits.vacuumBase + limits.vacuumScale * rows ||
    t.insertedSinceVacuum > limits.insertBase + limits.insertScale * rows ||
    // Grown since the last count with the counters lost: dead rows may be what grew.
    (drifted && t.pages > t.pagesAtLastCount && t.modifiedSinceAnalyze === 0);
  return { table: t.table, vacuum, analyze };
}

/** The tables that need something, most modified first. */
export function maintenancePlan(
  tables: readonly TableActivity[],
  limits: MaintenanceThresholds = MAINTENANCE_THRESHOLDS,
): MaintenanceNeed[] {
  return [...tables]
    .sort((a, b) => b.modifiedSinceAnalyze + b.deadRows - (a.modifiedSinceAnalyze + a.deadRows))
    .map((t) => tableNeed(t, limits))
    .filter((need) => need.vacuum || need.analyze);
}
