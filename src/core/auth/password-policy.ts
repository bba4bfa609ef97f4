import { COMMON_PASSWORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A local part (before the @) this long is refused anywhere inside a password. */
export const EMAIL_NAME_MIN_LENGTH = 5;

export type PasswordProblem =
  'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'same_as_current';

/**
 * Checks a new password against NIST SP 800-63B style rules: a minimum length, no
 * composition rules, and refusal of passwords that appear in breach lists, that are
 * trivially derived from one repeated pattern, that contain the user's e-mail address (or
 * its name part, when that is long enough to matter), or that are the current password.
 * Letters are compared without regard to case.
 */
export function checkPassword(
  password: string,
  context: { email?: string | undefined; current?: string | undefined } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (context.current !== undefined && password === context.current) return 'same_as_current';
  const lowered = password.toLowerCase();
  if (context.email && containsEmail(lowered, context.email.toLowerCase())) return 'contains_email';
  if (COMMON_PASSWORDS.has(lowered)) return 'too_common';
  if (isRepetitive(lowered)) return 'too_common';
  const stripped = lowered.replace(/[0-9!@#$%^&*.?_-]+$/g, '');
  if (stripped.length >= 4 && COMMON_PASSWORDS.has(stripped)) return 'too_common';
  return null;
}

/**
 * The whole address anywhere; its name part anywhere once it has EMAIL_NAME_MIN_LENGTH
 * characters; and a name part of 4 as the password's letters (`marie.dupont!` for
 * `mariedupont@…`).
 */
function containsEmail(lowered: string, email: string): boolean {
  if (lowered.includes(email)) return true;
  const local = email.split('@')[0] ?? '';
  if (local.length >= EMAIL_NAME_MIN_LENGTH && lowered.includes(local)) return true;
  const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');
  return letters(local).length >= 4 && letters(lowered) === letters(local);
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
