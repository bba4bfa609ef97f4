import { z } from 'zod';
import { protectionSchema } from './disclosure.ts';
import { checkDefinition } from '../../core/surveys/definition.ts';
import {
  EXTRA_FORM_LANGUAGES,
  FORM_LANGUAGES,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MAX_SMALL_CELL_THRESHOLD,
  MIN_SMALL_CELL_THRESHOLD,
  NUMBER_LIMIT,
  QUESTION_TYPES,
  RESPONSE_CHANNELS,
  SURVEY_STATUSES,
  type SurveyDefinition,
} from '../../core/surveys/model.ts';
import {
  isoDateSchema,
  listQuerySchema,
  slugSchema,
  uiLanguageSchema,
  uuidSchema,
} from './common.ts';
import { EXPORT_FORMATS } from './contacts.ts';

const requiredText = z.string().trim().min(1).max(1000);
/** An optional translation: an empty string counts as absent. */
const optionalText = z
  .string()
  .trim()
  .max(1000)
  .optional()
  .transform((s) => (s ? s : undefined));

/** A text in nl, fr and en (required) and optionally uk, ar, es. */
export const surveyTextSchema = z.strictObject({
  nl: requiredText,
  fr: requiredText,
  en: requiredText,
  uk: optionalText,
  ar: optionalText,
  es: optionalText,
});

export const questionTypeSchema = z.enum(QUESTION_TYPES);
export const surveyStatusSchema = z.enum(SURVEY_STATUSES);
export const formLanguageSchema = z.enum(FORM_LANGUAGES);
export const responseChannelSchema = z.enum(RESPONSE_CHANNELS);
const surveyKeySchema = z.string().trim().min(1).max(40);

export const surveyOptionSchema = z.strictObject({
  key: surveyKeySchema,
  labels: surveyTextSchema,
});
export const surveyQuestionSchema = z.strictObject({
  key: surveyKeySchema,
  type: questionTypeSchema,
  required: z.boolean().default(false),
  labels: surveyTextSchema,
  help: surveyTextSchema.optional(),
  options: z
    .array(surveyOptionSchema)
    .max(MAX_OPTIONS + 1)
    .optional(),
  min: z.number().min(-NUMBER_LIMIT).max(NUMBER_LIMIT).optional(),
  max: z.number().min(-NUMBER_LIMIT).max(NUMBER_LIMIT).optional(),
  condition: z
    .strictObject({
      question: surveyKeySchema,
      anyOf: z.array(surveyKeySchema).max(MAX_OPTIONS),
    })
    .optional(),
});

/** A whole questionnaire as the builder saves it; semantic rules come from the core. */
export const surveyDefinitionSchema = z
  .strictObject({
    title: surveyTextSchema,
    intro: surveyTextSchema.optional(),
    thanks: surveyTextSchema.optional(),
    languages: z.array(z.enum(EXTRA_FORM_LANGUAGES)).max(EXTRA_FORM_LANGUAGES.length).default([]),
    questions: z.array(surveyQuestionSchema).max(MAX_QUESTIONS),
  })
  .superRefine((definition, ctx) => {
    for (const issue of checkDefinition(definition as SurveyDefinition))
      ctx.addIssue({
        code: 'custom',
        path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: issue.code,
        ...(issue.params ? { params: issue.params } : {}),
      });
  });
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

export const surveyVersionSchema = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  responses: z.number().int(),
});

/** GET /api/surveys/:id/versions/:version: one version as it was asked. */
export const surveyVersionDetailSchema = surveyVersionSchema.extend({
  definition: surveyDefinitionSchema,
});
export type SurveyVersionDetail = z.infer<typeof surveyVersionDetailSchema>;

export const surveySummarySchema = z.object({
  id: uuidSchema,
  slug: z.string(),
  title: surveyTextSchema,
  status: surveyStatusSchema,
  /** `visitor_profile` for the built-in questionnaire. */
  template: z.string().nullable(),
  /** The short code of the public link `/s/<code>`. */
  publicCode: z.string(),
  /** The current (latest) version. */
  version: z.number().int(),
  questions: z.number().int(),
  responses: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveySchema = surveySummarySchema.extend({
  /** The current version's definition. */
  definition: surveyDefinitionSchema,
  versions: z.array(surveyVersionSchema),
});
export type Survey = z.infer<typeof surveySchema>;

export const surveyListQuerySchema = listQuerySchema.extend({
  status: surveyStatusSchema.optional(),
});

export const createSurveySchema = z.strictObject({
  slug: slugSchema,
  definition: surveyDefinitionSchema,
});
export type CreateSurveyInput = z.input<typeof createSurveySchema>;

/** A change; the definition replaces the current one (a new version once it has been live). */
export const updateSurveySchema = z.strictObject({
  slug: slugSchema.optional(),
  definition: surveyDefinitionSchema.optional(),
});

export const surveyVersionParamsSchema = z.strictObject({
  id: uuidSchema,
  version: z.coerce.number().int().min(1).max(100_000),
});

// ---- The public form -------------------------------------------------------------------

export const publicCodeParamsSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]{4,16}$/, 'invalid_format'),
});

