import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Where a job is: waiting (maybe for a retry), being run, finished, or given up. */
export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Installation-level: background work, claimed by one worker at a time with
 * `FOR UPDATE SKIP LOCKED` and a lease (`locked_until`), so several server processes on one
 * database run each job once (src/services/jobs/). A scheduled job has one row per
 * occurrence, keyed by its time: `(name, key)` is unique, so two processes planning the same
 * occurrence make one row. Finished rows are kept a while for the record, then swept.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Unique per name when set: an occurrence of a schedule, or a caller's deduplication key. */
    key: text('key'),
    payload: jsonb('payload').notNull().default({}),
    status: text('status').notNull().default('pending'),
    /** Not before this time (the first run, or the next try after a failure). */
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    /** A running job whose lease has passed is taken over (its worker died). */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('jobs_name_key_key').on(t.name, t.key),
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`status IN ('pending', 'running')`),
    index('jobs_finished_idx').on(t.name, t.finishedAt),
    check('jobs_status_check', sql`status IN ('pending', 'running', 'done', 'failed')`),
    check('jobs_attempts_check', sql`attempts >= 0 AND max_attempts >= 1`),
  ],
);
