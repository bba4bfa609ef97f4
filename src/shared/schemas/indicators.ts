import { z } from 'zod';
import {
  INDICATOR_CODE_PATTERN,
  INDICATOR_MEASURES,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
} from '../../core/indicators/model.ts';
import { isoDateSchema, uiLanguageSchema, uuidSchema } from './common.ts';
import { protectionSchema } from './disclosure.ts';

/** Labels in nl, fr and en: all three required, 1–200 characters. */
export const labelsSchema = z.strictObject({
  nl: z.string().trim().min(1).max(200),
  fr: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
export const optionalLabelsSchema = z.strictObject({
  nl: z.string().trim().max(2000).optional(),
  fr: z.string().trim().max(2000).optional(),
  en: z.string().trim().max(2000).optional(),
});

export const indicatorSourceSchema = z.enum(INDICATOR_SOURCES);
export const indicatorMeasureSchema = z.enum(INDICATOR_MEASURES);
export const indicatorUnitSchema = z.enum(INDICATOR_UNITS);
export const indicatorCodeSchema = z
  .string()
  .trim()
  .regex(INDICATOR_CODE_PATTERN, 'invalid_indicator_code');

export const indicatorFilterSchema = z.strictObject({
  field: z.string().trim().min(1).max(60),
  values: z.array(z.string().trim().min(1).max(200)).min(1).max(MAX_FILTER_VALUES),
});

/** The definition part (also the body of an ad-hoc evaluation). Checked further by core `checkDefinition`. */
export const indicatorDefinitionSchema = z.strictObject({
  source: indicatorSourceSchema,
  measure: indicatorMeasureSchema,
  distinctField: z.string().trim().min(1).max(60).optional(),
  filters: z.array(indicatorFilterSchema).max(MAX_FILTERS).default([]),
  breakdowns: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
});

export const createIndicatorSchema = indicatorDefinitionSchema.extend({
  code: indicatorCodeSchema,
  labels: labelsSchema,
  description: optionalLabelsSchema.optional(),
  unit: indicatorUnitSchema,
});
export type CreateIndicatorInput = z.input<typeof createIndicatorSchema>;

/**
 * Editing a custom indicator: the code stays; everything else may change. Spelled out
 * rather than `.partial()`: zod 4 would still fill the defaults of `filters` and
 * `breakdowns`, so a change of labels alone would wipe the filters.
 */
export const updateIndicatorSchema = z.strictObject({
  labels: labelsSchema.optional(),
  description: optionalLabelsSchema.optional(),
  unit: indicatorUnitSchema.optional(),
  source: indicatorSourceSchema.optional(),
  measure: indicatorMeasureSchema.optional(),
  distinctField: z.string().trim().min(1).max(60).optional(),
  filters: z.array(indicatorFilterSchema).max(MAX_FILTERS).optional(),
  breakdowns: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
});

export const indicatorSchema = z.object({
  /** null for built-in indicators. */
  id: uuidSchema.nullable(),
  code: z.string(),
  labels: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
  description: z.object({
    nl: z.string().optional(),
    fr: z.string().optional(),
    en: z.string().optional(),
  }),
  unit: indicatorUnitSchema,
  source: indicatorSourceSchema,
  measure: indicatorMeasureSchema,
  distinctField: z.string().nullable(),
  filters: z.array(z.object({ field: z.string(), values: z.array(z.string()) })),
  breakdowns: z.array(z.string()),
  builtIn: z.boolean(),
  /** Programme targets using it (a custom indicator in use cannot be deleted). */
  usedByTargets: z.number().int(),
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const indicatorListSchema = z.object({ items: z.array(indicatorSchema) });

/** Sources, their fields, measures and known values, for the web builder. */
export const indicatorCatalogSchema = z.object({
  sources: z.array(
    z.object({
      source: indicatorSourceSchema,
      measures: z.array(indicatorMeasureSchema),
      fields: z.array(
        z.object({
          key: z.string(),
          filter: z.boolean(),
          breakdown: z.boolean(),
          distinct: z.boolean(),
          /** Known values (closed lists, and the organisation's own locations, tags, kinds, questionnaires). */
          values: z.array(z.object({ value: z.string(), label: z.string() })).nullable(),
        }),
      ),
    }),
  ),
});
export type IndicatorCatalog = z.infer<typeof indicatorCatalogSchema>;

/** Evaluating an indicator: a period (dates in the organisation's zone, inclusive) and at most one breakdown. */
export const evaluateQuerySchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  breakdown: z.string().trim().min(1).max(60).optional(),
});
export type EvaluateQuery = z.infer<typeof evaluateQuerySchema>;

/** The query of GET /api/indicators/values/:code: the period and breakdown, and the labels' language. */
export const indicatorValueQuerySchema = evaluateQuerySchema.extend({
  lang: uiLanguageSchema.optional(),
});

/** The query of GET /api/indicators/catalog: the labels' language (default: the caller's). */
export const indicatorCatalogQuerySchema = z.strictObject({ lang: uiLanguageSchema.optional() });

export const evaluateDefinitionBodySchema = indicatorDefinitionSchema.extend({
  from: isoDateSchema,
  to: isoDateSchema,
  breakdown: z.string().trim().min(1).max(60).optional(),
});

export const indicatorValueSchema = z.object({
  code: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  value: z.number(),
  breakdown: z.string().nullable(),
  /** Groups of the breakdown, largest first (date parts in order); key null = no value. */
  groups: z.array(z.object({ key: z.string().nullable(), label: z.string(), value: z.number() })),
  /**
   * Questionnaire answers are published like the questionnaire's results: the period widens
   * to whole months and never includes the month in progress (`from`/`to` say which), a
   * small total is hidden (`suppressed`, value 0), small groups are left out
   * (`hiddenGroups`), and shown values are perturbed (`protection`).
   */
  suppressed: z.boolean(),
  hiddenGroups: z.number().int(),
  /** Questionnaire answers: perturbed by the cell key method (decision 0008); null otherwise. */
  protection: protectionSchema.nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorCodeParamsSchema = z.strictObject({ code: indicatorCodeSchema });
