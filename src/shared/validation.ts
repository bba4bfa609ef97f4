import type { FieldIssue } from '../core/common/errors.ts';
import { hasMessage } from './i18n/translate.ts';

/**
 * Maps zod issues (as fastify-type-provider-zod reports them, or built from a ZodError by
 * the CLI) to our field issues, whose codes have `issue.<code>` messages in the catalogs.
 */
export interface ZodLikeIssue {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

/** Turns one zod issue (as fastify-type-provider-zod reports it) into our field issues. */
export function fieldIssuesOf(issue: ZodLikeIssue): FieldIssue[] {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const p = issue.params;
  if (issue.message && hasMessage(`issue.${issue.message}`)) {
    // A custom refinement may carry values for its message (`{ value: 'x' }`); zod 4 keeps
    // the `params` given to `ctx.addIssue` under `params`.
    const nested = p?.params && typeof p.params === 'object' ? p.params : {};
    const params = Object.fromEntries(
      Object.entries({ ...p, ...nested }).filter(
        ([, v]) => typeof v === 'string' || typeof v === 'number',
      ),
    ) as Record<string, string | number>;
    return [
      {
        path,
        code: issue.message,
        ...(issue.keyword === 'custom' && Object.keys(params).length > 0 ? { params } : {}),
      },
    ];
  }
  switch (issue.keyword) {
    case 'unrecognized_keys':
      return ((p.keys as string[]) ?? []).map((key) => ({
        path: path ? `${path}.${key}` : key,
        code: 'unknown_field',
        params: { field: key },
      }));
    case 'invalid_type':
      // zod reports no input by default; its message says what was received
      return [
        {
          path,
          code: /received undefined$/.test(issue.message ?? '') ? 'required' : 'invalid_type',
        },
      ];
    case 'too_small':
      return [
        {
          path,
          code: p.origin === 'string' && p.minimum === 1 ? 'required' : 'too_small',
          params: { minimum: Number(p.minimum) },
        },
      ];
    case 'too_big':
      return [{ path, code: 'too_big', params: { maximum: Number(p.maximum) } }];
    case 'not_multiple_of':
      return [{ path, code: 'not_multiple_of', params: { step: Number(p.divisor) } }];
    case 'invalid_format':
      return [{ path, code: p.format === 'email' ? 'invalid_email' : 'invalid_format' }];
    case 'invalid_value':
    case 'invalid_union':
      return [{ path, code: 'invalid_value' }];
    default:
      return [{ path, code: 'invalid' }];
  }
}
