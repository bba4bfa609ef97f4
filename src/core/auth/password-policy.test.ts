import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';

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
    expect(checkPassword('marie.dupont!', { email: 'mariedupont@example.org' })).toBe('too_common');
  });

  it('accepts a long unusual passphrase', () => {
    expect(checkPassword('kiwi lantaarn Molenbeek 7')).toBeNull();
  });
});
