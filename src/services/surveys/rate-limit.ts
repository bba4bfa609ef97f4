import { createHmac, randomBytes } from 'node:crypto';

/**
 * A fixed-window rate limit held in this process's memory only, never in the database.
 * Addresses are never kept: each is replaced at once by a keyed hash (HMAC with a random
 * salt made when the process starts), so the map cannot be read back into addresses, not
 * even by someone who has the installation secret. The map is bounded and swept.
 */
export interface RateLimiterOptions {
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
  clock: () => Date;
  /** Most keys held at once; the oldest window is dropped beyond it. */
  maxEntries?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Entry {
  windowStart: number;
  count: number;
}

export const DEFAULT_MAX_ENTRIES = 50_000;

/** Creates a limiter; `hit(address)` counts one request and says whether it may go on. */
export function createRateLimiter(options: RateLimiterOptions) {
  const { limit, windowMs, clock } = options;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const salt = randomBytes(32);
  const entries = new Map<string, Entry>();
  let lastSweep = clock().getTime();

  const keyOf = (address: string) =>
    createHmac('sha256', salt).update(networkOf(address)).digest('base64url').slice(0, 22);

  function sweep(now: number) {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, entry] of entries)
      if (now - entry.windowStart >= windowMs) entries.delete(key);
  }

  return {
    hit(address: string): RateDecision {
      const now = clock().getTime();
      sweep(now);
      const key = keyOf(address);
      let entry = entries.get(key);
      if (!entry || now - entry.windowStart >= windowMs || now < entry.windowStart) {
        entries.delete(key);
        // A Map keeps insertion order: the first key is the oldest window.
        while (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entry = { windowStart: now, count: 0 };
        entries.set(key, entry);
      }
      entry.count += 1;
      if (entry.count <= limit) return { allowed: true };
      const retryAfterMs = entry.windowStart + windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    },

    /** How many keys are held (for tests). */
    get size() {
      return entries.size;
    },

    /** The keys held (for tests: they must not contain any address). */
    keys(): string[] {
      return [...entries.keys()];
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * What one client is: an IPv4 address, or an IPv6 /64 (one household or phone gets a whole
 * /64 and can pick any address in it). An IPv4-mapped IPv6 address counts as its IPv4.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g.replace(/^0+/, '') || '0').toLowerCase())
    .join(':')}::/64`;
}
