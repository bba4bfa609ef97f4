import { describe, expect, it } from 'vitest';
import { createRateLimiter, networkOf } from './rate-limit.ts';

function clockAt(start = Date.UTC(2026, 2, 2, 9)) {
  let now = start;
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => void (now += ms) });
}

describe('rate limiter', () => {
  it('allows the limit per window and key, then says when to retry', () => {
    const clock = clockAt();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, clock });
    expect([1, 2, 3].map(() => limiter.hit('203.0.113.9').allowed)).toEqual([true, true, true]);
    clock.advance(15_000);
    expect(limiter.hit('203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit('198.51.100.4')).toEqual({ allowed: true });
    clock.advance(45_000);
    expect(limiter.hit('203.0.113.9')).toEqual({ allowed: true });
  });

  it('keeps only keyed hashes, never the address', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, clock: clockAt() });
    limiter.hit('203.0.113.9');
    limiter.hit('2001:db8::1');
    const keys = limiter.keys();
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(key).not.toContain('203.0.113');
      expect(key).not.toContain('2001:db8');
      expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
    // A salt per limiter: the same address gives another key elsewhere.
    const other = createRateLimiter({ limit: 3, windowMs: 60_000, clock: clockAt() });
    other.hit('203.0.113.9');
    expect(other.keys()[0]).not.toBe(keys[0]);
  });

  it('sweeps expired windows and stays within its bound', () => {
    const clock = clockAt();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, clock, maxEntries: 100 });
    for (let i = 0; i < 250; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(100);
    // The newest addresses are still limited; the oldest were dropped.
    expect(limiter.hit('10.0.0.249').allowed).toBe(false);
    clock.advance(60_000);
    limiter.hit('192.0.2.1');
    expect(limiter.size).toBe(1);
  });

  it('starts a fresh window if the clock goes back', () => {
    const clock = clockAt();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, clock });
    limiter.hit('203.0.113.9');
    expect(limiter.hit('203.0.113.9').allowed).toBe(false);
    clock.advance(-5_000);
    expect(limiter.hit('203.0.113.9').allowed).toBe(true);
  });

  it('counts an IPv6 /64 as one client, and a mapped IPv4 as its IPv4', () => {
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0DB8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::7')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(networkOf('203.0.113.9')).toBe('203.0.113.9');
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, clock: clockAt() });
    expect(limiter.hit('2001:db8:1:2::1').allowed).toBe(true);
    expect(limiter.hit('2001:db8:1:2::2').allowed).toBe(true);
    expect(limiter.hit('2001:db8:1:2:ffff::3').allowed).toBe(false);
    expect(limiter.hit('2001:db8:1:3::1').allowed).toBe(true);
  });
});
