/**
 * Login throttling. Failures are counted per key (a keyed hash of the e-mail address and
 * the client address, or of the e-mail alone; unknown and known addresses behave alike)
 * within a window; after `maxFailures` the key is locked for `lockoutMs`. Pure: the caller
 * owns the map and the clock.
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

/** Whether the state still counts at `now` (its window or its lock has not passed). */
function isLive(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy) {
  return (
    state !== undefined &&
    now - state.firstFailureAt <= policy.windowMs &&
    !(state.lockedUntil !== null && state.lockedUntil <= now)
  );
}

/** The failures that count at `now`. */
export function recentFailures(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy,
): number {
  return isLive(state, now, policy) ? state!.failures : 0;
}

/** The state after one more failure. */
export function registerFailure(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy,
): ThrottleState {
  const fresh = !isLive(state, now, policy);
  const failures = fresh ? 1 : state!.failures + 1;
  const firstFailureAt = fresh ? now : state!.firstFailureAt;
  return {
    failures,
    firstFailureAt,
    lockedUntil: failures >= policy.maxFailures ? now + policy.lockoutMs : null,
  };
}

/**
 * The state with one failure fewer: an attempt is counted before its password is checked
 * (so that attempts in flight count), and forgiven when it succeeds.
 */
export function forgiveFailure(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy,
): ThrottleState | undefined {
  if (!isLive(state, now, policy) || state!.failures <= 1) return undefined;
  const failures = state!.failures - 1;
  return {
    failures,
    firstFailureAt: state!.firstFailureAt,
    lockedUntil: failures >= policy.maxFailures ? state!.lockedUntil : null,
  };
}

export interface DelayPolicy {
  /** Failures on an e-mail answered without delay (one person's own typos). */
  free: number;
  /** The first delay, doubled at every further failure… */
  baseMs: number;
  /** …up to this. */
  maxMs: number;
}

/**
 * How long to wait before checking a password for an e-mail that has `failures` recent
 * failures from any address: nothing up to `free`, then `baseMs`, doubling up to `maxMs`.
 * A CAPTCHA-free brake on guessing one account from many addresses.
 */
export function attemptDelay(failures: number, policy: DelayPolicy): number {
  if (failures <= policy.free) return 0;
  const doublings = Math.min(failures - policy.free - 1, 30);
  return Math.min(policy.baseMs * 2 ** doublings, policy.maxMs);
}
