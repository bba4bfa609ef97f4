import { sql } from 'drizzle-orm';
import { afterFailure, type RetryPolicy } from '../../core/jobs/schedule.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';

/**
 * The jobs table's statements (migration 0010). A job is claimed by one worker with
 * `FOR UPDATE SKIP LOCKED` in a statement of its own, run outside any transaction, and then
 * marked done or failed by that worker only (its id in `locked_by`). A worker that dies
 * leaves a lease (`locked_until`) that runs out, and another worker takes the job over.
 */

export interface NewJob {
  name: string;
  /** Unique per name: a second job with the same key is not added. */
  key?: string | null;
  payload?: unknown;
  runAt: Date;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: string;
  name: string;
  key: string | null;
  payload: unknown;
  /** Tries so far, this one included. */
  attempts: number;
  maxAttempts: number;
}

/** Longest error text kept. */
const MAX_ERROR_LENGTH = 2000;

const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;
/** A text[] parameter (the same on PGlite and node-postgres). */
const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;

/** Adds a job; false when its key is taken for this name (nothing added). */
export async function enqueueJob(db: Executor, job: NewJob): Promise<boolean> {
  const result = await db.execute(sql`
    INSERT INTO jobs (name, key, payload, run_at, max_attempts)
    VALUES (${job.name}, ${job.key ?? null}, ${JSON.stringify(job.payload ?? {})}::jsonb,
      ${at(job.runAt)}, ${job.maxAttempts ?? 5})
    ON CONFLICT (name, key) DO NOTHING
    RETURNING id`);
  return rowsOf(result).length > 0;
}

/**
 * Claims the job due first among `names` (waiting and due, or running with its lease run
 * out), or null. Rows other workers are claiming at the same moment are skipped, not waited
 * for, so each job goes to exactly one worker.
 */
export async function claimJob(
  db: Executor,
  claim: { worker: string; names: readonly string[]; now: Date; leaseMs: number },
): Promise<ClaimedJob | null> {
  const lease = new Date(claim.now.getTime() + claim.leaseMs);
  const result = await db.execute(sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${claim.worker},
      locked_until = ${at(lease)}, updated_at = ${at(claim.now)}
    WHERE id = (
      SELECT id FROM jobs
      WHERE name = ANY (${textArray(claim.names)})
        AND ((status = 'pending' AND run_at <= ${at(claim.now)})
          OR (status = 'running' AND locked_until <= ${at(claim.now)}))
      ORDER BY run_at, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, name, key, payload, attempts, max_attempts`);
  const row = rowsOf<{
    id: string;
    name: string;
    key: string | null;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>(result)[0];
  return row
    ? {
        id: row.id,
        name: row.name,
        key: row.key,
        payload: row.payload,
        attempts: Number(row.attempts),
        maxAttempts: Number(row.max_attempts),
      }
    : null;
}

/** Marks the job done, if this worker still holds it; false when another took it over. */
export async function completeJob(
  db: Executor,
  job: ClaimedJob,
  worker: string,
  now: Date,
): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE jobs SET status = 'done', locked_by = NULL, locked_until = NULL,
      finished_at = ${at(now)}, updated_at = ${at(now)}
    WHERE id = ${job.id} AND status = 'running' AND locked_by = ${worker}
    RETURNING id`);
  return rowsOf(result).length > 0;
}

/**
 * Records a failed try: the error, and either the next try after a growing pause or, after
 * the last try, the end (`failed`). Returns what became of the job (null when this worker
 * no longer held it).
 */
export async function failJob(
  db: Executor,
  job: ClaimedJob,
  worker: string,
  error: unknown,
  now: Date,
  retry?: RetryPolicy,
): Promise<'pending' | 'failed' | null> {
  const message = (error instanceof Error ? error.message : String(error)).slice(
    0,
    MAX_ERROR_LENGTH,
  );
  const next = afterFailure(job.attempts, job.maxAttempts, now, retry);
  const result = await db.execute(sql`
    UPDATE jobs SET status = ${next.status}, locked_by = NULL, locked_until = NULL,
      run_at = ${next.status === 'pending' ? at(next.runAt) : sql`run_at`},
      finished_at = ${next.status === 'failed' ? at(now) : null},
      last_error = ${message}, last_error_at = ${at(now)}, updated_at = ${at(now)}
    WHERE id = ${job.id} AND status = 'running' AND locked_by = ${worker}
    RETURNING id`);
  return rowsOf(result).length > 0 ? next.status : null;
}

/** Removes finished jobs of `name` that ended before `before` (the record is kept a while). */
export async function sweepJobs(db: Executor, name: string, before: Date): Promise<void> {
  await db.execute(sql`
    DELETE FROM jobs WHERE name = ${name} AND status IN ('done', 'failed')
      AND finished_at < ${at(before)}`);
}
