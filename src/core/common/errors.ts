/**
 * The one error type of Parcours. Every failure a user can cause carries a stable
 * SCREAMING_SNAKE code; the HTTP layer maps codes to statuses in one place and the
 * client translates the code (with `params`) into the user's language.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'JSON_TOO_DEEP',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'CSRF_TOKEN_INVALID',
  'SESSION_REQUIRED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_COMMON',
  'EMAIL_TAKEN',
  'ACCOUNT_EXISTS',
  'SLUG_TAKEN',
  'ALREADY_MEMBER',
  'LAST_ADMIN',
  'SETUP_ALREADY_DONE',
  'SETUP_REQUIRED',
  'NO_ORGANISATION',
  'CORRECTION_WINDOW_CLOSED',
  'ACTIVITY_CANCELLED',
  'ACTIVITY_HAS_ATTENDANCE',
  'ATTENDANCE_OVER_CAPACITY',
  'IDEMPOTENCY_KEY_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'EXTERNAL_ID_TAKEN',
  'IMPORT_FAILED',
  'SURVEY_CLOSED',
  'SURVEY_NOT_PUBLISHED',
  'SURVEY_HAS_RESPONSES',
  'SURVEY_BUILT_IN',
  'INDICATOR_CODE_TAKEN',
  'INDICATOR_IN_USE',
  'PROGRAMME_READ_ONLY',
  'PARTNER_HAS_TARGETS',
  'DATA_DIR_LOCKED',
  'CONFIG_INVALID',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field (or CSV line/column in later issues). */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `email` or `members.0.role`. */
  path: string;
  /** Stable code of the problem, e.g. `too_small`, `invalid_format`. */
  code: string;
  /** Values for the translated message, e.g. `{ minimum: 12 }`. */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[];

  constructor(
    code: ErrorCode,
    options: {
      params?: Record<string, string | number>;
      issues?: FieldIssue[];
      cause?: unknown;
    } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = options.params ?? {};
    this.issues = options.issues ?? [];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Shorthand for a validation failure on a single field. */
export function fieldError(path: string, code: string, params?: Record<string, string | number>) {
  return new AppError('VALIDATION_FAILED', {
    issues: [{ path, code, ...(params ? { params } : {}) }],
  });
}
