import { describe, expect, it } from 'vitest';
import { EMAIL_NAME_MIN_LENGTH, checkPassword } from './password-policy.ts';

describe('password policy', () => {
  it('refuses passwords under twelve characters', () => {
    expect(checkPassword('Tr0ub4dor&3')).toBe('too_short');
  });

  it('counts characters, not bytes', () => {
    expect(checkPassword('ééééééééééé')).toBe('too_short');
  });

  it('refuses breached and padded common passwords', () => {
    expect(checkPassword('Password1234')).toBe('too_common');
    expect(checkPassword('wachtwoord2024!')).toBe('too_common');
    expect(checkPassword('aaaaaaaaaaaaaa')).toBe('too_common');
    expect(checkPassword('abcdefghijklmn')).toBe('too_common');
    expect(checkPassword('121212121212')).toBe('too_common');
  });

  it('refuses the e-mail name as password', () => {
    expect(checkPassword('marie.dupont!', { email: 'mariedupont@example.org' })).toBe(
      'contains_email',
    );
  });

  it('refuses the whole e-mail address anywhere in the password, in any case', () => {
    const email = 'jo@centre.example';
    for (const password of [email, `${email}!`, 'my JO@Centre.Example 2026', `x${email}x`])
      expect(checkPassword(password, { email }), password).toBe('contains_email');
    // a short name part alone is no reason to refuse
    expect(checkPassword('jo jo kiwi lantaarn', { email })).toBeNull();
  });

  it(`refuses a name part of ${EMAIL_NAME_MIN_LENGTH} characters or more anywhere`, () => {
    const local = 'a'.repeat(EMAIL_NAME_MIN_LENGTH - 1) + 'b';
    const email = `${local}@example.org`;
    expect(checkPassword(`kiwi ${local.toUpperCase()} 2026 lantaarn`, { email })).toBe(
      'contains_email',
    );
    const shorter = local.slice(1);
    expect(
      checkPassword(`kiwi ${shorter} 2026 lantaarn`, { email: `${shorter}@example.org` }),
    ).toBeNull();
  });

  it('refuses the current password as the new one, but not a changed one', () => {
    const current = 'kiwi lantaarn Molenbeek 7';
    expect(checkPassword(current, { current })).toBe('same_as_current');
    expect(checkPassword(`${current}!`, { current })).toBeNull();
  });

  it('accepts a long unusual passphrase', () => {
    expect(checkPassword('kiwi lantaarn Molenbeek 7')).toBeNull();
  });
});
