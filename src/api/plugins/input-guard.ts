import type { FastifyInstance } from 'fastify';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';

/** A UTF-16 surrogate without its pair: JSON lets it through, PostgreSQL's jsonb and text do not. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Finds strings PostgreSQL cannot store: a NUL character or a lone surrogate. */
function nulPaths(value: unknown, path: string[], found: FieldIssue[]): void {
  if (found.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value))
      found.push({ path: path.join('.'), code: 'invalid_characters' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulPaths(item, [...path, String(index)], found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, [...path, key], found);
  }
}

/**
 * Refuses control characters the database cannot store, naming the field, before any
 * schema or service sees the input (otherwise they would surface as a database error).
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const issues: FieldIssue[] = [];
    nulPaths(request.body, [], issues);
    nulPaths(request.query, [], issues);
    if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
  });
}
