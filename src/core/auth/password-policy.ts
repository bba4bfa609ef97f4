import { COMMON_PASSWORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

/**
 * Checks a new password against NIST SP 800-63B style rules: a minimum length, no
 * composition rules, and refusal of passwords that appear in breach lists or that are
 * trivially derived from the user's e-mail or from one repeated pattern.
 */
export function checkPassword(
  password: string,
  context: { email?: string } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'too_common';
  if (isRepetitive(lowered)) return 'too_common';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (
    local &&
    local.length >= 4 &&
    lowered.replace(/[^a-z]/g, '') === local.replace(/[^a-z]/g, '')
  ) {
    return 'too_common';
  }
  const stripped = lowered.replace(/[0-9!@#$%^&*.?_-]+$/g, '');
  if (stripped.length >= 4 && COMMON_PASSWORDS.has(stripped)) return 'too_common';
  return null;
}

/** A password made of one short unit repeated (aaaa…, abcabc…, 1212…) or one run (123456…). */
function isRepetitive(value: string): boolean {
  for (let unit = 1; unit <= 4; unit++) {
    const piece = value.slice(0, unit);
    if (piece.repeat(Math.ceil(value.length / unit)).slice(0, value.length) === value) return true;
  }
  const codes = [...value].map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}
