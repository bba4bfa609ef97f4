import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nextOccurrence, occurrenceKey, retryDelayMs } from '../../src/core/jobs/schedule.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { createJobRunner, type JobHandler } from '../../src/services/jobs/runner.ts';
import { testClock } from '../helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

/**
 * The job mechanism on both engines: each job runs once even with two workers (on
 * PostgreSQL two connection pools, as two server processes have), a failing job is tried
 * again after a growing pause with its error recorded and ends as failed without holding
 * up other jobs, and a schedule's occurrence runs once.
 */
let test: TestDatabase;
/** A second connection to the same database (PGlite has one: the same). */
let other: Database;
const clock = testClock(new Date('2026-03-02T09:00:00Z'));
const retry = { baseMs: 60_000, maxMs: 600_000 };

interface JobRow {
  name: string;
  key: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  run_at: string;
}

async function jobRows(): Promise<JobRow[]> {
  const result = await test.database.db.execute(
    sql`SELECT name, key, status, attempts, last_error, run_at::text FROM jobs ORDER BY created_at, key`,
  );
  return (result as unknown as { rows: JobRow[] }).rows;
}

beforeAll(async () => {
  test = await createTestDatabase();
  other = test.url ? await openDatabase({ databaseUrl: test.url, migrate: false }) : test.database;
});

afterAll(async () => {
  if (other !== test.database) await other.close();
  await test.close();
});

beforeEach(async () => {
  await test.database.db.execute(sql`DELETE FROM jobs`);
});

/** A handler that notes each payload it runs, taking a moment so that workers overlap. */
function noting(seen: string[]): JobHandler {
  return async (payload) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen.push((payload as { n: string }).n);
  };
}

describe('jobs', () => {
  it('runs each job once with two workers polling together', async () => {
    const seen: string[] = [];
    const handlers = { 'test.note': noting(seen) };
    const first = createJobRunner({ db: test.database.db, clock, handlers, worker: 'first' });
    const second = createJobRunner({ db: other.db, clock, handlers, worker: 'second' });
    const payloads = Array.from({ length: 30 }, (_, i) => `job-${i}`);
    for (const n of payloads) await first.enqueue({ name: 'test.note', payload: { n } });

    const [a, b] = await Promise.all([first.runDue(), second.runDue()]);

    expect(a + b).toBe(payloads.length);
    expect([...seen].sort()).toEqual([...payloads].sort());
    expect((await jobRows()).every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
    // Nothing is left to run.
    expect(await first.runDue()).toBe(0);
  });

  it('tries a failing job again after a growing pause, records the error, then gives up', async () => {
    const runner = createJobRunner({
      db: test.database.db,
      clock,
      retry,
      handlers: {
        'test.fail': () => Promise.reject(new Error('the mail server refused')),
        'test.note': noting([]),
      },
    });
    await runner.enqueue({ name: 'test.fail', maxAttempts: 3 });

    expect(await runner.runDue()).toBe(1);
    let [job] = await jobRows();
    expect(job).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'the mail server refused',
    });
    expect(new Date(job!.run_at).getTime()).toBe(clock().getTime() + retryDelayMs(1, retry));

    // Not due before its pause is over; another job runs meanwhile.
    await runner.enqueue({ name: 'test.note', payload: { n: 'other' } });
    expect(await runner.runDue()).toBe(1);
    clock.advance(retryDelayMs(1, retry) - 1);
    expect(await runner.runDue()).toBe(0);

    clock.advance(1);
    expect(await runner.runDue()).toBe(1);
    [job] = await jobRows();
    expect(job).toMatchObject({ status: 'pending', attempts: 2 });
    expect(new Date(job!.run_at).getTime()).toBe(clock().getTime() + retryDelayMs(2, retry));

    clock.advance(retryDelayMs(2, retry));
    expect(await runner.runDue()).toBe(1);
    [job] = await jobRows();
    expect(job).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'the mail server refused',
    });
    clock.advance(retry.maxMs * 10);
    expect(await runner.runDue()).toBe(0);
  });

  it('takes over a job whose worker died once its lease has run out', async () => {
    const seen: string[] = [];
    const handlers = { 'test.note': noting(seen) };
    const dead = createJobRunner({ db: test.database.db, clock, handlers, leaseMs: 60_000 });
    await dead.enqueue({ name: 'test.note', payload: { n: 'orphan' } });
    // The dead worker claimed the job and never finished it.
    await test.database.db.execute(
      sql`UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'dead',
          locked_until = ${new Date(clock().getTime() + 60_000).toISOString()}::timestamptz`,
    );
    const alive = createJobRunner({ db: other.db, clock, handlers });
    expect(await alive.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await alive.runDue()).toBe(1);
    expect(seen).toEqual(['orphan']);
    expect((await jobRows())[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('runs an occurrence of a schedule once across workers and plans the next one', async () => {
    const every = 5 * 60_000;
    let runs = 0;
    const handlers: Record<string, JobHandler> = {
      'test.tick': async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        runs++;
      },
    };
    const schedules = [{ name: 'test.tick', everyMs: every }];
    const first = createJobRunner({ db: test.database.db, clock, handlers, schedules });
    const second = createJobRunner({ db: other.db, clock, handlers, schedules });
    await Promise.all([first.planSchedules(), second.planSchedules()]);
    const due = nextOccurrence(clock(), every);
    expect(await jobRows()).toEqual([
      expect.objectContaining({ name: 'test.tick', key: occurrenceKey(due), status: 'pending' }),
    ]);

    clock.set(due);
    await Promise.all([first.runDue(), second.runDue()]);
    expect(runs).toBe(1);
    const rows = await jobRows();
    expect(rows.map((r) => [r.key, r.status])).toEqual([
      [occurrenceKey(due), 'done'],
      [occurrenceKey(nextOccurrence(due, every)), 'pending'],
    ]);
  });

  it('starts polling only when asked, and stops cleanly', async () => {
    const seen: string[] = [];
    const runner = createJobRunner({
      db: test.database.db,
      clock,
      handlers: { 'test.note': noting(seen) },
      pollMs: 10,
    });
    await runner.enqueue({ name: 'test.note', payload: { n: 'polled' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
    runner.start();
    for (let i = 0; i < 200 && !seen.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await runner.stop();
    expect(seen).toEqual(['polled']);
    expect((await jobRows())[0]).toMatchObject({ status: 'done' });
  });
});
