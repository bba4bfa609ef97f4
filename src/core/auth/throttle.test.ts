import { describe, expect, it } from 'vitest';
import {
  attemptDelay,
  forgiveFailure,
  lockRemaining,
  recentFailures,
  registerFailure,
  type ThrottleState,
} from './throttle.ts';

const policy = { maxFailures: 3, windowMs: 60_000, lockoutMs: 300_000 };

describe('login throttle', () => {
  it('locks after the maximum number of failures within the window', () => {
    let state: ThrottleState | undefined;
    state = registerFailure(state, 0, policy);
    state = registerFailure(state, 1000, policy);
    expect(lockRemaining(state, 1000)).toBe(0);
    state = registerFailure(state, 2000, policy);
    expect(lockRemaining(state, 2000)).toBe(300_000);
    expect(lockRemaining(state, 302_000)).toBe(0);
  });

  it('starts counting again once the window has passed', () => {
    let state = registerFailure(undefined, 0, policy);
    state = registerFailure(state, 1000, policy);
    state = registerFailure(state, 120_000, policy);
    expect(state.failures).toBe(1);
    expect(lockRemaining(state, 120_000)).toBe(0);
  });

  it('starts afresh after a lockout has expired', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 3; i++) state = registerFailure(state, i, policy);
    state = registerFailure(state, 400_000, policy);
    expect(state.failures).toBe(1);
  });

  it('forgives one failure (an attempt counted in advance that succeeded), lifting a lock it caused', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 3; i++) state = registerFailure(state, i, policy);
    expect(lockRemaining(state, 3)).toBeGreaterThan(0);
    state = forgiveFailure(state, 3, policy);
    expect(recentFailures(state, 3, policy)).toBe(2);
    expect(lockRemaining(state, 3)).toBe(0);
    expect(forgiveFailure(registerFailure(undefined, 0, policy), 1, policy)).toBeUndefined();
  });

  it('counts only the failures of the current window', () => {
    const state = registerFailure(registerFailure(undefined, 0, policy), 10, policy);
    expect(recentFailures(state, 20, policy)).toBe(2);
    expect(recentFailures(state, 120_000, policy)).toBe(0);
  });
});

describe('progressive delay', () => {
  const delay = { free: 5, baseMs: 250, maxMs: 10_000 };

  it('waits nothing for the first failures, then doubles up to the maximum', () => {
    const waits = Array.from({ length: 14 }, (_, failures) => attemptDelay(failures, delay));
    expect(waits.slice(0, delay.free + 1)).toEqual(Array(delay.free + 1).fill(0));
    const growing = waits.slice(delay.free + 1);
    expect(growing[0]).toBe(delay.baseMs);
    growing
      .slice(1)
      .forEach((wait, i) => expect(wait).toBe(Math.min(growing[i]! * 2, delay.maxMs)));
    expect(growing.at(-1)).toBe(delay.maxMs);
    expect(attemptDelay(1_000_000, delay)).toBe(delay.maxMs);
  });
});
