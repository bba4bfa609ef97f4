import { z } from 'zod';
import {
  ACTIVITY_CATEGORIES,
  CHANNELS,
  CONTACT_TYPES,
  MAX_BATCH_SIZE,
  MAX_CONTACT_COUNT,
  STAT_DIMENSIONS,
} from '../../core/contacts/model.ts';
import { THEMES } from '../../core/reference/themes.ts';
import { SERVICE_LANGUAGES } from '../../core/reference/service-languages.ts';
import {
  isoDateSchema,
  listQuerySchema,
  municipalityNisSchema,
  uiLanguageSchema,
  uuidSchema,
} from './common.ts';

/** A key such as `neet_referral` or `job-day`: lower-case letters and digits, single `_` or `-` between. */
export const keySchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, 'invalid_key');

export const contactTypeSchema = z.enum(CONTACT_TYPES);
export const channelSchema = z.enum(CHANNELS);
export const themeSchema = z.enum(THEMES);
export const serviceLanguageSchema = z
  .string()
  .refine((code) => SERVICE_LANGUAGES.includes(code), 'unknown_language');
export const activityCategorySchema = z.enum(ACTIVITY_CATEGORIES);
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time');
export const externalIdSchema = z.string().trim().min(1).max(100);
export const labelsSchema = z.strictObject({
  nl: z.string().trim().min(1).max(100).optional(),
  fr: z.string().trim().min(1).max(100).optional(),
  en: z.string().trim().min(1).max(100).optional(),
});

export const contactSchema = z.object({
  id: uuidSchema,
  organisationId: uuidSchema,
  date: z.string(),
  time: z.string().nullable(),
  type: contactTypeSchema,
  count: z.number().int(),
  theme: themeSchema.nullable(),
  language: z.string().nullable(),
  channel: channelSchema.nullable(),
  locationId: uuidSchema.nullable(),
  municipality: z.string().nullable(),
  tags: z.array(z.string()),
  activityId: uuidSchema.nullable(),
  externalId: z.string().nullable(),
  recordedBy: uuidSchema.nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  updatedAt: z.string(),
  /** Whether the caller may still correct or undo this entry. */
  editable: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;

const contactFields = {
  /** Defaults to today in the organisation's time zone; never in the future. */
  date: isoDateSchema.optional(),
  time: timeOfDaySchema.nullable().optional(),
  type: contactTypeSchema,
  count: z.number().int().min(1).max(MAX_CONTACT_COUNT).default(1),
  theme: themeSchema.nullable().optional(),
  language: serviceLanguageSchema.nullable().optional(),
  channel: channelSchema.nullable().optional(),
  locationId: uuidSchema.nullable().optional(),
  municipality: municipalityNisSchema.nullable().optional(),
  tags: z.array(keySchema).max(20).default([]),
  activityId: uuidSchema.nullable().optional(),
  externalId: externalIdSchema.nullable().optional(),
};

export const createContactSchema = z.strictObject(contactFields);
export type CreateContactInput = z.input<typeof createContactSchema>;
export type NewContact = z.output<typeof createContactSchema>;

export const updateContactSchema = z.strictObject({
  date: isoDateSchema.optional(),
  time: timeOfDaySchema.nullable().optional(),
  type: contactTypeSchema.optional(),
  count: z.number().int().min(1).max(MAX_CONTACT_COUNT).optional(),
  theme: themeSchema.nullable().optional(),
  language: serviceLanguageSchema.nullable().optional(),
  channel: channelSchema.nullable().optional(),
  locationId: uuidSchema.nullable().optional(),
  municipality: municipalityNisSchema.nullable().optional(),
  tags: z.array(keySchema).max(20).optional(),
  activityId: uuidSchema.nullable().optional(),
  externalId: externalIdSchema.nullable().optional(),
});
export type UpdateContactInput = z.input<typeof updateContactSchema>;

/** Filters shared by the contact list, the statistics and the dashboard. */
export const contactFilterFields = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  type: contactTypeSchema.optional(),
  theme: themeSchema.optional(),
  language: serviceLanguageSchema.optional(),
  channel: channelSchema.optional(),
  locationId: uuidSchema.optional(),
  municipality: municipalityNisSchema.optional(),
  tag: keySchema.optional(),
  activityId: uuidSchema.optional(),
  activityKind: keySchema.optional(),
};

export const contactListQuerySchema = listQuerySchema.extend({
  ...contactFilterFields,
  /** `me` lists the caller's own entries (the front desk's undo list). */
  recordedBy: z.union([z.literal('me'), uuidSchema]).optional(),
  externalId: externalIdSchema.optional(),
});
export type ContactListQuery = z.output<typeof contactListQuerySchema>;

export const batchContactsSchema = z.strictObject({
  contacts: z.array(createContactSchema).min(1).max(MAX_BATCH_SIZE),
});
export const batchResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  contacts: z.array(z.object({ id: uuidSchema, externalId: z.string().nullable() })),
  newTags: z.array(z.string()),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

export const statDimensionSchema = z.enum(STAT_DIMENSIONS);

/** `groupBy=type,month`: the groups are the combinations of the listed dimensions. */
export const statsQuerySchema = z.strictObject({
  ...contactFilterFields,
  from: isoDateSchema,
  to: isoDateSchema,
  groupBy: z
    .string()
    .max(200)
    .optional()
    .transform((value, ctx) => {
      if (!value) return [];
      const parts = [...new Set(value.split(',').map((p) => p.trim()))];
      for (const part of parts)
        if (!(STAT_DIMENSIONS as readonly string[]).includes(part)) {
          ctx.addIssue({ code: 'custom', message: 'unknown_dimension', params: { value: part } });
          return z.NEVER;
        }
      if (parts.length > 3) {
        ctx.addIssue({ code: 'custom', message: 'too_many_dimensions' });
        return z.NEVER;
      }
      return parts as z.infer<typeof statDimensionSchema>[];
    }),
  compare: z.enum(['previous_year', 'none']).default('none'),
});
export type StatsQuery = z.output<typeof statsQuerySchema>;

const statGroupSchema = z.object({
  key: z.record(z.string(), z.string().nullable()),
  count: z.number().int(),
});
const statPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  groups: z.array(statGroupSchema),
});
export const statsSchema = z.object({
  groupBy: z.array(statDimensionSchema),
  current: statPeriodSchema,
  previous: statPeriodSchema.nullable(),
});
export type Stats = z.infer<typeof statsSchema>;

