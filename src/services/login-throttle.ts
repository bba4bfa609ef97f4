import { AppError } from '../core/common/errors.ts';
import {
  attemptDelay,
  forgiveFailure,
  lockRemaining,
  recentFailures,
  registerFailure,
  type ThrottlePolicy,
  type ThrottleState,
} from '../core/auth/throttle.ts';

/** Bound on each table, so that random e-mails or addresses cannot grow it without limit. */
const MAX_ENTRIES = 50_000;

/** How many times more failures lock an e-mail for everyone than lock it from one address. */
export const EMAIL_LOCK_FACTOR = 10;

/** The progressive delay on attempts at an e-mail under attack: 250 ms doubling up to 10 s. */
export const DELAY_BASE_MS = 250;
export const DELAY_MAX_MS = 10_000;

/** The two keys of one log-in attempt (keyed hashes): the e-mail with the client's address, and the e-mail. */
export interface AttemptKeys {
  pair: string;
  email: string;
}

/**
 * A table of recent failures per key, bounded: when full, expired entries go first, then
 * the oldest.
 */
function failureTable(policy: ThrottlePolicy) {
  const table = new Map<string, ThrottleState>();
  function prune(now: number) {
    for (const [key, state] of table)
      if (lockRemaining(state, now) === 0 && now - state.firstFailureAt > policy.windowMs)
        table.delete(key);
    while (table.size >= MAX_ENTRIES) table.delete(table.keys().next().value!);
  }
  function put(key: string, state: ThrottleState | undefined, now: number) {
    table.delete(key);
    if (!state) return;
    if (table.size >= MAX_ENTRIES) prune(now);
    table.set(key, state);
  }
  return {
    remaining: (key: string, now: number) => lockRemaining(table.get(key), now),
    failures: (key: string, now: number) => recentFailures(table.get(key), now, policy),
    fail: (key: string, now: number) => put(key, registerFailure(table.get(key), now, policy), now),
    forgive: (key: string, now: number) =>
      put(key, forgiveFailure(table.get(key), now, policy), now),
    clear: (key: string) => void table.delete(key),
  };
}

/**
 * The in-memory log-in throttle, around the pure rules of core/auth/throttle.ts. Per
 * process: see decision 0003. Two levels, so that nobody can lock someone else out by
 * typing their e-mail: an e-mail *from one client address* is locked after `maxFailures`;
 * the e-mail itself only after EMAIL_LOCK_FACTOR times as many (from any addresses), and
 * before that, attempts at an e-mail that failed more than `maxFailures` times wait a
 * growing delay. An attempt counts as a failure from the moment it starts (attempts in
 * flight at once cannot slip past the lock) and is forgiven when it succeeds.
 */
export function createLoginThrottle(settings: {
  maxFailures: number;
  lockoutMinutes: number;
  delay?: { baseMs: number; maxMs: number };
}) {
  const lockoutMs = settings.lockoutMinutes * 60_000;
  const pairs = failureTable({ maxFailures: settings.maxFailures, windowMs: lockoutMs, lockoutMs });
  const emails = failureTable({
    maxFailures: settings.maxFailures * EMAIL_LOCK_FACTOR,
    windowMs: lockoutMs,
    lockoutMs,
  });
  const delay = {
    free: settings.maxFailures,
    baseMs: settings.delay?.baseMs ?? DELAY_BASE_MS,
    maxMs: settings.delay?.maxMs ?? DELAY_MAX_MS,
  };

  function tooMany(remainingMs: number) {
    return new AppError('TOO_MANY_ATTEMPTS', {
      params: { minutes: Math.ceil(remainingMs / 60_000) },
    });
  }

  function locked(keys: AttemptKeys, now: number): number {
    return Math.max(pairs.remaining(keys.pair, now), emails.remaining(keys.email, now));
  }

  return {
    /**
     * Starts an attempt: throws TOO_MANY_ATTEMPTS while either key is locked, else counts
     * it and returns the milliseconds to wait before checking the password.
     */
    begin(keys: AttemptKeys, now: number): number {
      const remaining = locked(keys, now);
      if (remaining > 0) throw tooMany(remaining);
      const wait = attemptDelay(emails.failures(keys.email, now), delay);
      pairs.fail(keys.pair, now);
      emails.fail(keys.email, now);
      return wait;
    },

    /** The attempt failed (already counted): the error to answer with. */
    refusal(keys: AttemptKeys, now: number): AppError {
      const remaining = locked(keys, now);
      return remaining > 0 ? tooMany(remaining) : new AppError('INVALID_CREDENTIALS');
    },

    /** The attempt succeeded: the pair starts afresh, the e-mail forgets this attempt. */
    succeed(keys: AttemptKeys, now: number) {
      pairs.clear(keys.pair);
      emails.forgive(keys.email, now);
    },
  };
}
