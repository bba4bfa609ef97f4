import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken } from './form-token.ts';

const secret = 'test-secret-0123456789abcdefghijklmnop';
const at = new Date('2026-03-02T14:37:12Z');
const later = (ms: number) => new Date(at.getTime() + ms);

describe('form token', () => {
  it('carries the moment it was handed out, for this form only', () => {
    const token = issueFormToken(secret, 'abcd2345', at);
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(checkFormToken(secret, 'abcd2345', token, later(3000))).toEqual({
      valid: true,
      issuedAt: at.getTime(),
    });
    expect(checkFormToken(secret, 'other234', token, later(3000)).valid).toBe(false);
    expect(checkFormToken('another-secret-0123456789abcdefghij', 'abcd2345', token, at)).toEqual({
      valid: false,
      reason: 'forged',
    });
  });

  it('refuses a changed time, garbage and an old token', () => {
    const token = issueFormToken(secret, 'abcd2345', at);
    const [, mac] = token.split('.');
    const backdated = `${at.getTime() - 60_000}.${mac}`;
    expect(checkFormToken(secret, 'abcd2345', backdated, at).valid).toBe(false);
    expect(checkFormToken(secret, 'abcd2345', 'not-a-token', at).valid).toBe(false);
    expect(checkFormToken(secret, 'abcd2345', token, later(25 * 3_600_000))).toEqual({
      valid: false,
      reason: 'expired',
    });
  });
});
