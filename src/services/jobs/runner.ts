import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  nextOccurrence,
  occurrenceKey,
  type RetryPolicy,
  type Schedule,
} from '../../core/jobs/schedule.ts';
import type { Db } from '../../db/client.ts';
import {
  claimJob,
  completeJob,
  enqueueJob,
  failJob,
  sweepJobs,
  type ClaimedJob,
  type NewJob,
} from './queue.ts';

/** What a handler is given besides the job's payload. */
export interface JobContext {
  /** Aborted when the server shuts down: stop between steps. */
  signal: AbortSignal;
  /** This try's number (1 for the first). */
  attempt: number;
}

/** Runs one job; throwing marks the try failed (retried later, up to the job's limit). */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

/** The part of a pino/Fastify logger the runner uses. */
export interface JobLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobRunnerOptions {
  db: Db;
  clock: () => Date;
  handlers: Readonly<Record<string, JobHandler>>;
  schedules?: readonly Schedule[];
  /** This worker's name in `locked_by` (default: host, process and a random part). */
  worker?: string;
  /** Pause between two looks for due jobs. */
  pollMs?: number;
  /** How long a claimed job is this worker's before another may take it over. */
  leaseMs?: number;
  retry?: RetryPolicy;
  /** Finished jobs of a schedule are kept this long, then swept. */
  keepMs?: number;
  log?: JobLog;
}

export const DEFAULT_POLL_MS = 5_000;
export const DEFAULT_LEASE_MS = 15 * 60_000;
const DEFAULT_KEEP_MS = 7 * 24 * 60 * 60_000;
const SILENT: JobLog = { info: () => undefined, error: () => undefined };

export type JobRunner = ReturnType<typeof createJobRunner>;

/**
 * The server's one job mechanism: due jobs of the known names are claimed one at a time
 * from the jobs table and run outside any transaction; a failure is recorded and tried
 * again after a growing pause; a schedule's next occurrence is planned when one ends, so
 * several processes on one database run each occurrence once. `start()` polls until
 * `stop()`, which waits for the job in hand; tests call `runDue()` instead.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { db, clock, handlers } = options;
  const schedules = options.schedules ?? [];
  const worker = options.worker ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const keepMs = options.keepMs ?? DEFAULT_KEEP_MS;
  const log = options.log ?? SILENT;
  const names = Object.keys(handlers);
  for (const schedule of schedules)
    if (!handlers[schedule.name]) throw new Error(`job schedule without handler: ${schedule.name}`);

  let stopped = true;
  let planned = false;
  let controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  /** Plans the occurrence of `schedule` after `after` (nothing when it is planned already). */
  async function planNext(schedule: Schedule, after: Date) {
    const runAt = nextOccurrence(after, schedule.everyMs);
    await enqueueJob(db, { name: schedule.name, key: occurrenceKey(runAt), runAt });
  }

  /** Plans the next occurrence of every schedule. */
  async function planSchedules() {
    const now = clock();
    for (const schedule of schedules) await planNext(schedule, now);
    planned = true;
  }

  async function run(job: ClaimedJob) {
    const handler = handlers[job.name]!;
    let outcome: 'done' | 'pending' | 'failed' | null;
    if (job.attempts > job.maxAttempts) {
      // Its lease ran out on every try (the worker died or the job outlasted the lease).
      outcome = await failJob(db, job, worker, new Error('lease expired'), clock(), options.retry);
    } else {
      try {
        await handler(job.payload, { signal: controller.signal, attempt: job.attempts });
        outcome = (await completeJob(db, job, worker, clock())) ? 'done' : null;
      } catch (error) {
        log.error({ job: job.name, attempt: job.attempts, err: error }, 'job failed');
        outcome = await failJob(db, job, worker, error, clock(), options.retry);
      }
    }
    const schedule = schedules.find((s) => s.name === job.name);
    if (schedule && (outcome === 'done' || outcome === 'failed')) {
      const now = clock();
      await planNext(schedule, now);
      await sweepJobs(db, job.name, new Date(now.getTime() - keepMs));
    }
  }

  /** Runs every due job one after the other; returns how many tries were made. */
  async function runDue(): Promise<number> {
    if (!names.length) return 0;
    let count = 0;
    while (!controller.signal.aborted) {
      const job = await claimJob(db, { worker, names, now: clock(), leaseMs });
      if (!job) break;
      await run(job);
      count++;
    }
    return count;
  }

  function wait(ms: number) {
    timer = setTimeout(() => {
      running = (async () => {
        try {
          if (!planned) await planSchedules();
          await runDue();
        } catch (error) {
          log.error({ err: error }, 'job runner: the database could not be reached');
        } finally {
          running = undefined;
          if (!stopped) wait(pollMs);
        }
      })();
    }, ms);
    timer.unref();
  }

  return {
    worker,
    schedules,

    /** Adds a job of a known name (default: due now). */
    async enqueue(job: Omit<NewJob, 'runAt'> & { runAt?: Date }): Promise<boolean> {
      if (!handlers[job.name]) throw new Error(`no handler for job ${job.name}`);
      return enqueueJob(db, { ...job, runAt: job.runAt ?? clock() });
    },
    planSchedules,
    runDue,

    /** Polls for due jobs until `stop()`. */
    start() {
      if (!stopped) return;
      stopped = false;
      controller = new AbortController();
      log.info({ worker, jobs: names }, 'job runner started');
      wait(0);
    },

    /** Stops polling and waits for the job in hand (its handler sees the abort signal). */
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      await running;
    },
  };
}
