import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret value with a recognisable prefix (so leaked tokens can be found by scanners). */
export function newSecretToken(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** Keyed hash (HMAC-SHA-256 with the installation secret) under which a token is stored. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
