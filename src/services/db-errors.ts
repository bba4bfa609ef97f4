/** True for PostgreSQL's unique_violation (23505), as both drivers report it (possibly wrapped by Drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current === 'object' && (current as { code?: unknown }).code === '23505')
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A summary of an error that is safe to log: never a query's parameters (which hold
 * e-mails, names, password hashes, tokens) nor a constraint's detail ("Key (email)=(…)").
 * Keeps the error's name, the database's SQLSTATE code and its message.
 */
export function loggableError(error: unknown): {
  type: string;
  code?: string;
  message: string;
  stack?: string;
} {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error value thrown' };
  const cause = (error as { cause?: unknown }).cause as
    { code?: unknown; message?: unknown } | undefined;
  const isQueryError = error.name === 'DrizzleQueryError' || error.message.includes('\nparams:');
  if (isQueryError) {
    return {
      type: error.name,
      ...(typeof cause?.code === 'string' ? { code: cause.code } : {}),
      message: typeof cause?.message === 'string' ? cause.message : 'query failed',
    };
  }
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: error.message,
    ...(error.stack ? { stack: error.stack.split('\n').slice(1, 8).join('\n') } : {}),
  };
}
