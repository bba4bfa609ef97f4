/**
 * Login throttling. Failures are counted per key (a hash of the e-mail address, so that
 * unknown and known addresses behave alike) within a window; after `maxFailures` the key
 * is locked for `lockoutMs`. Pure: the caller owns the map and the clock.
 */
export interface ThrottleState {
  failures: number;
  firstFailureAt: number;
  lockedUntil: number | null;
}

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

/** Milliseconds the key stays locked, or 0 when it may try. */
export function lockRemaining(state: ThrottleState | undefined, now: number): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil - now);
}

/** The state after one more failure. */
export function registerFailure(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy,
): ThrottleState {
  const fresh =
    !state ||
    now - state.firstFailureAt > policy.windowMs ||
    (state.lockedUntil !== null && state.lockedUntil <= now);
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailureAt = fresh ? now : state.firstFailureAt;
  return {
    failures,
    firstFailureAt,
    lockedUntil: failures >= policy.maxFailures ? now + policy.lockoutMs : null,
  };
}
