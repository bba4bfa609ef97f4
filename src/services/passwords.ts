import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../core/common/errors.ts';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../core/auth/password-policy.ts';

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A hash of a fixed password, verified against when the e-mail is unknown so both paths cost the same. */
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('parcours-timing-equaliser');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/**
 * Refuses a weak new password with a field error on `field`: `context` gives the user's
 * e-mail (never inside the password) and, for a change, the current password (not again).
 */
export function assertStrongPassword(
  password: string,
  field: string,
  context: { email?: string | undefined; current?: string | undefined } = {},
): void {
  const problem = checkPassword(password, context);
  if (!problem) return;
  const params: Record<string, number> | undefined =
    problem === 'too_short'
      ? { minimum: PASSWORD_MIN_LENGTH }
      : problem === 'too_long'
        ? { maximum: PASSWORD_MAX_LENGTH }
        : undefined;
  throw new AppError(problem === 'too_common' ? 'PASSWORD_TOO_COMMON' : 'VALIDATION_FAILED', {
    ...(params ? { params } : {}),
    issues: [{ path: field, code: `password_${problem}`, ...(params ? { params } : {}) }],
  });
}