export const publicSurveySchema = z.object({
  code: z.string(),
  organisationName: z.string(),
  /** The organisation's language: the form's first language unless the browser asks another. */
  defaultLanguage: uiLanguageSchema,
  /** nl, fr, en and the extra languages of this questionnaire. */
  languages: z.array(formLanguageSchema),
  definition: surveyDefinitionSchema,
  /** Signed, short-lived; proves when the form was handed out (minimum fill time). */
  formToken: z.string(),
  minFillSeconds: z.number(),
});
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

const answerValueSchema = z.union([
  z.string().max(10_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(MAX_OPTIONS),
  z.null(),
]);

/** POST /api/public/surveys/:code/responses, with an `Idempotency-Key` header. */
export const publicSubmissionSchema = z.strictObject({
  formToken: z.string().min(1).max(1000),
  answers: z.record(z.string().max(40), answerValueSchema),
  language: formLanguageSchema.optional(),
  /** Filled in on the tablet at the exit. */
  kiosk: z.boolean().default(false),
  /** The honeypot: a field people never see; bots fill it in. */
  website: z.string().max(1000).optional(),
});
export type PublicSubmission = z.input<typeof publicSubmissionSchema>;
export const submissionReceiptSchema = z.object({ received: z.literal(true) });

// ---- Results ---------------------------------------------------------------------------

/**
 * Filters of every results view: a period (dates in the organisation's zone, inclusive),
 * and answers to other questions as `key:option` or `key:option1,option2`, several
 * separated by `;` (all must hold).
 */
export const resultsQuerySchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  filter: z.string().trim().max(2000).optional(),
  channel: responseChannelSchema.optional(),
});
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

export const resultCellSchema = z.object({
  /** null when suppressed. */
  count: z.number().int().nullable(),
  /** Over those who answered the question, between 0 and 1; null when suppressed. */
  share: z.number().nullable(),
  suppressed: z.boolean(),
});

export const questionResultSchema = z.object({
  key: z.string(),
  type: questionTypeSchema,
  labels: surveyTextSchema,
  answered: z.number().int().nullable(),
  answeredSuppressed: z.boolean(),
  noAnswer: z.number().int().nullable(),
  noAnswerSuppressed: z.boolean(),
  options: z.array(resultCellSchema.extend({ key: z.string(), labels: surveyTextSchema })),
  /** Number questions: shown only for at least `threshold` answers. */
  number: z.object({ mean: z.number(), median: z.number() }).nullable(),
  /** Free-text answers, sorted; null when fewer than `threshold` people answered. */
  texts: z.array(z.string()).nullable(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const surveyResultsSchema = z.object({
  survey: z.object({ id: uuidSchema, slug: z.string(), title: surveyTextSchema }),
  threshold: z.number().int(),
  protection: protectionSchema,
  from: z.string().nullable(),
  to: z.string().nullable(),
  filter: z.array(z.object({ question: z.string(), anyOf: z.array(z.string()) })),
  responses: z.number().int().nullable(),
  responsesSuppressed: z.boolean(),
  /** Responses per month (YYYY-MM) in the period, suppressed like any cell. */
  months: z.array(
    z.object({ month: z.string(), count: z.number().int().nullable(), suppressed: z.boolean() }),
  ),
  questions: z.array(questionResultSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export const crossTableQuerySchema = resultsQuerySchema.extend({
  rows: surveyKeySchema,
  columns: surveyKeySchema,
});

const countCellSchema = z.object({ count: z.number().int().nullable(), suppressed: z.boolean() });
const axisSchema = z.object({
  key: z.string(),
  labels: surveyTextSchema,
  options: z.array(z.object({ key: z.string(), labels: surveyTextSchema })),
});
export const crossTableSchema = z.object({
  threshold: z.number().int(),
  protection: protectionSchema,
  rows: axisSchema,
  columns: axisSchema,
  /** cells[row][column]: respondents who gave both answers. */
  cells: z.array(z.array(countCellSchema)),
  rowTotals: z.array(countCellSchema),
  columnTotals: z.array(countCellSchema),
  total: countCellSchema,
});
export type CrossTable = z.infer<typeof crossTableSchema>;

export const resultsExportQuerySchema = resultsQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS),
  lang: uiLanguageSchema.optional(),
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
  /** Add a cross-table of these two questions. */
  rows: surveyKeySchema.optional(),
  columns: surveyKeySchema.optional(),
});

export const rawExportQuerySchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
});

// ---- Settings --------------------------------------------------------------------------

export const privacySettingsSchema = z.object({
  smallCellThreshold: z.number().int(),
});
export const putPrivacySettingsSchema = z.strictObject({
  smallCellThreshold: z.number().int().min(MIN_SMALL_CELL_THRESHOLD).max(MAX_SMALL_CELL_THRESHOLD),
});
