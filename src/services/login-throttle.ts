import { AppError } from '../core/common/errors.ts';
import { lockRemaining, registerFailure, type ThrottleState } from '../core/auth/throttle.ts';

/** Bound on the table, so that random e-mails cannot grow it without limit. */
const MAX_ENTRIES = 50_000;

/**
 * The in-memory table of failed log-ins per key (a keyed hash of the e-mail), around the
 * pure rules of core/auth/throttle.ts. Per process: see decision 0003.
 */
export function createLoginThrottle(settings: { maxFailures: number; lockoutMinutes: number }) {
  const table = new Map<string, ThrottleState>();
  const policy = {
    maxFailures: settings.maxFailures,
    windowMs: settings.lockoutMinutes * 60_000,
    lockoutMs: settings.lockoutMinutes * 60_000,
  };

  function tooMany(remainingMs: number) {
    return new AppError('TOO_MANY_ATTEMPTS', {
      params: { minutes: Math.ceil(remainingMs / 60_000) },
    });
  }

  function prune(now: number) {
    for (const [key, state] of table) {
      if (lockRemaining(state, now) === 0 && now - state.firstFailureAt > policy.windowMs)
        table.delete(key);
    }
    // still full of live entries: drop the oldest (a Map keeps insertion order)
    while (table.size >= MAX_ENTRIES) table.delete(table.keys().next().value!);
  }

  return {
    /** Throws TOO_MANY_ATTEMPTS while the key is locked. */
    assertOpen(key: string, now: number) {
      const remaining = lockRemaining(table.get(key), now);
      if (remaining > 0) throw tooMany(remaining);
    },

    /** Counts a failure; returns the error to answer with (locked now, or wrong credentials). */
    fail(key: string, now: number): AppError {
      const state = registerFailure(table.get(key), now, policy);
      if (table.size >= MAX_ENTRIES) prune(now);
      table.delete(key);
      table.set(key, state);
      const remaining = lockRemaining(state, now);
      return remaining > 0 ? tooMany(remaining) : new AppError('INVALID_CREDENTIALS');
    },

    succeed(key: string) {
      table.delete(key);
    },
  };
}
