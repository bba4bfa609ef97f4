/**
 * When background jobs run: the occurrences of a recurring job and the pause before a
 * failed job is tried again. Pure, so every server process computes the same times.
 */

/** A job run every `everyMs`, by every server process that knows it. */
export interface Schedule {
  name: string;
  everyMs: number;
}

/**
 * The first occurrence strictly after `after`: occurrences are the multiples of `everyMs`
 * since the epoch, so two processes started at different times plan the same ones (and the
 * database keeps one row per occurrence).
 */
export function nextOccurrence(after: Date, everyMs: number): Date {
  if (!Number.isInteger(everyMs) || everyMs <= 0)
    throw new RangeError(`nextOccurrence: everyMs must be a positive whole number, not ${everyMs}`);
  return new Date((Math.floor(after.getTime() / everyMs) + 1) * everyMs);
}

/** The key of an occurrence in the jobs table (unique per job name). */
export function occurrenceKey(at: Date): string {
  return at.toISOString();
}

export interface RetryPolicy {
  /** Pause after the first failure; it doubles after each further one. */
  baseMs: number;
  /** The longest pause. */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60_000 };

/** The pause before the next try after `failures` failed tries (1 = the first failed). */
export function retryDelayMs(failures: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  if (failures < 1) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
}

/** What becomes of a job whose try failed: tried again later, or given up. */
export type AfterFailure = { status: 'pending'; runAt: Date } | { status: 'failed' };

/** After `attempts` tries (the failed one included) out of `maxAttempts`. */
export function afterFailure(
  attempts: number,
  maxAttempts: number,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY,
): AfterFailure {
  if (attempts >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', runAt: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}