export const dashboardQuerySchema = z.strictObject({
  ...contactFilterFields,
  from: isoDateSchema,
  to: isoDateSchema,
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

const breakdownSchema = z.array(
  z.object({ key: z.string().nullable(), count: z.number().int(), previous: z.number().int() }),
);
export const DASHBOARD_BREAKDOWNS = [
  'type',
  'theme',
  'language',
  'channel',
  'location',
  'municipality',
  'tag',
  'activityKind',
] as const;
export const dashboardSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  previousPeriod: z.object({ from: z.string(), to: z.string() }),
  total: z.number().int(),
  previousTotal: z.number().int(),
  breakdowns: z.object(
    Object.fromEntries(DASHBOARD_BREAKDOWNS.map((d) => [d, breakdownSchema])) as Record<
      (typeof DASHBOARD_BREAKDOWNS)[number],
      typeof breakdownSchema
    >,
  ),
  /** Contacts per month of the period, and of the same months a year earlier. */
  months: z.array(
    z.object({ month: z.string(), count: z.number().int(), previous: z.number().int() }),
  ),
  /** Activities with attendance in the period, per category: how many and people reached. */
  activities: z.array(
    z.object({
      category: activityCategorySchema,
      activities: z.number().int(),
      reached: z.number().int(),
      previousActivities: z.number().int(),
      previousReached: z.number().int(),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** The dashboard's tables, in the order of the page. */
export const EXPORT_TABLES = [
  'summary',
  'activities',
  'reached',
  ...DASHBOARD_BREAKDOWNS,
  'months',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/contacts/dashboard/export: the dashboard's period and filters, plus what file to make. */
export const dashboardExportQuerySchema = dashboardQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS),
  table: z.enum([...EXPORT_TABLES, 'all']).default('all'),
  /** Language of headers and labels; the caller's language when absent. */
  lang: uiLanguageSchema.optional(),
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
});

export const contactTagSchema = z.object({
  slug: z.string(),
  labels: labelsSchema,
  createdAt: z.string(),
});
export type ContactTag = z.infer<typeof contactTagSchema>;
export const putContactTagSchema = z.strictObject({ labels: labelsSchema });
export const tagParamsSchema = z.strictObject({ slug: keySchema });
