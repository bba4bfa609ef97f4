import { describe, expect, it } from 'vitest';
import { lockRemaining, registerFailure, type ThrottleState } from './throttle.ts';

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
});
