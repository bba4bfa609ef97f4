import type { FastifyInstance } from 'fastify';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';

/** A UTF-16 surrogate without its pair: JSON lets it through, PostgreSQL's jsonb and text do not. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Deepest nesting of arrays and objects a JSON body may have. The deepest real body (a
 * questionnaire definition: questions, options, labels) needs 6; anything far deeper is an
 * attack on the parser or on code that walks the value.
 */
export const MAX_JSON_DEPTH = 32;

/** Most problems reported at once. */
const MAX_ISSUES = 20;

/**
 * Whether raw JSON text nests arrays and objects deeper than `max`: one pass over the
 * characters, skipping strings (and their escapes), stopping as soon as it is too deep —
 * cheaper than the parse it spares.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Finds strings PostgreSQL cannot store (a NUL character or a lone surrogate), walking the
 * value with a stack of its own, not recursion (however deep the value, no stack overflow).
 */
function unstorablePaths(root: unknown, found: FieldIssue[]): void {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length && found.length < MAX_ISSUES) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000') || LONE_SURROGATE.test(value))
        found.push({ path: path.join('.'), code: 'invalid_characters' });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, String(i)] });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
}

/**
 * Refuses JSON nested deeper than MAX_JSON_DEPTH before it is parsed (JSON_TOO_DEEP), and
 * control characters the database cannot store, naming the field, before any schema or
 * service sees the input (otherwise they would surface as a database error).
 */
export function registerInputGuard(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
      return done(new AppError('JSON_TOO_DEEP', { params: { maximum: MAX_JSON_DEPTH } }));
    return parseJson(request, text, done);
  });
  app.addHook('preValidation', async (request) => {
    const issues: FieldIssue[] = [];
    unstorablePaths(request.body, issues);
    unstorablePaths(request.query, issues);
    if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
  });
}
