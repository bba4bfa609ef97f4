import { describe, expect, it } from 'vitest';
import { checkFormToken, createUsedFormTokens, issueFormToken } from './form-token.ts';

const secret = 'test-secret-0123456789abcdefghijklmnop';
const at = new Date('2026-03-02T14:37:12Z');
const later = (ms: number) => new Date(at.getTime() + ms);
const HOUR = 3_600_000;

describe('form token', () => {
  it('carries the moment it was handed out and the version, for this form only', () => {
    const token = issueFormToken(secret, 'abcd2345', 3, at);
    expect(token).toMatch(/^\d+\.3\.[A-Za-z0-9_-]{43}$/);
    expect(checkFormToken(secret, 'abcd2345', token, later(3000))).toEqual({
      valid: true,
      issuedAt: at.getTime(),
      version: 3,
      signature: token.split('.')[2],
    });
    expect(checkFormToken(secret, 'other234', token, later(3000)).valid).toBe(false);
    expect(checkFormToken('another-secret-0123456789abcdefghij', 'abcd2345', token, at)).toEqual({
      valid: false,
      reason: 'forged',
    });
  });

  it('refuses a changed time or version, garbage and an old token', () => {
    const token = issueFormToken(secret, 'abcd2345', 1, at);
    const [issued, , mac] = token.split('.');
    const backdated = `${at.getTime() - 60_000}.1.${mac}`;
    expect(checkFormToken(secret, 'abcd2345', backdated, at).valid).toBe(false);
    expect(checkFormToken(secret, 'abcd2345', `${issued}.2.${mac}`, at).valid).toBe(false);
    expect(checkFormToken(secret, 'abcd2345', `${issued}.${mac}`, at).valid).toBe(false);
    expect(checkFormToken(secret, 'abcd2345', 'not-a-token', at).valid).toBe(false);
    expect(checkFormToken(secret, 'abcd2345', token, later(25 * HOUR))).toEqual({
      valid: false,
      reason: 'expired',
    });
  });
});

describe('used form tokens', () => {
  const token = (n: number, issuedAt = at.getTime()) => ({ signature: `sig-${n}`, issuedAt });

  it('lets a token store one response; the same key may come back, another may not', () => {
    const used = createUsedFormTokens();
    expect(used.claim(token(1), 'key-a', at)).toBe(true);
    expect(used.claim(token(1), 'key-b', at)).toBe(false); // another key is dropped, even while the first is under way
    used.settle('sig-1', true);
    expect(used.claim(token(1), null, at)).toBe(false);
    expect(used.claim(token(1), 'key-b', at)).toBe(false);
    expect(used.claim(token(1), 'key-a', at)).toBe(true); // a replay
    used.settle('sig-1', false);
    expect(used.claim(token(1), 'key-a', at)).toBe(true); // still remembered as stored
    used.settle('sig-1', false);
    expect(used.size).toBe(1);
  });

  it('forgets a claim that stored nothing, but not while another one is under way', () => {
    const used = createUsedFormTokens();
    expect(used.claim(token(2), null, at)).toBe(true);
    used.settle('sig-2', false); // refused answers: the visitor corrects them
    expect(used.claim(token(2), 'key', at)).toBe(true);
    expect(used.claim(token(2), 'key', at)).toBe(true); // a double tap, both in flight
    used.settle('sig-2', false); // the one that lost the race
    used.settle('sig-2', true);
    expect(used.claim(token(2), null, at)).toBe(false);
  });

  it('stays bounded: expired tokens go first, then the oldest', () => {
    const used = createUsedFormTokens({ max: 3 });
    used.claim(token(1, at.getTime() - 23 * HOUR), null, at);
    used.claim(token(2), null, at);
    used.claim(token(3), null, at);
    for (const n of [1, 2, 3]) used.settle(`sig-${n}`, true);
    const hourLater = later(HOUR + 1);
    expect(used.claim(token(4), null, hourLater)).toBe(true); // token 1 has expired
    expect(used.size).toBe(3);
    expect(used.claim(token(2), null, hourLater)).toBe(false);
    expect(used.claim(token(5), null, hourLater)).toBe(true); // token 2, the oldest, goes
    expect(used.size).toBe(3);
    expect(used.claim(token(2), null, hourLater)).toBe(true);
  });
});
