import type { Database } from '../../db/client.ts';
import { MAINTENANCE_JOB, MAINTENANCE_SCHEDULE, maintenanceJob } from '../maintenance/job.ts';
import { createJobRunner, type JobLog } from './runner.ts';

export type { JobRunner, JobHandler, JobContext, JobLog } from './runner.ts';

/**
 * The server's background jobs, wired once (like createServices): every job's handler, and
 * the schedules of this engine. PGlite gets the maintenance schedule (it has no autovacuum);
 * on PostgreSQL autovacuum keeps statistics and dead rows in order, so nothing is scheduled
 * there for it.
 */
export function createBackgroundJobs(
  database: Database,
  options: { clock: () => Date; log?: JobLog; pollMs?: number },
) {
  return createJobRunner({
    db: database.db,
    clock: options.clock,
    handlers: { [MAINTENANCE_JOB]: maintenanceJob(database) },
    schedules: database.engine === 'pglite' ? [MAINTENANCE_SCHEDULE] : [],
    ...(options.log ? { log: options.log } : {}),
    ...(options.pollMs ? { pollMs: options.pollMs } : {}),
  });
}
