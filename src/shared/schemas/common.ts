import { z } from 'zod';
import { UI_LANGUAGES } from '../../core/common/languages.ts';
import { SLUG_PATTERN } from '../../core/common/slug.ts';
import { isValidTimeZone } from '../../core/common/time.ts';
import { municipalityByNis } from '../../core/reference/municipalities.ts';

/**
 * Building blocks of the API contract. A refinement's message is an issue code
 * (`issue.<code>` in the catalogs), so the client can translate it.
 */
export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(SLUG_PATTERN, 'invalid_slug')
  .refine((s) => !s.includes('--'), 'invalid_slug');
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('invalid_email'))
  .transform((s) => s.toLowerCase());
export const nameSchema = z.string().trim().min(1).max(200);
export const uuidSchema = z.uuid();
export const timeZoneSchema = z.string().trim().refine(isValidTimeZone, 'invalid_time_zone');
export const municipalityNisSchema = z
  .string()
  .refine((code) => Boolean(municipalityByNis(code)), 'unknown_municipality');
export const passwordInputSchema = z.string().min(1).max(1024);

/** A calendar date YYYY-MM-DD that exists (no 2024-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'invalid_date')
  // Years a person or a report can mean; year 0 or 9999 only makes huge or failing periods.
  .refine((value) => value >= '1900-01-01' && value <= '2100-12-31', 'invalid_date');

export const idParamsSchema = z.strictObject({ id: uuidSchema });

export const listQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** RFC 9457 problem details, as every error response of the API. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  requestId: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  errors: z
    .array(
      z.object({
        path: z.string(),
        code: z.string(),
        message: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
