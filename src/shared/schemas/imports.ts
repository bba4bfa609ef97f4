import { z } from 'zod';
import { slugSchema } from './common.ts';

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Options of POST /api/imports/contacts. */
export const importQuerySchema = z.strictObject({
  skipInvalid: booleanQuery.default(false),
  dryRun: booleanQuery.default(false),
});

/**
 * Options of POST /api/imports/surveys: the questionnaire's short name (default: the
 * organisation's visitor profile), then the same options as the contact import.
 */
export const surveyImportQuerySchema = importQuerySchema.extend({
  survey: slugSchema.optional(),
});

const paramsValue = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * The report of an import (POST /api/imports/contacts and /api/imports/surveys, `parcours
 * import contacts|survey`): what an import did or, for a dry run or a refused file, would
 * have done. Errors are listed up to 1,000 and all counted; `fileError` is a problem with
 * the file as a whole.
 */
export const importReportSchema = z.object({
  committed: z.boolean(),
  dryRun: z.boolean(),
  skipInvalid: z.boolean(),
  delimiter: z.enum([',', ';']).nullable(),
  bytesRead: z.number().int(),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  invalidRows: z.number().int(),
  withoutExternalId: z.number().int(),
  newTags: z.array(z.string()),
  newActivities: z.array(z.string()),
  newActivityCount: z.number().int(),
  errors: z.array(
    z.object({
      line: z.number().int(),
      column: z.string().nullable(),
      code: z.string(),
      message: z.string(),
      params: paramsValue.optional(),
    }),
  ),
  errorCount: z.number().int(),
  fileError: z.boolean(),
});

export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportErrorEntry = ImportReport['errors'][number];
